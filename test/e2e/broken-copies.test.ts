import ExcelJS from "exceljs";
import { REFERENCE_WORKBOOK } from "../../src/cli/main";
import { runReport } from "../../src/core/run";
import { ExcelJsWorkbook } from "../../src/workbook/exceljs-adapter";
import { columnTexts, findRow, rowNumbers, sheetValues } from "./workbook-helpers";

/** The cell at the row whose cells include `rowLabel` and the column headed `header` (searching the first rows). */
function cellAt(wb: ExcelJS.Workbook, sheet: string, rowLabel: string | number, header: string): ExcelJS.Cell {
  const ws = wb.getWorksheet(sheet)!;
  const values = sheetValues(ws);
  const headerRow = values.findIndex((r) => r.includes(header));
  const col = values[headerRow].indexOf(header);
  const row = values.findIndex((r, i) => i > headerRow && r.includes(rowLabel));
  if (headerRow < 0 || row < 0) throw new Error(`${sheet}: riga ${rowLabel} / colonna ${header} non trovata`);
  return ws.getRow(row + 1).getCell(col + 1);
}

async function runOn(mutate: (wb: ExcelJS.Workbook) => void): Promise<{ wb: ExcelJS.Workbook; codes: string[]; cells: string[] }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(REFERENCE_WORKBOOK);
  mutate(wb);
  const result = await runReport(new ExcelJsWorkbook(wb));
  const interesting = result.findings.filter((f) => f.code !== "CENS_SOMMA_SESSI" || f.cell !== "D10");
  return { wb, codes: interesting.map((f) => f.code), cells: interesting.map((f) => `${f.code}@${f.sheet}!${f.cell ?? ""}`) };
}

