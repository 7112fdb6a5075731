import { OutCell, OutputSheet, FORMAT } from "../../src/core/output/sheet";
import {
  OfficeJsWorkbook,
  columnWidthPoints,
  markedSheet,
} from "../../src/workbook/officejs-adapter";
import { REFERENCE_WORKBOOK } from "../../src/cli/main";
import { INPUT_SPECS, runReport } from "../../src/core/run";
import { ExcelJsWorkbook } from "../../src/workbook/exceljs-adapter";
import { loadXlsx } from "../../src/workbook/xlsx-file";
import { MAX_REQUEST_PAYLOAD_CHARS } from "../../src/workbook/request-budget";
import { FakeCall, FakeExcel } from "./fake-excel";

const utc = (iso: string): Date => new Date(iso);

/** A Relazione-like sheet: title, a 3-column table with `bodyRows` rows and a total, four paragraphs that Excel would parse if typed. */
function reportSheet(name: string, bodyRows: number): OutputSheet {
  const body: OutCell[][] = Array.from({ length: bodyRows }, (_, i) => [
    { value: `Voce ${i + 1}`, style: "tableCell" },
    { value: 1000 + i, format: FORMAT.euro, style: "tableCell" },
    { value: "=SOMMA(B4:B5)", style: "tableCell" },
  ]);
  const rows: OutCell[][] = [
    [{ value: "Relazione sulla performance 2024", style: "title" }],
    [],
    [
      { value: "Voce", style: "tableHeader" },
      { value: "Importo", style: "tableHeader" },
      { value: "Nota", style: "tableHeader" },
    ],
    ...body,
    [
      { value: "Totale", style: "tableTotal" },
      { value: 2001, format: FORMAT.euro, style: "tableTotal" },
      { value: null, style: "tableTotal" },
    ],
    [{ value: "2024", style: "paragraph" }],
    [{ value: "+39 0364 541", style: "paragraph" }],
    [{ value: "-1,2% rispetto al 2023", style: "paragraph" }],
    [{ value: "@comune", style: "paragraph" }],
  ];
  return {
    name,
    columnWidths: [46, 16, 16],
    rows,
    rowHeights: [22],
    merges: [{ row: 1, fromCol: 1, toCol: 3 }],
    namedBlocks: [{ name: "RelazionePerformance", fromRow: 1, toRow: rows.length, fromCol: 1, toCol: 3 }],
  };
}

function userWorkbook(): FakeExcel {
  const fake = new FakeExcel();
  fake.addSheet("Dati", [
    ["Voce", "Valore"],
    ["Residenti", 15883],
  ]);
  fake.addSheet("Note", [["=non è una formula"]], { formats: [["@"]] });
  fake.addName("UTENTE", { sheet: "Dati", address: "A1:B2" });
  return fake;
}

const formatCalls = (fake: FakeExcel, address: string): Record<string, unknown> =>
  Object.fromEntries(fake.callsOf("format").filter((c) => c.address === address).map((c) => [c.prop, c.value]));

describe("markedSheet", () => {
  it.each([
    ["=Relazione!$A$1", "Relazione"],
    ["='Verifica dati'!$A$1", "Verifica dati"],
    ["='L''ente'!$A$1", "L'ente"],
    ["=Relazione!$B$2", undefined],
    ["=Relazione!$A$1:$B$2", undefined],
    ["=#REF!$A$1", undefined],
    ["=#REF!", undefined],
    [42, undefined],
  ])("%p → %p", (formula, sheet) => {
    expect(markedSheet(formula)).toBe(sheet);
  });
});

describe("columnWidthPoints", () => {
  it("converts characters to points as Excel does for Calibri 11", () => {
    // (8.43 × 7 + 5) × 0.75 = 48.0075: Excel's default column is 64 px = 48 pt
    expect(columnWidthPoints(8.43)).toBeCloseTo(48, 1);
    // (46 × 7 + 5) × 0.75 = 245.25
    expect(columnWidthPoints(46)).toBe(245.25);
  });
});

