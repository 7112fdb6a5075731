import { Command, CommanderError } from "commander";
import * as path from "path";
import { runReport } from "../core/run";
import { ExcelJsWorkbook } from "../workbook/exceljs-adapter";
import { WorkbookFileError, loadXlsx, saveXlsx } from "../workbook/xlsx-file";
import { formatSummary } from "./summary";

/** Workbook used when the command is run with no argument: the reference data of Darfo Boario Terme 2024. */
export const REFERENCE_WORKBOOK = path.join(__dirname, "..", "..", "examples", "darfo-boario-terme-2024.xlsx");

/** Exit codes: 0 no errors in the data, 1 errors in the data (outputs still written), 2 file or usage problem. */
export const EXIT = { ok: 0, dataErrors: 1, fileError: 2 } as const;

/**
 * Runs the report on `input` and writes `output` (input sheets untouched plus the output sheets).
 * Returns the exit code; prints the summary on `out` and file problems on `err` as one Italian line.
 */
export async function main(argv: readonly string[], out: (s: string) => void = console.log, err: (s: string) => void = console.error): Promise<number> {
  const program = new Command()
    .name("npm run report --")
    .description("Genera la Relazione sulla performance da una cartella di lavoro .xlsx")
    .argument("[input]", "cartella di lavoro .xlsx con i dati", REFERENCE_WORKBOOK)
    .option("-o, --output <file>", "file .xlsx da scrivere (predefinito: out/<nome>.xlsx)")
    .exitOverride()
    .configureOutput({ writeOut: (s) => out(s.trimEnd()), writeErr: (s) => err(s.trimEnd()) });
  try {
    program.parse(argv as string[], { from: "user" });
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? EXIT.ok : EXIT.fileError;
    throw e;
  }
  const input = program.processedArgs[0] as string;
  const output = (program.opts().output as string | undefined) ?? path.join("out", path.basename(input, path.extname(input)) + ".xlsx");
  if (path.resolve(output) === path.resolve(input)) {
    err("Errore: il file di uscita deve essere diverso da quello di ingresso, che non viene mai modificato.");
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
      process.exit(3);
    },
  );
}