describe("each validation rule fires on a broken copy of the reference workbook", () => {
  const cases: [string, (wb: ExcelJS.Workbook) => void, string][] = [
    ["Maschi + Femmine ≠ Totale in the movimento", (wb) => (cellAt(wb, "Demografia", "Nati", "Totale").value = 106), "DEMO_SOMMA_SESSI@Demografia!D3"],
    [
      "the demographic balance does not close",
      (wb) => {
        cellAt(wb, "Demografia", "Iscritti", "Maschi").value = 331;
        cellAt(wb, "Demografia", "Iscritti", "Totale").value = 622;
      },
      "DEMO_BILANCIO@Demografia!B7",
    ],
    ["a negative count", (wb) => (cellAt(wb, "Demografia", "Morti", "Femmine").value = -68), "NUMERO_NEGATIVO@Demografia!C4"],
    ["a word where a number belongs", (wb) => (cellAt(wb, "Demografia", "Nati", "Maschi").value = "quarantasei"), "TIPO_NON_VALIDO@Demografia!B3"],
    ["a number stored as text", (wb) => (cellAt(wb, "Demografia", "Nati", "Maschi").value = "46"), "NUMERO_COME_TESTO@Demografia!B3"],
    ["a duplicate census year", (wb) => (cellAt(wb, "Censimenti", 1936, "Anno").value = 1931), "CENS_ANNO_DUPLICATO@Censimenti!A9"],
    ["a missing required column", (wb) => (cellAt(wb, "Spese", "TOTALE", "Pagamenti").worksheet.getCell("D1").value = "Altro"), "COLONNA_MANCANTE@Spese!A1"],
    ["entrate total ≠ sum of the titoli", (wb) => (cellAt(wb, "Entrate", "TOTALE", "Accertamenti").value = 22038064.38), "BIL_TOTALE_DIVERSO@Entrate!C12"],
    ["partite di giro: entrate titolo 9 ≠ spese titolo 7", (wb) => (cellAt(wb, "Spese", 7, "Impegni").value = 2821008.12), "BIL_PARTITE_DI_GIRO@Entrate!C11"],
    ["anticipazioni di tesoreria: entrate titolo 7 ≠ spese titolo 5", (wb) => (cellAt(wb, "Entrate", 7, "Accertamenti").value = 1000), "BIL_ANTICIPAZIONI@Entrate!C10"],
    ["a stated fondo di cassa finale ≠ computed", (wb) => (cellAt(wb, "Spese", "Fondo di cassa finale", "Pagamenti").value = 690143.43), "BIL_FONDO_CASSA_FINALE@Spese!D10"],
    ["controls total ≠ sum by settore", (wb) => wb.getWorksheet("Controlli")!.addRow(["Totale", 58]), "CTRL_TOTALE_DIVERSO@Controlli!B11"],
    ["an unknown staff area", (wb) => (cellAt(wb, "Personale", "D010", "Area").value = "Dirigenti"), "PERS_AREA@Personale!C13"],
    ["a sex other than M/F", (wb) => (cellAt(wb, "Personale", "D010", "Sesso").value = "X"), "PERS_SESSO@Personale!D13"],
    ["a part-time share over 100 %", (wb) => (cellAt(wb, "Personale", "D010", "Part-time %").value = 120), "PERS_PART_TIME@Personale!H13"],
    ["a duplicate matricola", (wb) => (cellAt(wb, "Personale", "D011", "Matricola").value = "D010"), "PERS_MATRICOLA_DUPLICATA@Personale!A14"],
    ["a year that is not a year", (wb) => (cellAt(wb, "Ente", "Anno", "Valore").value = "duemila"), "ENTE_ANNO_NON_VALIDO@Ente!B4"],
    ["a duplicate objective ID", (wb) => (cellAt(wb, "Obiettivi", "DEM-02", "ID").value = "DEM-01"), "OBJ_ID_DUPLICATO@Obiettivi!A5"],
    ["an esito outside the list", (wb) => (cellAt(wb, "Obiettivi", "DEM-01", "Esito").value = "quasi"), "OBJ_ESITO_SCONOSCIUTO@Obiettivi!Q4"],
    ["a target without unit", (wb) => (cellAt(wb, "Obiettivi", "PL-03", "Unità").value = null), "OBJ_UNITA_MANCANTE@Obiettivi!L49"],
    ["an objective not reached with no motivazione", (wb) => (cellAt(wb, "Obiettivi", "PL-03", "Motivazione scostamento").value = null), "OBJ_MOTIVAZIONE_MANCANTE@Obiettivi!S49"],
    ["a declared esito the figures contradict", (wb) => (cellAt(wb, "Obiettivi", "PL-03", "Esito").value = "raggiunto"), "OBJ_ESITO_INCOERENTE@Obiettivi!Q49"],
    ["a scadenza that is not a date", (wb) => (cellAt(wb, "Obiettivi", "DEM-03", "Scadenza").value = "fine anno"), "TIPO_NON_VALIDO@Obiettivi!H6"],
    ["an indicator of an unknown objective", (wb) => (cellAt(wb, "Indicatori", "PL-01", "ID obiettivo").value = "PL-99"), "OBJ_INDICATORE_SENZA_OBIETTIVO@Indicatori!A2"],
    ["a grade outside the scale", (wb) => (cellAt(wb, "Schede dipendenti", "D006", "Interpretazione del ruolo").value = "Ottima"), "SCHEDA_GIUDIZIO@Schede dipendenti!I4"],
    ["assigned points not adding to 60", (wb) => (cellAt(wb, "Schede dipendenti", "D006", "Obiettivo 1 punti assegnati").value = 50), "SCHEDA_PUNTI_ASSEGNATI@Schede dipendenti!C4"],
    ["achieved over assigned", (wb) => (cellAt(wb, "Schede dipendenti", "D007", "Obiettivo 2 punti ottenuti").value = 31), "SCHEDA_OTTENUTI_OLTRE_ASSEGNATI@Schede dipendenti!F5"],
    ["a typed total that is not the sum", (wb) => (cellAt(wb, "Schede dipendenti", "D006", "Totale").value = 88), "SCHEDA_TOTALE_DIVERSO@Schede dipendenti!N4"],
    ["responsabili maxima against obiettivi di ente", (wb) => (cellAt(wb, "Schede responsabili", "D001", "Obiettivi di ente attivi").value = "No"), "SCHEDA_OBIETTIVI_ENTE_INCOERENTE@Schede responsabili!C4"],
    ["a scheda of nobody in Personale", (wb) => (cellAt(wb, "Schede dipendenti", "D006", "Matricola").value = "X999"), "SCHEDA_NON_IN_PERSONALE@Schede dipendenti!A4"],
    ["a missing required sheet", (wb) => wb.removeWorksheet(wb.getWorksheet("Personale")!.id), "FOGLIO_MANCANTE@Personale!"],
    ["a missing optional sheet", (wb) => wb.removeWorksheet(wb.getWorksheet("Controlli")!.id), "FOGLIO_FACOLTATIVO_MANCANTE@Controlli!"],
  ];

  it.each(cases)("%s", async (_what, mutate, expected) => {
    const { cells } = await runOn(mutate);
    expect(cells).toContain(expected);
  });
});

