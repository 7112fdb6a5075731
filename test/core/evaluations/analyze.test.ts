import { CellValue } from "../../../src/core/cell";
import { EvaluationsInput, analyzeEvaluations } from "../../../src/core/evaluations/analyze";
import { SchedaDipendente, SchedaResponsabile } from "../../../src/core/evaluations/scheda";
import { DEFAULT_GRADES } from "../../../src/core/parameters/grade-scale";
import { DEFAULT_PARAMETERS, PerformanceParameters } from "../../../src/core/parameters/parameters";
import { PERSONALE, dipRows, dipSheet, respRows, respSheet } from "./fixtures";
import { sheetOf } from "./sheet-data";

const clean = (): EvaluationsInput => ({ dipendenti: dipSheet(), responsabili: respSheet(), personale: PERSONALE });
const analyze = (input: EvaluationsInput, params: PerformanceParameters = DEFAULT_PARAMETERS) => analyzeEvaluations(input, params);

/** Dipendenti sheet with cell (row, col) of the fixture replaced; row 1 is the header, col 0 is A. */
function dipWith(row: number, col: number, value: CellValue) {
  const rows = dipRows();
  rows[row - 1][col] = value;
  return dipSheet(rows);
}
function respWith(row: number, col: number, value: CellValue) {
  const rows = respRows();
  rows[row - 1][col] = value;
  return respSheet(rows);
}
const codes = (r: ReturnType<typeof analyze>) => r.findings.map((f) => [f.code, f.sheet, f.cell, f.severity]);

describe("analyzeEvaluations on clean data", () => {
  const r = analyze(clean());

  it("raises nothing and keeps every scheda", () => {
    expect(r.findings).toEqual([]);
    expect(r.excluded).toBe(0);
    expect(r.sheets).toEqual({ dipendenti: "Schede dipendenti", responsabili: "Schede responsabili" });
    expect(r.schede.map((s) => [s.matricola, s.kind, s.totale, s.area, s.settore])).toEqual([
      ["DIP-001", "dipendente", 76, "istruttori", "Settore A"],
      ["DIP-002", "dipendente", 71, "istruttori", "Settore A"],
      ["DIP-003", "dipendente", 90, "operatoriEsperti", "Settore B"],
      ["DIP-004", "dipendente", 80, "istruttori", "Settore A"],
      ["RESP-01", "responsabile", 94, "funzionari", "Settore A"],
      ["RESP-02", "responsabile", 95, "funzionari", "Settore B"],
    ]);
  });

  it("keeps the components of each scheda", () => {
    const d = r.schede[0] as SchedaDipendente;
    expect(d.obiettivi).toEqual([
      { assegnati: 30, ottenuti: 27 },
      { assegnati: 30, ottenuti: 24 },
    ]);
    expect(d.puntiObiettivi).toBe(51);
    expect(d.puntiComportamenti).toBe(25);
    expect(d.comportamenti).toEqual({ interpretazioneRuolo: 4, rilevazioneMiglioramenti: 6, livelliInterazione: 8, cadenzaRitmi: 3, attenzioneClienti: 4 });
    expect(d.valutatore).toBe("Responsabile Settore A");
    const senza = r.schede[5] as SchedaResponsabile;
    expect([senza.obiettiviEnte, senza.performanceOrganizzativa, senza.performanceIndividuale, senza.comportamento]).toEqual([false, 0, 62, 33]);
  });

  it("gives nothing for absent sheets, and no cross-check without Personale", () => {
    expect(analyze({})).toEqual({ findings: [], schede: [], excluded: 0, sheets: {} });
    const noPersonale = analyze({ dipendenti: dipSheet() });
    expect(noPersonale.findings).toEqual([]);
    expect(noPersonale.schede.every((s) => s.area === undefined && s.settore === undefined)).toBe(true);
  });

  it("does not read a sheet without its header", () => {
    const r2 = analyze({ dipendenti: sheetOf("Schede dipendenti", [["a", "b"], [1, 2]]), personale: PERSONALE });
    expect(codes(r2)).toEqual([["INTESTAZIONE_MANCANTE", "Schede dipendenti", "A1", "errore"]]);
    expect(r2.sheets).toEqual({});
  });
});

