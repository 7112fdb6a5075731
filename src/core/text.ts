/**
 * Canonical form for matching labels typed by people: lower case, no accents, apostrophes and
 * punctuation turned into spaces, runs of spaces collapsed. "Popolazione al 1° Gennaio" and
 * "popolazione al 1 gennaio" both become "popolazione al 1 gennaio".
 */
export function normalizeLabel(s: string): string {
  return s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[°º]/g, "")
    .replace(/[^a-z0-9%]+/g, " ")
    .trim();
}

/** True when `label` equals one of the `names` once both are normalized. */
export function labelMatches(label: string, names: readonly string[]): boolean {
  const n = normalizeLabel(label);
  return names.some((name) => normalizeLabel(name) === n);
}
