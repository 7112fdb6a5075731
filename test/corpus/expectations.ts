import ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import { FixtureExpectation, MANIFEST_PATH } from "../../scripts/generate-fixtures";
import { Severity } from "../../src/core/finding";
import { fromExcelJs } from "../../src/workbook/exceljs-adapter";

/** The committed manifest, as the corpus test reads it (not regenerated: the test checks what is committed). */
export function readManifest(): FixtureExpectation[] {
  return JSON.parse(readFileSync(MANIFEST_PATH, "utf8")) as FixtureExpectation[];
}

/** A finding as the corpus compares them: where the Verifica dati sheet or the printed summary puts it. */
export interface SeenFinding {
  readonly severity: Severity;
  readonly code: string;
  readonly sheet: string;
  readonly cell: string;
}

/** One `findings` entry of the manifest: `CODE`, `CODE@Sheet!Cell` or `CODE@Sheet!`, optionally ` (errore)` / ` (avviso)`. */
export interface ExpectedFinding {
  readonly code: string;
  /** Sheet and cell ("" for a finding without cell); undefined when the entry names only the code. */
  readonly at?: { readonly sheet: string; readonly cell: string };
  readonly severity?: Severity;
}

const ENTRY = /^([A-Z][A-Z0-9_]*)(?:@([^!]+)!(\S*))?(?: \((errore|avviso)\))?$/;

/** Parses a manifest entry; throws on one that does not follow the format, so a typo cannot pass as "nothing expected". */
export function parseExpected(entry: string): ExpectedFinding {
  const m = ENTRY.exec(entry);
  if (!m) throw new Error(`Voce del manifest non valida: «${entry}»`);
  return { code: m[1], ...(m[2] !== undefined && { at: { sheet: m[2], cell: m[3] } }), ...(m[4] !== undefined && { severity: m[4] as Severity }) };
}

export function matches(e: ExpectedFinding, f: SeenFinding): boolean {
  return f.code === e.code && (!e.at || (f.sheet === e.at.sheet && f.cell === e.at.cell)) && (!e.severity || f.severity === e.severity);
}

const FINDINGS_HEADER = ["Gravità", "Codice", "Foglio", "Cella", "Messaggio"];

function text(v: ExcelJS.CellValue): string {
  const c = fromExcelJs(v);
  return c === null ? "" : String(c);
}

/**
 * The findings listed in the output workbook: the rows under the header Gravità | Codice | Foglio | Cella |
 * Messaggio, in whichever sheet holds it ("Verifica dati", or "Verifica dati (2)" beside a user's sheet).
 * Undefined when no sheet has that table (a run without findings writes only the summary line).
 */
export function findingsInWorkbook(wb: ExcelJS.Workbook): SeenFinding[] | undefined {
  for (const ws of wb.worksheets) {
    for (let r = 1; r <= ws.rowCount; r++) {
      const row = ws.getRow(r);
      const start = FINDINGS_HEADER.map((_, i) => text(row.getCell(i + 1).value));
      if (start.join("|") !== FINDINGS_HEADER.join("|")) continue;
      const found: SeenFinding[] = [];
      for (let d = r + 1; d <= ws.rowCount; d++) {
        const cells = FINDINGS_HEADER.map((_, i) => text(ws.getRow(d).getCell(i + 1).value));
        if (cells.every((c) => c === "")) break;
        found.push({ severity: cells[0] as Severity, code: cells[1], sheet: cells[2], cell: cells[3] });
      }
      return found;
    }
  }
  return undefined;
}

// "  [errore] DEMO_SOMMA_SESSI Demografia!D3: messaggio" or, without cell, "  [avviso] FOGLIO_FACOLTATIVO_MANCANTE Controlli: messaggio".
const SUMMARY_LINE = /^ {2}\[(errore|avviso)\] ([A-Z][A-Z0-9_]*) (.+?)(?:!([A-Z]+[0-9]+))?: /;

/** The findings the command line printed (the first ones only: the summary is cut after a few lines). */
export function findingsInSummary(out: string): SeenFinding[] {
  return out.split("\n").flatMap((line) => {
    const m = SUMMARY_LINE.exec(line);
    return m ? [{ severity: m[1] as Severity, code: m[2], sheet: m[3], cell: m[4] ?? "" }] : [];
  });
}
