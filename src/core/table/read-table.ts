import { CellValue, SheetData, cellAddress, isBlank } from "../cell";
import { Finding, avviso, errore } from "../finding";
import { formatNumber, joinItalian } from "../narrative/italian";
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
  /** Excel row number (1-based) of the header (its lower row when it spans two); absent when none was found. */
  readonly headerRow?: number;
  readonly findings: readonly Finding[];
}

const HEADER_SCAN_ROWS = 20;

/** The header as found: its (lower) row, the column of each spec key, and each column's header text. */
interface Header {
  /** Index in the sheet matrix of the header row; for a header over two rows, the lower one. */
  readonly index: number;
  /** True when the header spans the row above `index` too. */
  readonly twoRows: boolean;
  /** True when some column was recognised only by joining its two rows' text. */
  readonly joined: boolean;
  readonly map: Map<string, number>;
  /** Spec keys named by more than one header cell, with all their columns left to right (the first is in `map`). */
  readonly duplicates: Map<string, number[]>;
  /** Header text of each column, as read (both rows joined for a two-row header); "" when none. */
  readonly labels: readonly string[];
}

function headerMatches(spec: ColumnSpec, text: string): boolean {
  return labelMatches(text, [spec.header, ...spec.synonyms]);
}

function textOf(v: CellValue | undefined): string | undefined {
  return typeof v === "string" && v.trim() !== "" ? v.trim() : undefined;
}

/**
 * Text of row `above` over column `c`, or — when that cell is empty because it is not the first cell of
 * a merged title (the adapters give those as null) — the nearest text to its left across empty cells.
 */
function carriedText(above: readonly CellValue[], c: number): string | undefined {
  for (let k = c; k >= 0; k--) {
    const t = textOf(above[k]);
    if (t !== undefined) return t;
    if (!isBlank(above[k] ?? null)) return undefined;
  }
  return undefined;
}

/**
 * Reads row `r` as a header, alone or (`twoRows`) together with the row above: a column's label is then
 * the two texts joined ("Accertamenti" over "(competenza)", a merged title over its columns), its own
 * text, or the text above when its own cell is empty (a header cell merged over both rows). Joined labels
 * are tried first, being the more specific; each spec column is taken once, left to right, and a later
 * cell naming a column already taken is recorded in `duplicates`.
 */
function readHeaderRow(rows: readonly (readonly CellValue[])[], r: number, twoRows: boolean, spec: TableSpec): Header {
  const map = new Map<string, number>();
  const duplicates = new Map<string, number[]>();
  const labels: string[] = [];
  let joined = false;
  const row = rows[r];
  const above = twoRows ? rows[r - 1] : [];
  const width = Math.max(row.length, above.length);
  for (let c = 0; c < width; c++) {
    const own = textOf(row[c]);
    const top = textOf(above[c]);
    const candidates: { text: string; joined: boolean }[] = [];
    if (twoRows && own !== undefined) {
      const carried = top ?? carriedText(above, c);
      if (carried !== undefined) candidates.push({ text: `${carried} ${own}`, joined: true });
    }
    if (own !== undefined) candidates.push({ text: own, joined: false });
    else if (top !== undefined) candidates.push({ text: top, joined: false });
    let label = [top, own].filter((t) => t !== undefined).join(" ");
    let taken = false;
    for (const cand of candidates) {
      const col = spec.columns.find((s) => !map.has(s.key) && headerMatches(s, cand.text));
      if (col) {
        map.set(col.key, c);
        label = cand.text;
        joined ||= cand.joined;
        taken = true;
        break;
      }
    }
    for (const cand of taken ? [] : candidates) {
      const col = spec.columns.find((s) => map.has(s.key) && headerMatches(s, cand.text));
      if (col) {
        const cols = duplicates.get(col.key) ?? [map.get(col.key) as number];
        duplicates.set(col.key, [...cols, c]);
        label = cand.text;
        break;
      }
    }
    labels.push(label);
  }
  return { index: r, twoRows, joined, map, duplicates, labels };
}

/**
 * Finds the header: the row among the first {@link HEADER_SCAN_ROWS} that names the most columns of the
 * spec, read alone or joined with the row above when that names more columns than the row alone. On a
 * tie between a row and the two-row reading just below it, the two-row reading wins when it recognised a
 * column only by joining (the lower row is then part of the header, e.g. "(competenza)" or "€", not data).
 */
