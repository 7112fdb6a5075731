import { CellValue } from "../cell";
import { isBlankText } from "./italian-text";
import { isDateFormat } from "./number-format";
import { excelSerialToDate, isDateSerial } from "./serial-date";

/**
 * One cell as the Office JavaScript API reports it — `Range.values`, `Range.valueTypes` ("Empty", "String", "Double",
 * "Integer", "Boolean", "Error", "RichValue", "Unknown") and `Range.numberFormat` — plus the workbook's
 * date system → core {@link CellValue}:
 * - empty, and text that shows nothing (spaces, zero-width characters) → null;
 * - an error ("#DIV/0!", "#N/D" in an Italian Excel) → `{ error }`;
 * - a number shown with a date or time format → UTC `Date`, counted in the 1904 system when `date1904`
 *   (a negative or too large serial, which Excel shows as ####, stays a number);
 * - a non-finite number → `{ error: "#NUM!" }`; any other value that is not text, number or boolean
 *   (e.g. a linked data type reported as an object) → `{ error: "#VALUE!" }`;
 * - text and booleans unchanged (text holding an Italian number stays text: the table reader types it).
 * Excel always calculates the formulas of an open workbook, so `values` never lacks a result here.
 * Never throws.
 */
export function fromOfficeCell(value: unknown, valueType: string, numberFormat: string, date1904: boolean): CellValue {
  if (valueType === "Empty" || value === null || value === undefined) return null;
  if (valueType === "Error") return { error: typeof value === "string" && value !== "" ? value : "#VALUE!" };
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return { error: "#NUM!" };
    return typeof numberFormat === "string" && isDateFormat(numberFormat) && isDateSerial(value, date1904) ? excelSerialToDate(value, date1904) : value;
  }
  if (typeof value === "string") return isBlankText(value) ? null : value;
  if (typeof value === "boolean") return value;
  return { error: "#VALUE!" };
}
