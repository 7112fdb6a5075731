/** Excel's limit of characters in one cell. */
export const EXCEL_CELL_MAX_CHARS = 32767;

/**
 * Text as it goes into an output cell: line breaks made "\n" (also Word's line and paragraph separators),
 * tabs made spaces, non-breaking spaces made plain, runs of spaces collapsed, trimmed; control
 * characters (C0 except the line break, DEL, C1), unpaired surrogates and the non-characters U+FFFE and
 * U+FFFF removed, since an .xlsx file (XML 1.0) cannot carry them and Excel would refuse it. Nothing is
 * cut: text longer than a cell holds is split across cells by {@link splitForCells}.
 */
export function normalizeText(text: string): string {
  return (
    text
      .replace(/\r\n?|[\u2028\u2029]/g, "\n")
      .replace(/\t/g, " ")
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\ufffe\uffff]/g, "")
      .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "")
      .replace(/\u00a0/g, " ")
      .replace(/ {2,}/g, " ")
      .trim()
  );
}

/** A sentence end: . ! ? … ; or : possibly followed by closing quotes or brackets, then a space. */
const SENTENCE_END = /[.!?…;:]["'»”’)\]]*(?=\s)/g;

/** Index of the whitespace at which to cut `head` (at most `max` + 1 characters) so that the piece before it holds at most `max`. */
function splitPoint(head: string, max: number): number {
  const half = Math.floor(max / 2);
  const newline = head.lastIndexOf("\n", max);
  if (newline >= half) return newline;
  let sentence = -1;
  for (const m of head.matchAll(SENTENCE_END)) {
    const end = m.index + m[0].length;
    if (end <= max) sentence = end;
  }
  if (sentence >= half) return sentence;
  for (let i = Math.min(max, head.length - 1); i > 0; i--) if (/\s/.test(head[i])) return i;
  // a single word longer than a cell: cut it, but not between the two halves of a surrogate pair
  return /[\ud800-\udbff]/.test(head[max - 1]) && max > 1 ? max - 1 : max;
}

/**
 * Splits text into pieces of at most `max` characters (Excel's 32,767 per cell by default), to be written
 * in consecutive cells: at the last line break in the second half of the limit, else at the last sentence
 * end there, else at the last space, else (one word longer than a cell) at the limit, never between the
 * two halves of a surrogate pair. Only the whitespace at each cut is dropped: no text is lost. Text within
 * the limit is returned whole as the only piece.
 */
export function splitForCells(text: string, max: number = EXCEL_CELL_MAX_CHARS): string[] {
  const limit = Math.max(2, Math.floor(max));
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > limit) {
    const cut = splitPoint(rest.slice(0, limit + 1), limit);
    const piece = rest.slice(0, cut).trimEnd();
    if (piece !== "") pieces.push(piece);
    rest = rest.slice(cut).trimStart();
  }
  if (rest !== "" || pieces.length === 0) pieces.push(rest);
  return pieces;
}