describe("OfficeJsWorkbook reads", () => {
  it("marks numbers shown as percentages, so that 1,5 in a %-formatted cell reads as 150 %", async () => {
    const fake = new FakeExcel();
    fake.addSheet("Personale", [["Matricola", "Part-time %"], ["D001", 1.5], ["D002", 50]], { formats: [[], [null, "0.00%"], [null, "General"]] });
    const sheet = await new OfficeJsWorkbook(fake.run).readSheet("Personale");
    expect(sheet.percentCells).toEqual(new Set(["1,1"]));
  });

  it("reports hidden rows (read like the others) with one more sync, only when the sheet has some", async () => {
    const rows = [["Settore", "Atti controllati"], ["Tributi", 8], ["Polizia Locale", 13], ["Totale", 21]];
    const fake = new FakeExcel();
    fake.addSheet("Controlli", rows, { hiddenRows: [3] });
    const sheet = await new OfficeJsWorkbook(fake.run).readSheet("Controlli");
    expect(sheet.rows).toEqual(rows);
    expect(sheet.hiddenRows).toEqual(new Set([3]));
    expect(fake.syncs).toBe(2);
    const plain = new FakeExcel();
    plain.addSheet("Controlli", rows);
    expect((await new OfficeJsWorkbook(plain.run).readSheet("Controlli")).hiddenRows).toBeUndefined();
    expect(plain.syncs).toBe(1);
  });

  it("lists sheets in tab order with one sync", async () => {
    const fake = userWorkbook();
    expect(await new OfficeJsWorkbook(fake.run).sheetNames()).toEqual(["Dati", "Note"]);
    expect(fake.syncs).toBe(1);
  });

  it("reads the used range in one sync, with dates, errors, booleans and blanks converted", async () => {
    const fake = new FakeExcel();
    fake.addSheet(
      "Dati",
      [
        ["Voce", "Data", "Valore", "Quota"],
        ["Bilancio", 45292, 1234.5, 0.007],
        ["Errore", 45292.5, { error: "#DIV/0!" }, true],
        [null, null, null, "=testo"],
        [null, null, null, null, null],
      ],
      {
        firstRow: 2,
        firstCol: 2,
        formats: [[], [null, "dd/mm/yyyy", "#,##0.00", "0.00%"], [null, "[$-410]d mmmm yyyy h:mm"], [], [null, null, null, null, "dd/mm/yyyy"]],
      },
    );
    const sheet = await new OfficeJsWorkbook(fake.run).readSheet("dati");
    expect(fake.syncs).toBe(1);
    expect(sheet.name).toBe("Dati");
    expect(sheet.firstRow).toBe(2);
    expect(sheet.firstCol).toBe(2);
    // the formatted but empty cell at F6 is not part of the used range
    expect(sheet.rows).toEqual([
      ["Voce", "Data", "Valore", "Quota"],
      ["Bilancio", utc("2024-01-01T00:00:00Z"), 1234.5, 0.007],
      ["Errore", utc("2024-01-01T12:00:00Z"), { error: "#DIV/0!" }, true],
      [null, null, null, "=testo"],
    ]);
  });

  it("reads an empty sheet as no rows", async () => {
    const fake = new FakeExcel();
    fake.addSheet("Vuoto");
    expect(await new OfficeJsWorkbook(fake.run).readSheet("Vuoto")).toEqual({ name: "Vuoto", rows: [], firstRow: 1, firstCol: 1 });
  });

  it("rejects a sheet that does not exist", async () => {
    await expect(new OfficeJsWorkbook(userWorkbook().run).readSheet("Manca")).rejects.toThrow(/ItemNotFound/);
  });

  it("owns exactly the sheets an RP_GENERATO_ name points at with A1", async () => {
    const fake = userWorkbook();
    fake.addSheet("Relazione 2024", [["x"]]);
    fake.addName("RP_GENERATO_1", { sheet: "Relazione 2024", address: "A1" });
    fake.addName("RP_GENERATO_2", { formula: "=#REF!$A$1" });
    fake.addName("RP_GENERATO_3", { sheet: "Dati", address: "B2" });
    const port = new OfficeJsWorkbook(fake.run);
    expect(await port.ownedSheetNames()).toEqual(["Relazione 2024"]);
    expect(fake.syncs).toBe(1);
  });
});

