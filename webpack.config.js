/**
 * Builds the task pane into dist/: taskpane.html with its bundle, plus manifest.xml and assets/.
 * `npm run build` needs no certificate; `npm run dev-server` serves https://localhost:3000 with the
 * Office development certificates (office-addin-dev-certs), which Excel trusts once installed.
 */
const path = require("path");
const { WebpackError } = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const DEV_PORT = 3000;

/**
 * Packages that must never load with the pane itself: exceljs (~1 MB) serves only the browser mode, which
 * imports it on demand, so it may live in a lazily loaded chunk but never in a chunk loaded at start.
 */
const LAZY_ONLY_PACKAGES = ["exceljs"];

/** Fails the build, naming the importer, when a module of a lazy-only package lands in an initial chunk. */
class LazyOnlyPackagesPlugin {
  apply(compiler) {
    compiler.hooks.compilation.tap("LazyOnlyPackagesPlugin", (compilation) => {
      compilation.hooks.afterOptimizeChunkModules.tap("LazyOnlyPackagesPlugin", (chunks) => {
        for (const chunk of chunks) {
          if (!chunk.canBeInitial()) continue;
          for (const module of compilation.chunkGraph.getChunkModulesIterable(chunk)) {
            const resource = module.resource ?? "";
            const pkg = LAZY_ONLY_PACKAGES.find((p) => resource.includes(`${path.sep}node_modules${path.sep}${p}${path.sep}`));
            if (!pkg) continue;
            const issuer = compilation.moduleGraph.getIssuer(module);
            compilation.errors.push(
              new WebpackError(`${pkg} deve restare in un blocco caricato su richiesta, non nel riquadro (importato da ${issuer?.resource ?? "?"})`),
            );
          }
        }
      });
    });
  }
}

/**
 * HTTPS options from office-addin-dev-certs, which creates and installs the localhost certificates on
 * first use. Without the package (it is an optional dependency) webpack-dev-server's own self-signed
 * certificate is used, which Excel does not trust; a failure to create certificates stops the server.
 */
async function devServerHttps() {
  try {
    require.resolve("office-addin-dev-certs");
  } catch {
    console.warn("office-addin-dev-certs non è installato: certificato autofirmato, che Excel potrebbe rifiutare.");
    return { type: "https" };
  }
  try {
    return { type: "https", options: await require("office-addin-dev-certs").getHttpsServerOptions() };
  } catch (e) {
    throw new Error(
      `Impossibile creare o leggere i certificati di sviluppo per https://localhost:${DEV_PORT} (${e.message}). ` +
        'Eseguire "npx office-addin-dev-certs install" e riprovare.',
      { cause: e },
    );
  }
}

module.exports = async (env, argv) => {
  const dev = argv.mode !== "production";
  return {
    entry: { taskpane: "./src/taskpane/index.tsx" },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].[contenthash:8].js",
      chunkFilename: "[name].[contenthash:8].js",
      clean: true,
    },
    devtool: dev ? "eval-source-map" : "source-map",
    // TypeScript's nodenext resolution wants "./x.js" in dynamic imports; the file is x.ts
    resolve: { extensions: [".tsx", ".ts", ".js"], extensionAlias: { ".js": [".ts", ".tsx", ".js"] } },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              // type checking is `npm run typecheck`; ES modules let webpack drop the unused parts of Fluent UI;
              // TypeScript 6 wants rootDir spelled out once outDir is set, even if nothing is written there
              transpileOnly: true,
              compilerOptions: { module: "es2022", moduleResolution: "bundler", rootDir: __dirname },
            },
          },
        },
      ],
    },
    plugins: [
      new LazyOnlyPackagesPlugin(),
      new HtmlWebpackPlugin({ filename: "taskpane.html", template: "./src/taskpane/taskpane.html", chunks: ["taskpane"] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "manifest.xml", to: "manifest.xml" },
          { from: "assets", to: "assets" },
        ],
      }),
    ],
    // React, Fluent UI and the core together exceed webpack's 244 KiB default; keep a ceiling that still warns on
    // surprises. The xlsx chunk (exceljs) loads only in browser mode, on demand, and is left out of the check.
    performance: {
      maxAssetSize: 1_000_000,
      maxEntrypointSize: 1_000_000,
      assetFilter: (file) => file.endsWith(".js") && !file.startsWith("xlsx."),
    },
    // one entry and one lazy chunk: nothing to share, and exceljs stays inside the xlsx chunk
    optimization: { splitChunks: false },
    devServer: env.WEBPACK_SERVE
      ? {
          port: DEV_PORT,
          server: await devServerHttps(),
          headers: { "Access-Control-Allow-Origin": "*" },
        }
      : undefined,
  };
};
