import { TemplateSheet } from "./template";

/** A requirement set the host lacks, and the feature that was done without it. */
export interface MissingSet {
  /** "ExcelApi 1.18" */
  readonly set: string;
  readonly feature: "validation" | "notes";
}

/** A template sheet not added because the workbook already holds that sheet, under `existing`. */
export interface SkippedSheet {
  readonly name: string;
  readonly existing: string;
}

/** What "Crea modello" did: sheets added, sheets left alone because the workbook already had them. */
export interface TemplateOutcome {
  readonly added: string[];
  readonly skipped: SkippedSheet[];
  /** Optional features left out because the host lacks their requirement set. */
  readonly missing: MissingSet[];
}

/**
 * What the pane does in the open workbook besides the core's {@link WorkbookPort}: add the empty input
 * sheets, and take the user to a cell or a sheet. Kept out of the core's port, which needs none of it.
 */
export interface WorkbookActions {
  /**
   * Adds each sheet with its headers, notes and drop-down lists. A sheet the workbook already holds,
   * under its name or a synonym the core reads (as `findSheet` matches them), is skipped and left untouched.
   */
  addTemplateSheets(sheets: readonly TemplateSheet[]): Promise<TemplateOutcome>;
  /** Activates `sheet` and selects `cell` (A1 address), or A1 when no cell is given. */
  selectCell(sheet: string, cell?: string): Promise<void>;
}
