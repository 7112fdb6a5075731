import { SheetData } from "./cell";
import { OutputSheet } from "./output/sheet";

/**
 * What the core needs from a workbook. Two adapters implement it: the Office JavaScript API (inside Excel) and
 * exceljs (.xlsx files, command line and tests). Sheet names are compared case-insensitively, as Excel does.
 */
export interface WorkbookPort {
  /** Names of all worksheets, in tab order. */
  sheetNames(): Promise<string[]>;
  /** Values of a sheet's used range (dates as Date, errors as CellError). Throws if the sheet does not exist. */
  readSheet(name: string): Promise<SheetData>;
  /** Names of the sheets this add-in created (marked as its own in the workbook). */
  ownedSheetNames(): Promise<string[]>;
  /**
   * Writes `sheet` under `sheet.name`, replacing the add-in's own sheet of that name if there is one,
   * and marks it as the add-in's own. The caller guarantees that no user sheet has that name.
   */
  writeOwnedSheet(sheet: OutputSheet): Promise<void>;
}

/** Progress callback: a short Italian description of the step under way and its fraction done (0..1). */
export type ProgressListener = (step: string, fraction: number) => void;

/**
 * Prefix of the workbook-scoped defined names (`RP_GENERATO_<n>`, referring to the sheet's $A$1) that mark
 * a sheet as written by the add-in. Both adapters read and write them, so a workbook moves between Excel
 * and the command line without losing track of which sheets are the add-in's own.
 */
export const OWNED_MARKER_PREFIX = "RP_GENERATO_";