function locateHeader(rows: readonly (readonly CellValue[])[], spec: TableSpec): Header | undefined {
  let best: Header | undefined;
  const consider = (h: Header): void => {
    if (h.map.size === 0) return;
    const wins =
      !best ||
      h.map.size > best.map.size ||
      (h.map.size === best.map.size && h.twoRows && h.joined && !best.twoRows && best.index === h.index - 1);
    if (wins) best = h;
  };
  for (let r = 0; r < Math.min(rows.length, HEADER_SCAN_ROWS); r++) {
    const single = readHeaderRow(rows, r, false, spec);
    consider(single);
    if (r > 0) {
      const double = readHeaderRow(rows, r, true, spec);
      if (double.map.size > single.map.size) consider(double);
    }
  }
  return best;
}

function isTotalLabel(v: TypedValue | CellValue): boolean {
  return typeof v === "string" && normalizeLabel(v).startsWith("totale");
}

/**
 * Reads an input table out of a sheet matrix: locates the header (title rows above it are allowed; a
 * header may span two rows, as when "Accertamenti" stands over "(competenza)", a merged title over its
 * columns or a row of units under the names), maps columns by header name and synonyms, types every cell
 * in the workbook's date system, and returns the data rows. Blank rows are skipped; rows labelled
 * "Totale" are returned apart as `totalRows`. Hidden rows (by hand or by a filter, `sheet.hiddenRows`)
 * ARE read like the others, because a filter left on must not silently drop data from a public report;
 * one avviso says how many there were.
 * Raises: COLONNA_MANCANTE (errore) for a missing required column, INTESTAZIONE_MANCANTE (errore) when
 * no header is recognisable, TIPO_NON_VALIDO (errore) for an unreadable cell, FORMULA_SENZA_RISULTATO
 * for a formula saved without its result (value left out, never 0: errore in a numeric or date column,
 * avviso and blank in a text column, where "" results are lost that way), NUMERO_NEGATIVO (errore)
 * for a negative count, NUMERO_COME_TESTO (avviso) for a number stored as text, COLONNA_SCONOSCIUTA
 * (avviso) once per sheet for headers the spec does not know, RIGHE_NASCOSTE (avviso) once per sheet
 * with the number of hidden rows read, COLONNA_DUPLICATA (errore) for a column of the spec named by two
 * or more header cells: none of them is read (which one holds the right data cannot be told), so the
 * column counts as absent and, when required, also gives COLONNA_MANCANTE.
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
        `Nel foglio «${name}» non trovo la riga di intestazione nelle prime ${HEADER_SCAN_ROWS} righe: attese le colonne ${spec.columns.map((c) => `«${c.header}»`).join(", ")}.`,
      ),
    );
    return { sheet: name, rows: [], totalRows: [], present: new Set(), findings };
  }
  const map = new Map([...header.map].filter(([key]) => !header.duplicates.has(key)));
  for (const col of spec.columns) {
    const cols = header.duplicates.get(col.key);
    if (cols) findings.push(duplicateColumnFinding(name, col.header, cols.map((c) => at(header.index, c))));
    if (col.required && !map.has(col.key)) {
      const why = cols ? `la colonna obbligatoria «${col.header}» non è utilizzabile perché compare più volte` : `manca la colonna obbligatoria «${col.header}»`;
      findings.push(errore("COLONNA_MANCANTE", name, at(header.index, 0), `Nel foglio «${name}» ${why} nella riga di intestazione ${sheet.firstRow + header.index}.`));
    }
  }
  const known = new Set([...header.map.values(), ...[...header.duplicates.values()].flat()]);
  const unknown = header.labels.map((label, c) => ({ label, c })).filter(({ label, c }) => !known.has(c) && label !== "");
  if (unknown.length > 0) {
    findings.push(
      avviso(
        "COLONNA_SCONOSCIUTA",
        name,
        at(header.index, unknown[0].c),
        `Nel foglio «${name}» le colonne ${unknown.map((u) => `«${u.label}»`).join(", ")} non sono previste e vengono ignorate.`,
      ),
    );
  }

  const rows: TableRow[] = [];
  const totalRows: TableRow[] = [];
  const hidden: number[] = [];
  for (let r = header.index + 1; r < sheet.rows.length; r++) {
    const raw = sheet.rows[r];
    const mapped = [...map.values()].map((c) => raw[c]);
    if (mapped.every((v) => isBlank(v))) continue;
    const isTotal = mapped.some((v) => isTotalLabel(v ?? null));
    const values: Record<string, TypedValue> = {};
    const invalid = new Set<string>();
    const rowFindings: Finding[] = [];
    for (const col of spec.columns) {
      const c = map.get(col.key);
      if (c === undefined) {
        values[col.key] = null;
        continue;
      }
      const cell = raw[c] ?? null;
      const out = readTyped(cell, col.type, sheet.date1904 === true, sheet.percentCells?.has(`${r},${c}`) === true);
      if (!out.ok) {
        values[col.key] = null;
        const message = `Foglio «${name}», cella ${at(r, c)} (colonna «${col.header}»): ${out.reason}.`;
        // exceljs drops the cached result of a formula that returned "" (=SE(…;"";…)): in a text column
        // that is a blank, so it is read as blank with an avviso; in a numeric column it is an errore.
        if (out.problem === "FORMULA_SENZA_RISULTATO" && col.type === "text") {
          rowFindings.push(avviso(out.problem, name, at(r, c), message));
        } else {
          invalid.add(col.key);
          rowFindings.push(errore(out.problem, name, at(r, c), message));
        }
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
    const firstCol = Math.min(...map.values());
    const row: TableRow = {
      row: sheet.firstRow + r,
      values,
      invalid,
      address: (key: string) => at(r, map.get(key) ?? firstCol),
    };
    (isTotal ? totalRows : rows).push(row);
    if (sheet.hiddenRows?.has(row.row)) hidden.push(row.row);
  }
  if (hidden.length > 0) findings.push(hiddenRowsFinding(name, hidden, at(hidden[0] - sheet.firstRow, Math.min(...map.values()))));
  return { sheet: name, rows, totalRows, present: new Set(map.keys()), headerRow: sheet.firstRow + header.index, findings };
}

const TIMES = ["", "una volta", "due volte", "tre volte"];

/** COLONNA_DUPLICATA: the spec column `header` is named by the header cells `cells` (A1 addresses, ≥ 2). */
function duplicateColumnFinding(sheet: string, header: string, cells: readonly string[]): Finding {
  const times = TIMES[cells.length] ?? `${formatNumber(cells.length)} volte`;
  return errore(
    "COLONNA_DUPLICATA",
    sheet,
    cells[1],
    `Nel foglio «${sheet}» la colonna «${header}» compare ${times}, in ${joinItalian(cells)}: lasciarne una sola (finché è ripetuta, i dati di quella colonna non vengono letti).`,
  );
}

