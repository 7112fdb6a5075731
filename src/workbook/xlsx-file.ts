import ExcelJS from "exceljs";
import { promises as fs } from "fs";
import * as path from "path";
import { XlsxBytesError, loadXlsxBytes } from "./xlsx-bytes";

/** A file problem the user can fix, with an Italian one-line message (no stack trace is shown). */
export class WorkbookFileError extends Error {}

/**
 * Loads an .xlsx file. Raises {@link WorkbookFileError} with an Italian message when the file is
 * missing, unreadable, not an xlsx (e.g. an old .xls, a CSV, a zip holding no workbook) or
 * password-protected (Excel stores those as OLE containers, not zip).
 */
export async function loadXlsx(file: string): Promise<ExcelJS.Workbook> {
  let data: Buffer;
  try {
    data = await fs.readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new WorkbookFileError(`File non trovato: ${file}`);
    if (code === "EISDIR") throw new WorkbookFileError(`${file} è una cartella, non un file .xlsx`);
    if (code === "EACCES" || code === "EPERM") throw new WorkbookFileError(`Permesso negato in lettura: ${file}`);
    throw new WorkbookFileError(`Impossibile leggere ${file}: ${(e as Error).message}`);
  }
  try {
    return await loadXlsxBytes(data);
  } catch (e) {
    if (!(e instanceof XlsxBytesError)) throw e;
    throw new WorkbookFileError(
      e.reason === "protected"
        ? `${file} è protetto da password o è nel vecchio formato .xls: salvarlo come .xlsx senza password`
        : `${file} non è una cartella di lavoro Excel .xlsx`,
    );
  }
}

/**
 * Saves a workbook to `file` without ever leaving a partial file: it writes a temporary file in the
 * same folder and renames it over the target. Raises {@link WorkbookFileError} when the folder is not
 * writable or the target is locked.
 */
export async function saveXlsx(workbook: ExcelJS.Workbook, file: string): Promise<void> {
  const dir = path.dirname(path.resolve(file));
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    await fs.mkdir(dir, { recursive: true });
    await workbook.xlsx.writeFile(tmp);
    await fs.rename(tmp, file);
  } catch (e) {
    await fs.rm(tmp, { force: true });
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "EACCES" || code === "EPERM" || code === "EBUSY") {
      throw new WorkbookFileError(`Impossibile scrivere ${file}: file bloccato o cartella non scrivibile (è aperto in Excel?)`);
    }
    throw new WorkbookFileError(`Impossibile scrivere ${file}: ${(e as Error).message}`);
  }
}
