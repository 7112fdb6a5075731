import { columnLetters } from "../core/cell";
import { STYLE_LOOK } from "../core/output/styles";
import { TEMPLATE_VALIDATION_ROWS, TemplateSheet, VALIDATION_TEXT_MAX, clip, listAlert } from "../taskpane/template";
import { planTemplate } from "../taskpane/template-plan";
import { MissingSet, TemplateOutcome, WorkbookActions } from "../taskpane/workbook-actions";
import { ExcelRun, applyLook, columnWidthPoints } from "./officejs-adapter";
import { IsSetSupported, NOTES_EXCEL_API, VALIDATION_EXCEL_API, missingExcelApi, officeIsSetSupported } from "./requirements";

/**
 * {@link WorkbookActions} inside Excel. Template sheets need ExcelApi 1.7 (freeze panes) and use, when
 * the host has them, ExcelApi 1.8 for the drop-down lists and 1.18 for header notes; without 1.18 the
 * note becomes the header's input prompt (a 1.8 feature), without 1.8 the sheets get headers only.
 * Each sheet's features left out are reported as {@link MissingSet}s, naming the set.
 */
export class OfficeJsActions implements WorkbookActions {
  constructor(
    private readonly run: ExcelRun = (batch) => Excel.run(batch),
    private readonly isSetSupported: IsSetSupported = officeIsSetSupported,
  ) {}

  /** Two syncs whatever the number of sheets: one to list the workbook's sheets, one to add the new ones. */
  async addTemplateSheets(sheets: readonly TemplateSheet[]): Promise<TemplateOutcome> {
    const noValidation = missingExcelApi(this.isSetSupported, VALIDATION_EXCEL_API);
    const noNotes = missingExcelApi(this.isSetSupported, NOTES_EXCEL_API);
    const missing: MissingSet[] = [];
    if (noValidation) missing.push({ set: noValidation, feature: "validation" });
    if (noNotes) missing.push({ set: noNotes, feature: "notes" });
    return this.run(async (context) => {
      const existing = context.workbook.worksheets.load("items/name");
      await context.sync();
      const plan = planTemplate(
        sheets,
        existing.items.map((ws) => ws.name),
      );
      for (const sheet of plan.add) {
        const ws = context.workbook.worksheets.add(sheet.name);
        const width = sheet.columns.length;
        const header = ws.getRange(`A1:${columnLetters(width)}1`);
        // text format first, so that no header is read as a number or a formula
        header.numberFormat = [sheet.columns.map(() => "@")];
        header.values = [sheet.columns.map((c) => c.header)];
        applyLook(header, STYLE_LOOK.tableHeader, 1, width);
        ws.freezePanes.freezeRows(1);
        sheet.columns.forEach((column, i) => {
          const letters = columnLetters(i + 1);
          ws.getRange(`${letters}:${letters}`).format.columnWidth = columnWidthPoints(column.width);
          if (!noNotes) {
            ws.notes.add(`${letters}1`, column.note);
          } else if (!noValidation) {
            ws.getRange(`${letters}1`).dataValidation.prompt = {
              showPrompt: true,
              title: clip(column.header, VALIDATION_TEXT_MAX.title),
              message: clip(column.note, VALIDATION_TEXT_MAX.prompt),
            };
          }
          if (column.list && !noValidation) {
            const body = ws.getRange(`${letters}2:${letters}${TEMPLATE_VALIDATION_ROWS + 1}`).dataValidation;
            body.rule = { list: { inCellDropDown: true, source: column.list.join(",") } };
            // a warning, not a stop: the core also reads other forms (ex categorie, grades as points)
            body.errorAlert = { showAlert: true, style: "Warning", ...listAlert(column.list) };
          }
        });
      }
      await context.sync();
      return { added: plan.add.map((s) => s.name), skipped: plan.skipped, missing: plan.add.length > 0 ? missing : [] };
    });
  }

  async selectCell(sheet: string, cell?: string): Promise<void> {
    await this.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(cell ?? "A1").select();
      await context.sync();
    });
  }
}
