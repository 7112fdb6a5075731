import { SheetData } from "./cell";
import { Finding, avviso, errore } from "./finding";
import { findSheet } from "./table/read-table";
import { TableSpec } from "./table/spec";
import { WorkbookPort } from "./workbook-port";

/** The user's sheets that match the data model, read once. */
export interface Inputs {
  /** The sheet holding `spec`, or undefined when the workbook has none. */
  get(spec: TableSpec): SheetData | undefined;
  readonly findings: readonly Finding[];
}

/**
 * Reads, among the sheets the add-in did not create, those that hold the given specs.
 * A missing required sheet is an errore FOGLIO_MANCANTE, a missing optional one an avviso
 * FOGLIO_FACOLTATIVO_MANCANTE saying what follows (none when the spec's missingConsequence is null).
 */
export async function loadInputs(port: WorkbookPort, specs: readonly TableSpec[], owned: readonly string[]): Promise<Inputs> {
  const ownedLower = new Set(owned.map((n) => n.toLowerCase()));
  const userSheets = (await port.sheetNames()).filter((n) => !ownedLower.has(n.toLowerCase()));
  const sheets = new Map<TableSpec, SheetData>();
  const findings: Finding[] = [];
  for (const spec of specs) {
    const name = findSheet(userSheets, spec);
    if (name === undefined) {
      const text = `Manca il foglio «${spec.sheet}» (${spec.description})`;
      if (spec.required) {
        findings.push(errore("FOGLIO_MANCANTE", spec.sheet, undefined, `${text}: le parti della Relazione che ne dipendono non sono generate.`));
      } else if (spec.missingConsequence !== null) {
        const consequence = spec.missingConsequence ?? "la parte corrispondente della Relazione è omessa";
        findings.push(avviso("FOGLIO_FACOLTATIVO_MANCANTE", spec.sheet, undefined, `${text}: ${consequence}.`));
      }
      continue;
    }
    sheets.set(spec, await port.readSheet(name));
  }
  return { get: (spec) => sheets.get(spec), findings };
}
