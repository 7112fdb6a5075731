import ExcelJS from "exceljs";
import { mkdtempSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { REFERENCE_WORKBOOK, main } from "../../src/cli/main";
import { columnTexts, findRow, sheetValues } from "./workbook-helpers";

let result: ExcelJS.Workbook;
let relazione: ExcelJS.Worksheet;

beforeAll(async () => {
  const output = path.join(mkdtempSync(path.join(tmpdir(), "rp-obj-")), "relazione.xlsx");
  expect(await main([REFERENCE_WORKBOOK, "-o", output], () => undefined, () => undefined)).toBe(0);
  result = new ExcelJS.Workbook();
  await result.xlsx.readFile(output);
  relazione = result.getWorksheet("Relazione")!;
});

/** Cells of the first row at or after `from` whose column A equals `label`. */
function rowOf(ws: ExcelJS.Worksheet, label: string, from = 1): unknown[] {
  return sheetValues(ws)[findRow(ws, label, from) - 1];
}

describe("section 3 on the reference workbook", () => {
  it("counts the 48 objectives of the seed by esito and by settore", () => {
    const table = findRow(relazione, "Settore");
    expect(rowOf(relazione, "Totale", table).slice(1, 6)).toEqual([36, 8, 3, 1, 48]);
    expect(rowOf(relazione, "Settore Polizia Locale", table).slice(1, 6)).toEqual([1, 2, 0, 0, 3]);
    expect(rowOf(relazione, "Servizio Transizione Digitale", table).slice(1, 6)).toEqual([7, 0, 0, 0, 7]);
    expect(columnTexts(relazione)).toContain("Di questi, 36 risultano raggiunti, 8 parzialmente raggiunti, 3 non raggiunti e 1 in corso.");
  });

  it("computes the grado di raggiungimento of the numeric objectives", () => {
    const calc = result.getWorksheet("Calcolo obiettivi")!;
    const measures = findRow(calc, "ID", findRow(calc, "ID") + 1);
    const grado = (id: string, indicator: string): string => {
      const row = sheetValues(calc).find((r, i) => i >= measures && r[0] === id && r[1] === indicator)!;
      return (row[7] as number).toFixed(4);
    };
    // 1.300 / 800 = 162,5 %; 1.357 / 2.500 = 54,28 %; 1.050 / 1.300 = 80,77 %
    expect(grado("PL-02", "Interventi sul territorio")).toBe("1.6250");
    expect(grado("PL-02", "Accertamenti per violazione al codice della strada")).toBe("0.5428");
    expect(grado("PL-03", "Interventi sulla segnaletica")).toBe("0.8077");
  });

  it("prints each objective as in the reference report, with the scostamento and its reason where not reached", () => {
    const texts = columnTexts(relazione);
    const start = findRow(relazione, /^OBIETTIVO DI PERFORMANCE: Costante monitoraggio sulle condizioni della segnaletica/);
    const block = texts.slice(start - 1, start + 20).join("\n");
    expect(block).toContain("Responsabile: Responsabile del Settore Polizia Locale");
    expect(block).toContain("Misurazione di raggiungimento dell'obiettivo: Attesi 1300 interventi di ripristino o nuova installazione di segnaletica stradale");
    expect(block).toMatch(/Scostamento: /);
    expect(block).toMatch(/Motivazione dello scostamento: /);
  });

  it("reports the individual evaluations in aggregate only: no matricola, no single score", () => {
    const text = sheetValues(relazione).flat().filter((v) => typeof v === "string").join("\n");
    expect(text).toContain("Per l'anno 2024 sono state valutate 73 schede: 68 del personale non in posizione organizzativa e 5 dei responsabili di servizio.");
    expect(text).not.toMatch(/\bD0\d\d\b/);
    const byArea = findRow(relazione, "punteggi delle schede per area");
    expect(rowOf(relazione, "degli Operatori (ex categoria A)", byArea).slice(1, 4)).toEqual([1, "n.d. (meno di 3 schede)", "n.d. (meno di 3 schede)"]);
    expect(sheetValues(relazione)[byArea].filter((v) => v !== null)).toEqual(["area", "schede", "punteggio medio", "mediano"]);
  });
});
