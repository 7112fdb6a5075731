/**
 * Raw cell values as both workbook adapters hand them to the core, converted by the cell-reading layer
 * (`src/core/cells/`): dates arrive as `Date` (serials in a date format converted in the workbook's date
 * system); Excel errors, and values that cannot be read, as {@link CellError}; blank text as null.
 */
export interface CellError {
  /**
   * Excel's error literal, e.g. `#DIV/0!`, `#N/A`, `#REF!` (`#VALUE!` also for a value the adapters do not
   * recognise, `#NUM!` for a non-finite number); {@link UNCOMPUTED_FORMULA} for a formula without result.
   */
  readonly error: string;
  /**
   * Set only when the cell is a formula saved without its computed result (files written by programs that
   * do not calculate, e.g. scripts): the formula as written, without "=", or "" when it is not known.
   */
  readonly formula?: string;
}

/** `error` of a {@link CellError} for a formula saved without its computed result. */
export const UNCOMPUTED_FORMULA = "formula senza risultato calcolato";

export type CellValue = number | string | boolean | Date | CellError | null;

/** A sheet read as a rectangular matrix; `rows[0][0]` is the cell at (`firstRow`, `firstCol`), both 1-based. */
export interface SheetData {
  readonly name: string;
  readonly rows: readonly (readonly CellValue[])[];
  readonly firstRow: number;
  readonly firstCol: number;
  /**
   * True when the workbook counts dates in the 1904 date system (serial 0 = 1904-01-01, Excel for Mac
   * files of old); absent or false for the 1900 system. Needed to read a serial typed in a cell that is
   * not formatted as a date.
   */
  readonly date1904?: boolean;
  /** Excel row numbers (1-based) of the rows hidden by hand or by a filter; absent when none is. */
  readonly hiddenRows?: ReadonlySet<number>;
  /**
   * Numeric cells shown as percentages (number format with "%"), keyed `${r},${c}` by their 0-based
   * position in `rows`: 1,5 in such a cell is 150 %. Absent when the adapter does not know the formats.
   */
  readonly percentCells?: ReadonlySet<string>;
}

/** True for an Excel error value (or an unreadable one, or a formula without result). */
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
