import { CellValue, UNCOMPUTED_FORMULA } from "../cell";
import { isBlankText } from "./italian-text";

/** An error value as exceljs gives it: `{ error: "#N/A" }`. */
export interface ExcelJsErrorValue {
  readonly error: string;
}

/** Rich text as exceljs gives it: runs of text with their fonts. */
export interface ExcelJsRichTextValue {
  readonly richText: readonly { readonly text: string }[];
}

/** A hyperlink as exceljs gives it: the text shown (plain or rich) and the target. */
export interface ExcelJsHyperlinkValue {
  readonly text: string | ExcelJsRichTextValue;
  readonly hyperlink: string;
}

/**
 * A formula as exceljs gives it: `formula` (or, for a cell that shares the formula of another, the
 * master's address in `sharedFormula`) and the result Excel saved with it, absent when the file was
 * written by a program that does not calculate.
 */
export interface ExcelJsFormulaValue {
  readonly formula?: string;
  readonly sharedFormula?: string;
  readonly result?: number | string | boolean | Date | ExcelJsErrorValue | null;
}

/**
 * The shapes of `Cell.value` in exceljs 4, described structurally so that the core does not depend on
 * exceljs (`ExcelJS.CellValue` is assignable to it).
 */
export type ExcelJsValue =
  | null
  | undefined
  | number
  | string
  | boolean
  | Date
  | ExcelJsErrorValue
  | ExcelJsRichTextValue
  | ExcelJsHyperlinkValue
  | ExcelJsFormulaValue;

/** Text as the core keeps it: blank text (spaces, zero-width characters) is an empty cell. */
function textValue(text: string): CellValue {
  return isBlankText(text) ? null : text;
}

function richText(runs: readonly unknown[]): string {
  return runs.map((r) => (typeof r === "object" && r !== null && typeof (r as { text?: unknown }).text === "string" ? (r as { text: string }).text : "")).join("");
}

// Depth guards against a hyperlink whose text is itself a hyperlink or formula (exceljs never nests deeper).
function convert(v: unknown, depth: number): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "number") return Number.isFinite(v) ? v : { error: "#NUM!" };
  if (typeof v === "string") return textValue(v);
  if (typeof v === "boolean") return v;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? { error: "#VALUE!" } : v;
  if (typeof v !== "object" || depth > 2) return { error: "#VALUE!" };
  const o = v as Record<string, unknown>;
  if ("formula" in o || "sharedFormula" in o) {
    if (o.result === undefined || o.result === null) {
      return { error: UNCOMPUTED_FORMULA, formula: typeof o.formula === "string" ? o.formula : "" };
    }
    return convert(o.result, depth + 1);
  }
  if ("error" in o) return { error: typeof o.error === "string" ? o.error : "#VALUE!" };
  if (Array.isArray(o.richText)) return textValue(richText(o.richText));
  if ("hyperlink" in o) return "text" in o ? convert(o.text, depth + 1) : typeof o.hyperlink === "string" ? textValue(o.hyperlink) : null;
  return { error: "#VALUE!" };
}

/**
 * An exceljs cell value → core {@link CellValue}. Numbers, booleans and dates as they are (exceljs has
 * already turned serials in a date format into dates, in the workbook's date system); text as it is,
 * blank text as null; rich text as its plain text; a hyperlink as the text it shows; a formula as its
 * saved result, converted the same way; an error as `{ error }`. A formula saved without a result gives
 * `{ error: UNCOMPUTED_FORMULA, formula }`, never 0, so that the reader raises FORMULA_SENZA_RISULTATO.
 * A non-finite number gives `#NUM!`, an invalid date or an unknown shape `#VALUE!`. Never throws.
 */
export function fromExcelJsValue(value: ExcelJsValue): CellValue {
  return convert(value, 0);
}