describe("rules of Schede dipendenti", () => {
  const only = (dipendenti: ReturnType<typeof dipSheet>, params = DEFAULT_PARAMETERS) => analyze({ ...clean(), dipendenti }, params);

  it("SCHEDA_GIUDIZIO: a grade outside the scale, as a label or a number", () => {
    for (const value of ["Molto buona", 5, "Buona 6"]) {
      const r = only(dipWith(2, 8, value));
      expect(codes(r)).toEqual([["SCHEDA_GIUDIZIO", "Schede dipendenti", "I2", "errore"]]);
      expect(r.excluded).toBe(1);
      expect(r.schede.map((s) => s.matricola)).not.toContain("DIP-001");
    }
    expect(only(dipWith(2, 8, "Molto buona")).findings[0].message).toContain("«Molto buona» non è un giudizio della scala per «Interpretazione del ruolo»");
  });

  it("SCHEDA_PUNTI_ASSEGNATI: assigned points not adding up to 60", () => {
    const r = only(dipWith(2, 2, 35));
    expect(codes(r)).toEqual([["SCHEDA_PUNTI_ASSEGNATI", "Schede dipendenti", "C2", "errore"]]);
    expect(r.findings[0].message).toContain("35 + 30 = 65; attesi 60 punti");
  });

  it("SCHEDA_OTTENUTI_OLTRE_ASSEGNATI: achieved over assigned", () => {
    const r = only(dipWith(2, 3, 31));
    expect(codes(r)).toEqual([["SCHEDA_OTTENUTI_OLTRE_ASSEGNATI", "Schede dipendenti", "D2", "errore"]]);
    expect(r.findings[0].message).toContain("31 punti ottenuti su 30 assegnati");
  });

  it("SCHEDA_VALORE_MANCANTE: half an objective, no objective, a blank behaviour", () => {
    expect(codes(only(dipWith(2, 5, null)))).toEqual([["SCHEDA_VALORE_MANCANTE", "Schede dipendenti", "F2", "errore"]]);
    expect(codes(only(dipWith(3, 5, 10)))).toEqual([["SCHEDA_VALORE_MANCANTE", "Schede dipendenti", "E3", "errore"]]);
    const rows = dipRows();
    rows[4].splice(2, 2, null, null);
    expect(codes(only(dipSheet(rows)))).toEqual([["SCHEDA_VALORE_MANCANTE", "Schede dipendenti", "C5", "errore"]]);
    expect(codes(only(dipWith(2, 12, null)))).toEqual([["SCHEDA_VALORE_MANCANTE", "Schede dipendenti", "M2", "errore"]]);
  });

  it("SCHEDA_COMPONENTE_OLTRE_MASSIMO: behaviours over 40 with a scale reaching 10", () => {
    const params = { ...DEFAULT_PARAMETERS, grades: [...DEFAULT_GRADES, { label: "Straordinaria", points: 10 }] };
    const rows = dipRows();
    rows[3].splice(8, 5, "Straordinaria", "Straordinaria", "Straordinaria", "Straordinaria", "Straordinaria");
    const r = only(dipSheet(rows), params);
    // 5 × 10 = 50 > 40
    expect(codes(r)).toEqual([["SCHEDA_COMPONENTE_OLTRE_MASSIMO", "Schede dipendenti", "M4", "errore"]]);
    expect(r.findings[0].message).toContain("= 50 punti; atteso un totale non superiore a 40");
  });

  it("SCHEDA_TOTALE_DIVERSO: a typed total different from the computed one", () => {
    const r = only(dipWith(2, 13, 77));
    expect(codes(r)).toEqual([["SCHEDA_TOTALE_DIVERSO", "Schede dipendenti", "N2", "errore"]]);
    expect(r.findings[0].message).toContain("il totale indicato è 77 punti, ma obiettivi 51 + comportamenti 25 = 76");
    // Within 0,005 of the computed total is the same total.
    expect(only(dipWith(2, 13, 76.004)).findings).toEqual([]);
  });

  it("SCHEDA_TOTALE_OLTRE_MASSIMO: a typed total over 100, or components over the maximum", () => {
    expect(codes(only(dipWith(2, 13, 105)))).toEqual([["SCHEDA_TOTALE_OLTRE_MASSIMO", "Schede dipendenti", "N2", "errore"]]);
    // DIP-003 totals 90: over a maximum of 85 (the others total 71 to 80).
    expect(codes(analyze({ dipendenti: dipSheet(), personale: PERSONALE }, { ...DEFAULT_PARAMETERS, punteggioMassimo: 85 }))).toEqual([["SCHEDA_TOTALE_OLTRE_MASSIMO", "Schede dipendenti", "N4", "errore"]]);
  });

  it("an unreadable or negative cell excludes the scheda with the table's finding only", () => {
    const r = only(dipWith(2, 3, -2));
    expect(codes(r)).toEqual([["NUMERO_NEGATIVO", "Schede dipendenti", "D2", "errore"]]);
    expect(r.excluded).toBe(1);
  });
});

