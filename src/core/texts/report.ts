import { ReportBlock, paragraph } from "../output/blocks";
import { TextBlocks } from "./read-texts";
import { TextBlockKey } from "./spec";

/**
 * Markers that turn a row of the "Testi" sheet into a list item, as the reference report writes its
 * lists ("- definizione ed assegnazione degli obiettivi;", "▪ Regolamento sull'ordinamento…").
 * Dashes need a space after them, so that "-5%" or "–" inside a sentence start stay paragraphs.
 */
export const LIST_MARKERS: readonly string[] = ["- ", "– ", "• ", "▪ "];

const MARKER = /^(?:[-–]\s+|[•▪]\s*)/;

// Control characters pasted from Word or PDF, except tab and line breaks, which become spaces or splits.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b\ufeff]/g;

/**
 * The rows of text block `key` as report blocks: consecutive rows starting with a list marker
 * ({@link LIST_MARKERS}) make one list block (markers stripped), the others one paragraph each.
 * Control characters are removed. A cell holding several lines (Alt+Invio, or text pasted from a PDF)
 * is split: a line starting with a marker starts a new item, a blank line a new paragraph, any other line
 * continues the current paragraph or item. Returns [] when the block is absent or empty.
 */
export function textBlocks(texts: TextBlocks, key: TextBlockKey): ReportBlock[] {
  const blocks: ReportBlock[] = [];
  let items: string[] = [];
  const flushList = (): void => {
    if (items.length > 0) blocks.push({ kind: "list", items });
    items = [];
  };
  for (const piece of (texts[key] ?? []).flatMap(splitCell)) {
    if (piece.item) {
      items.push(piece.text);
    } else {
      flushList();
      blocks.push(paragraph(piece.text));
    }
  }
  flushList();
  return blocks;
}

interface Piece {
  text: string;
  item: boolean;
}

/** One cell's text as paragraphs and list items, cleaned and with markers stripped. */
function splitCell(cell: string): Piece[] {
  const pieces: Piece[] = [];
  let open: Piece | undefined;
  for (const rawLine of cell.replace(CONTROL, "").split(/\r\n?|\n/)) {
    const line = rawLine.replace(/[\t\u00a0 ]+/g, " ").trim();
    if (line === "") {
      open = undefined;
      continue;
    }
    const marker = MARKER.exec(line);
    if (marker) {
      open = { text: line.slice(marker[0].length), item: true };
      pieces.push(open);
    } else if (open) {
      open.text += " " + line;
    } else {
      open = { text: line, item: false };
      pieces.push(open);
    }
  }
  return pieces.filter((p) => p.text !== "");
}
