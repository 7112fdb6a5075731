import { CellValue, UNCOMPUTED_FORMULA, isBlank, isCellError } from "../cell";
import { isBlankText, parseItalianBoolean, parseItalianDate, parseItalianNumber, parseItalianPercent } from "../cells/italian-text";
import { excelSerialToDate, isDateSerial } from "../cells/serial-date";

/** Types a column may declare. `percent` is a share: 50, "50%", "50 %" and 0,5 in a %-formatted cell all read as 50. */
export type ColumnType = "integer" | "number" | "percent" | "text" | "date" | "boolean";

export type TypedValue = number | string | boolean | Date | null;

/**
 * Why a cell could not be read: FORMULA_SENZA_RISULTATO for a formula saved without its result,
 * TIPO_NON_VALIDO for everything else (wrong kind of value, Excel error).
 */
export type ReadProblem = "TIPO_NON_VALIDO" | "FORMULA_SENZA_RISULTATO";

/** Outcome of reading one cell: the value (null when blank), or why it could not be read. */
export type ReadOutcome =
  | { readonly ok: true; readonly value: TypedValue; readonly numberAsText?: boolean }
  | { readonly ok: false; readonly problem: ReadProblem; readonly reason: string };

/** dd/mm/yyyy of a valid date, "data non valida" otherwise (quoting a cell must never throw). */
function dateText(d: Date): string {
  return Number.isNaN(d.getTime()) ? "data non valida" : d.toISOString().slice(0, 10).split("-").reverse().join("/");
}

/** The cell as quoted in a message. */
function quoted(raw: Exclude<CellValue, null>): string {
  if (raw instanceof Date) return `«${dateText(raw)}»`;
  if (typeof raw === "object") return `«${raw.error}»`;
  // as an Italian Excel shows a logical value
  if (typeof raw === "boolean") return raw ? "«VERO»" : "«FALSO»";
  return `«${String(raw)}»`;
}

const invalid = (reason: string): ReadOutcome => ({ ok: false, problem: "TIPO_NON_VALIDO", reason });

/**
 * Reads a raw cell as the declared type. `date1904` is the workbook's date system, used for a serial
 * typed in a date column that is not formatted as a date. Never throws and never makes a number out of
 * something that is not one: numbers come from finite numeric cells or from text in Italian form
 * (then `numberAsText` is set, for the avviso NUMERO_COME_TESTO); a date in a numeric column is
 * TIPO_NON_VALIDO, never its serial. A value that does not fit is returned
 * as a reason, so the caller can raise a finding naming the cell: `problem` FORMULA_SENZA_RISULTATO for
 * a formula saved without its result (the file must be opened and saved in Excel), TIPO_NON_VALIDO otherwise.
 */
export function readTyped(raw: CellValue, type: ColumnType, date1904 = false, percentFormatted = false): ReadOutcome {
  if (raw === null || isBlank(raw) || (typeof raw === "string" && isBlankText(raw))) return { ok: true, value: null };
  if (isCellError(raw)) {
    if (raw.formula !== undefined || raw.error === UNCOMPUTED_FORMULA) {
      const formula = raw.formula ? ` «=${raw.formula}»` : "";
      return {
        ok: false,
        problem: "FORMULA_SENZA_RISULTATO",
        reason:
          `la formula${formula} non ha un risultato salvato nel file (capita con i file creati o modificati da programmi che non calcolano le formule): ` +
          `aprire il file in Excel e salvarlo, così i risultati vengono calcolati, poi ripetere l'elaborazione; se la formula restituisce testo vuoto (""), lasciare la cella vuota`,
      };
    }
    return invalid(`la cella contiene l'errore ${raw.error}`);
  }
  switch (type) {
    case "text":
      if (raw instanceof Date) return Number.isNaN(raw.getTime()) ? invalid("la data non è valida") : { ok: true, value: raw.toISOString().slice(0, 10) };
      return { ok: true, value: String(raw).trim() };
    case "integer":
    case "number":
    case "percent":
      return readNumeric(raw, type, percentFormatted);
    case "date":
      if (raw instanceof Date) return Number.isNaN(raw.getTime()) ? invalid("la data non è valida") : { ok: true, value: raw };
      if (typeof raw === "number" && isDateSerial(raw, date1904)) return { ok: true, value: excelSerialToDate(raw, date1904) };
      if (typeof raw === "string") {
        const d = parseItalianDate(raw);
        if (d) return { ok: true, value: d };
      }
      return invalid(`${quoted(raw)} non è una data (atteso gg/mm/aaaa)`);
    case "boolean": {
      if (typeof raw === "boolean") return { ok: true, value: raw };
      if (typeof raw === "number" && (raw === 0 || raw === 1)) return { ok: true, value: raw === 1 };
      const b = typeof raw === "string" ? parseItalianBoolean(raw) : undefined;
      return b === undefined ? invalid(`${quoted(raw)} non è un valore sì/no`) : { ok: true, value: b };
    }
  }
}

function readNumeric(raw: Exclude<CellValue, null>, type: "integer" | "number" | "percent", percentFormatted: boolean): ReadOutcome {
  let value: number | undefined;
  let numberAsText = false;
  if (typeof raw === "number") value = Number.isFinite(raw) ? raw : undefined;
  else if (typeof raw === "string") {
    value = (type === "percent" ? parseItalianPercent(raw) : undefined) ?? parseItalianNumber(raw);
    numberAsText = value !== undefined;
  }
  if (value === undefined) {
    const expected = type === "integer" ? "un numero intero" : type === "percent" ? "una percentuale" : "un numero";
    // a date-formatted cell arrives as a Date: never read back as its serial (45293 for 02/01/2024)
    if (raw instanceof Date) return invalid(`la cella contiene la data ${dateText(raw)}, atteso ${expected}`);
    return invalid(`${quoted(raw)} non è ${expected}`);
  }
  if (type === "integer" && !Number.isInteger(value)) {
    return invalid(`${value} non è un numero intero`);
  }
  // a cell shown as a percentage holds the ratio (1,5 is 150 %); without the format, only 0 < x ≤ 1 reads as one
  if (type === "percent" && typeof raw === "number" && (percentFormatted || (raw > 0 && raw <= 1))) value = raw * 100;
  return { ok: true, value, numberAsText };
}
