import { analyzeControls } from "../../../src/core/controls/controls";
import { CONTROLLI_ROWS, CTX, controlli, withCell } from "./seed";

describe("analyzeControls on the seed", () => {
  const { findings, controls } = analyzeControls(controlli(), CTX);

  it("raises nothing and totals 57 atti", () => {
    expect(findings).toEqual([]);
    // 2 + 8 + 9 + 14 + 5 + 2 + 13 + 1 + 3 = 57
    expect(controls?.totale).toBe(57);
    expect(controls?.settori).toHaveLength(9);
    expect(controls?.settori[8]).toEqual({
      settore: "Segretario Generale / Settore Servizi Demografici e contratti",
      nota: "controllo a cura del Vicesegretario",
      atti: 3,
      rows: [10],
    });
  });

  it("gives no controls and no finding without the sheet (loadInputs reports it)", () => {
    expect(analyzeControls(undefined, CTX)).toEqual({ findings: [] });
  });
});

describe("analyzeControls rules on broken data", () => {
  it("CTRL_SETTORE_DUPLICATO (avviso): a repeated settore is summed, notes joined", () => {
    const rows = [...CONTROLLI_ROWS.slice(0, 10), ["settore polizia  locale", 2, "secondo elenco"], ["Totale", 59, null]];
    const r = analyzeControls(controlli(rows), CTX);
    expect(r.findings).toEqual([expect.objectContaining({ severity: "avviso", code: "CTRL_SETTORE_DUPLICATO", sheet: "Controlli", cell: "A11" })]);
    expect(r.findings[0].message).toContain("riga 8");
    expect(r.findings[0].message).toContain("(15 atti)");
    // 13 + 2 = 15; 57 + 2 = 59
    expect(r.controls?.settori.find((s) => s.settore === "Settore Polizia Locale")).toEqual({ settore: "Settore Polizia Locale", nota: "secondo elenco", atti: 15, rows: [8, 11] });
    expect(r.controls?.totale).toBe(59);
  });

  it("CTRL_ATTI_MANCANTI (errore): a blank count leaves it and the total out", () => {
    const r = analyzeControls(controlli(withCell(CONTROLLI_ROWS, 4, 2, null)), CTX);
    expect(r.findings).toEqual([expect.objectContaining({ severity: "errore", code: "CTRL_ATTI_MANCANTI", sheet: "Controlli", cell: "B4" })]);
    expect(r.controls?.settori[2].atti).toBeUndefined();
    expect(r.controls?.totale).toBeUndefined();
  });

  it("CTRL_SETTORE_MANCANTE (errore): a count without settore is excluded and the total left out", () => {
    const r = analyzeControls(controlli(withCell(CONTROLLI_ROWS, 3, 1, null)), CTX);
    expect(r.findings).toEqual([expect.objectContaining({ severity: "errore", code: "CTRL_SETTORE_MANCANTE", sheet: "Controlli", cell: "A3" })]);
    expect(r.controls?.settori).toHaveLength(8);
    expect(r.controls?.totale).toBeUndefined();
  });

  it("CTRL_TOTALE_DIVERSO (errore): a Totale that is not Σ atti", () => {
    const r = analyzeControls(controlli(withCell(CONTROLLI_ROWS, 11, 2, 58)), CTX);
    expect(r.findings).toEqual([expect.objectContaining({ severity: "errore", code: "CTRL_TOTALE_DIVERSO", sheet: "Controlli", cell: "B11" })]);
    expect(r.findings[0].message).toBe(
      "Foglio «Controlli», cella B11: il totale indicato (58 atti) non corrisponde alla somma dei settori (57); il totale non è riportato finché non concordano.",
    );
    expect(r.controls?.totale).toBeUndefined();
  });

  it("CTRL_NESSUN_SETTORE (avviso): a sheet with only the header", () => {
    const r = analyzeControls(controlli(CONTROLLI_ROWS.slice(0, 1)), CTX);
    expect(r.findings).toEqual([expect.objectContaining({ severity: "avviso", code: "CTRL_NESSUN_SETTORE", sheet: "Controlli" })]);
    expect(r.controls).toBeUndefined();
  });

  it("NUMERO_NEGATIVO from the spec for a negative count", () => {
    const r = analyzeControls(controlli(withCell(CONTROLLI_ROWS, 2, 2, -2)), CTX);
    expect(r.findings).toEqual([expect.objectContaining({ severity: "errore", code: "NUMERO_NEGATIVO", cell: "B2" })]);
    expect(r.controls?.totale).toBeUndefined();
  });
});
