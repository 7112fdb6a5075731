/** Excel's limit of characters in one cell. */
export const EXCEL_CELL_MAX_CHARS = 32767;

/**
 * Text as it goes into an output cell: control characters (pasted from Word, PDF) removed except line
 * breaks, non-breaking spaces made plain, runs of spaces collapsed, trimmed, and cut to Excel's limit
 * with an ellipsis so the write never fails.
 */
export function normalizeText(text: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = text.replace(/\r\n?/g, "\n").replace(/[\u0000-\u0009\u000b-\u001f\u007f]/g, "").replace(/\u00a0/g, " ").replace(/[ \t]{2,}/g, " ").trim();
  return clean.length > EXCEL_CELL_MAX_CHARS ? clean.slice(0, EXCEL_CELL_MAX_CHARS - 1) + "…" : clean;
}