const LISTED_HIDDEN_ROWS = 10;

/** RIGHE_NASCOSTE: how many hidden rows were read, and which (the first {@link LISTED_HIDDEN_ROWS}). */
function hiddenRowsFinding(sheet: string, hidden: readonly number[], cell: string): Finding {
  const listed = hidden.slice(0, LISTED_HIDDEN_ROWS).map(String);
  const which = hidden.length > LISTED_HIDDEN_ROWS ? `${listed.join(", ")}…` : joinItalian(listed);
  const text =
    hidden.length === 1
      ? `la riga ${which} è nascosta (a mano o da un filtro) ma è stata letta come le altre`
      : `${formatNumber(hidden.length)} righe nascoste (a mano o da un filtro: righe ${which}) sono state lette come le altre`;
  const fix = hidden.length === 1 ? "Se quella riga non deve contare, cancellarla" : "Se quelle righe non devono contare, cancellarle";
  return avviso(
    "RIGHE_NASCOSTE",
    sheet,
    cell,
    `Nel foglio «${sheet}» ${text}: nascondere o filtrare righe non esclude dati dalla Relazione. ${fix}; altrimenti non serve fare nulla.`,
  );
}

/**
 * Picks the workbook sheet that holds `spec`: exact canonical name first, then any synonym,
 * all compared after {@link normalizeLabel}. Undefined when none matches.
 */
export function findSheet(sheetNames: readonly string[], spec: Pick<TableSpec, "sheet" | "sheetSynonyms">): string | undefined {
  return sheetNames.find((n) => labelMatches(n, [spec.sheet])) ?? sheetNames.find((n) => labelMatches(n, spec.sheetSynonyms));
}
