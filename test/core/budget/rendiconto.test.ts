import { analyzeBudget } from "../../../src/core/budget/rendiconto";
import { Finding } from "../../../src/core/finding";
import { CTX, ENTRATE_ROWS, SPESE_ROWS, entrate, spese, withCell, withRow, withoutRow } from "./seed";

const codes = (findings: readonly Finding[]): string[] => findings.map((f) => f.code);
const only = (findings: readonly Finding[], code: string): Finding[] => findings.filter((f) => f.code === code);

describe("analyzeBudget on the seed", () => {
  const { findings, budget } = analyzeBudget(entrate(), spese(), CTX);

  it("raises nothing", () => {
    expect(findings).toEqual([]);
  });

  it("reproduces the seed's totals in cents", () => {
    // Accertamenti: 9.593.473,64 + 885.516,47 + 2.838.127,99 + 4.766.040,16 + 566.949,00 + 566.949,00 + 0,00 + 2.821.008,11 = 22.038.064,37
    expect(budget?.entrate.competenzaTotal).toBe(2203806437);
    // Riscossioni of the titoli: 24.468.038,60 − 4.537.927,05 = 19.930.111,55
    expect(budget?.entrate.cassaTotal).toBe(1993011155);
    expect(budget?.spese.competenzaTotal).toBe(2462399146);
    expect(budget?.spese.cassaTotal).toBe(2377789518);
    expect(budget?.fondoCassaIniziale).toBe(453792705);
    expect(budget?.avanzoApplicato).toBe(159976719);
    expect(budget?.disavanzo).toBe(0);
    // 4.537.927,05 + 19.930.111,55 − 23.777.895,18 = 690.143,42
    expect(budget?.fondoCassaFinale).toBe(69014342);
  });

  it("keeps the titoli in schema order with official names and rows", () => {
    expect(budget?.entrate.lines.map((l) => l.titolo)).toEqual([1, 2, 3, 4, 5, 6, 7, 9]);
    expect(budget?.spese.lines.map((l) => l.titolo)).toEqual([1, 2, 3, 4, 5, 7]);
    expect(budget?.entrate.lines[0]).toEqual({
      titolo: 1,
      nome: "Entrate correnti di natura tributaria, contributiva e perequativa",
      row: 4,
      competenza: 959347364,
      cassa: 988302761,
    });
  });

  it("records every check as coerente: 2 Totale rows × 2 columns, partite di giro, anticipazioni, fondo finale", () => {
    expect(budget?.checks).toHaveLength(7);
    expect(budget?.checks.every((c) => c.ok)).toBe(true);
    const riscossioni = budget?.checks.find((c) => c.description.startsWith("Entrate") && c.description.includes("riscossioni"));
    expect(riscossioni?.description).toBe("Entrate, riga 12 «Totale», riscossioni: importo del foglio = somma dei titoli + il fondo di cassa iniziale");
    expect(riscossioni?.left).toBe(2446803860);
  });

  it("accepts the seed's own headers and titolo spellings", () => {
    let e = withCell(ENTRATE_ROWS, 1, 3, "Accertamenti (competenza)");
    e = withCell(e, 1, 4, "Totale riscossioni (competenza+residui)");
    e = withCell(e, 4, 1, "Titolo I");
    e = withCell(e, 5, 1, "Tit. 2");
    e = withCell(e, 11, 1, "TITOLO IX");
    let s = withCell(SPESE_ROWS, 1, 3, "Impegni (competenza)");
    s = withCell(s, 1, 4, "Totale pagamenti (competenza+residui)");
    s = withCell(s, 10, 2, "Fondo di cassa al 31/12/2024");
    const r = analyzeBudget(entrate(e), spese(s), CTX);
    expect(r.findings).toEqual([]);
    expect(r.budget?.fondoCassaFinale).toBe(69014342);
  });

  it("does not compare riscossioni with accertamenti: residui may make them larger", () => {
    // Titolo 2 riscossioni raised by 1.000.000,00, and the TOTALE with it: 24.468.038,60 + 1.000.000,00
    let e = withCell(ENTRATE_ROWS, 5, 4, 1896131.52);
    e = withCell(e, 12, 4, 25468038.6);
    // The fondo finale grows by the same amount: 690.143,42 + 1.000.000,00
    const s = withCell(SPESE_ROWS, 10, 4, 1690143.42);
    expect(analyzeBudget(entrate(e), spese(s), CTX).findings).toEqual([]);
  });
});

