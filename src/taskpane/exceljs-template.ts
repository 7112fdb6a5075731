import ExcelJS from "exceljs";
import { columnLetters } from "../core/cell";
import { STYLE_LOOK } from "../core/output/styles";
import { TEMPLATE_VALIDATION_ROWS, TemplateSheet, listAlert } from "./template";
import { planTemplate } from "./template-plan";
import { TemplateOutcome } from "./workbook-actions";

const HEADER = STYLE_LOOK.tableHeader;
const THIN: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FF808080" } };

/** exceljs 4.4 keeps a worksheet's validations by range here; its typings leave the property out. */
interface WithValidations {
  readonly dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void };
}

/**
 * Adds the template sheets to an exceljs workbook (browser mode's "Scarica modello", and tests): text
 * headers in the table-header style with the first row frozen, a note on each header, and a drop-down
 * list (warning, not stop) over the first {@link TEMPLATE_VALIDATION_ROWS} rows of each closed-set column.
 * Sheets the workbook already holds are skipped, as in Excel. An .xlsx file has every feature: nothing is missing.
 */
export function addTemplateSheetsExcelJs(workbook: ExcelJS.Workbook, sheets: readonly TemplateSheet[]): TemplateOutcome {
  const plan = planTemplate(
    sheets,
    workbook.worksheets.map((ws) => ws.name),
  );
  for (const sheet of plan.add) {
    const ws = workbook.addWorksheet(sheet.name, { views: [{ state: "frozen", ySplit: 1 }] });
    sheet.columns.forEach((column, i) => {
      ws.getColumn(i + 1).width = column.width;
      const cell = ws.getCell(1, i + 1);
      cell.value = column.header;
      cell.numFmt = "@";
      cell.font = { name: "Calibri", size: HEADER.size, bold: HEADER.bold };
      cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: `FF${HEADER.fill}` } };
      cell.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
      cell.alignment = { wrapText: true, vertical: "top" };
      cell.note = column.note;
      if (column.list) {
        const letters = columnLetters(i + 1);
        const alert = listAlert(column.list);
        (ws as unknown as WithValidations).dataValidations.add(`${letters}2:${letters}${TEMPLATE_VALIDATION_ROWS + 1}`, {
          type: "list",
          allowBlank: true,
          formulae: [`"${column.list.join(",")}"`],
          showErrorMessage: true,
          errorStyle: "warning",
          errorTitle: alert.title,
          error: alert.message,
        });
      }
    });
  }
  return { added: plan.add.map((s) => s.name), skipped: plan.skipped, missing: [] };
}
