import ExcelJS from "exceljs";
import { ExcelJsWorkbook, fromExcelJs } from "../../src/workbook/exceljs-adapter";
import { OutputSheet } from "../../src/core/output/sheet";
import { readTable } from "../../src/core/table/read-table";

const out = (name: string, text: string): OutputSheet => ({ name, columnWidths: [20], rows: [[{ value: text, style: "paragraph" }]] });

async function roundTrip(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const copy = new ExcelJS.Workbook();
  await copy.xlsx.load((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  return copy;
}

describe("ExcelJsWorkbook", () => {
  it("reads formulas by their cached result, rich text as text, and a formula with no result as an error", () => {
    expect(fromExcelJs({ formula: "A1+1", result: 3 } as ExcelJS.CellValue)).toBe(3);
    expect(fromExcelJs({ richText: [{ text: "Poli" }, { text: "zia" }] } as ExcelJS.CellValue)).toBe("Polizia");
    expect(fromExcelJs({ formula: "A1+1" } as ExcelJS.CellValue)).toEqual({ error: "formula senza risultato calcolato", formula: "A1+1" });
    expect(fromExcelJs({ error: "#N/A" } as ExcelJS.CellValue)).toEqual({ error: "#N/A" });
  });

  it("reads the date system and the hidden rows of a saved workbook", async () => {
    const wb = new ExcelJS.Workbook();
    wb.properties.date1904 = true;
    const ws = wb.addWorksheet("Dati");
    ws.addRows([["Voce"], ["visibile"], ["filtrata"], ["nascosta"]]);
    ws.getRow(3).hidden = true;
    ws.getRow(4).hidden = true;
    const sheet = await new ExcelJsWorkbook(await roundTrip(wb)).readSheet("Dati");
    expect(sheet.date1904).toBe(true);
    expect([...(sheet.hiddenRows ?? [])]).toEqual([3, 4]);
    const other = new ExcelJS.Workbook();
    other.addWorksheet("Dati").addRows([["Voce"], ["visibile"]]);
    const plain = await new ExcelJsWorkbook(await roundTrip(other)).readSheet("Dati");
    expect(plain.date1904).toBe(false);
    expect(plain.hiddenRows).toBeUndefined();
  });

  it("reads only the rows that exist, drops trailing blank rows and creates none in the input sheet", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Dati");
    ws.getCell("A1").value = "Voce";
    ws.getCell("A1048576").value = " ";
    const rowsHeld = (): number => (ws as unknown as { _rows: unknown[] })._rows.filter(Boolean).length;
    const before = { rowCount: ws.rowCount, held: rowsHeld() };
    const start = Date.now();
    const sheet = await new ExcelJsWorkbook(wb).readSheet("Dati");
    expect(Date.now() - start).toBeLessThan(2000);
    expect(sheet.rows).toEqual([["Voce"]]);
    expect({ rowCount: ws.rowCount, held: rowsHeld() }).toEqual(before);
    expect(before).toEqual({ rowCount: 1048576, held: 2 });
  });

  it("keeps blank rows and columns inside the data, and reads a merged cell once", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Dati");
    ws.getCell("A1").value = "Titolo";
    ws.mergeCells("A1:C1");
    ws.getCell("A3").value = "Voce";
    ws.getCell("C3").value = 5;
    ws.getCell("E5").value = "  ";
    const sheet = await new ExcelJsWorkbook(await roundTrip(wb)).readSheet("Dati");
    expect(sheet.rows).toEqual([
      ["Titolo", null, null],
      [null, null, null],
      ["Voce", null, 5],
    ]);
  });

  it("marks its sheets, finds them again after saving, and replaces them on a rerun", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Dati").getCell("A1").value = "mio";
    const port = new ExcelJsWorkbook(wb);
    await port.writeOwnedSheet(out("Verifica dati", "prima"));
    const reopened = new ExcelJsWorkbook(await roundTrip(wb));
    expect(await reopened.ownedSheetNames()).toEqual(["Verifica dati"]);
    await reopened.writeOwnedSheet(out("Verifica dati", "=SOMMA(A1)"));
    const again = await roundTrip(reopened.workbook);
    expect(again.worksheets.map((w) => w.name)).toEqual(["Dati", "Verifica dati"]);
    expect(again.getWorksheet("Verifica dati")!.getCell("A1").value).toBe("=SOMMA(A1)");
    expect(again.definedNames.model.filter((d) => d.name.startsWith("RP_GENERATO_"))).toHaveLength(1);
    expect(await new ExcelJsWorkbook(again).ownedSheetNames()).toEqual(["Verifica dati"]);
    expect(again.getWorksheet("Dati")!.getCell("A1").value).toBe("mio");
  });

  it("does not take a user's sheet for its own", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Relazione").getCell("A1").value = "scritta dall'utente";
    expect(await new ExcelJsWorkbook(wb).ownedSheetNames()).toEqual([]);
  });
});

describe("percentages as Excel shows them", () => {
  it("marks numbers in %-formatted cells, so 1,5 shown as 150% is read as 150 % (and refused as part-time)", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Personale");
    ws.addRow(["Matricola", "Part-time %"]);
    ws.addRow(["D001", 1.5]);
    ws.addRow(["D002", 50]);
    ws.getCell("B2").numFmt = "0.00%";
    const sheet = await new ExcelJsWorkbook(wb).readSheet("Personale");
    expect(sheet.percentCells).toEqual(new Set(["1,1"]));
    const read = readTable(sheet, {
      sheet: "Personale",
      sheetSynonyms: [],
      required: true,
      description: "",
      columns: [
        { key: "matricola", header: "Matricola", synonyms: [], type: "text", required: true, description: "", example: "" },
        { key: "pt", header: "Part-time %", synonyms: [], type: "percent", required: true, description: "", example: "" },
      ],
    });
    expect(read.rows.map((r) => r.values.pt)).toEqual([150, 50]);
  });
});
