import { CellValue, SheetData } from "../../../src/core/cell";
import { ExampleSheet } from "../../../examples/darfo-boario-terme-2024/sheet";

/** A sheet whose top-left cell is A1. */
export function sheetOf(name: string, rows: readonly (readonly CellValue[])[]): SheetData {
  return { name, rows, firstRow: 1, firstCol: 1 };
}

/** An example sheet laid out as build-reference-workbook writes it: title rows, a blank row, header, data. */
export function exampleSheetData(sheet: ExampleSheet): SheetData {
  const titles = (sheet.titleRows ?? []).map((t): CellValue[] => [t]);
  const spacer: CellValue[][] = titles.length > 0 ? [[]] : [];
  return sheetOf(sheet.name, [...titles, ...spacer, sheet.columns.map((c) => c.header), ...sheet.rows.map((r) => [...r])]);
}
