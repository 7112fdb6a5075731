/**
 * A sheet the add-in writes, described without any workbook API so that both adapters render
 * the same thing. Values are plain: a string is always written as text, never as a formula.
 */
export type CellStyle =
  | "title"
  | "heading1"
  | "heading2"
  | "heading3"
  | "paragraph"
  | "listItem"
  | "note"
  | "notice"
  | "tableHeader"
  | "tableCell"
  | "tableTotal";

export interface OutCell {
  readonly value: string | number | null;
  /** Excel number format code (locale-neutral: Excel shows `#,##0.00` as 1.234,56 in Italian). */
  readonly format?: string;
  readonly style?: CellStyle;
}

/** A defined name over a block of the sheet (1-based, inclusive). */
export interface NamedBlock {
  readonly name: string;
  readonly fromRow: number;
  readonly toRow: number;
  readonly fromCol: number;
  readonly toCol: number;
}

/** Cells of one row merged from `fromCol` to `toCol` (1-based, inclusive). */
export interface MergedRow {
  readonly row: number;
  readonly fromCol: number;
  readonly toCol: number;
}

export interface OutputSheet {
  /** Desired name; the writer may change it if a user's sheet already holds it. */
  readonly name: string;
  /** Column widths in characters, first column first. */
  readonly columnWidths: readonly number[];
  readonly rows: readonly (readonly OutCell[])[];
  /** Row heights in points, by 0-based row index; undefined leaves Excel's default. */
  readonly rowHeights?: readonly (number | undefined)[];
  readonly merges?: readonly MergedRow[];
  readonly namedBlocks?: readonly NamedBlock[];
}

/** Number formats used across outputs (Excel codes; shown with Italian separators in an Italian Excel). */
export const FORMAT = {
  integer: "#,##0",
  euro: "#,##0.00",
  decimal1: "#,##0.0",
  decimal2: "#,##0.00",
  percent2: "0.00%",
  percent1: "0.0%",
  date: "dd/mm/yyyy",
  text: "@",
} as const;
