import { Command, CommanderError } from "commander";
import { existsSync, statSync } from "fs";
import * as path from "path";
import { runReport } from "../core/run";
import { ExcelJsWorkbook } from "../workbook/exceljs-adapter";
import { WorkbookFileError, loadXlsx, saveXlsx } from "../workbook/xlsx-file";
import { formatSummary } from "./summary";

/** Workbook used when the command is run with no argument: the reference data of Darfo Boario Terme 2024. */
export const REFERENCE_WORKBOOK = path.join(__dirname, "..", "..", "examples", "darfo-boario-terme-2024.xlsx");

/**
 * Exit codes: 0 no errors in the data, 1 errors in the data (outputs still written), 2 file or usage
 * problem, 3 a fault of the program itself (a bug: please report it with the file that caused it).
 */
export const EXIT = { ok: 0, dataErrors: 1, fileError: 2, unexpected: 3 } as const;

/**
 * Runs the report on `input` and writes `output` (input sheets untouched plus the output sheets), both
 * relative to `cwd` (where the user typed the command: npm sets INIT_CWD to it). Returns the exit code;
 * prints the summary on `out` and file or usage problems on `err` as one Italian line.
 */
export async function main(
  argv: readonly string[],
  out: (s: string) => void = console.log,
  err: (s: string) => void = console.error,
  cwd: string = process.env.INIT_CWD ?? process.cwd(),
): Promise<number> {
  const program = new Command()
    .name("npm run report --")
    .description("Genera la Relazione sulla performance da una cartella di lavoro .xlsx")
    .argument("[input]", "cartella di lavoro .xlsx con i dati", REFERENCE_WORKBOOK)
    .option("-o, --output <file>", "file .xlsx da scrivere (predefinito: out/<nome>.xlsx)")
    .helpOption("-h, --help", "mostra questo aiuto")
    .exitOverride()
    // commander's own errors are in English: the user gets one Italian line instead
    .configureOutput({ writeOut: (s) => out(s.trimEnd()), writeErr: () => undefined });
  try {
    program.parse(argv as string[], { from: "user" });
  } catch (e) {
    if (!(e instanceof CommanderError)) throw e;
    if (e.exitCode === 0) return EXIT.ok;
    err(`Errore: argomenti non validi (${e.message.replace(/^error: /, "")}). Uso: npm run report -- [dati.xlsx] [-o relazione.xlsx]`);
    return EXIT.fileError;
  }
  // npm run changes directory to the project: paths are the user's, relative to where they typed the command
  const input = path.resolve(cwd, program.processedArgs[0] as string);
  const given = program.opts().output as string | undefined;
  const output = given !== undefined ? path.resolve(cwd, given) : path.resolve(cwd, "out", path.basename(input, path.extname(input)) + ".xlsx");
  if (output === input) {
    err("Errore: il file di uscita deve essere diverso da quello di ingresso, che non viene mai modificato.");
    return EXIT.fileError;
  }
  if (existsSync(output) && statSync(output).isDirectory()) {
    err(`Errore: ${output} è una cartella: indicare il nome del file .xlsx da scrivere, ad esempio ${path.join(output, "relazione.xlsx")}`);
    return EXIT.fileError;
  }
  try {
    const workbook = await loadXlsx(input);
    const result = await runReport(new ExcelJsWorkbook(workbook));
    await saveXlsx(workbook, output);
    out(formatSummary(result, input, output));
    return result.errors > 0 ? EXIT.dataErrors : EXIT.ok;
  } catch (e) {
    if (e instanceof WorkbookFileError) {
      err(`Errore: ${e.message}`);
      return EXIT.fileError;
    }
    throw e;
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (e: unknown) => {
      console.error(`Errore imprevisto: ${e instanceof Error ? e.message : String(e)}`);
      process.exit(EXIT.unexpected);
    },
  );
}
