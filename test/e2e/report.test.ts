import ExcelJS from "exceljs";
import { mkdtempSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { REFERENCE_WORKBOOK, main } from "../../src/cli/main";
import { columnTexts, findRow, rowNumbers, sheetValues } from "./workbook-helpers";

const dir = mkdtempSync(path.join(tmpdir(), "rp-e2e-"));
const output = path.join(dir, "relazione.xlsx");
let exitCode: number;
let printed = "";
let input: ExcelJS.Workbook;
let result: ExcelJS.Workbook;
let relazione: ExcelJS.Worksheet;

beforeAll(async () => {
  exitCode = await main([REFERENCE_WORKBOOK, "-o", output], (s) => (printed += s + "\n"), (s) => (printed += s + "\n"));
  input = new ExcelJS.Workbook();
  await input.xlsx.readFile(REFERENCE_WORKBOOK);
  result = new ExcelJS.Workbook();
  await result.xlsx.readFile(output);
  relazione = result.getWorksheet("Relazione")!;
});

const approx = (values: number[]): number[] => values.map((v) => Math.round(v * 100) / 100);

describe("npm run report on the reference workbook (Darfo Boario Terme 2024)", () => {
  it("exits 0 and prints a summary naming the sheets written", () => {
    expect(exitCode).toBe(0);
    expect(printed).toContain("0 errori, 1 avviso");
    expect(printed).toMatch(/Fogli scritti: Relazione, .*Verifica dati/);
  });

  it("keeps every input sheet, value for value", () => {
    const inputNames = input.worksheets.map((w) => w.name);
    expect(inputNames.length).toBeGreaterThanOrEqual(9);
    for (const name of inputNames) {
      expect(sheetValues(result.getWorksheet(name)!)).toEqual(sheetValues(input.getWorksheet(name)!));
    }
  });

  it("finds in the data only the census discrepancy the published report carries (1951: 4.698 + 5.151 ≠ 9.585)", () => {
    const verifica = result.getWorksheet("Verifica dati")!;
    const rows = sheetValues(verifica).filter((r) => r[0] === "errore" || r[0] === "avviso");
    expect(rows.map((r) => r.slice(0, 4))).toEqual([["avviso", "CENS_SOMMA_SESSI", "Censimenti", "D10"]]);
  });

  it("states the residents at 31/12 and reproduces the movimento demografico table", () => {
    expect(columnTexts(relazione)).toContain("Darfo Boario Terme registra al 31/12/2024 n. 15.883 residenti.");
    expect(rowNumbers(relazione, "POPOLAZIONE AL 1° gennaio 2024")).toEqual([7833, 7940, 15773, 6839]);
    expect(rowNumbers(relazione, "NATI")).toEqual([46, 59, 105]);
    expect(rowNumbers(relazione, "MORTI")).toEqual([69, 68, 137]);
    expect(rowNumbers(relazione, "ISCRITTI")).toEqual([330, 291, 621]);
    expect(rowNumbers(relazione, "CANCELLATI")).toEqual([252, 227, 479]);
    expect(rowNumbers(relazione, "POPOLAZIONE AL 31 dicembre 2024")).toEqual([7888, 7995, 15883, 6888]);
    expect(rowNumbers(relazione, "Incremento nell'anno")).toEqual([110, 49]);
    const pctRow = findRow(relazione, "Percentuale di incremento nell'anno");
    // 110 / 15.773 = 0,6974 % → 0,70 %; 49 / 6.839 = 0,7165 % → 0,72 %
    expect(rowNumbers(relazione, "Percentuale di incremento nell'anno").map((v) => v.toFixed(4))).toEqual(["0.0070", "0.0072"]);
    expect(relazione.getRow(pctRow).getCell(4).numFmt).toBe("0.00%");
    expect(columnTexts(relazione).join("\n")).toContain("(+0,70%)");
  });

  it("reproduces the census series", () => {
    const years = ["1861*", "1871*", "1881*", "1901*", "1911*", "1921*", "1931", "1936", "1951", "1961", "1971", "1981", "1991", "2001", "2011"];
    const totals = years.map((y) => rowNumbers(relazione, y).at(-1));
    expect(totals).toEqual([3234, 3404, 3710, 4141, 5628, 6145, 6678, 7155, 9585, 11339, 12168, 12926, 13206, 13590, 15524]);
    expect(rowNumbers(relazione, "2011")).toEqual([7636, 7888, 15524]);
    expect(columnTexts(relazione)).toContain(
      "(*) Fino all'anno 1929 Darfo, Erbanno e Gorzone formavano Comuni separati: nella colonna TOTALE è riportata la somma dei tre Comuni.",
    );
  });

  it("reproduces the staff tables and the age-band and part-time figures", () => {
    const indeterminato = findRow(relazione, "personale a tempo indeterminato");
    expect(rowNumbers(relazione, /Responsabili di servizio$/, indeterminato)).toEqual([3, 2, 5]);
    expect(rowNumbers(relazione, "degli Istruttori (ex categoria C)", indeterminato)).toEqual([13, 32, 45]);
    expect(rowNumbers(relazione, "Totale generale", indeterminato)).toEqual([31, 42, 73]);
    const eta = findRow(relazione, "personale distribuito per età anagrafica");
    expect(rowNumbers(relazione, "oltre 50", eta)).toEqual([21, 26, 47]);
    expect(rowNumbers(relazione, "fino a 30 anni", eta)).toEqual([1, 3, 4]);
    const partTime = findRow(relazione, "personale in part-time");
    expect(rowNumbers(relazione, "Totale generale", partTime)).toEqual([4, 17, 21]);
    expect(columnTexts(relazione).join("\n")).toContain(
      "il 64,38% del personale si colloca oltre i 50 anni, il 19,18% dai 41 ai 50 anni, il 10,96% dai 31 ai 40 anni e solamente il 5,48% non oltre i 30 anni.",
    );
  });

  it("reproduces the entrate and spese tables and the fondo di cassa", () => {
    const entrate = findRow(relazione, "ANALISI DELLE ENTRATE AL 31/12/2024");
    const spese = findRow(relazione, "ANALISI DELLE SPESE AL 31/12/2024");
    expect(approx(rowNumbers(relazione, "TOTALE", entrate))).toEqual([22038064.37, 24468038.6]);
    expect(approx(rowNumbers(relazione, "TOTALE", spese))).toEqual([24623991.46, 23777895.18]);
    expect(approx(rowNumbers(relazione, "Fondo di cassa", spese))).toEqual([690143.42]);
    expect(approx(rowNumbers(relazione, /^Titolo 1 Entrate correnti/, entrate))).toEqual([9593473.64, 9883027.61]);
    expect(relazione.getRow(findRow(relazione, "TOTALE", entrate)).getCell(2).numFmt).toBe("#,##0.00");
  });

  it("lists the 57 atti controllati by settore", () => {
    expect(columnTexts(relazione).join("\n")).toContain("il controllo successivo di regolarità amministrativa su 57 atti del secondo semestre 2023:");
    const start = findRow(relazione, "OBIETTIVO DI PERFORMANCE: Attuazione del sistema dei controlli interni");
    expect(rowNumbers(relazione, "Settore Polizia Locale", start)).toEqual([13]);
    expect(rowNumbers(relazione, "Totale", start)).toEqual([57]);
  });

  it("follows the reference report's order of sections", () => {
    const texts = columnTexts(relazione);
    const order = [
      "1. Presentazione",
      "2. Sintesi delle informazioni di interesse per i cittadini e gli altri stakeholder esterni",
      "3. Obiettivi: risultati raggiunti e scostamenti",
      "4. Risorse, efficienza ed economicità",
      "5. Pari opportunità e bilancio di genere",
      "6. Il processo di redazione della relazione sulla performance",
    ].map((h) => texts.indexOf(h));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it("covers the Relazione with a named range and writes values only, never formulas", () => {
    const named = result.definedNames.model.find((d) => d.name === "RelazionePerformance");
    expect(named?.ranges).toEqual([`Relazione!$A$1:$F$${relazione.rowCount}`]);
    for (const ws of result.worksheets) {
      ws.eachRow((row) => row.eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula)));
    }
  });

  it("computes the indicators into the calculation sheets", () => {
    const value = (sheet: string, label: string, digits: number): string => rowNumbers(result.getWorksheet(sheet)!, label)[0].toFixed(digits);
    // popolazione media (15.773 + 15.883) / 2 = 15.828; 105 / 15.828 × 1.000 = 6,634; 137 / 15.828 × 1.000 = 8,656
    expect(value("Calcolo demografia", "Popolazione media", 0)).toBe("15828");
    expect(value("Calcolo demografia", "Tasso di natalità", 2)).toBe("6.63");
    expect(value("Calcolo demografia", "Tasso di mortalità", 2)).toBe("8.66");
    expect(value("Calcolo demografia", "Saldo naturale", 0)).toBe("-32");
    expect(value("Calcolo demografia", "Saldo migratorio", 0)).toBe("142");
    // 73 / 15.883 × 1.000 = 4,596
    expect(value("Calcolo personale", "Dipendenti per 1.000 abitanti", 2)).toBe("4.60");
    // (9.593.473,64 + 2.838.127,99) / 13.317.118,10 = 93,35 %; 9.593.473,64 / 13.317.118,10 = 72,04 %
    expect(value("Calcolo bilancio", "Autonomia finanziaria", 4)).toBe("0.9335");
    expect(value("Calcolo bilancio", "Autonomia impositiva", 4)).toBe("0.7204");
    expect(value("Calcolo bilancio", "Fondo di cassa al 31/12/2024", 2)).toBe("690143.42");
    expect(value("Calcolo controlli", "Totale", 0)).toBe("57");
  });
});
