/** Excel's limit on worksheet names (characters). */
export const SHEET_NAME_MAX = 31;

/** Sheet name Excel reserves for the change history of shared workbooks (compared ignoring case). */
const RESERVED_NAME = "history";

/**
 * A valid Excel worksheet name, by Excel's rules: at most 31 characters; none of : \ / ? * [ ] (replaced
 * by "-"); no control characters (removed); no leading or trailing apostrophe and no surrounding spaces
 * (removed); not blank ("Foglio" instead); not "History", which Excel reserves ("History (1)" instead).
 * A name cut at 31 characters never ends in half a surrogate pair. Both adapters write output sheets
 * under names built here (through {@link outputSheetName}), so they name alike.
 */
export function validSheetName(name: string): string {
  // eslint-disable-next-line no-control-regex
  let cleaned = name.replace(/[:\\/?*[\]]/g, "-").replace(/[\u0000-\u001f\u007f-\u009f]/g, "");
  for (let previous = ""; previous !== cleaned; ) {
    previous = cleaned;
    cleaned = cleaned.trim().replace(/^'+|'+$/g, "");
    if (cleaned.length > SHEET_NAME_MAX) cleaned = cleaned.slice(0, /[\ud800-\udbff]/.test(cleaned[SHEET_NAME_MAX - 1]) ? SHEET_NAME_MAX - 1 : SHEET_NAME_MAX);
  }
  if (cleaned === "") return "Foglio";
  return cleaned.toLowerCase() === RESERVED_NAME ? `${cleaned} (1)` : cleaned;
}

function sameName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/**
 * Name under which an output sheet is written. The desired name when it is free or already the
 * add-in's own (a rerun replaces it); otherwise, because a user's sheet holds it and must never be
 * touched, the first free "name (2)", "name (3)"… (Excel compares names case-insensitively).
 * Returns `{ name, displaced }`, where displaced tells the caller to raise a finding.
 */
export function outputSheetName(
  desired: string,
  existing: readonly string[],
  owned: readonly string[],
): { name: string; displaced: boolean } {
  const base = validSheetName(desired);
  const taken = (n: string): boolean => existing.some((e) => sameName(e, n));
  const ours = (n: string): boolean => owned.some((o) => sameName(o, n));
  if (!taken(base) || ours(base)) return { name: base, displaced: false };
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const candidate = base.slice(0, SHEET_NAME_MAX - suffix.length).trim() + suffix;
    if (!taken(candidate) || ours(candidate)) return { name: candidate, displaced: true };
  }
}