describe("OfficeJsWorkbook.writeOwnedSheet", () => {
  async function written(): Promise<FakeExcel> {
    const fake = userWorkbook();
    await new OfficeJsWorkbook(fake.run).writeOwnedSheet(reportSheet("Relazione", 2));
    return fake;
  }

  it("writes strings as text with format @, so text beginning with = + - @ and digits is not parsed", async () => {
    const fake = await written();
    expect(fake.cell("Relazione", "C4")).toEqual({ value: "=SOMMA(B4:B5)", format: "@", formula: false });
    expect(fake.cell("Relazione", "A7")).toEqual({ value: "2024", format: "@", formula: false });
    expect(fake.cell("Relazione", "A8")).toEqual({ value: "+39 0364 541", format: "@", formula: false });
    expect(fake.cell("Relazione", "A9")).toEqual({ value: "-1,2% rispetto al 2023", format: "@", formula: false });
    expect(fake.cell("Relazione", "A10")).toEqual({ value: "@comune", format: "@", formula: false });
    expect(fake.cell("Relazione", "B4")).toEqual({ value: 1000, format: "#,##0.00", formula: false });
    expect(fake.cell("Relazione", "C6")).toBeUndefined();
  });

  it("writes values and formats as one block each, formats first", async () => {
    const fake = await written();
    const values = fake.callsOf("values");
    const formats = fake.callsOf("numberFormat");
    expect(values.map((c) => c.address)).toEqual(["A1:C10"]);
    expect(formats.map((c) => c.address)).toEqual(["A1:C10"]);
    expect(fake.calls.indexOf(formats[0])).toBeLessThan(fake.calls.indexOf(values[0]));
  });

  it("sets column widths, styles, merges, row heights and names", async () => {
    const fake = await written();
    const widths = fake.callsOf("format").filter((c) => c.prop === "columnWidth");
    expect(widths.map((c) => [c.address, c.value])).toEqual([
      ["A:A", 245.25],
      // (16 × 7 + 5) × 0.75 = 87.75
      ["B:B", 87.75],
      ["C:C", 87.75],
    ]);
    expect(formatCalls(fake, "A1:A1")).toMatchObject({ "font.bold": true, "font.size": 16 });
    expect(formatCalls(fake, "A3:C3")).toMatchObject({
      "font.bold": true,
      "fill.color": "#D9E2F3",
      "borders.EdgeTop.style": "Continuous",
      "borders.InsideVertical.weight": "Thin",
    });
    expect(formatCalls(fake, "A3:C3")).not.toHaveProperty("borders.InsideHorizontal.style");
    // both body rows form one bordered rectangle
    expect(formatCalls(fake, "A4:C5")).toMatchObject({ "borders.InsideHorizontal.style": "Continuous", "borders.EdgeLeft.style": "Continuous" });
    expect(formatCalls(fake, "A4:C5")).not.toHaveProperty("font.bold");
    expect(formatCalls(fake, "A6:C6")).toMatchObject({ "font.bold": true, "borders.EdgeBottom.style": "Continuous" });
    expect(formatCalls(fake, "A7:A10")).toMatchObject({ wrapText: true });
    expect(fake.callsOf("merge").map((c) => c.address)).toEqual(["A1:C1"]);
    expect(formatCalls(fake, "1:1")).toEqual({ rowHeight: 22 });
    expect(fake.nameList()).toEqual(["UTENTE → =Dati!$A$1:$B$2", "RP_GENERATO_1 → =Relazione!$A$1", "RelazionePerformance → =Relazione!$A$1:$C$10"]);
    expect(await new OfficeJsWorkbook(fake.run).ownedSheetNames()).toEqual(["Relazione"]);
  });

  it("on a rerun replaces only its own sheet and its names, and drops dangling markers", async () => {
    const fake = userWorkbook();
    const port = new OfficeJsWorkbook(fake.run);
    await port.writeOwnedSheet(reportSheet("Relazione", 5));
    await port.writeOwnedSheet({ ...reportSheet("Verifica dati", 1), namedBlocks: [] });
    // the marker of an add-in sheet the user deleted by hand
    fake.addName("RP_GENERATO_7", { formula: "=#REF!$A$1" });
    fake.calls.length = 0;

    await port.writeOwnedSheet(reportSheet("Relazione", 1));
    expect(fake.calls.filter((c) => c.op === "deleteSheet" || c.op === "deleteName")).toEqual<FakeCall[]>([
      { op: "deleteName", value: "RP_GENERATO_1" },
      { op: "deleteName", value: "RelazionePerformance" },
      { op: "deleteName", value: "RP_GENERATO_7" },
      { op: "deleteSheet", sheet: "Relazione" },
    ]);
    expect(fake.sheets.map((s) => s.name)).toEqual(["Dati", "Note", "Verifica dati", "Relazione"]);
    // the first run had 5 body rows (A1:C13); nothing of them survives below the new A1:C9
    expect(fake.cell("Relazione", "A11")).toBeUndefined();
    expect(fake.cell("Dati", "B2")).toEqual({ value: 15883, format: "General", formula: false });
    expect(fake.cell("Note", "A1")).toEqual({ value: "=non è una formula", format: "@", formula: false });
    expect(fake.nameList()).toEqual([
      "UTENTE → =Dati!$A$1:$B$2",
      "RP_GENERATO_2 → ='Verifica dati'!$A$1",
      "RP_GENERATO_1 → =Relazione!$A$1",
      "RelazionePerformance → =Relazione!$A$1:$C$9",
    ]);
    expect(await port.ownedSheetNames()).toEqual(["Verifica dati", "Relazione"]);
  });

  it("refuses to overwrite a user's sheet and touches nothing", async () => {
    const fake = userWorkbook();
    await expect(new OfficeJsWorkbook(fake.run).writeOwnedSheet(reportSheet("dati", 1))).rejects.toThrow(/«Dati» non è stato creato/);
    expect(fake.calls).toEqual([]);
    expect(fake.cell("Dati", "A2")).toEqual({ value: "Residenti", format: "General", formula: false });
  });

});

