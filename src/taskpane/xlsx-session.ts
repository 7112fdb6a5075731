import ExcelJS from "exceljs";
import { RunOptions, RunResult, runReport } from "../core/run";
import { ProgressListener } from "../core/workbook-port";
import { ExcelJsWorkbook } from "../workbook/exceljs-adapter";
import { addTemplateSheetsExcelJs } from "./exceljs-template";
import { TemplateSheet } from "./template";
import { TemplateOutcome } from "./workbook-actions";

/**
 * Browser mode's work on .xlsx files, loaded on demand as its own chunk so that exceljs (~1 MB) never
 * weighs on the pane inside Excel. Everything happens in the page: no file leaves the machine.
 */

/** Why a file could not be opened: not an .xlsx at all, or an encrypted / old .xls one (an OLE container). */
export class XlsxFileError extends Error {
  constructor(readonly reason: "notXlsx" | "protected") {
    super(reason);
  }
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

function startsWith(data: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => data[i] === b);
}

/** Loads an .xlsx from its bytes; raises {@link XlsxFileError} for anything else. */
export async function openXlsx(data: ArrayBuffer): Promise<ExcelJS.Workbook> {
  const head = new Uint8Array(data, 0, Math.min(4, data.byteLength));
  if (startsWith(head, OLE_MAGIC)) throw new XlsxFileError("protected");
  if (!startsWith(head, ZIP_MAGIC)) throw new XlsxFileError("notXlsx");
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data);
  } catch {
    throw new XlsxFileError("notXlsx");
  }
  return workbook;
}

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
