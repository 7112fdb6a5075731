/**
 * Italian number and word forms for the narrative. Written out by hand rather than with
 * Intl.NumberFormat so the text is the same in every host (Excel on the web, desktop, Node):
 * dot for thousands from 1.000 up, comma for decimals, "%" glued to the number as in the
 * reference report ("0,70%").
 */

function group(intPart: string): string {
  return intPart.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}

/** 15883 → "15.883"; 1234.5 with 2 decimals → "1.234,50"; negative numbers keep "-". */
export function formatNumber(value: number, decimals = 0): string {
  // toFixed switches to exponent notation from 1e21: whole digits through BigInt instead
  const fixed = Number.isFinite(value) && Math.abs(value) >= 1e21 ? BigInt(Math.abs(value)).toString() + (decimals > 0 ? "." + "0".repeat(decimals) : "") : Math.abs(value).toFixed(decimals);
  const [i, d] = fixed.split(".");
  const sign = value < 0 && Number(fixed) !== 0 ? "-" : "";
  return sign + group(i) + (d ? "," + d : "");
}

/** Euro amount with two decimals, without symbol: 22038064.37 → "22.038.064,37". */
export function formatEuro(value: number): string {
  return formatNumber(value, 2);
}

/** A ratio (0.006974) as a percentage with 2 decimals: "0,70%". */
export function formatPercent(ratio: number, decimals = 2): string {
  return formatNumber(ratio * 100, decimals) + "%";
}

/** Number with explicit sign: +110, -32, 0. */
export function formatSigned(value: number, decimals = 0): string {
  const s = formatNumber(value, decimals);
  return value > 0 && Number(value.toFixed(decimals)) !== 0 ? "+" + s : s;
}

/** Singular or plural noun for a count: plural(1, "atto", "atti") → "atto". */
export function plural(count: number, singular: string, pluralForm: string): string {
  return Math.abs(count) === 1 ? singular : pluralForm;
}

/** "n. 15.883 residenti", with the noun agreeing with the count. */
export function countOf(count: number, singular: string, pluralForm: string): string {
  return `${formatNumber(count)} ${plural(count, singular, pluralForm)}`;
}

/** Joins ["a", "b", "c"] as "a, b e c". */
export function joinItalian(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return items.slice(0, -1).join(", ") + " e " + items[items.length - 1];
}

/** dd/mm/yyyy of a calendar date. */
export function formatDate(date: Date): string {
  const dd = String(date.getUTCDate()).padStart(2, "0");
  const mm = String(date.getUTCMonth() + 1).padStart(2, "0");
  return `${dd}/${mm}/${date.getUTCFullYear()}`;
}
