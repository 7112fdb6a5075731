import { CellValue, SheetData, cellAddress, isBlank } from "../cell";
import { Finding, avviso, errore } from "../finding";
import { labelMatches, normalizeLabel } from "../text";
import { ColumnSpec, TableSpec } from "./spec";
import { TypedValue, readTyped } from "./values";

/** One data row of an input table, with its values typed per the spec. */
export interface TableRow {
  /** Excel row number (1-based). */
  readonly row: number;
  /** Typed value per column key; null when blank or unreadable. */
  readonly values: Readonly<Record<string, TypedValue>>;
  /** Column keys whose cell held something unreadable (an errore was raised for each). */
  readonly invalid: ReadonlySet<string>;
  /** A1 address of the cell of column `key` in this row (the row's first cell when the column is absent). */
  address(key: string): string;
}

export interface TableRead {
  readonly sheet: string;
  readonly rows: readonly TableRow[];
  /** Rows labelled "Totale…": kept apart, to be checked against the data, never summed as data. */
  readonly totalRows: readonly TableRow[];
  /** Column keys found in the header. */
  readonly present: ReadonlySet<string>;
  readonly findings: readonly Finding[];
}

const HEADER_SCAN_ROWS = 20;

function headerMatches(spec: ColumnSpec, text: string): boolean {
  return labelMatches(text, [spec.header, ...spec.synonyms]);
}

/** Finds the header row: the one among the first rows that names the most columns of the spec. */
function locateHeader(rows: readonly (readonly CellValue[])[], spec: TableSpec): { index: number; map: Map<string, number> } | undefined {
  let best: { index: number; map: Map<string, number> } | undefined;
  for (let r = 0; r < Math.min(rows.length, HEADER_SCAN_ROWS); r++) {
    const map = new Map<string, number>();
    rows[r].forEach((cell, c) => {
      if (typeof cell !== "string") return;
      const col = spec.columns.find((s) => !map.has(s.key) && headerMatches(s, cell));
      if (col) map.set(col.key, c);
    });
    if (map.size > 0 && (!best || map.size > best.map.size)) best = { index: r, map };
  }
  return best;
}

function isTotalLabel(v: TypedValue | CellValue): boolean {
  return typeof v === "string" && normalizeLabel(v).startsWith("totale");
}

/**
 * Reads an input table out of a sheet matrix: locates the header row (title rows above it are
 * allowed), maps columns by header name and synonyms, types every cell, and returns the data rows.
 * Blank rows are skipped; rows labelled "Totale" are returned apart as `totalRows`.
 * Raises: COLONNA_MANCANTE (errore) for a missing required column, INTESTAZIONE_MANCANTE (errore) when
 * no header is recognisable, TIPO_NON_VALIDO (errore) for an unreadable cell, NUMERO_NEGATIVO (errore)
 * for a negative count, NUMERO_COME_TESTO (avviso) for a number stored as text, COLONNA_SCONOSCIUTA (avviso)
 * once per sheet for headers the spec does not know.
 */
export function readTable(sheet: SheetData, spec: TableSpec): TableRead {
  const findings: Finding[] = [];
  const name = sheet.name;
  const at = (r: number, c: number): string => cellAddress(sheet.firstRow + r, sheet.firstCol + c);
  const header = locateHeader(sheet.rows, spec);
  if (!header) {
    findings.push(
      errore(
        "INTESTAZIONE_MANCANTE",
        name,
        at(0, 0),
        `Nel foglio «${name}» non trovo la riga di intestazione: attese le colonne ${spec.columns.map((c) => `«${c.header}»`).join(", ")}.`,
      ),
    );
    return { sheet: name, rows: [], totalRows: [], present: new Set(), findings };
  }
  for (const col of spec.columns) {
    if (col.required && !header.map.has(col.key)) {
      findings.push(
        errore("COLONNA_MANCANTE", name, at(header.index, 0), `Nel foglio «${name}» manca la colonna obbligatoria «${col.header}» nella riga di intestazione ${sheet.firstRow + header.index}.`),
      );
    }
  }
  const known = new Set(header.map.values());
  const unknown = sheet.rows[header.index]
    .map((cell, c) => ({ cell, c }))
    .filter(({ cell, c }) => !known.has(c) && !isBlank(cell));
  if (unknown.length > 0) {
    findings.push(
      avviso(
        "COLONNA_SCONOSCIUTA",
        name,
        at(header.index, unknown[0].c),
        `Nel foglio «${name}» le colonne ${unknown.map((u) => `«${String(u.cell)}»`).join(", ")} non sono previste e vengono ignorate.`,
      ),
    );
  }

  const rows: TableRow[] = [];
  const totalRows: TableRow[] = [];
  for (let r = header.index + 1; r < sheet.rows.length; r++) {
    const raw = sheet.rows[r];
    const mapped = [...header.map.values()].map((c) => raw[c]);
    if (mapped.every((v) => isBlank(v))) continue;
    const isTotal = mapped.some((v) => isTotalLabel(v ?? null));
    const values: Record<string, TypedValue> = {};
    const invalid = new Set<string>();
    const rowFindings: Finding[] = [];
    for (const col of spec.columns) {
      const c = header.map.get(col.key);
      if (c === undefined) {
        values[col.key] = null;
        continue;
      }
      const cell = raw[c] ?? null;
      const out = readTyped(cell, col.type);
      if (!out.ok) {
        invalid.add(col.key);
        values[col.key] = null;
        rowFindings.push(errore("TIPO_NON_VALIDO", name, at(r, c), `Foglio «${name}», cella ${at(r, c)} (colonna «${col.header}»): ${out.reason}.`));
        continue;
      }
      values[col.key] = out.value;
      if (out.numberAsText) {
        rowFindings.push(avviso("NUMERO_COME_TESTO", name, at(r, c), `Foglio «${name}», cella ${at(r, c)}: numero memorizzato come testo, letto come ${String(out.value)}.`));
      }
      if (col.nonNegative && typeof out.value === "number" && out.value < 0) {
        invalid.add(col.key);
        values[col.key] = null;
        rowFindings.push(errore("NUMERO_NEGATIVO", name, at(r, c), `Foglio «${name}», cella ${at(r, c)} (colonna «${col.header}»): ${out.value} è negativo, atteso un valore ≥ 0.`));
      }
    }
    findings.push(...rowFindings);
    const firstCol = Math.min(...header.map.values());
    const row: TableRow = {
      row: sheet.firstRow + r,
      values,
      invalid,
      address: (key: string) => at(r, header.map.get(key) ?? firstCol),
    };
    (isTotal ? totalRows : rows).push(row);
  }
  return { sheet: name, rows, totalRows, present: new Set(header.map.keys()), findings };
}

/**
 * Picks the workbook sheet that holds `spec`: exact canonical name first, then any synonym,
 * all compared after {@link normalizeLabel}. Undefined when none matches.
 */
export function findSheet(sheetNames: readonly string[], spec: Pick<TableSpec, "sheet" | "sheetSynonyms">): string | undefined {
  return sheetNames.find((n) => labelMatches(n, [spec.sheet])) ?? sheetNames.find((n) => labelMatches(n, spec.sheetSynonyms));
}
