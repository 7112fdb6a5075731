import * as path from "path";
import * as ExcelJS from "exceljs";
import { REFERENCE_SHEETS } from "./darfo-boario-terme-2024";
import { ExampleSheet } from "./darfo-boario-terme-2024/sheet";

/** Where `npm run examples` writes the workbook when no path is given. */
export const REFERENCE_WORKBOOK_PATH = path.join(__dirname, "darfo-boario-terme-2024.xlsx");

// Fixed dates keep the file's metadata stable from one build to the next.
const BUILD_DATE = new Date(Date.UTC(2025, 0, 1));

function addSheet(workbook: ExcelJS.Workbook, sheet: ExampleSheet): void {
  const ws = workbook.addWorksheet(sheet.name);
  for (const title of sheet.titleRows ?? []) ws.addRow([title]).font = { bold: true, color: { argb: "FFC00000" } };
  if (sheet.titleRows?.length) ws.addRow([]);
  const header = ws.addRow(sheet.columns.map((c) => c.header));
  header.font = { bold: true };
  header.alignment = { vertical: "middle", wrapText: true };
  for (const values of sheet.rows) {
    const row = ws.addRow([...values]);
    sheet.columns.forEach((c, i) => {
      const cell = row.getCell(i + 1);
      if (c.format) cell.numFmt = c.format;
      if (c.wrap) cell.alignment = { vertical: "top", wrapText: true };
    });
  }
  sheet.columns.forEach((c, i) => (ws.getColumn(i + 1).width = c.width));
  ws.views = [{ state: "frozen", ySplit: header.number }];
}

/**
 * Builds the reference workbook of Darfo Boario Terme 2024 in memory: one worksheet per input sheet
 * of the data model, bold header row, column widths and number formats (#,##0 counts, #,##0.00 euros,
 * dd/mm/yyyy dates, 0.00% part-time shares stored as ratios).
 */
export function buildReferenceWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Relazione Performance";
  workbook.created = BUILD_DATE;
  workbook.modified = BUILD_DATE;
  for (const sheet of REFERENCE_SHEETS) addSheet(workbook, sheet);
  return workbook;
}

async function main(): Promise<void> {
  const out = process.argv[2] ?? REFERENCE_WORKBOOK_PATH;
  await buildReferenceWorkbook().xlsx.writeFile(out);
  console.log(`Scritto ${out}`);
}

if (require.main === module) {
  main().catch((err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  });
}
