import { normalizeLabel } from "../text";
import { parseItalianNumber } from "../cells/italian-text";

/** One level of the scale used to grade each behaviour of a scheda: a label and its points. */
export interface GradeLevel {
  /** Label as the scheda writes it, e.g. "Buona". */
  readonly label: string;
  /** Points the level is worth (≥ 0). */
  readonly points: number;
}

/**
 * The scale of the seed's scheda "Valutazione caratteristiche individuali" (personale non in posizione
 * organizzativa): Nulla 0, Scarsa 2, Sufficiente 3, Buona 4, Ampia 6, Eccellente 8, lowest first.
 */
export const DEFAULT_GRADES: readonly GradeLevel[] = [
  { label: "Nulla", points: 0 },
  { label: "Scarsa", points: 2 },
  { label: "Sufficiente", points: 3 },
  { label: "Buona", points: 4 },
  { label: "Ampia", points: 6 },
  { label: "Eccellente", points: 8 },
];

/**
 * A number as people type it in a parameter or a scheda: Italian form ("2,5", "1.500") or, as a
 * numeric cell reaches a text column, JavaScript's form ("2.5"). Undefined for anything else.
 */
export function parseLooseNumber(text: string): number | undefined {
  const t = text.trim();
  const italian = parseItalianNumber(t);
  if (italian !== undefined) return italian;
  return /^-?\d+\.\d+$/.test(t) ? Number(t) : undefined;
}

/**
 * The level a cell of a behaviour column names: its label ("Buona", "buona"), its points ("4", 4), or
 * both in either order ("Buona 4", "4 - Buona") provided they agree. Case, accents and punctuation are
 * ignored. Undefined when the text names no level of `grades`, or label and points disagree.
 */
export function parseGrade(text: string, grades: readonly GradeLevel[]): GradeLevel | undefined {
  const byLabel = (label: string): GradeLevel | undefined => grades.find((g) => normalizeLabel(g.label) === label);
  const byPoints = (points: number): GradeLevel | undefined => grades.find((g) => g.points === points);
  const whole = parseLooseNumber(text);
  if (whole !== undefined) return byPoints(whole);
  const n = normalizeLabel(text);
  const exact = byLabel(n);
  if (exact) return exact;
  // "buona 4" / "4 buona": one number and a label.
  const words = n.split(" ");
  const numbers = words.filter((w) => /^\d+$/.test(w));
  if (numbers.length !== 1) return undefined;
  const level = byLabel(words.filter((w) => !/^\d+$/.test(w)).join(" "));
  return level && level.points === Number(numbers[0]) ? level : undefined;
}