describe("analyzeBudget without usable sheets", () => {
  it("returns no budget and no finding when a sheet is missing (loadInputs reports it)", () => {
    expect(analyzeBudget(undefined, spese(), CTX)).toEqual({ findings: [] });
    expect(analyzeBudget(entrate(), undefined, CTX)).toEqual({ findings: [] });
  });

  it("BIL_NESSUN_TITOLO when a sheet has no titolo row", () => {
    const r = analyzeBudget(entrate(ENTRATE_ROWS.slice(0, 3)), spese(), CTX);
    expect(r.budget).toBeUndefined();
    expect(only(r.findings, "BIL_NESSUN_TITOLO")).toEqual([expect.objectContaining({ severity: "errore", sheet: "Entrate", cell: undefined })]);
  });

  it("passes on readTable's finding when a required column is missing", () => {
    const e = ENTRATE_ROWS.map((r) => r.slice(0, 3));
    const r = analyzeBudget(entrate(e), spese(), CTX);
    expect(r.budget).toBeUndefined();
    expect(codes(r.findings)).toEqual(["COLONNA_MANCANTE"]);
  });
});

describe("analyzeBudget rules on broken data", () => {
  it("BIL_TITOLO_SCONOSCIUTO for entrate titolo 8, spese titolo 6 and an unreadable titolo; totals left out", () => {
    const e = withRow(ENTRATE_ROWS, 11, [8, "Titolo inesistente", 10, 10]);
    const s = withRow(SPESE_ROWS, 8, ["Titolo sei", "Altro", 5, 5]);
    const r = analyzeBudget(entrate(e), spese(s), CTX);
    expect(only(r.findings, "BIL_TITOLO_SCONOSCIUTO")).toEqual([
      expect.objectContaining({ severity: "errore", sheet: "Entrate", cell: "A11" }),
      expect.objectContaining({ severity: "errore", sheet: "Spese", cell: "A8" }),
    ]);
    expect(only(r.findings, "BIL_TITOLO_SCONOSCIUTO")[0].message).toContain("titoli ammessi: 1, 2, 3, 4, 5, 6, 7 e 9");
    expect(r.budget?.entrate.competenzaTotal).toBeUndefined();
    expect(r.budget?.spese.cassaTotal).toBeUndefined();
    expect(r.budget?.fondoCassaFinale).toBeUndefined();
    s[7][0] = 6;
    const r6 = analyzeBudget(entrate(), spese(s), CTX);
    expect(only(r6.findings, "BIL_TITOLO_SCONOSCIUTO")[0].message).toContain("il titolo 6 non esiste nello schema delle spese");
  });

  it("BIL_TITOLO_DUPLICATO at the second row; the titolo's amounts and the totals left out", () => {
    const e = withRow(ENTRATE_ROWS, 6, ["Titolo 2", "Trasferimenti correnti", 1, 1]);
    const r = analyzeBudget(entrate(e), spese(), CTX);
    expect(only(r.findings, "BIL_TITOLO_DUPLICATO")).toEqual([expect.objectContaining({ severity: "errore", sheet: "Entrate", cell: "A6" })]);
    expect(only(r.findings, "BIL_TITOLO_DUPLICATO")[0].message).toContain("riga 5");
    const t2 = r.budget?.entrate.lines.find((l) => l.titolo === 2);
    expect(t2?.competenza).toBeUndefined();
    expect(t2?.cassa).toBeUndefined();
    expect(r.budget?.entrate.competenzaTotal).toBeUndefined();
    expect(r.budget?.entrate.lines.find((l) => l.titolo === 1)?.competenza).toBe(959347364);
  });

  it("BIL_TITOLO_MANCANTE (avviso) for titoli without a row; they count 0", () => {
    // Entrate titolo 7 and spese titolo 5 are 0,00 in the seed: without their rows nothing else changes.
    const r = analyzeBudget(entrate(withoutRow(ENTRATE_ROWS, 10)), spese(withoutRow(SPESE_ROWS, 7)), CTX);
    expect(r.findings).toEqual([
      expect.objectContaining({ severity: "avviso", code: "BIL_TITOLO_MANCANTE", sheet: "Entrate", cell: undefined }),
      expect.objectContaining({ severity: "avviso", code: "BIL_TITOLO_MANCANTE", sheet: "Spese", cell: undefined }),
    ]);
    expect(r.findings[0].message).toContain("titoli 7");
    expect(r.budget?.entrate.competenzaTotal).toBe(2203806437);
    expect(r.budget?.fondoCassaFinale).toBe(69014342);
  });

  it("BIL_IMPORTO_MANCANTE for a blank amount; that column's total left out, the other kept", () => {
    const r = analyzeBudget(entrate(withCell(ENTRATE_ROWS, 6, 3, null)), spese(), CTX);
    expect(r.findings).toEqual([expect.objectContaining({ severity: "errore", code: "BIL_IMPORTO_MANCANTE", sheet: "Entrate", cell: "C6" })]);
    expect(r.findings[0].message).toContain("«Accertamenti» di titolo 3");
    expect(r.budget?.entrate.competenzaTotal).toBeUndefined();
    expect(r.budget?.entrate.cassaTotal).toBe(1993011155);
  });

  it("BIL_IMPORTO_MANCANTE names the right column when a special amount is in the wrong one", () => {
    let e = withCell(ENTRATE_ROWS, 2, 3, 4537927.05);
    e = withCell(e, 2, 4, null);
    const r = analyzeBudget(entrate(e), spese(), CTX);
    const f = only(r.findings, "BIL_IMPORTO_MANCANTE");
    expect(f).toEqual([expect.objectContaining({ severity: "errore", sheet: "Entrate", cell: "D2" })]);
    expect(f[0].message).toContain("per questa voce va nella colonna «Riscossioni»");
    expect(r.budget?.fondoCassaIniziale).toBeUndefined();
    expect(r.budget?.fondoCassaFinale).toBeUndefined();
  });

  it("NUMERO_NEGATIVO from the spec for a negative amount, without a second finding", () => {
    const r = analyzeBudget(entrate(withCell(ENTRATE_ROWS, 5, 3, -5)), spese(), CTX);
    expect(r.findings).toEqual([expect.objectContaining({ severity: "errore", code: "NUMERO_NEGATIVO", sheet: "Entrate", cell: "C5" })]);
    expect(r.budget?.entrate.lines.find((l) => l.titolo === 2)?.competenza).toBeUndefined();
  });

  it("BIL_VOCE_SCONOSCIUTA (avviso) for an unknown row without titolo; it is ignored", () => {
    const e = withRow(ENTRATE_ROWS, 4, [null, "Fondo pluriennale vincolato", 1000, null]);
    const s = withRow(SPESE_ROWS, 3, [null, null, 5, 5]);
    const r = analyzeBudget(entrate(e), spese(s), CTX);
    expect(r.findings).toEqual([
      expect.objectContaining({ severity: "avviso", code: "BIL_VOCE_SCONOSCIUTA", sheet: "Entrate", cell: "B4" }),
      expect.objectContaining({ severity: "avviso", code: "BIL_VOCE_SCONOSCIUTA", sheet: "Spese", cell: "B3" }),
    ]);
    expect(r.findings[1].message).toContain("non ha né titolo né descrizione");
    expect(r.budget?.entrate.competenzaTotal).toBe(2203806437);
  });

  it("BIL_VOCE_DUPLICATA for a special item on two rows; its amount left out", () => {
    const e = withRow(ENTRATE_ROWS, 4, [null, "Avanzo applicato", 1, null]);
    const r = analyzeBudget(entrate(e), spese(), CTX);
    expect(r.findings).toEqual([expect.objectContaining({ severity: "errore", code: "BIL_VOCE_DUPLICATA", sheet: "Entrate", cell: "B4" })]);
    expect(r.budget?.avanzoApplicato).toBeUndefined();
  });

  it("BIL_VOCE_MANCANTE (avviso) without the fondo di cassa iniziale; the fondo finale is not computed", () => {
    // Without the fondo, the riscossioni TOTALE must be Σ titoli (19.930.111,55) to pass.
    const e = withCell(withoutRow(ENTRATE_ROWS, 2), 11, 4, 19930111.55);
    const r = analyzeBudget(entrate(e), spese(), CTX);
    expect(r.findings).toEqual([expect.objectContaining({ severity: "avviso", code: "BIL_VOCE_MANCANTE", sheet: "Entrate", cell: undefined })]);
    expect(r.budget?.fondoCassaFinale).toBeUndefined();
  });

  it("BIL_TOTALE_DIVERSO when a Totale matches no accepted form; that total left out", () => {
    const r = analyzeBudget(entrate(withCell(ENTRATE_ROWS, 12, 3, 22038064.38)), spese(), CTX);
    expect(r.findings).toEqual([expect.objectContaining({ severity: "errore", code: "BIL_TOTALE_DIVERSO", sheet: "Entrate", cell: "C12" })]);
    // Σ titoli 22.038.064,37; + avanzo 1.599.767,19 = 23.637.831,56
    expect(r.findings[0].message).toBe(
      "Foglio «Entrate», cella C12: il totale «Accertamenti» indicato (22.038.064,38) non corrisponde alla somma dei titoli (22.038.064,37) né alla somma dei titoli più l'avanzo applicato (23.637.831,56); differenza 0,01. Il totale non è riportato finché titoli e totale non concordano.",
    );
    expect(r.budget?.entrate.competenzaTotal).toBeUndefined();
    expect(r.budget?.entrate.cassaTotal).toBe(1993011155);
    expect(r.budget?.checks.find((c) => !c.ok)).toEqual(expect.objectContaining({ left: 2203806438, right: 2203806437 }));
  });

  it("accepts Σ titoli for riscossioni and Σ titoli + avanzo / + disavanzo for the competenza totals", () => {
    let e = withCell(ENTRATE_ROWS, 12, 4, 19930111.55);
    e = withCell(e, 12, 3, 23637831.56);
    expect(analyzeBudget(entrate(e), spese(), CTX).findings).toEqual([]);
  });

  it("BIL_TOTALE_DIVERSO for pagamenti that include the fondo di cassa: only Σ titoli is accepted", () => {
    // 23.777.895,18 + 690.143,42 = 24.468.038,60
    const r = analyzeBudget(entrate(), spese(withCell(SPESE_ROWS, 9, 4, 24468038.6)), CTX);
    expect(r.findings).toEqual([expect.objectContaining({ severity: "errore", code: "BIL_TOTALE_DIVERSO", sheet: "Spese", cell: "D9" })]);
    expect(r.budget?.spese.cassaTotal).toBeUndefined();
    expect(r.budget?.fondoCassaFinale).toBeUndefined();
  });

  it("BIL_PARTITE_DI_GIRO when entrate titolo 9 ≠ spese titolo 7 (competenza); both left out", () => {
    // Spese titolo 7 impegni 2.821.008,10 and its TOTALE 24.623.991,45, so that only the cross-check fails.
    let s = withCell(SPESE_ROWS, 8, 3, 2821008.1);
    s = withCell(s, 9, 3, 24623991.45);
    const r = analyzeBudget(entrate(), spese(s), CTX);
    expect(r.findings).toEqual([expect.objectContaining({ severity: "errore", code: "BIL_PARTITE_DI_GIRO", sheet: "Entrate", cell: "C11" })]);
    expect(r.findings[0].message).toContain("(2.821.008,11, foglio «Entrate», cella C11)");
    expect(r.findings[0].message).toContain("(2.821.008,10, foglio «Spese», cella C8)");
    expect(r.findings[0].message).toContain("Differenza 0,01");
    expect(r.budget?.entrate.lines.find((l) => l.titolo === 9)?.competenza).toBeUndefined();
    expect(r.budget?.spese.lines.find((l) => l.titolo === 7)?.competenza).toBeUndefined();
    expect(r.budget?.entrate.competenzaTotal).toBeUndefined();
    // Cassa is not concerned: the fondo finale stays.
    expect(r.budget?.fondoCassaFinale).toBe(69014342);
  });

  it("BIL_ANTICIPAZIONI when entrate titolo 7 ≠ spese titolo 5 (competenza)", () => {
    // Entrate titolo 7 accertamenti 1.000,00; TOTALE 22.038.064,37 + 1.000,00 = 22.039.064,37
    let e = withCell(ENTRATE_ROWS, 10, 3, 1000);
    e = withCell(e, 12, 3, 22039064.37);
    const r = analyzeBudget(entrate(e), spese(), CTX);
    expect(r.findings).toEqual([expect.objectContaining({ severity: "errore", code: "BIL_ANTICIPAZIONI", sheet: "Entrate", cell: "C10" })]);
    expect(r.budget?.spese.lines.find((l) => l.titolo === 5)?.competenza).toBeUndefined();
  });

  it("BIL_ANTICIPAZIONI compares with 0 when the other titolo has no row, pointing at the row that exists", () => {
    // Spese titolo 5 impegni 500,00 and its TOTALE 24.623.991,46 + 500,00 = 24.624.491,46; no entrate titolo 7 row.
    const e = withoutRow(ENTRATE_ROWS, 10);
    let s = withCell(SPESE_ROWS, 7, 3, 500);
    s = withCell(s, 9, 3, 24624491.46);
    const r = analyzeBudget(entrate(e), spese(s), CTX);
    expect(only(r.findings, "BIL_ANTICIPAZIONI")).toEqual([expect.objectContaining({ sheet: "Spese", cell: "C7" })]);
    expect(only(r.findings, "BIL_ANTICIPAZIONI")[0].message).toContain("riga assente nel foglio «Entrate»");
  });

  it("BIL_FONDO_CASSA_FINALE when the stated fondo finale differs from the computed one", () => {
    const r = analyzeBudget(entrate(), spese(withCell(SPESE_ROWS, 10, 4, 690143.43)), CTX);
    expect(r.findings).toEqual([expect.objectContaining({ severity: "errore", code: "BIL_FONDO_CASSA_FINALE", sheet: "Spese", cell: "D10" })]);
    expect(r.findings[0].message).toContain("(4.537.927,05 + 19.930.111,55 − 23.777.895,18 = 690.143,42)");
    expect(r.budget?.fondoCassaFinale).toBeUndefined();
  });

  it("computes the fondo finale when the sheet does not state it", () => {
    const r = analyzeBudget(entrate(), spese(withoutRow(SPESE_ROWS, 10)), CTX);
    expect(r.findings).toEqual([]);
    expect(r.budget?.fondoCassaFinale).toBe(69014342);
    expect(r.budget?.checks).toHaveLength(6);
  });
});
