import ExcelJS from "exceljs";
import { fromExcelJs } from "../../src/workbook/exceljs-adapter";
import { CellValue } from "../../src/core/cell";

const cache = new WeakMap<ExcelJS.Worksheet, CellValue[][]>();

/** Every cell value of a worksheet as a matrix of core values (for before/after comparisons); read once per sheet. */
export function sheetValues(ws: ExcelJS.Worksheet): CellValue[][] {
  const cached = cache.get(ws);
  if (cached) return cached;
  const rows: CellValue[][] = [];
  const rowCount = ws.rowCount;
  const columnCount = ws.columnCount;
  for (let r = 1; r <= rowCount; r++) {
    const row: CellValue[] = [];
    for (let c = 1; c <= columnCount; c++) row.push(fromExcelJs(ws.getRow(r).getCell(c).value));
    rows.push(row);
  }
  cache.set(ws, rows);
  return rows;
}

/** Text of every cell in column A of a sheet, in order (the Relazione's paragraphs and labels). */
export function columnTexts(ws: ExcelJS.Worksheet): string[] {
  return sheetValues(ws).map((r) => (typeof r[0] === "string" ? r[0] : ""));
}

/**
 * The numbers in the row whose first cell equals `label` (after trimming), searching from row `from`.
 * Throws when no row has that label, so a renamed label fails the test loudly.
 */
export function rowNumbers(ws: ExcelJS.Worksheet, label: string | RegExp, from = 1): number[] {
  const rows = sheetValues(ws);
  for (let r = from - 1; r < rows.length; r++) {
    const first = rows[r][0];
    if (typeof first === "string" && (typeof label === "string" ? first.trim() === label : label.test(first))) {
      return rows[r].slice(1).filter((v): v is number => typeof v === "number");
    }
  }
  throw new Error(`nessuna riga «${String(label)}» nel foglio ${ws.name}`);
}

/** 1-based row number of the first row whose column A matches `label`. */
export function findRow(ws: ExcelJS.Worksheet, label: string | RegExp, from = 1): number {
  const texts = columnTexts(ws);
  for (let r = from - 1; r < texts.length; r++) {
    if (typeof label === "string" ? texts[r].trim() === label : label.test(texts[r])) return r + 1;
  }
  throw new Error(`nessuna riga «${String(label)}» nel foglio ${ws.name}`);
}
