import ExcelJS from "exceljs";
import { INPUT_SPECS, runReport } from "../../src/core/run";
import { ENTRATE_SPEC } from "../../src/core/budget/spec";
import { parseDirezione, parseEsito, parseTipo } from "../../src/core/objectives/esito";
import { DEFAULT_GRADES, parseGrade } from "../../src/core/parameters/grade-scale";
import { parseArea } from "../../src/core/staff/areas";
import { parseRapporto, parseSesso } from "../../src/core/staff/employees";
import { readTable } from "../../src/core/table/read-table";
import { readTyped } from "../../src/core/table/values";
import { addTemplateSheetsExcelJs } from "../../src/taskpane/exceljs-template";
import { CLOSED_LISTS, MAX_LIST_SOURCE_CHARS, VALIDATION_TEXT_MAX, columnNote, listAlert, templateSheets } from "../../src/taskpane/template";
import { ExcelJsWorkbook } from "../../src/workbook/exceljs-adapter";

/** The core's reader of each closed-list column that has one: every offered value must read. */
const PARSERS: Partial<Record<string, (text: string) => unknown>> = {
  "Personale.sesso": parseSesso,
  "Personale.area": parseArea,
  "Personale.rapporto": parseRapporto,
  "Obiettivi.tipo": parseTipo,
  "Obiettivi.direzione": parseDirezione,
  "Obiettivi.esito": parseEsito,
  "Indicatori.direzione": parseDirezione,
};

describe("template sheets", () => {
  it("has one empty sheet per input spec, with the spec's headers in order", () => {
    const sheets = templateSheets();
    expect(sheets.map((s) => s.name)).toEqual(INPUT_SPECS.map((s) => s.sheet));
    sheets.forEach((sheet, i) => expect(sheet.columns.map((c) => c.header)).toEqual(INPUT_SPECS[i].columns.map((c) => c.header)));
  });

  it("keys every closed list by a real column, and offers only values the core reads", () => {
    const columns = new Set(INPUT_SPECS.flatMap((spec) => spec.columns.map((c) => `${spec.sheet}.${c.key}`)));
    for (const [key, list] of Object.entries(CLOSED_LISTS)) {
      expect(columns).toContain(key);
      const parse = PARSERS[key] ?? (key.startsWith("Schede dipendenti.") ? (v: string) => parseGrade(v, DEFAULT_GRADES) : undefined);
      for (const value of parse ? list : []) expect([key, value, parse?.(value)]).not.toEqual([key, value, undefined]);
    }
  });

  it("gives drop-downs to closed sets and to every sì/no column, within Excel's 255 characters", () => {
    const sheets = new Map(templateSheets().map((s) => [s.name, s]));
    const list = (sheet: string, header: string) => sheets.get(sheet)?.columns.find((c) => c.header === header)?.list;
    expect(list("Personale", "Sesso")).toEqual(["M", "F"]);
    expect(list("Personale", "Rapporto")).toEqual(["Tempo indeterminato", "Tempo determinato"]);
    expect(list("Personale", "Responsabile di servizio")).toEqual(["Sì", "No"]);
    expect(list("Obiettivi", "Esito")).toEqual(["Raggiunto", "Parzialmente raggiunto", "Non raggiunto", "In corso", "Non valutabile"]);
    expect(list("Schede dipendenti", "Interpretazione del ruolo")).toEqual(["Nulla", "Scarsa", "Sufficiente", "Buona", "Ampia", "Eccellente"]);
    expect(list("Personale", "Matricola")).toBeUndefined();
    for (const spec of INPUT_SPECS) {
      for (const column of spec.columns.filter((c) => c.type === "boolean")) expect(list(spec.sheet, column.header)).toEqual(["Sì", "No"]);
    }
    for (const sheet of sheets.values()) {
      for (const column of sheet.columns) expect((column.list ?? []).join(",").length).toBeLessThanOrEqual(MAX_LIST_SOURCE_CHARS);
    }
    for (const value of ["Sì", "No"]) expect(readTyped(value, "boolean").ok).toBe(true);
  });

  it("notes say what goes in a column, its unit, an example and whether it is required", () => {
    const competenza = ENTRATE_SPEC.columns.find((c) => c.key === "competenza")!;
    expect(columnNote(competenza)).toBe("Accertamenti di competenza; per l'avanzo, l'importo applicato. Unità: €. Esempio: 9.593.473,64. Obbligatoria.");
  });

  it("cuts a warning to Excel's 225 characters", () => {
    const long = listAlert(Array.from({ length: 30 }, (_, i) => `Valore numero ${i}`));
    expect(long.message.length).toBe(VALIDATION_TEXT_MAX.alert);
    expect(long.message.endsWith("…")).toBe(true);
    expect(listAlert(["M", "F"])).toEqual({ title: "Valore non previsto", message: "Valori previsti: M, F." });
  });
});

