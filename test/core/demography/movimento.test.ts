import { CellValue } from "../../../src/core/cell";
import { analyzeDemography } from "../../../src/core/demography/movimento";
import { CTX, SEED_DEMOGRAFIA, sheetOf, withCell } from "./seed-data";

const analyze = (rows: CellValue[][]) => analyzeDemography(sheetOf("Demografia", rows), CTX);
const codes = (rows: CellValue[][]) => analyze(rows).findings.map((f) => f.code);

describe("analyzeDemography on the seed", () => {
  const a = analyze(SEED_DEMOGRAFIA);

  it("reads the movimento 2024 with no finding", () => {
    expect(a.findings).toEqual([]);
    const m = a.movimento!;
    expect(m.inizio).toEqual({ maschi: 7833, femmine: 7940, totale: 15773 });
    expect(m.nati).toEqual({ maschi: 46, femmine: 59, totale: 105 });
    expect(m.morti).toEqual({ maschi: 69, femmine: 68, totale: 137 });
    expect(m.iscritti).toEqual({ maschi: 330, femmine: 291, totale: 621 });
    expect(m.cancellati).toEqual({ maschi: 252, femmine: 227, totale: 479 });
    expect(m.fine).toEqual({ maschi: 7888, femmine: 7995, totale: 15883 });
    expect(m.famiglie).toEqual({ inizio: 6839, fine: 6888 });
    expect(m.rettifiche).toBeUndefined();
    expect(m.convivenze).toBeUndefined();
    expect(m.rows).toEqual({ inizio: 2, nati: 3, morti: 4, iscritti: 5, cancellati: 6, fine: 7 });
  });

  it("yields nothing and says nothing when the sheet is missing (the caller reports it)", () => {
    expect(analyzeDemography(undefined, CTX)).toEqual({ findings: [] });
  });

  it("accepts synonyms, a title row above the header and labels without the year", () => {
    const rows: CellValue[][] = [
      ["Bilancio demografico 2024", null, null, null, null],
      ["Movimento", "M", "F", "Totale", "N. famiglie"],
      ["Popolazione al 01/01/2024", 7833, 7940, 15773, 6839],
      ["Nati vivi", 46, 59, 105, null],
      ["Decessi", 69, 68, 137, null],
      ["Iscrizioni", 330, 291, 621, null],
      ["Cancellazioni", 252, 227, 479, null],
      ["Popolazione al 31 dicembre", 7888, 7995, 15883, 6888],
    ];
    const r = analyze(rows);
    expect(r.findings).toEqual([]);
    expect(r.movimento?.fine.totale).toBe(15883);
    expect(r.movimento?.rows.fine).toBe(8);
  });
});

