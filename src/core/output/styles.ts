import { CellStyle } from "./sheet";

/** How a cell style looks, in terms both adapters can apply. Sizes in points, colours as RRGGBB. */
export interface StyleLook {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly size?: number;
  readonly color?: string;
  readonly fill?: string;
  readonly border?: boolean;
  readonly wrap?: boolean;
  readonly verticalTop?: boolean;
}

/** One look per style, so that the Relazione pastes into Word with headings and tables told apart. */
export const STYLE_LOOK: Record<CellStyle, StyleLook> = {
  title: { bold: true, size: 16, color: "1F3864" },
  heading1: { bold: true, size: 14, color: "1F3864" },
  heading2: { bold: true, size: 12, color: "2F5496" },
  heading3: { bold: true, italic: true, size: 11 },
  paragraph: { size: 11, wrap: true, verticalTop: true },
  listItem: { size: 11, wrap: true, verticalTop: true },
  note: { italic: true, size: 9, wrap: true, verticalTop: true },
  notice: { bold: true, size: 11, color: "7F3F00", fill: "FFF2CC", border: true, wrap: true, verticalTop: true },
  tableHeader: { bold: true, size: 10, fill: "D9E2F3", border: true, wrap: true, verticalTop: true },
  tableCell: { size: 10, border: true, wrap: true, verticalTop: true },
  tableTotal: { bold: true, size: 10, fill: "F2F2F2", border: true, wrap: true, verticalTop: true },
};
