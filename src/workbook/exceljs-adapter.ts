import ExcelJS from "exceljs";
import { CellValue, SheetData, columnLetters } from "../core/cell";
import { fromExcelJsValue } from "../core/cells/from-exceljs";
import { OutputSheet } from "../core/output/sheet";
import { STYLE_LOOK } from "../core/output/styles";
import { OWNED_MARKER_PREFIX, WorkbookPort } from "../core/workbook-port";

/** Prefix of the workbook names that mark a sheet as written by the add-in (shared with the Office.js adapter). */

function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

function sheetOfRange(range: string): string {
  const bang = range.lastIndexOf("!");
  const raw = bang < 0 ? "" : range.slice(0, bang);
  return raw.startsWith("'") ? raw.slice(1, -1).replace(/''/g, "'") : raw;
}

/** exceljs cell value → core CellValue, by the core's cell-reading layer ({@link fromExcelJsValue}). */
export function fromExcelJs(v: ExcelJS.CellValue): CellValue {
  return fromExcelJsValue(v);
}

/**
 * {@link WorkbookPort} over an exceljs workbook in memory (command line and tests). The add-in's sheets
 * are marked by workbook-scoped defined names `RP_GENERATO_<n>` pointing at their A1 cell, which both
 * adapters read and write, so a workbook moves between Excel and the command line without losing track.
 */
export class ExcelJsWorkbook implements WorkbookPort {
  constructor(readonly workbook: ExcelJS.Workbook) {}

  async sheetNames(): Promise<string[]> {
    return this.workbook.worksheets.map((ws) => ws.name);
  }

  /**
   * The sheet's values from A1, with the workbook's date system and the rows hidden by hand or by a
   * filter. Only the rows and cells exceljs holds are visited (`ws.getRow` would create every row up to a
   * stray cell at row 1.048.576, rewriting the user's sheet), and the matrix stops at the last row and
   * column with a non-blank value.
   */
  async readSheet(name: string): Promise<SheetData> {
    const ws = this.workbook.getWorksheet(name);
    if (!ws) throw new Error(`Il foglio «${name}» non esiste.`);
    const byRow = new Map<number, CellValue[]>();
    const hiddenRows = new Set<number>();
    const percentCells = new Set<string>();
    let height = 0;
    let width = 0;
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      const cells: CellValue[] = [];
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        // merged cells repeat the master's value in exceljs; only the master holds data
        const value = cell.isMerged && cell.master !== cell ? null : fromExcelJs(cell.value);
        if (value === null) return;
        cells[c - 1] = value;
        if (typeof value === "number" && (cell.numFmt ?? "").includes("%")) percentCells.add(`${r - 1},${c - 1}`);
        width = Math.max(width, c);
      });
      if (cells.length === 0) return;
      byRow.set(r, cells);
      height = Math.max(height, r);
      if (row.hidden) hiddenRows.add(r);
    });
    const rows: CellValue[][] = [];
    for (let r = 1; r <= height; r++) {
      const cells = byRow.get(r) ?? [];
      rows.push(Array.from({ length: width }, (_, c) => cells[c] ?? null));
    }
    return {
      name: ws.name,
      rows,
      firstRow: 1,
      firstCol: 1,
      date1904: this.workbook.properties.date1904 === true,
      ...(hiddenRows.size > 0 && { hiddenRows }),
      ...(percentCells.size > 0 && { percentCells }),
    };
  }

  private markers(): { name: string; sheet: string; range: string }[] {
    return this.workbook.definedNames.model
      .filter((d) => d.name.startsWith(OWNED_MARKER_PREFIX))
      .flatMap((d) => d.ranges.map((range) => ({ name: d.name, sheet: sheetOfRange(range), range })));
  }

  async ownedSheetNames(): Promise<string[]> {
    const names = new Set(this.workbook.worksheets.map((ws) => ws.name));
    return [...new Set(this.markers().map((m) => m.sheet))].filter((s) => names.has(s));
  }

  async writeOwnedSheet(sheet: OutputSheet): Promise<void> {
    const lower = sheet.name.toLowerCase();
    const staleMarkers = new Set(this.markers().filter((x) => x.sheet.toLowerCase() === lower).map((m) => m.name));
    const replacedNames = new Set((sheet.namedBlocks ?? []).map((nb) => nb.name.toLowerCase()));
    // exceljs has no call to drop a whole defined name; its model setter rebuilds them all
    this.workbook.definedNames.model = this.workbook.definedNames.model.filter(
      (d) => !staleMarkers.has(d.name) && !replacedNames.has(d.name.toLowerCase()),
    );
    const old = this.workbook.worksheets.find((ws) => ws.name.toLowerCase() === lower);
    if (old) this.workbook.removeWorksheet(old.id);

    const ws = this.workbook.addWorksheet(sheet.name);
    sheet.columnWidths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
    sheet.rows.forEach((cells, r) => {
      const row = ws.getRow(r + 1);
      const height = sheet.rowHeights?.[r];
      if (height !== undefined) row.height = height;
      cells.forEach((out, c) => {
        const cell = row.getCell(c + 1);
        cell.value = out.value;
        if (out.format) cell.numFmt = out.format;
        if (out.style) applyLook(cell, STYLE_LOOK[out.style]);
      });
    });
    for (const m of sheet.merges ?? []) ws.mergeCells(m.row, m.fromCol, m.row, m.toCol);
    const ref = quoteSheet(sheet.name);
    for (const nb of sheet.namedBlocks ?? []) {
      this.workbook.definedNames.add(`${ref}!$${columnLetters(nb.fromCol)}$${nb.fromRow}:$${columnLetters(nb.toCol)}$${nb.toRow}`, nb.name);
    }
    const used = new Set(this.markers().map((m) => m.name));
    let n = 1;
    while (used.has(`${OWNED_MARKER_PREFIX}${n}`)) n++;
    this.workbook.definedNames.add(`${ref}!$A$1`, `${OWNED_MARKER_PREFIX}${n}`);
  }
}

const THIN: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FF808080" } };

function applyLook(cell: ExcelJS.Cell, look: (typeof STYLE_LOOK)[keyof typeof STYLE_LOOK]): void {
  cell.font = { name: "Calibri", size: look.size, bold: look.bold, italic: look.italic, color: look.color ? { argb: `FF${look.color}` } : undefined };
  if (look.fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: `FF${look.fill}` } };
  if (look.border) cell.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  if (look.wrap || look.verticalTop) cell.alignment = { wrapText: look.wrap, vertical: look.verticalTop ? "top" : undefined };
}
