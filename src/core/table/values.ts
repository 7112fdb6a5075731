import { CellValue, isBlank, isCellError } from "../cell";

/** Types a column may declare. `percent` is a share: 50, "50%", "50 %" and 0,5 in a %-formatted cell all read as 50. */
export type ColumnType = "integer" | "number" | "percent" | "text" | "date" | "boolean";

export type TypedValue = number | string | boolean | Date | null;

/** Outcome of reading one cell: the value (null when blank), or why it could not be read. */
export type ReadOutcome =
  | { readonly ok: true; readonly value: TypedValue; readonly numberAsText?: boolean }
  | { readonly ok: false; readonly reason: string };

const ITALIAN_NUMBER = /^[-−]?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$/;

/**
 * Parses a number typed as text in Italian form: "15.883", "22.038.064,37", "-0,70", "€ 1.234,56".
 * Returns undefined for anything else: "1.5" or "12,345.6" are refused rather than guessed.
 */
export function parseItalianNumber(text: string): number | undefined {
  const s = text.replace(/[€\s\u00a0]/g, "").replace(/^\+/, "");
  if (!ITALIAN_NUMBER.test(s)) return undefined;
  const n = Number(s.replace(/−/, "-").replace(/\./g, "").replace(",", "."));
  return Number.isFinite(n) ? n : undefined;
}

const ITALIAN_DATE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;

/** Parses "31/12/2024", "1-1-2024", "01.01.2024" (day first, as written in Italy). */
export function parseItalianDate(text: string): Date | undefined {
  const m = ITALIAN_DATE.exec(text.trim());
  if (!m) return undefined;
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCDate() === d && date.getUTCMonth() === mo - 1 ? date : undefined;
}

/** Excel 1900-system serial (days since 1899-12-30, as Excel counts) to a UTC date. */
export function excelSerialToDate(serial: number): Date {
  return new Date(Math.round((serial - 25569) * 86400000));
}

const TRUE_WORDS = ["si", "sì", "s", "x", "vero", "true", "yes", "y"];
const FALSE_WORDS = ["no", "n", "falso", "false"];

/**
 * Reads a raw cell as the declared type. Never throws; a value that does not fit is returned as a
 * reason, so the caller can raise a finding naming the cell.
 */
export function readTyped(raw: CellValue, type: ColumnType): ReadOutcome {
  if (raw === null || isBlank(raw)) return { ok: true, value: null };
  if (isCellError(raw)) return { ok: false, reason: `la cella contiene l'errore ${raw.error}` };
  switch (type) {
    case "text":
      if (raw instanceof Date) return { ok: true, value: raw.toISOString().slice(0, 10) };
      return { ok: true, value: String(raw).trim() };
    case "integer":
    case "number":
    case "percent":
      return readNumeric(raw, type);
    case "date":
      if (raw instanceof Date) return { ok: true, value: raw };
      if (typeof raw === "number") return { ok: true, value: excelSerialToDate(raw) };
      if (typeof raw === "string") {
        const d = parseItalianDate(raw);
        if (d) return { ok: true, value: d };
      }
      return { ok: false, reason: `«${String(raw)}» non è una data (atteso gg/mm/aaaa)` };
    case "boolean": {
      if (typeof raw === "boolean") return { ok: true, value: raw };
      if (typeof raw === "number" && (raw === 0 || raw === 1)) return { ok: true, value: raw === 1 };
      const w = String(raw).trim().toLowerCase();
      if (TRUE_WORDS.includes(w)) return { ok: true, value: true };
      if (FALSE_WORDS.includes(w)) return { ok: true, value: false };
      return { ok: false, reason: `«${String(raw)}» non è un valore sì/no` };
    }
  }
}

function readNumeric(raw: Exclude<CellValue, null>, type: "integer" | "number" | "percent"): ReadOutcome {
  let value: number | undefined;
  let numberAsText = false;
  if (typeof raw === "number") value = raw;
  else if (typeof raw === "string") {
    const t = raw.trim();
    const pct = type === "percent" && /%$/.test(t);
    value = parseItalianNumber(pct ? t.slice(0, -1) : t);
    numberAsText = value !== undefined;
  }
  if (value === undefined) {
    const expected = type === "integer" ? "un numero intero" : type === "percent" ? "una percentuale" : "un numero";
    return { ok: false, reason: `«${String(raw instanceof Date ? raw.toISOString().slice(0, 10) : raw)}» non è ${expected}` };
  }
  if (type === "integer" && !Number.isInteger(value)) {
    return { ok: false, reason: `${value} non è un numero intero` };
  }
  if (type === "percent" && typeof raw === "number" && raw > 0 && raw <= 1) value = raw * 100;
  return { ok: true, value, numberAsText };
}
