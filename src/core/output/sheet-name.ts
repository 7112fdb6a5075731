/** Excel's limit on worksheet names (characters). */
export const SHEET_NAME_MAX = 31;

/**
 * A valid Excel worksheet name: characters Excel forbids (: \ / ? * [ ]) replaced by "-", no leading or
 * trailing apostrophe, at most 31 characters, never empty. Both adapters use it, so they name alike.
 */
export function validSheetName(name: string): string {
  const cleaned = name.replace(/[:\\/?*[\]]/g, "-").replace(/^'+|'+$/g, "").trim().slice(0, SHEET_NAME_MAX).trim();
  return cleaned === "" ? "Foglio" : cleaned;
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
