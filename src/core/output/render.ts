import { normalizeText, splitForCells } from "../narrative/clean-text";
import { ReportBlock, TableCellValue } from "./blocks";
import { CellStyle, FORMAT, MergedRow, OutCell, OutputSheet } from "./sheet";

/** Layout of a rendered sheet: column widths in characters; text rows span all of them. */
export interface RenderLayout {
  readonly columnWidths: readonly number[];
  /** Defined name over the whole rendered block (e.g. the Word-ready Relazione range). */
  readonly rangeName?: string;
}

/** Report layout: about 110 characters across, the width of an A4 page in Word at 10-11 pt. */
export const REPORT_LAYOUT: RenderLayout = { columnWidths: [40, 14, 14, 14, 14, 14], rangeName: "RelazionePerformance" };

/** Calculation sheets: a wide label column and narrower value columns. */
export const CALC_LAYOUT: RenderLayout = { columnWidths: [52, 18, 18, 18, 18, 40] };

const LINE_HEIGHT_PT = 15;
/** Excel's maximum row height, in points: a taller row cannot be set. */
const MAX_ROW_HEIGHT_PT = 409;

/** Points needed to show `text` wrapped in `widthChars` characters (merged cells do not autofit in Excel), at most Excel's maximum. */
function wrappedHeight(text: string, widthChars: number): number | undefined {
  const lines = text
    .split("\n")
    .reduce((n, line) => n + Math.max(1, Math.ceil((line.length * 1.1) / widthChars)), 0);
  return lines > 1 ? Math.min(MAX_ROW_HEIGHT_PT, lines * LINE_HEIGHT_PT) : undefined;
}

/** The cell of a table value (text as one piece: the caller splits long text). */
function tableCell(v: TableCellValue, format: string | undefined, style: CellStyle): OutCell {
  if (v === null) return { value: null, style };
  if (typeof v === "object") return { value: v.value, format: v.format, style };
  if (typeof v === "number") return { value: v, format: format ?? FORMAT.decimal2, style };
  return { value: v, style };
}

/**
 * Lays report blocks out as cells: one paragraph per row (merged across the layout's width, wrapped,
 * with a row height estimated from its length, at most Excel's 409 points), headings styled apart,
 * tables as bordered grids with their number formats. Values only: no formulas. A table wider than the
 * layout gets extra columns of the last width. All text is cleaned by {@link normalizeText} (control
 * characters removed); text longer than Excel's 32,767 characters per cell is split by
 * {@link splitForCells} across consecutive rows of the same style (a table row gets continuation rows
 * holding the rest of its long cells), so nothing is cut.
 */
export function renderBlocks(name: string, blocks: readonly ReportBlock[], layout: RenderLayout): OutputSheet {
  const widest = Math.max(layout.columnWidths.length, ...blocks.map((b) => (b.kind === "table" ? b.columns.length : 1)));
  const widths = Array.from({ length: widest }, (_, i) => layout.columnWidths[i] ?? layout.columnWidths[layout.columnWidths.length - 1]);
  const span = widths.reduce((a, b) => a + b, 0);
  const rows: OutCell[][] = [];
  const heights: (number | undefined)[] = [];
  const merges: MergedRow[] = [];

  const textRow = (text: string, style: CellStyle): void => {
    for (const piece of splitForCells(normalizeText(text))) {
      rows.push([{ value: piece, style }]);
      heights.push(style === "heading1" || style === "title" ? 22 : wrappedHeight(piece, span));
      if (widest > 1) merges.push({ row: rows.length, fromCol: 1, toCol: widest });
    }
  };
  const blank = (): void => {
    rows.push([]);
    heights.push(undefined);
  };

  for (const block of blocks) {
    switch (block.kind) {
      case "heading":
        if (rows.length > 0) blank();
        textRow(block.text, block.level === 1 ? "heading1" : block.level === 2 ? "heading2" : "heading3");
        break;
      case "paragraph":
        textRow(block.text, "paragraph");
        break;
      case "note":
        textRow(block.text, "note");
        break;
      case "notice":
        textRow(block.text, "notice");
        break;
      case "list":
        for (const item of block.items) textRow(`- ${item}`, "listItem");
        break;
      case "table": {
        if (block.title) textRow(block.title, "heading3");
        rows.push(block.columns.map((c) => ({ value: normalizeText(c.header), style: "tableHeader" as const })));
        heights.push(Math.max(...block.columns.map((c, i) => wrappedHeight(c.header, widths[i]) ?? LINE_HEIGHT_PT)));
        const push = (r: readonly TableCellValue[], style: CellStyle): void => {
          const pieces = block.columns.map((_, i) => (typeof r[i] === "string" ? splitForCells(normalizeText(r[i] as string)) : undefined));
          const lines = Math.max(1, ...pieces.map((p) => p?.length ?? 1));
          for (let k = 0; k < lines; k++) {
            const line = block.columns.map((_, i): TableCellValue => (pieces[i] ? (pieces[i][k] ?? null) : k === 0 ? (r[i] ?? null) : null));
            rows.push(block.columns.map((c, i) => tableCell(line[i], c.format, style)));
            heights.push(Math.max(...line.map((v, i) => (typeof v === "string" ? wrappedHeight(v, widths[i]) : undefined) ?? LINE_HEIGHT_PT)));
          }
        };
        block.rows.forEach((r) => push(r, "tableCell"));
        (block.totalRows ?? []).forEach((r) => push(r, "tableTotal"));
        blank();
        break;
      }
    }
  }
  const namedBlocks =
    layout.rangeName && rows.length > 0 ? [{ name: layout.rangeName, fromRow: 1, toRow: rows.length, fromCol: 1, toCol: widest }] : [];
  return { name, columnWidths: widths, rows, rowHeights: heights, merges, namedBlocks };
}
