import ExcelJS from "exceljs";
import { RunOptions, RunResult, runReport } from "../core/run";
import { ProgressListener } from "../core/workbook-port";
import { ExcelJsWorkbook } from "../workbook/exceljs-adapter";
import { loadXlsxBytes } from "../workbook/xlsx-bytes";
import { addTemplateSheetsExcelJs } from "./exceljs-template";
import { TemplateSheet } from "./template";
import { TemplateOutcome } from "./workbook-actions";

/**
 * Browser mode's work on .xlsx files, loaded on demand as its own chunk so that exceljs (~1 MB) never
 * weighs on the pane inside Excel. Everything happens in the page: no file leaves the machine.
 */

/** Loads an .xlsx from its bytes; raises {@link XlsxBytesError} ("notXlsx" or "protected") for anything else. */
export const openXlsx = (data: ArrayBuffer): Promise<ExcelJS.Workbook> => loadXlsxBytes(data);

async function bytesOf(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/**
 * Runs the core on a copy of the file's workbook, the same job as inside Excel, and returns its result
 * with the bytes of the workbook holding the user's sheets unchanged plus the generated ones.
 */
export async function runOnXlsx(data: ArrayBuffer, onProgress: ProgressListener, options: RunOptions): Promise<{ result: RunResult; file: Uint8Array }> {
  const workbook = await openXlsx(data);
  const result = await runReport(new ExcelJsWorkbook(workbook), onProgress, options);
  return { result, file: await bytesOf(workbook) };
}

/** A new workbook holding only the empty input sheets. */
export async function templateXlsx(sheets: readonly TemplateSheet[]): Promise<{ outcome: TemplateOutcome; file: Uint8Array }> {
  const workbook = new ExcelJS.Workbook();
  const outcome = addTemplateSheetsExcelJs(workbook, sheets);
  return { outcome, file: await bytesOf(workbook) };
}
