import { CellValue, SheetData } from "../../../src/core/cell";

/** A sheet whose top-left cell is A1; shared by the ente, texts and redazione tests. */
export function sheetOf(name: string, rows: readonly (readonly CellValue[])[]): SheetData {
  return { name, rows, firstRow: 1, firstCol: 1 };
}