describe("addTemplateSheetsExcelJs", () => {
  async function roundTrip(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
    const copy = new ExcelJS.Workbook();
    await copy.xlsx.load((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    return copy;
  }

  it("skips sheets the workbook holds under their name or a synonym, and leaves them untouched", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Dipendenti").getCell("A1").value = "Mio elenco";
    wb.addWorksheet("ente").getCell("B2").value = "Darfo";
    const outcome = addTemplateSheetsExcelJs(wb, templateSheets());
    expect(outcome.skipped).toEqual([
      { name: "Ente", existing: "ente" },
      { name: "Personale", existing: "Dipendenti" },
    ]);
    expect(outcome.added).toEqual(INPUT_SPECS.map((s) => s.sheet).filter((n) => n !== "Ente" && n !== "Personale"));
    expect(outcome.missing).toEqual([]);
    const back = await roundTrip(wb);
    expect(back.getWorksheet("Dipendenti")?.getCell("A1").value).toBe("Mio elenco");
    expect(back.getWorksheet("ente")?.getCell("B2").value).toBe("Darfo");
    expect(back.getWorksheet("ente")?.rowCount).toBe(2);
  });

  it("writes headers with notes, frozen, and drop-downs over the first 5,000 rows, which the core reads back", async () => {
    const wb = new ExcelJS.Workbook();
    addTemplateSheetsExcelJs(wb, templateSheets());
    const back = await roundTrip(wb);
    const demografia = back.getWorksheet("Demografia")!;
    expect(demografia.getRow(1).values).toEqual([undefined, "Voce", "Maschi", "Femmine", "Totale", "Famiglie"]);
    expect(String(demografia.getCell("B1").note)).toBe("Maschi. Unità: persone. Esempio: 46. Obbligatoria.");
    expect(demografia.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    // looked up without getCell, which would add empty rows down to 5,002 to the sheet the core reads next
    const validation = (address: string): unknown => (demografia as unknown as { dataValidations: { find(a: string): unknown } }).dataValidations.find(address);
    expect(validation("A2")).toMatchObject({ type: "list", errorStyle: "warning", showErrorMessage: true, formulae: [`"Popolazione al 1° gennaio,Nati,Morti,Iscritti,Cancellati,Aggiustamento statistico,Popolazione al 31 dicembre,Residenti in convivenza"`] });
    expect(validation("A5001")).toMatchObject({ type: "list" });
    expect(validation("A5002")).toBeUndefined();
    expect(validation("B2")).toBeUndefined();

    // the core finds every header of every sheet
    const port = new ExcelJsWorkbook(back);
    for (const spec of INPUT_SPECS) {
      const read = readTable(await port.readSheet(spec.sheet), spec);
      expect([spec.sheet, read.findings.map((f) => f.code)]).toEqual([spec.sheet, []]);
    }
    const result = await runReport(port);
    expect(result.findings.map((f) => f.code)).not.toContain("COLONNA_MANCANTE");
    expect(result.findings.map((f) => f.code)).not.toContain("INTESTAZIONE_MANCANTE");
  });
});
