/**
 * Values typed as text the way people type them in Italy: numbers, percentages and euro amounts with
 * "." for thousands and "," for decimals, dates day first, sì/no. Each parser returns undefined for
 * anything it does not recognise exactly: an ambiguous form is refused, never guessed.
 */

/** Sign, optional euro mark (before or after), Italian digits: "1.234,56", "-0,70", "€ 1.234,56", "1.234,56 €", "EUR 5". */
const ITALIAN_NUMBER = /^([+\-−]?)\s*(?:(€|eur)\s*)?([+\-−]?)(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?(?:\s*(€|eur))?$/i;

/**
 * Parses a number typed as text in Italian form: "15.883", "22.038.064,37", "-0,70", "+5", "€ 1.234,56",
 * "1.234,56 €", "−3" (typographic minus). Thousands groups must be exactly three digits and the decimal
 * mark is the comma, so "1.5", "12,345.6", "1 234" and "1.2€34" are refused. Surrounding spaces
 * (also non-breaking) are ignored. Undefined for anything else, including numbers too large to represent.
 */
export function parseItalianNumber(text: string): number | undefined {
  const m = ITALIAN_NUMBER.exec(text.trim());
  if (!m) return undefined;
  const [, sign1, euro1, sign2, int, frac, euro2] = m;
  if ((sign1 && sign2) || (euro1 && euro2)) return undefined;
  const magnitude = Number(int.replace(/\./g, "") + (frac ? "." + frac : ""));
  if (!Number.isFinite(magnitude)) return undefined;
  const negative = sign1 === "-" || sign1 === "−" || sign2 === "-" || sign2 === "−";
  return negative && magnitude !== 0 ? -magnitude : magnitude;
}

/**
 * Parses a percentage typed as text: "83,33%", "50 %", "-1,5%". Returns the number before the sign
 * (83.33, 50, -1.5), not the ratio. Undefined when there is no trailing "%" or the rest is not an
 * Italian number per {@link parseItalianNumber} (a euro mark is not accepted).
 */
export function parseItalianPercent(text: string): number | undefined {
  const t = text.trim();
  if (!t.endsWith("%")) return undefined;
  const body = t.slice(0, -1);
  return /€|eur/i.test(body) ? undefined : parseItalianNumber(body);
}

const MONTHS: readonly string[] = [
  "gennaio",
  "febbraio",
  "marzo",
  "aprile",
  "maggio",
  "giugno",
  "luglio",
  "agosto",
  "settembre",
  "ottobre",
  "novembre",
  "dicembre",
];
/** Short forms of the months as used in Italian: "gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic". */
const MONTH_ABBREVIATIONS: readonly string[] = ["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"];

const NUMERIC_DATE = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const WORDED_DATE = /^(\d{1,2})\s*[°º]?\s+([a-z]+)\.?\s+(\d{4})$/;

function utcDate(y: number, month: number, d: number): Date | undefined {
  if (y < 1000 || month < 1 || month > 12 || d < 1) return undefined;
  const date = new Date(Date.UTC(y, month - 1, d));
  // Date.UTC maps years 0-99 to 1900-1999; the check above keeps to four-digit years
  return date.getUTCFullYear() === y && date.getUTCMonth() === month - 1 && date.getUTCDate() === d ? date : undefined;
}

/**
 * Parses a date typed as text, day first as written in Italy: "31/12/2024", "1-1-2024", "01.01.2024",
 * "31 dicembre 2024", "1° gennaio 2024", "1 gen 2024", and the ISO form "2024-12-31" that systems export.
 * Returns the UTC midnight of that day; undefined for anything else, for impossible dates (31/02/2024)
 * and for two-digit years, which are ambiguous.
 */
export function parseItalianDate(text: string): Date | undefined {
  const t = text.trim().toLowerCase();
  const numeric = NUMERIC_DATE.exec(t);
  if (numeric) return utcDate(Number(numeric[4]), Number(numeric[3]), Number(numeric[1]));
  const iso = ISO_DATE.exec(t);
  if (iso) return utcDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const worded = WORDED_DATE.exec(t);
  if (worded) {
    const name = worded[2];
    const index = MONTHS.indexOf(name) >= 0 ? MONTHS.indexOf(name) : MONTH_ABBREVIATIONS.indexOf(name);
    if (index >= 0) return utcDate(Number(worded[3]), index + 1, Number(worded[1]));
  }
  return undefined;
}

const TRUE_WORDS: ReadonlySet<string> = new Set(["si", "s", "x", "vero", "true", "yes", "y"]);
const FALSE_WORDS: ReadonlySet<string> = new Set(["no", "n", "falso", "false"]);

/**
 * Parses a yes/no typed as text: "Sì", "SI", "si'" (apostrophe for the accent), "S", "X", "Vero", "True",
 * "Yes" are true; "No", "N", "Falso", "False" are false; case and accents are ignored. Undefined otherwise.
 */
export function parseItalianBoolean(text: string): boolean | undefined {
  const w = text
    .trim()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['`´’]$/, "");
  if (TRUE_WORDS.has(w)) return true;
  if (FALSE_WORDS.has(w)) return false;
  return undefined;
}

/** True for text that shows nothing: empty, spaces (also non-breaking) and zero-width characters only. */
export function isBlankText(text: string): boolean {
  return /^[\s\u200b-\u200d\u2060\ufeff]*$/.test(text);
}
