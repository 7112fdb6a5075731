/**
 * Raw cell values as both workbook adapters hand them to the core.
 * Dates arrive as `Date` (the adapters convert serials); Excel errors as {@link CellError}.
 */
export interface CellError {
  /** Excel's error literal, e.g. `#DIV/0!`, `#N/A`, `#REF!`. */
  readonly error: string;
}

export type CellValue = number | string | boolean | Date | CellError | null;

/** A sheet read as a rectangular matrix; `rows[0][0]` is the cell at (`firstRow`, `firstCol`), both 1-based. */
export interface SheetData {
  readonly name: string;
  readonly rows: readonly (readonly CellValue[])[];
  readonly firstRow: number;
  readonly firstCol: number;
}

export function isCellError(v: CellValue): v is CellError {
  return typeof v === "object" && v !== null && !(v instanceof Date) && "error" in v;
}

/** True for null, empty and whitespace-only strings: a cell the user left blank. */
export function isBlank(v: CellValue | undefined): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

/** Column number (1-based) to Excel letters: 1 → A, 27 → AA. */
export function columnLetters(col: number): string {
  let s = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  }
  return s;
}

/** A1-style address of a 1-based (row, col). */
export function cellAddress(row: number, col: number): string {
  return `${columnLetters(col)}${row}`;
}
