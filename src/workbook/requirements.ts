/**
 * Excel JavaScript API requirement sets the add-in uses. The manifest asks for {@link MINIMUM_EXCEL_API}
 * (Excel 2019 and Microsoft 365 on Windows and Mac, Excel on the web): the workbook port needs
 * `NamedItem.formula` and `getRangeByIndexes` (1.7), `getUsedRangeOrNullObject` and `names.add` (1.4).
 * Newer sets serve optional features only and are checked at run time.
 */
export const MINIMUM_EXCEL_API = "1.7";

/** Data-validation lists and input prompts on the template sheets ("Crea modello"). */
export const VALIDATION_EXCEL_API = "1.8";

/** Notes (the yellow cell notes, not threaded comments) on the template's headers. */
export const NOTES_EXCEL_API = "1.18";

/** `Office.context.requirements.isSetSupported`, or a stand-in in tests. */
export type IsSetSupported = (name: string, minVersion: string) => boolean;

/** The host's own check; false for every set when office.js is not there. */
export function officeIsSetSupported(name: string, minVersion: string): boolean {
  try {
    return typeof Office !== "undefined" && Office.context.requirements.isSetSupported(name, minVersion);
  } catch {
    // outside an Office host `Office.context` is not initialised: nothing is supported
    return false;
  }
}

/** "ExcelApi 1.8" when the host lacks that ExcelApi version, undefined when it has it. */
export function missingExcelApi(isSetSupported: IsSetSupported, version: string): string | undefined {
  return isSetSupported("ExcelApi", version) ? undefined : `ExcelApi ${version}`;
}
