/**
 * End to end in a real browser: Debian's Chromium, headless, driven by playwright-core, opens the built
 * pane (dist/, served on 127.0.0.1) with every request to another host aborted, so that office.js fails
 * to load as it does offline and the pane runs in browser mode. It loads the reference workbook,
 * generates, downloads the result and checks the seed's figures in it; axe checks the pane.
 * Nothing is skipped: without Chromium or without the build the test fails and says what to run.
 */
import ExcelJS from "exceljs";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "fs";
import http from "http";
import { AddressInfo } from "net";
import os from "os";
import path from "path";
import { BrowserContext, Page, chromium } from "playwright-core";
import { REFERENCE_WORKBOOK } from "../../src/cli/main";

const CHROMIUM = "/usr/bin/chromium";
const ROOT = path.resolve(__dirname, "../..");
const DIST = path.join(ROOT, "dist");
const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".xml": "application/xml",
  ".png": "image/png",
  ".map": "application/json",
  ".txt": "text/plain; charset=utf-8",
};

/** A static server of dist/ on 127.0.0.1, on a free port. */
async function serveDist(): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const file = path.join(DIST, path.normalize(decodeURIComponent(url.pathname)));
    if (!file.startsWith(DIST + path.sep) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "Content-Type": CONTENT_TYPES[path.extname(file)] ?? "application/octet-stream" });
    res.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return server;
}

/** Every text of a sheet, row by row, for searching. */
function sheetTexts(ws: ExcelJS.Worksheet): string[] {
  const texts: string[] = [];
  ws.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.value))));
  return texts;
}

/** axe-core's serious and critical violations on the page, as "rule: target" lines. */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: readFileSync(require.resolve("axe-core/axe.min.js"), "utf8") });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document): Promise<{ violations: { id: string; impact?: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const result = await axe.run(document);
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => JSON.stringify(n.target)) }));
  });
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id} (${v.impact}): ${v.targets.join(", ")}`);
}

describe("the pane in Chromium, outside Office and offline", () => {
  let server: http.Server;
  let context: BrowserContext;
  let base: string;
  let profile: string;
  const blocked: string[] = [];

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) {
      throw new Error(`Chromium non trovato in ${CHROMIUM}: eseguire scripts/install-chromium.sh (la CI lo installa da sé).`);
    }
    if (!existsSync(path.join(DIST, "taskpane.html"))) {
      throw new Error("dist/taskpane.html manca: eseguire npm run build (npm test lo fa prima di jest).");
    }
    server = await serveDist();
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    profile = mkdtempSync(path.join(os.tmpdir(), "rp-chromium-"));
    context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, args: ARGS, headless: true, acceptDownloads: true, locale: "it-IT" });
    // only this machine: office.js (Microsoft's CDN) and anything else outside fails as without network
    await context.route("**/*", (route) => {
      const url = new URL(route.request().url());
      if (url.hostname === "127.0.0.1") return route.continue();
      blocked.push(url.href);
      return route.abort("internetdisconnected");
    });
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  it("loads the reference workbook, generates by keyboard, downloads a result with the seed's figures, and passes axe", async () => {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`${base}/taskpane.html`);

    const generate = page.getByRole("button", { name: "Genera relazione" });
    await generate.waitFor();
    expect(blocked.some((u) => u.includes("office.js"))).toBe(true);
    expect(await page.getAttribute("html", "lang")).toBe("it");
    expect(await generate.isDisabled()).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);

    await page.setInputFiles("#rp-file", REFERENCE_WORKBOOK);
    await page.getByText("File scelto: darfo-boario-terme-2024.xlsx").waitFor();
    // keyboard alone: Tab from the file input to the button, then Enter
    await page.focus("#rp-file");
    for (let i = 0; i < 5 && !(await generate.evaluate((b) => b === document.activeElement)); i++) await page.keyboard.press("Tab");
    expect(await generate.evaluate((b) => b === document.activeElement)).toBe(true);
    await page.keyboard.press("Enter");

    await page.getByText("Relazione generata").waitFor({ timeout: 90_000 });
    await page.getByText("Trovati nessun errore e 1 avviso.").waitFor();
    await page.getByRole("heading", { name: "Foglio «Censimenti»: nessun errore e 1 avviso" }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Scarica il risultato (.xlsx)" }).click()]);
    expect(download.suggestedFilename()).toBe("darfo-boario-terme-2024-relazione.xlsx");
    const saved = path.join(profile, "risultato.xlsx");
    await download.saveAs(saved);
    const result = new ExcelJS.Workbook();
    await result.xlsx.readFile(saved);

    const relazione = result.getWorksheet("Relazione");
    expect(relazione).toBeDefined();
    const texts = sheetTexts(relazione!);
    expect(texts).toContain("Darfo Boario Terme registra al 31/12/2024 n. 15.883 residenti.");
    expect(texts.some((t) => t.includes("il controllo successivo di regolarità amministrativa su 57 atti"))).toBe(true);
    // the first TOTALE row of the Relazione closes the entrate table: 22.038.064,37 in an Italian Excel
    const totals: ExcelJS.Row[] = [];
    relazione!.eachRow((row) => {
      if (row.getCell(1).value === "TOTALE") totals.push(row);
    });
    expect(totals[0].getCell(2).value).toBe(22038064.37);
    expect(totals[0].getCell(2).numFmt).toBe("#,##0.00");
    // the user's sheets come back as they were
    expect(result.getWorksheet("Entrate")?.getCell("C12").value).toBe(22038064.37);
    expect(result.worksheets.map((ws) => ws.name)).toEqual(expect.arrayContaining(["Ente", "Personale", "Relazione", "Verifica dati", "Calcolo bilancio"]));
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  it("downloads the empty template with headers, notes and drop-down lists", async () => {
    const page = await context.newPage();
    await page.goto(`${base}/taskpane.html`);
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Scarica modello" }).click()]);
    await page.getByText("Modello creato").waitFor();
    const saved = path.join(profile, "modello.xlsx");
    await download.saveAs(saved);
    const template = new ExcelJS.Workbook();
    await template.xlsx.readFile(saved);
    const personale = template.getWorksheet("Personale");
    expect(personale?.getRow(1).values).toEqual(expect.arrayContaining(["Matricola", "Area", "Sesso", "Rapporto"]));
    expect(personale?.rowCount).toBe(1);
    // Sesso is column D: its drop-down offers M and F
    expect(personale?.getCell("D2").dataValidation).toMatchObject({ type: "list", formulae: ['"M,F"'] });
    expect(String(personale?.getCell("D1").note)).toContain("M o F.");
    await page.close();
  }, 60_000);

  it("speaks English when the browser does", async () => {
    const page = await context.newPage();
    await page.addInitScript(() => Object.defineProperty(navigator, "language", { get: () => "en-US" }));
    await page.goto(`${base}/taskpane.html`);
    await page.getByRole("button", { name: "Generate report" }).waitFor();
    expect(await page.getAttribute("html", "lang")).toBe("en");
    await page.getByRole("button", { name: "Check data" }).waitFor();
    await page.close();
  }, 60_000);
});