describe("OfficeJsWorkbook request sizes and syncs", () => {
  /** Under this, a request is "well under" Excel on the web's 5 MB limit. */
  const WELL_UNDER_5MB = 2.5 * 1024 * 1024;

  /** A one-column sheet of `rows` integers, formatted #,##0: about 19 characters a row in both grids. */
  const narrowSheet = (rows: number): OutputSheet => ({
    name: "Verifica dati",
    columnWidths: [12],
    rows: Array.from({ length: rows }, (_, i) => [{ value: 10_000 + i, format: FORMAT.integer }]),
  });

  it("splits a large sheet into row blocks that keep every request under the limit, formats before values", async () => {
    const fake = userWorkbook();
    // 50,008 rows of ~27 + ~20 characters of values and formats: ~2.4 million characters in all
    await new OfficeJsWorkbook(fake.run).writeOwnedSheet(reportSheet("Relazione", 50_000));
    const values = fake.callsOf("values");
    const formats = fake.callsOf("numberFormat");
    expect(values.length).toBeGreaterThan(1);
    expect(formats.map((c) => c.address)).toEqual(values.map((c) => c.address));
    for (const [i, v] of values.entries()) expect(fake.calls.indexOf(formats[i])).toBeLessThan(fake.calls.indexOf(v));
    // the blocks tile A1:C50008 without gaps or overlaps
    const bounds = values.map((c) => /^A(\d+):C(\d+)$/.exec(c.address ?? "")!.slice(1).map(Number));
    expect(bounds[0][0]).toBe(1);
    expect(bounds[bounds.length - 1][1]).toBe(50_008);
    for (let i = 1; i < bounds.length; i++) expect(bounds[i][0]).toBe(bounds[i - 1][1] + 1);
    for (const request of fake.requests) {
      expect(request.gridChars).toBeLessThanOrEqual(MAX_REQUEST_PAYLOAD_CHARS);
      expect(request.chars).toBeLessThan(WELL_UNDER_5MB);
    }
    // one sync to read the workbook, then one request per block (the last one also carries styles and names)
    expect(fake.syncs).toBe(1 + values.length);
    // cells on both sides of each block boundary arrived
    for (const [, to] of bounds.slice(0, -1)) {
      expect(fake.cell("Relazione", `B${to}`)?.value).toBe(1000 + to - 4);
      expect(fake.cell("Relazione", `B${to + 1}`)?.value).toBe(1000 + to - 3);
    }
    expect(fake.cell("Relazione", "A50005")).toEqual({ value: "2024", format: "@", formula: false });
  });

  it("takes the same two syncs for 1,000 and 50,000 rows that fit one request: syncs follow bytes, not rows", async () => {
    const small = userWorkbook();
    const large = userWorkbook();
    await new OfficeJsWorkbook(small.run).writeOwnedSheet(narrowSheet(1000));
    await new OfficeJsWorkbook(large.run).writeOwnedSheet(narrowSheet(50_000));
    // 50,000 rows × ([12345] 7 + ["#,##0"] 9 + 2 commas) ≈ 900,000 characters: one request
    expect(large.requests[1].gridChars).toBeGreaterThan(800_000);
    expect(small.syncs).toBe(2);
    expect(large.syncs).toBe(2);
    expect(large.calls.length).toBe(small.calls.length);
    expect(large.callsOf("values").map((c) => c.address)).toEqual(["A1:A50000"]);
  });

  it("reads a sheet beyond A1:AN500 in blocks whose responses stay under the limit", async () => {
    const fake = new FakeExcel();
    const rows = Array.from({ length: 50_000 }, (_, i) => [`D${i + 1}`, i % 2 === 0 ? "F" : "M", 20 + (i % 45)]);
    fake.addSheet("Personale", [["Matricola", "Sesso", "Età"], ...rows], { firstRow: 3, firstCol: 2 });
    const sheet = await new OfficeJsWorkbook(fake.run).readSheet("Personale");
    expect(sheet.firstRow).toBe(3);
    expect(sheet.firstCol).toBe(2);
    expect(sheet.rows.length).toBe(50_001);
    expect(sheet.rows[50_000]).toEqual(["D50000", "M", 20 + (49_999 % 45)]);
    // one sync for bounds and window, then ⌈50,001 / ⌊20,000 / 3⌋⌉ = ⌈50,001 / 6,666⌉ = 8 blocks
    expect(fake.syncs).toBe(1 + 8);
    for (const request of fake.requests) expect(request.responseChars).toBeLessThan(WELL_UNDER_5MB);
  });
});