describe("an error in one sheet does not stop the others", () => {
  it("still writes the budget and the demography when the staff sheet is missing", async () => {
    const { wb, codes } = await runOn((w) => w.removeWorksheet(w.getWorksheet("Personale")!.id));
    expect(codes).toEqual(["FOGLIO_MANCANTE"]);
    const relazione = wb.getWorksheet("Relazione")!;
    expect(rowNumbers(relazione, "POPOLAZIONE AL 31 dicembre 2024")).toEqual([7888, 7995, 15883, 6888]);
    expect(rowNumbers(relazione, "TOTALE", findRow(relazione, "ANALISI DELLE SPESE AL 31/12/2024")).map((v) => v.toFixed(2))).toEqual(["24623991.46", "23777895.18"]);
    expect(columnTexts(relazione).some((t) => t.startsWith("personale in part-time"))).toBe(false);
    expect(wb.getWorksheet("Calcolo personale")).toBeUndefined();
  });

  it("leaves a figure whose inputs are wrong out of the text instead of printing it", async () => {
    const { wb } = await runOn((w) => (cellAt(w, "Demografia", "Nati", "Totale").value = 106));
    const text = columnTexts(wb.getWorksheet("Relazione")!).join("\n");
    expect(text).not.toContain("15.883 residenti");
    expect(text).not.toMatch(/undefined|NaN/);
  });

  it("replaces a part computed from a sheet with errors by a visible notice, never by incomplete totals", async () => {
    const { wb } = await runOn((w) => (cellAt(w, "Personale", "D010", "Area").value = "Dirigenti"));
    const relazione = wb.getWorksheet("Relazione")!;
    const text = columnTexts(relazione).join("\n");
    expect(text).toContain("[Parte non riportata: il foglio «Personale» contiene errori (vedere il foglio «Verifica dati»).");
    expect(text).not.toContain("personale distribuito per età anagrafica");
    expect(text).not.toMatch(/il \d+,\d+% del personale si colloca/);
    // the other parts stay, and the calculation sheet still shows what could be computed (72 of 73)
    expect(rowNumbers(relazione, "POPOLAZIONE AL 31 dicembre 2024")).toEqual([7888, 7995, 15883, 6888]);
    expect(wb.getWorksheet("Calcolo personale")).toBeDefined();
  });

  it("writes only the findings when the Ente sheet gives no year", async () => {
    const { wb } = await runOn((w) => (cellAt(w, "Ente", "Anno", "Valore").value = null));
    expect(wb.getWorksheet("Verifica dati")).toBeDefined();
    expect(wb.getWorksheet("Relazione")).toBeUndefined();
  });
});

describe("the add-in never touches a user's sheet", () => {
  it("writes beside a user's sheet named Relazione, with an avviso, and leaves it as it was", async () => {
    const { wb, cells } = await runOn((w) => (w.addWorksheet("Relazione").getCell("A1").value = "appunti miei"));
    expect(cells).toContain("OUTPUT_NOME_OCCUPATO@Relazione!");
    expect(sheetValues(wb.getWorksheet("Relazione")!)).toEqual([["appunti miei"]]);
    expect(wb.getWorksheet("Relazione (2)")).toBeDefined();
  });

  it("empties to a notice an earlier output that a rerun cannot produce, so no old figure passes for current", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(REFERENCE_WORKBOOK);
    const port = new ExcelJsWorkbook(wb);
    await runReport(port);
    cellAt(wb, "Ente", "Anno", "Valore").value = "abc";
    await runReport(port);
    const relazione = columnTexts(wb.getWorksheet("Relazione")!).join("\n");
    expect(relazione).toContain("Foglio non aggiornato: l'ultima esecuzione non ha potuto generarlo");
    expect(relazione).not.toContain("15.883");
    expect(columnTexts(wb.getWorksheet("Calcolo bilancio")!).join("\n")).toContain("Foglio non aggiornato");
  });

  it("replaces its own sheets on a rerun and leaves nothing stale", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(REFERENCE_WORKBOOK);
    const port = new ExcelJsWorkbook(wb);
    await runReport(port);
    const firstNames = wb.worksheets.map((w) => w.name);
    cellAt(wb, "Controlli", "Settore Polizia Locale", "Atti controllati").value = 14;
    await runReport(port);
    expect(wb.worksheets.map((w) => w.name)).toEqual(firstNames);
    const relazione = wb.getWorksheet("Relazione")!;
    expect(rowNumbers(relazione, "Totale", findRow(relazione, "OBIETTIVO DI PERFORMANCE: Attuazione del sistema dei controlli interni"))).toEqual([58]);
  });
});