describe("rules of Schede responsabili", () => {
  const only = (responsabili: ReturnType<typeof respSheet>) => analyze({ ...clean(), responsabili });

  it("SCHEDA_VALORE_MANCANTE: obiettivi di ente, a component, performance organizzativa with obiettivi di ente", () => {
    expect(codes(only(respWith(2, 1, null)))).toEqual([["SCHEDA_VALORE_MANCANTE", "Schede responsabili", "B2", "errore"]]);
    expect(codes(only(respWith(2, 3, null)))).toEqual([["SCHEDA_VALORE_MANCANTE", "Schede responsabili", "D2", "errore"]]);
    expect(codes(only(respWith(2, 2, null)))).toEqual([["SCHEDA_VALORE_MANCANTE", "Schede responsabili", "C2", "errore"]]);
  });

  it("SCHEDA_OBIETTIVI_ENTE_INCOERENTE: points that fit only the other answer", () => {
    // Without obiettivi di ente, performance organizzativa must be blank or 0.
    expect(codes(only(respWith(3, 2, 5)))).toEqual([["SCHEDA_OBIETTIVI_ENTE_INCOERENTE", "Schede responsabili", "C3", "errore"]]);
    expect(codes(only(respWith(3, 2, 0)))).toEqual([]);
    // With obiettivi di ente: individuale 30 + 32 = 62 > 60 but ≤ 65; comportamento 33 > 30 but ≤ 35.
    const ind = only(respWith(2, 4, 32));
    expect(codes(ind)).toEqual([["SCHEDA_OBIETTIVI_ENTE_INCOERENTE", "Schede responsabili", "E2", "errore"]]);
    expect(ind.findings[0].message).toContain("performance individuale (obiettivi strategici + gestionali) di 62 punti (30 + 32), ma con obiettivi di ente attivi il massimo è 60 (65 solo senza obiettivi di ente)");
    expect(codes(only(respWith(2, 5, 33)))).toEqual([["SCHEDA_OBIETTIVI_ENTE_INCOERENTE", "Schede responsabili", "F2", "errore"]]);
  });

  it("SCHEDA_COMPONENTE_OLTRE_MASSIMO: a component over the maximum of either answer", () => {
    expect(codes(only(respWith(2, 2, 11)))).toEqual([["SCHEDA_COMPONENTE_OLTRE_MASSIMO", "Schede responsabili", "C2", "errore"]]);
    // 30 + 40 = 70 > 65
    expect(codes(only(respWith(2, 4, 40)))).toEqual([["SCHEDA_COMPONENTE_OLTRE_MASSIMO", "Schede responsabili", "E2", "errore"]]);
    expect(codes(only(respWith(3, 5, 36)))).toEqual([["SCHEDA_COMPONENTE_OLTRE_MASSIMO", "Schede responsabili", "F3", "errore"]]);
  });

  it("SCHEDA_TOTALE_DIVERSO and SCHEDA_TOTALE_OLTRE_MASSIMO on the Totale", () => {
    expect(codes(only(respWith(2, 6, 95)))).toEqual([["SCHEDA_TOTALE_DIVERSO", "Schede responsabili", "G2", "errore"]]);
    expect(codes(only(respWith(2, 6, 101)))).toEqual([["SCHEDA_TOTALE_OLTRE_MASSIMO", "Schede responsabili", "G2", "errore"]]);
  });
});

