import ExcelJS from "exceljs";

/** Why bytes are not a workbook the add-in can open: not an .xlsx at all, or encrypted / an old .xls (OLE). */
export type XlsxRejection = "notXlsx" | "protected";

/** Raised by {@link loadXlsxBytes}; the caller words the message for its user (file name, language). */
export class XlsxBytesError extends Error {
  constructor(readonly reason: XlsxRejection) {
    super(reason);
  }
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

const startsWith = (head: Uint8Array, magic: readonly number[]): boolean => magic.every((b, i) => head[i] === b);

/**
 * Tells from a file's first bytes whether it can be an .xlsx: a zip; a password-protected workbook or an
 * old .xls is an OLE container ("protected"); anything else (CSV, empty file) is "notXlsx".
 */
export function sniffXlsx(head: Uint8Array): XlsxRejection | undefined {
  if (startsWith(head, OLE_MAGIC)) return "protected";
  return startsWith(head, ZIP_MAGIC) ? undefined : "notXlsx";
}

/**
 * Loads an .xlsx from its bytes, in Node or in the browser. Raises {@link XlsxBytesError} for a file that
 * is not one: exceljs accepts any zip, and only a real workbook part gives it workbook properties.
 */
export async function loadXlsxBytes(data: ArrayBuffer | Uint8Array): Promise<ExcelJS.Workbook> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  const rejection = sniffXlsx(bytes.subarray(0, 4));
  if (rejection) throw new XlsxBytesError(rejection);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  } catch {
    throw new XlsxBytesError("notXlsx");
  }
  if ((workbook.properties as ExcelJS.WorkbookProperties | undefined) === undefined) throw new XlsxBytesError("notXlsx");
  return workbook;
}