describe("analyzeDemography rules", () => {
  it("DEMO_VOCE_MANCANTE: a required item without a row", () => {
    const r = analyze(SEED_DEMOGRAFIA.filter((_, i) => i !== 2));
    expect(r.findings).toEqual([expect.objectContaining({ severity: "errore", code: "DEMO_VOCE_MANCANTE", sheet: "Demografia", cell: undefined })]);
    expect(r.findings[0].message).toContain("«Nati»");
    expect(r.movimento).toBeUndefined();
  });

  it("DEMO_VOCE_SCONOSCIUTA: an unknown row is ignored with an avviso, the balance still stands", () => {
    const r = analyze([...SEED_DEMOGRAFIA, ["Emigrati all'estero", 10, 12, 22, null]]);
    expect(r.findings).toEqual([expect.objectContaining({ severity: "avviso", code: "DEMO_VOCE_SCONOSCIUTA", sheet: "Demografia", cell: "A8" })]);
    expect(r.movimento?.fine.totale).toBe(15883);
  });

  it("DEMO_VOCE_DUPLICATA: an item twice is an errore and neither row is used", () => {
    const r = analyze([...SEED_DEMOGRAFIA, ["Nascite", 46, 59, 105, null]]);
    expect(r.findings).toEqual([expect.objectContaining({ severity: "errore", code: "DEMO_VOCE_DUPLICATA", cell: "A8" })]);
    expect(r.findings[0].message).toContain("riga 3");
    expect(r.movimento).toBeUndefined();
  });

  it("DEMO_ANNO_VOCE: a label naming another year (last year's workbook) is flagged", () => {
    const r = analyze(withCell(SEED_DEMOGRAFIA, 1, 0, "Popolazione al 1° gennaio 2023"));
    expect(r.findings).toEqual([expect.objectContaining({ severity: "avviso", code: "DEMO_ANNO_VOCE", cell: "A2" })]);
    expect(r.findings[0].message).toContain("2023");
  });

  it("DEMO_SOMMA_SESSI: Maschi + Femmine ≠ Totale, on the Totale cell, quoting the figures", () => {
    const r = analyze(withCell(SEED_DEMOGRAFIA, 2, 3, 106));
    expect(r.findings).toEqual([expect.objectContaining({ severity: "errore", code: "DEMO_SOMMA_SESSI", sheet: "Demografia", cell: "D3" })]);
    expect(r.findings[0].message).toContain("maschi 46 + femmine 59 = 105, ma il totale indicato è 106");
    expect(r.movimento).toBeUndefined();
  });

  it("DEMO_BILANCIO: the 31/12 figure does not close the balance, per column", () => {
    // Maschi 7.890 instead of 7.888 and Femmine 7.993 instead of 7.995: the Totale 15.883 still balances.
    const rows = withCell(withCell(SEED_DEMOGRAFIA, 6, 1, 7890), 6, 2, 7993);
    const r = analyze(rows);
    expect(r.findings.map((f) => [f.code, f.severity, f.cell])).toEqual([
      ["DEMO_BILANCIO", "errore", "B7"],
      ["DEMO_BILANCIO", "errore", "C7"],
    ]);
    // 7.833 + 46 − 69 + 330 − 252 = 7.888
    expect(r.findings[0].message).toContain("è 7.890, ma popolazione al 1° gennaio 7.833 + nati 46 − morti 69 + iscritti 330 − cancellati 252 = 7.888 (differenza 2)");
    expect(r.movimento).toBeUndefined();
  });

  it("DEMO_BILANCIO in total as well", () => {
    const rows = withCell(withCell(SEED_DEMOGRAFIA, 6, 1, 7889), 6, 3, 15884);
    expect(analyze(rows).findings.map((f) => [f.code, f.cell])).toEqual([
      ["DEMO_BILANCIO", "B7"],
      ["DEMO_BILANCIO", "D7"],
    ]);
  });

  it("accepts a negative aggiustamento statistico and counts it in the balance", () => {
    // 31/12 = 15.883 − 3 = 15.880 (M 7.888 − 2, F 7.995 − 1)
    const rows = [...SEED_DEMOGRAFIA.slice(0, 6), ["Aggiustamento statistico", -2, -1, -3, null], ["Popolazione al 31 dicembre 2024", 7886, 7994, 15880, 6888]];
    const r = analyze(rows);
    expect(r.findings).toEqual([]);
    expect(r.movimento?.rettifiche).toEqual({ maschi: -2, femmine: -1, totale: -3 });
  });

  it("without the rettifiche row the same 31/12 figures break the balance", () => {
    const rows = [...SEED_DEMOGRAFIA.slice(0, 6), ["Popolazione al 31 dicembre 2024", 7886, 7994, 15880, 6888]];
    expect(codes(rows)).toEqual(["DEMO_BILANCIO", "DEMO_BILANCIO", "DEMO_BILANCIO"]);
  });

  it("NUMERO_NEGATIVO: negative counts are refused on every row but the aggiustamento statistico", () => {
    const r = analyze(withCell(SEED_DEMOGRAFIA, 3, 2, -68));
    expect(r.findings).toEqual([expect.objectContaining({ severity: "errore", code: "NUMERO_NEGATIVO", cell: "C4" })]);
    expect(r.movimento).toBeUndefined();
  });

  it("DEMO_VALORE_MANCANTE: a blank figure on an item row", () => {
    const r = analyze(withCell(SEED_DEMOGRAFIA, 3, 2, null));
    expect(r.findings).toEqual([expect.objectContaining({ severity: "errore", code: "DEMO_VALORE_MANCANTE", cell: "C4" })]);
    expect(r.findings[0].message).toContain("«Femmine» per la voce «Morti»");
    expect(r.movimento).toBeUndefined();
  });

  it("DEMO_FAMIGLIE_MANCANTI: a missing famiglie figure drops the families, not the balance", () => {
    const r = analyze(withCell(SEED_DEMOGRAFIA, 6, 4, null));
    expect(r.findings).toEqual([expect.objectContaining({ severity: "avviso", code: "DEMO_FAMIGLIE_MANCANTI", cell: "E7" })]);
    expect(r.findings[0].message).toContain("al 31 dicembre");
    expect(r.movimento?.famiglie).toBeUndefined();
    expect(r.movimento?.fine.totale).toBe(15883);
  });

  it("DEMO_FAMIGLIE_FUORI_RIGA: a famiglie figure on a flow row is ignored with an avviso", () => {
    const r = analyze(withCell(SEED_DEMOGRAFIA, 2, 4, 5));
    expect(r.findings).toEqual([expect.objectContaining({ severity: "avviso", code: "DEMO_FAMIGLIE_FUORI_RIGA", cell: "E3" })]);
    expect(r.movimento?.famiglie).toEqual({ inizio: 6839, fine: 6888 });
  });

  it("reads the residents in convivenza (Totale only is enough)", () => {
    const r = analyze([...SEED_DEMOGRAFIA, ["Residenti in convivenza", null, null, 120, null]]);
    expect(r.findings).toEqual([]);
    expect(r.movimento?.convivenze).toBe(120);
    expect(r.movimento?.rows.convivenze).toBe(8);
  });

  it("DEMO_CONVIVENZE_OLTRE_RESIDENTI: more residents in convivenza than residents", () => {
    const r = analyze([...SEED_DEMOGRAFIA, ["Residenti in convivenza", null, null, 20000, null]]);
    expect(r.findings).toEqual([expect.objectContaining({ severity: "errore", code: "DEMO_CONVIVENZE_OLTRE_RESIDENTI", cell: "D8" })]);
    expect(r.movimento?.convivenze).toBeUndefined();
  });

  it("DEMO_SOMMA_SESSI on the convivenze row when both sexes are given", () => {
    const r = analyze([...SEED_DEMOGRAFIA, ["Residenti in convivenza", 50, 60, 120, null]]);
    expect(r.findings).toEqual([expect.objectContaining({ code: "DEMO_SOMMA_SESSI", cell: "D8" })]);
    expect(r.movimento?.convivenze).toBeUndefined();
  });
});
