import { CellValue, SheetData, columnLetters } from "../core/cell";
import { fromOfficeCell } from "../core/cells/from-office";
import { OutCell, OutputSheet } from "../core/output/sheet";
import { STYLE_LOOK, StyleLook } from "../core/output/styles";
import { OWNED_MARKER_PREFIX, WorkbookPort } from "../core/workbook-port";
import { MAX_READ_CELLS, MAX_REQUEST_PAYLOAD_CHARS, OPERATION_CHARS, RequestBudget, rowBlocks } from "./request-budget";

/** `Excel.run`, or a stand-in with the same shape (tests pass a fake context). */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/**
 * The sheet a marker formula points at, when the formula is exactly `=Sheet!$A$1` or `='Sheet name'!$A$1`
 * (quotes doubled inside quoted names); undefined for anything else, such as `=#REF!` after the sheet was deleted.
 */
export function markedSheet(formula: unknown): string | undefined {
  const suffix = "!$A$1";
  if (typeof formula !== "string" || !formula.startsWith("=") || !formula.endsWith(suffix)) return undefined;
  const ref = formula.slice(1, -suffix.length);
  if (ref.length >= 2 && ref.startsWith("'") && ref.endsWith("'")) return ref.slice(1, -1).replace(/''/g, "'");
  return ref === "" || /['!#]/.test(ref) ? undefined : ref;
}

function isMarker(name: string): boolean {
  return name.toUpperCase().startsWith(OWNED_MARKER_PREFIX);
}

function sameName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/**
 * Column width in characters of the default font (as in .xlsx files) → points, which Office.js uses:
 * pixels = chars × 7 + 5 (maximum digit width 7 px of Calibri 11 plus padding, ECMA-376 §18.3.1.13),
 * points = pixels × 0.75 (96 dpi). Default width 8.43 → 48 pt.
 */
export function columnWidthPoints(chars: number): number {
  return (chars * 7 + 5) * 0.75;
}

/** A rectangle of cells sharing one style (1-based, inclusive). */
interface StyledRect {
  readonly style: NonNullable<OutCell["style"]>;
  readonly fromRow: number;
  toRow: number;
  readonly fromCol: number;
  readonly toCol: number;
}

/**
 * Groups styled cells into rectangles: runs of equal style along a row, extended downwards while the
 * next row has the same run. A table body becomes one rectangle, so formatting calls grow with the
 * number of tables and text rows, not with the number of cells.
 */
export function styledRects(rows: readonly (readonly OutCell[])[]): StyledRect[] {
  const rects: StyledRect[] = [];
  let open = new Map<string, StyledRect>();
  rows.forEach((cells, r) => {
    const next = new Map<string, StyledRect>();
    let c = 0;
    while (c < cells.length) {
      const style = cells[c].style;
      let end = c;
      while (end + 1 < cells.length && cells[end + 1].style === style) end++;
      if (style) {
        const key = `${style}|${c}|${end}`;
        const above = open.get(key);
        if (above) {
          above.toRow = r + 1;
          next.set(key, above);
        } else {
          const rect: StyledRect = { style, fromRow: r + 1, toRow: r + 1, fromCol: c + 1, toCol: end + 1 };
          rects.push(rect);
          next.set(key, rect);
        }
      }
      c = end + 1;
    }
    open = next;
  });
  return rects;
}

function rangeAddress(fromRow: number, fromCol: number, toRow: number, toCol: number): string {
  return `${columnLetters(fromCol)}${fromRow}:${columnLetters(toCol)}${toRow}`;
}

const BORDER_COLOR = "#808080";

/** Applies a style to a range of `rows` × `cols` cells (inside borders only where there is an inside). */
export function applyLook(range: Excel.Range, look: StyleLook, rows: number, cols: number): void {
  const format = range.format;
  if (look.bold) format.font.bold = true;
  if (look.italic) format.font.italic = true;
  if (look.size !== undefined) format.font.size = look.size;
  if (look.color) format.font.color = `#${look.color}`;
  if (look.fill) format.fill.color = `#${look.fill}`;
  if (look.wrap) format.wrapText = true;
  if (look.verticalTop) format.verticalAlignment = "Top";
  if (look.border) {
    const edges: ("EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideHorizontal" | "InsideVertical")[] = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"];
    // inside borders of a single row or column do not exist
    if (rows > 1) edges.push("InsideHorizontal");
    if (cols > 1) edges.push("InsideVertical");
    for (const edge of edges) {
      const border = format.borders.getItem(edge);
      border.style = "Continuous";
      border.weight = "Thin";
      border.color = BORDER_COLOR;
    }
  }
}

/** JSON length of each row of a grid: what the row adds to the request that carries it. */
function rowChars(grid: readonly (readonly unknown[])[]): number[] {
  return grid.map((row) => JSON.stringify(row).length);
}

/**
 * Queues the whole content of `sheet` on the new worksheet `ws`: column widths, the used rectangle as
 * row blocks of number formats then values (formats first, so that strings, all formatted "@", stay
 * text even when they start with = + - @), styles by rectangle, merges and row heights. Every operation
 * reserves its payload in `budget`, which sends the pending request before it would grow past the limit.
 */
async function queueContent(ws: Excel.Worksheet, sheet: OutputSheet, budget: RequestBudget): Promise<void> {
  for (const [i, w] of sheet.columnWidths.entries()) {
    await budget.reserve(OPERATION_CHARS);
    const letters = columnLetters(i + 1);
    ws.getRange(`${letters}:${letters}`).format.columnWidth = columnWidthPoints(w);
  }
  const height = sheet.rows.length;
  const width = Math.max(0, ...sheet.rows.map((r) => r.length));
  if (height > 0 && width > 0) {
    // null leaves a cell untouched: on a new sheet that means empty, in the General format
    const formats = sheet.rows.map((r) =>
      Array.from({ length: width }, (_, c) => {
        const cell = r[c];
        if (cell === undefined || cell.value === null) return null;
        return typeof cell.value === "string" ? "@" : (cell.format ?? null);
      }),
    );
    const values = sheet.rows.map((r) => Array.from({ length: width }, (_, c) => r[c]?.value ?? null));
    for (const block of rowBlocks([rowChars(formats), rowChars(values)], budget.limit, budget.room)) {
      await budget.reserve(block.chars);
      const range = ws.getRange(rangeAddress(block.from + 1, 1, block.to, width));
      range.numberFormat = formats.slice(block.from, block.to);
      range.values = values.slice(block.from, block.to);
    }
  }
  for (const rect of styledRects(sheet.rows)) {
    await budget.reserve(OPERATION_CHARS);
    const range = ws.getRange(rangeAddress(rect.fromRow, rect.fromCol, rect.toRow, rect.toCol));
    applyLook(range, STYLE_LOOK[rect.style], rect.toRow - rect.fromRow + 1, rect.toCol - rect.fromCol + 1);
  }
  for (const m of sheet.merges ?? []) {
    await budget.reserve(OPERATION_CHARS);
    ws.getRange(rangeAddress(m.row, m.fromCol, m.row, m.toCol)).merge(false);
  }
  const heights = sheet.rowHeights ?? [];
  for (let r = 0; r < heights.length; ) {
    const h = heights[r];
    let end = r;
    while (end + 1 < heights.length && heights[end + 1] === h) end++;
    if (h !== undefined) {
      await budget.reserve(OPERATION_CHARS);
      ws.getRange(`${r + 1}:${end + 1}`).format.rowHeight = h;
    }
    r = end + 1;
  }
}

/** Properties of a range that tell dates, errors and text from numbers. */
const CELL_PROPS = "values,valueTypes,numberFormat";

/** Window read together with the used range's bounds: 40 columns × 500 rows = {@link MAX_READ_CELLS} cells. */
const READ_WINDOW = "A1:AN500";

/** Rows of a worksheet: the whole height, for asking whether any row is hidden. */
const EXCEL_MAX_ROWS = 1_048_576;

/**
 * Excel row numbers (1-based) of the hidden rows among `count` rows from `firstIndex` (0-based), in one
 * sync; called only when some row of the sheet is hidden, so that the table reader can say how many.
 */
async function hiddenRowsOf(context: Excel.RequestContext, ws: Excel.Worksheet, firstIndex: number, count: number): Promise<Set<number>> {
  const rows = Array.from({ length: count }, (_, i) => ws.getRangeByIndexes(firstIndex + i, 0, 1, 1).load("rowHidden"));
  await context.sync();
  return new Set(rows.flatMap((r, i) => (r.rowHidden ? [firstIndex + i + 1] : [])));
}

/** Adds to `into` the `${r},${c}` keys (offset by `rowOffset`) of the numeric cells shown as percentages. */
function collectPercentCells(range: Excel.Range, rowOffset: number, into: Set<string>): void {
  range.valueTypes.forEach((row, r) =>
    row.forEach((t, c) => {
      if ((t === "Double" || t === "Integer") && String(range.numberFormat[r][c]).includes("%")) into.add(`${rowOffset + r},${c}`);
    }),
  );
}

/** The cells of a loaded range as core values. */
function cellsOf(range: Excel.Range): CellValue[][] {
  // Workbook.use1904DateSystem is not in the ExcelApi sets this add-in requires: 1900 system assumed
  return range.values.map((row, r) => row.map((v, c) => fromOfficeCell(v, range.valueTypes[r][c], String(range.numberFormat[r][c]), false)));
}

/**
 * {@link WorkbookPort} inside Excel, over `Excel.run` batches (ExcelApi 1.7: `NamedItem.formula`,
 * `getRangeByIndexes`, `getUsedRangeOrNullObject`, `names.add`). The number of `sync()` round trips
 * does not depend on the number of rows, only on the bytes moved: a read takes one sync when the sheet's
 * data lies within A1:AN500, otherwise one more per {@link MAX_READ_CELLS} cells; `writeOwnedSheet`
 * takes two, plus one per {@link MAX_REQUEST_PAYLOAD_CHARS} characters of cell data beyond the first,
 * so that no request exceeds Excel on the web's 5 MB limit.
 * Excel errors (e.g. a sheet that does not exist, a protected workbook) reject the returned promise.
 */
export class OfficeJsWorkbook implements WorkbookPort {
  constructor(private readonly run: ExcelRun = (batch) => Excel.run(batch)) {}

  async sheetNames(): Promise<string[]> {
    return this.run(async (context) => {
      const sheets = context.workbook.worksheets.load("items/name,items/position");
      await context.sync();
      return [...sheets.items].sort((a, b) => a.position - b.position).map((ws) => ws.name);
    });
  }

  /**
   * Values of the used range (cells holding values; formatting alone does not count). One sync loads
   * the used range's bounds together with the data of the window A1:AN500; a sheet whose data reaches
   * beyond the window is then read in row blocks of at most {@link MAX_READ_CELLS} cells, one sync each,
   * so that no response exceeds Excel on the web's 5 MB limit. Hidden rows are read like the others and
   * reported in `hiddenRows` (one more sync, only when the sheet has any), for the table reader's avviso.
   */
  async readSheet(name: string): Promise<SheetData> {
    return this.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(name).load("name");
      const used = ws.getUsedRangeOrNullObject(true).load("rowIndex,columnIndex,rowCount,columnCount");
      const head = ws.getRange(READ_WINDOW).getUsedRangeOrNullObject(true).load(`${CELL_PROPS},rowIndex,columnIndex,rowCount,columnCount`);
      // false when no row of the sheet is hidden: the usual case costs no further round trip
      const anyHidden = ws.getRangeByIndexes(0, 0, EXCEL_MAX_ROWS, 1).load("rowHidden");
      await context.sync();
      if (used.isNullObject) return { name: ws.name, rows: [], firstRow: 1, firstCol: 1 };
      const hiddenRows = anyHidden.rowHidden === false ? undefined : await hiddenRowsOf(context, ws, used.rowIndex, used.rowCount);
      const sheet = { name: ws.name, firstRow: used.rowIndex + 1, firstCol: used.columnIndex + 1, ...(hiddenRows && hiddenRows.size > 0 && { hiddenRows }) };
      const inWindow =
        !head.isNullObject &&
        head.rowIndex === used.rowIndex &&
        head.columnIndex === used.columnIndex &&
        head.rowCount === used.rowCount &&
        head.columnCount === used.columnCount;
      const percentCells = new Set<string>();
      const withPercents = <T extends object>(data: T): T => (percentCells.size > 0 ? { ...data, percentCells } : data);
      if (inWindow) {
        collectPercentCells(head, 0, percentCells);
        return withPercents({ ...sheet, rows: cellsOf(head) });
      }
      const blockRows = Math.max(1, Math.floor(MAX_READ_CELLS / used.columnCount));
      const rows: CellValue[][] = [];
      for (let r = 0; r < used.rowCount; r += blockRows) {
        const block = ws.getRangeByIndexes(used.rowIndex + r, used.columnIndex, Math.min(blockRows, used.rowCount - r), used.columnCount).load(CELL_PROPS);
        await context.sync();
        collectPercentCells(block, r, percentCells);
        rows.push(...cellsOf(block));
      }
      return withPercents({ ...sheet, rows });
    });
  }

  async ownedSheetNames(): Promise<string[]> {
    return this.run(async (context) => {
      const sheets = context.workbook.worksheets.load("items/name,items/position");
      const names = context.workbook.names.load("items/name,items/formula");
      await context.sync();
      const marked = names.items.filter((n) => isMarker(n.name)).map((n) => markedSheet(n.formula));
      return [...sheets.items]
        .sort((a, b) => a.position - b.position)
        .filter((ws) => marked.some((m) => m !== undefined && sameName(m, ws.name)))
        .map((ws) => ws.name);
    });
  }

  /**
   * Replaces the add-in's sheet `sheet.name`: deletes it with its marker names, markers left dangling
   * (#REF!) and any workbook name the new sheet defines again (`namedBlocks`), adds the sheet, writes
   * it and marks it with the first free `RP_GENERATO_<n>`. Two syncs, one to read sheets and names and one
   * to apply everything, plus one for each {@link MAX_REQUEST_PAYLOAD_CHARS} of payload beyond the first.
   * Rejects, touching nothing, if a sheet of that name exists and is not the add-in's own.
   */
  async writeOwnedSheet(sheet: OutputSheet): Promise<void> {
    return this.run(async (context) => {
      const workbook = context.workbook;
      const sheets = workbook.worksheets.load("items/name");
      const names = workbook.names.load("items/name,items/formula");
      await context.sync();

      const markers = names.items.filter((n) => isMarker(n.name));
      const old = sheets.items.find((ws) => sameName(ws.name, sheet.name));
      const ownMarkers = markers.filter((n) => {
        const target = markedSheet(n.formula);
        return target !== undefined && sameName(target, sheet.name);
      });
      if (old && ownMarkers.length === 0) {
        throw new Error(`Il foglio «${old.name}» non è stato creato dal componente aggiuntivo: non viene sovrascritto.`);
      }
      // markers left pointing at #REF! by a sheet the user deleted mark nothing any more
      const dangling = markers.filter((n) => String(n.formula).includes("#REF!"));
      const redefined = new Set((sheet.namedBlocks ?? []).map((b) => b.name.toLowerCase()));
      const stale = names.items.filter((n) => ownMarkers.includes(n) || dangling.includes(n) || redefined.has(n.name.toLowerCase()));
      const budget = new RequestBudget(context);
      for (const n of stale) {
        await budget.reserve(OPERATION_CHARS);
        n.delete();
      }
      const taken = new Set(names.items.filter((n) => !stale.includes(n)).map((n) => n.name.toUpperCase()));
      let n = 1;
      while (taken.has(`${OWNED_MARKER_PREFIX}${n}`)) n++;
      await budget.reserve(OPERATION_CHARS * 3);
      old?.delete();
      const ws = workbook.worksheets.add(sheet.name);
      // marked before its content: if a later request of a large sheet fails, the next run still replaces it
      workbook.names.add(`${OWNED_MARKER_PREFIX}${n}`, ws.getRange("A1"), "Foglio generato da Relazione Performance: sostituito a ogni esecuzione");
      await queueContent(ws, sheet, budget);
      for (const b of sheet.namedBlocks ?? []) {
        await budget.reserve(OPERATION_CHARS);
        workbook.names.add(b.name, ws.getRange(rangeAddress(b.fromRow, b.fromCol, b.toRow, b.toCol)));
      }
      await context.sync();
    });
  }
}