describe("OfficeJsWorkbook on the reference workbook", () => {
  /** The user sheets of an .xlsx as a fake Excel workbook: dates back to serials shown as dd/mm/yyyy. */
  async function fakeFromXlsx(file: string): Promise<FakeExcel> {
    const source = new ExcelJsWorkbook(await loadXlsx(file));
    const fake = new FakeExcel();
    for (const name of await source.sheetNames()) {
      const data = await source.readSheet(name);
      const toSerial = (d: Date): number => d.getTime() / 86_400_000 + 25569;
      fake.addSheet(
        name,
        data.rows.map((r) => r.map((v) => (v instanceof Date ? toSerial(v) : v))),
        {
          firstRow: data.firstRow,
          firstCol: data.firstCol,
          formats: data.rows.map((r) => r.map((v) => (v instanceof Date ? "dd/mm/yyyy" : null))),
        },
      );
    }
    return fake;
  }

  it("gives the same findings as the exceljs adapter and writes sheets that read back the same", async () => {
    const fake = await fakeFromXlsx(REFERENCE_WORKBOOK);
    const office = new OfficeJsWorkbook(fake.run);
    const excelJs = new ExcelJsWorkbook(await loadXlsx(REFERENCE_WORKBOOK));
    const viaOffice = await runReport(office, () => undefined);
    const viaExcelJs = await runReport(excelJs, () => undefined);
    expect(viaOffice).toEqual(viaExcelJs);
    expect(viaOffice.written.length).toBeGreaterThan(1);
    expect(await office.ownedSheetNames()).toEqual(await excelJs.ownedSheetNames());
    // Excel stores an empty string as an empty cell and leaves blank rows out of the used range;
    // exceljs keeps both: all are blank to the core
    const cells = (rows: readonly (readonly unknown[])[]): unknown[][] => {
      const out = rows.map((r) => {
        const row = r.map((v) => (v === "" ? null : v));
        while (row.length > 0 && row[row.length - 1] === null) row.pop();
        return row;
      });
      while (out.length > 0 && out[out.length - 1].length === 0) out.pop();
      return out;
    };
    for (const { name } of viaOffice.written) {
      expect(cells((await office.readSheet(name)).rows)).toEqual(cells((await excelJs.readSheet(name)).rows));
    }
  });

  it("reruns in the same number of syncs, replacing its sheets and never touching a user's sheet of the same name", async () => {
    const fake = await fakeFromXlsx(REFERENCE_WORKBOOK);
    fake.addSheet("Relazione", [["La mia bozza"]]);
    const port = new OfficeJsWorkbook(fake.run);
    const first = await runReport(port, () => undefined);
    const firstSyncs = fake.syncs;
    const sheetsAfterFirst = fake.sheets.map((s) => s.name);
    const second = await runReport(port, () => undefined);
    expect(second).toEqual(first);
    // one each to list owned sheets, all sheets, and sheets again before writing; one per input sheet read
    // (each lies within A1:AN500); two per output sheet (each fits one request)
    const missing = first.findings.filter((f) => f.code.startsWith("FOGLIO_") && f.code.endsWith("MANCANTE")).length;
    expect(firstSyncs).toBe(3 + (INPUT_SPECS.length - missing) + 2 * first.written.length);
    expect(fake.syncs).toBe(2 * firstSyncs);
    expect(first.written.map((w) => w.name)).toContain("Relazione (2)");
    expect(first.findings.filter((f) => f.code === "OUTPUT_NOME_OCCUPATO").map((f) => f.sheet)).toEqual(["Relazione"]);
    expect(fake.sheets.map((s) => s.name)).toEqual(expect.arrayContaining(sheetsAfterFirst));
    expect(fake.sheets.length).toBe(sheetsAfterFirst.length);
    expect(fake.cell("Relazione", "A1")).toEqual({ value: "La mia bozza", format: "General", formula: false });
    expect(fake.sheet("Relazione").cells.size).toBe(1);
    expect(await port.ownedSheetNames()).not.toContain("Relazione");
    for (const request of fake.requests) expect(request.gridChars).toBeLessThanOrEqual(MAX_REQUEST_PAYLOAD_CHARS);
  });
});