describe("matricole and the Personale sheet", () => {
  it("SCHEDA_MATRICOLA_MANCANTE", () => {
    const r = analyze({ ...clean(), dipendenti: dipWith(2, 0, null) });
    expect(codes(r)).toEqual([
      ["SCHEDA_MATRICOLA_MANCANTE", "Schede dipendenti", "A2", "errore"],
      ["SCHEDA_MANCANTE", "Schede dipendenti", undefined, "avviso"],
    ]);
    expect(r.schede).toHaveLength(5);
  });

  it("SCHEDA_MATRICOLA_DUPLICATA in the same sheet and across sheets; the later scheda is left out", () => {
    const same = analyze({ ...clean(), dipendenti: dipWith(3, 0, "DIP-001") });
    expect(codes(same)).toEqual([
      ["SCHEDA_MATRICOLA_DUPLICATA", "Schede dipendenti", "A3", "errore"],
      ["SCHEDA_MANCANTE", "Schede dipendenti", undefined, "avviso"],
    ]);
    expect(same.findings[0].message).toContain("ha già una scheda alla riga 2");
    expect(same.schede.filter((s) => s.matricola === "DIP-001").map((s) => s.totale)).toEqual([76]);
    const across = analyze({ ...clean(), responsabili: respWith(2, 0, "dip-001") });
    expect(codes(across)).toEqual([
      ["SCHEDA_MATRICOLA_DUPLICATA", "Schede responsabili", "A2", "errore"],
      ["SCHEDA_MANCANTE", "Schede responsabili", undefined, "avviso"],
    ]);
    expect(across.findings[0].message).toContain("nel foglio «Schede dipendenti», riga 2");
  });

  it("SCHEDA_NON_IN_PERSONALE: used, without area and settore", () => {
    const r = analyze({ ...clean(), personale: PERSONALE.filter((p) => p.matricola !== "DIP-002") });
    expect(codes(r)).toEqual([["SCHEDA_NON_IN_PERSONALE", "Schede dipendenti", "A3", "avviso"]]);
    const s = r.schede.find((x) => x.matricola === "DIP-002");
    expect([s?.totale, s?.area, s?.settore]).toEqual([71, undefined, undefined]);
  });

  it("SCHEDA_FOGLIO_ERRATO: a responsabile in Schede dipendenti and an employee in Schede responsabili", () => {
    const swapped = PERSONALE.map((p) => (p.matricola === "DIP-001" || p.matricola === "RESP-02" ? { ...p, responsabile: !p.responsabile } : p));
    const r = analyze({ ...clean(), personale: swapped });
    expect(codes(r)).toEqual([
      ["SCHEDA_FOGLIO_ERRATO", "Schede dipendenti", "A2", "avviso"],
      ["SCHEDA_FOGLIO_ERRATO", "Schede responsabili", "A3", "avviso"],
    ]);
    expect(r.schede).toHaveLength(6);
  });

  it("SCHEDA_MANCANTE: one avviso per sheet listing the employees without a scheda", () => {
    const rows = dipRows().filter((row) => row[0] !== "DIP-002" && row[0] !== "DIP-004");
    const r = analyze({ ...clean(), dipendenti: dipSheet(rows) });
    expect(codes(r)).toEqual([["SCHEDA_MANCANTE", "Schede dipendenti", undefined, "avviso"]]);
    expect(r.findings[0].message).toContain("2 dipendenti del foglio «Personale» non hanno una scheda (DIP-002 e DIP-004)");
    // The responsabili sheet is absent: its missing schede are not listed (loadInputs reports the sheet).
    expect(analyze({ dipendenti: dipSheet(), personale: PERSONALE }).findings).toEqual([]);
  });

  it("SCHEDA_MANCANTE: names at most 20 matricole, then «e altre N»", () => {
    // 4 with a scheda + 1 000 without: 20 named, 1 000 − 20 = 980 counted
    const extra = Array.from({ length: 1000 }, (_, i) => ({ matricola: `X-${String(i + 1).padStart(4, "0")}`, responsabile: false }));
    const r = analyze({ dipendenti: dipSheet(), personale: [...PERSONALE, ...extra] });
    expect(codes(r)).toEqual([["SCHEDA_MANCANTE", "Schede dipendenti", undefined, "avviso"]]);
    const msg = r.findings[0].message;
    expect(msg).toContain("1.000 dipendenti del foglio «Personale» non hanno una scheda (X-0001, X-0002,");
    expect(msg).toContain("X-0019, X-0020 e altre 980);");
    expect(msg).not.toContain("X-0021");
    expect(msg.length).toBeLessThan(500);
    // 21 missing: one beyond the limit
    const r21 = analyze({ dipendenti: dipSheet(), personale: [...PERSONALE, ...extra.slice(0, 21)] });
    expect(r21.findings[0].message).toContain("X-0020 e un'altra);");
  });
});
