/**
 * The Relazione as a sequence of blocks, before it is laid out in cells. Each domain contributes
 * blocks; {@link renderReport} turns them into the "Relazione" sheet.
 */
export interface TableColumn {
  readonly header: string;
  /** Excel number format for numeric cells of this column. */
  readonly format?: string;
}

/** A table cell: text, a number in the column's format, or a number with its own format. */
export type TableCellValue = string | number | null | { readonly value: number; readonly format: string };

export type ReportBlock =
  | { readonly kind: "heading"; readonly level: 1 | 2 | 3; readonly text: string }
  | { readonly kind: "paragraph"; readonly text: string }
  | { readonly kind: "list"; readonly items: readonly string[] }
  | { readonly kind: "note"; readonly text: string }
  /**
   * What the reader must know is missing: a part, sentence or row left out because its data is absent or
   * wrong, naming the sheet and cells to fix. Drawn highlighted (a style of its own) in every renderer.
   */
  | { readonly kind: "notice"; readonly text: string }
  | {
      readonly kind: "table";
      readonly title?: string;
      readonly columns: readonly TableColumn[];
      readonly rows: readonly (readonly TableCellValue[])[];
      /** Rows drawn as totals (bold, top border). */
      readonly totalRows?: readonly (readonly TableCellValue[])[];
    };

export const heading = (level: 1 | 2 | 3, text: string): ReportBlock => ({ kind: "heading", level, text });
export const paragraph = (text: string): ReportBlock => ({ kind: "paragraph", text });
export const notice = (text: string): ReportBlock => ({ kind: "notice", text });
