import { Finding } from "../../../src/core/finding";
import { analyzeObjectives } from "../../../src/core/objectives/read-objectives";
import { CTX, IndicatoreRow, ObiettivoRow, SEED_INDICATORI, SEED_OBIETTIVI, indicatoriSheet, obiettiviSheet, sheetOf } from "./fixture";

/** The seed's objectives with `changes` applied to the one with ID `id`. */
function withChange(id: string, changes: ObiettivoRow): ObiettivoRow[] {
  return SEED_OBIETTIVI.map((o) => (o.ID === id ? { ...o, ...changes } : o));
}

function analyze(obiettivi: readonly ObiettivoRow[] = SEED_OBIETTIVI, indicatori: readonly IndicatoreRow[] = SEED_INDICATORI) {
  return analyzeObjectives(obiettiviSheet(obiettivi), indicatoriSheet(indicatori), CTX);
}

const pick = (findings: readonly Finding[], code: string): Finding[] => findings.filter((f) => f.code === code);

describe("analyzeObjectives on the seed's objectives", () => {
  const { findings, objectives } = analyze();
  const byId = (id: string) => objectives?.find((o) => o.id === id);

  test("no finding", () => {
    expect(findings).toEqual([]);
  });

  test("sheet order, text fields and declared esiti", () => {
    expect(objectives?.map((o) => o.id)).toEqual(["TR-01", "DEM-02", "TRI-04", "PL-01", "PL-02", "PL-03"]);
    expect(objectives?.map((o) => o.esito)).toEqual(["raggiunto", "raggiunto", "raggiunto", "raggiunto", "parzialmente", "parzialmente"]);
    expect(objectives?.map((o) => o.tipo)).toEqual(["trasversale", "gestionale", "gestionale", "gestionale", "strategico", "gestionale"]);
    const pl3 = byId("PL-03");
    expect(pl3).toMatchObject({ row: 7, settore: "Settore Polizia Locale", responsabile: "Responsabile del Settore Polizia Locale", traguardo: "Sicurezza della circolazione stradale" });
  });

  test("PL-02: main measure 800 interventi (oltre 1.300 → 162,5 %) then the Indicatori row (1.357 / 2.500 → 54,28 %)", () => {
    const pl2 = byId("PL-02");
    expect(pl2?.measures.map((m) => m.measure)).toEqual([
      { kind: "numeric", indicatore: "Interventi", direzione: "higherIsBetter", target: 800, unita: "interventi", consuntivo: 1300, qualificatore: "oltre", sheet: "Obiettivi", row: 6 },
      { kind: "numeric", indicatore: "Accertamenti per violazione al codice della strada", direzione: "higherIsBetter", target: 2500, unita: "accertamenti", consuntivo: 1357, qualificatore: undefined, sheet: "Indicatori", row: 3 },
    ]);
    expect(pl2?.measures[0].achievement?.gradoUncapped).toBe(1.625);
    expect(pl2?.measures[1].achievement?.grado).toBeCloseTo(0.5428, 12);
    // (100 % + 54,28 %) / 2
    expect(pl2?.achievement?.grado).toBeCloseTo(0.7714, 12);
    expect(pl2?.achievement?.esito).toBe("parzialmente");
  });

  test("PL-03: 1.050 / 1.300 → 80,77 %, parzialmente; PL-01: 30/30 and 80/80 → 100 %", () => {
    expect(byId("PL-03")?.achievement?.grado).toBeCloseTo(0.807692, 6);
    expect(byId("PL-03")?.achievement?.esito).toBe("parzialmente");
    expect(byId("PL-01")?.achievement).toEqual({ grado: 1, gradoUncapped: 1, esito: "raggiunto" });
  });

  test("TRI-04: 1.129 avvisi against 100 → 100 % capped, 1.129 % uncapped", () => {
    expect(byId("TRI-04")?.achievement?.grado).toBe(1);
    expect(byId("TRI-04")?.achievement?.gradoUncapped).toBeCloseTo(11.29, 12);
  });

  test("DEM-02: entro la scadenza, concluded on 30/04/2024 → 100 %", () => {
    const dem = byId("DEM-02");
    expect(dem?.measures).toHaveLength(1);
    expect(dem?.measures[0].measure.kind).toBe("deadline");
    expect(dem?.achievement).toEqual({ grado: 1, gradoUncapped: 1, esito: "raggiunto" });
  });

  test("TR-01: no measure, no grado, a note saying the declared esito stands", () => {
    const tr = byId("TR-01");
    expect(tr?.measures).toEqual([]);
    expect(tr?.achievement).toBeUndefined();
    expect(tr?.notes).toEqual(["Nessun indicatore numerico né scadenza: grado non calcolato, vale l'esito dichiarato."]);
  });

  test("without the Indicatori sheet, PL-02's grado is its main measure's", () => {
    const res = analyzeObjectives(obiettiviSheet(SEED_OBIETTIVI), undefined, CTX);
    expect(res.objectives?.find((o) => o.id === "PL-02")?.achievement?.grado).toBe(1);
  });

  test("custom thresholds change the computed esito: PL-03 reached from 80 %", () => {
    const res = analyzeObjectives(obiettiviSheet(SEED_OBIETTIVI), indicatoriSheet(SEED_INDICATORI), CTX, { raggiunto: 0.8, parzialmente: 0.5 });
    expect(res.objectives?.find((o) => o.id === "PL-03")?.achievement?.esito).toBe("raggiunto");
    // declared "parzialmente raggiunto" now contradicts the figures
    expect(pick(res.findings, "OBJ_ESITO_INCOERENTE").map((f) => f.cell)).toEqual(["Q7"]);
  });
});

describe("analyzeObjectives: each rule fires on broken data", () => {
  test("missing sheet: nothing; header only: OBJ_NESSUN_OBIETTIVO", () => {
    expect(analyzeObjectives(undefined, undefined, CTX)).toEqual({ findings: [] });
    const res = analyze([]);
    expect(res.objectives).toBeUndefined();
    expect(res.findings).toEqual([expect.objectContaining({ severity: "avviso", code: "OBJ_NESSUN_OBIETTIVO", sheet: "Obiettivi" })]);
  });

  test("OBJ_ID_DUPLICATO: the later row is excluded", () => {
    const res = analyze([...SEED_OBIETTIVI, { ...SEED_OBIETTIVI[5], ID: "pl-03" }]);
    expect(pick(res.findings, "OBJ_ID_DUPLICATO")).toEqual([expect.objectContaining({ severity: "errore", sheet: "Obiettivi", cell: "A8" })]);
    expect(pick(res.findings, "OBJ_ID_DUPLICATO")[0].message).toContain("già usato alla riga 7");
    expect(res.objectives).toHaveLength(6);
  });

  test("OBJ_ESITO_SCONOSCIUTO", () => {
    const res = analyze(withChange("PL-01", { Esito: "quasi" }));
    expect(res.findings).toEqual([expect.objectContaining({ severity: "errore", code: "OBJ_ESITO_SCONOSCIUTO", sheet: "Obiettivi", cell: "Q5" })]);
    expect(res.objectives?.[3].esito).toBeUndefined();
  });

  test("OBJ_CAMPO_MANCANTE for a blank esito, settore or risultati", () => {
    const res = analyze(withChange("TR-01", { Esito: null, Settore: "  ", "Risultati raggiunti": null }));
    expect(pick(res.findings, "OBJ_CAMPO_MANCANTE").map((f) => [f.severity, f.cell])).toEqual([
      ["errore", "B2"],
      ["errore", "Q2"],
      ["errore", "R2"],
    ]);
    expect(res.findings.find((f) => f.cell === "Q2")?.message).toBe(
      "Foglio «Obiettivi», cella Q2: manca «Esito» dell'obiettivo «TR-01»; atteso: raggiunto, parzialmente raggiunto, non raggiunto, in corso, non valutabile.",
    );
  });

  test("OBJ_DIREZIONE_SCONOSCIUTA in Obiettivi: the grado is left out", () => {
    const res = analyze(withChange("PL-03", { Direzione: "boh" }));
    expect(res.findings).toEqual([expect.objectContaining({ severity: "errore", code: "OBJ_DIREZIONE_SCONOSCIUTA", sheet: "Obiettivi", cell: "O7" })]);
    expect(res.objectives?.[5].achievement).toBeUndefined();
  });

  test("OBJ_DIREZIONE_SCONOSCIUTA in Indicatori for «entro la scadenza»", () => {
    const res = analyze(SEED_OBIETTIVI, [SEED_INDICATORI[0], { ...SEED_INDICATORI[1], Direzione: "entro la scadenza" }]);
    expect(res.findings).toEqual([expect.objectContaining({ severity: "errore", code: "OBJ_DIREZIONE_SCONOSCIUTA", sheet: "Indicatori", cell: "G3" })]);
    expect(res.objectives?.[4].achievement).toBeUndefined();
  });

  test("OBJ_TIPO_SCONOSCIUTO", () => {
    const res = analyze(withChange("TR-01", { Tipo: "individuale" }));
    expect(res.findings).toEqual([expect.objectContaining({ severity: "errore", code: "OBJ_TIPO_SCONOSCIUTO", sheet: "Obiettivi", cell: "D2" })]);
  });

  test("OBJ_UNITA_MANCANTE in Obiettivi and Indicatori: measure and grado left out", () => {
    const res = analyze(withChange("PL-03", { Unità: null }), [{ ...SEED_INDICATORI[0], Unità: "" }, SEED_INDICATORI[1]]);
    expect(pick(res.findings, "OBJ_UNITA_MANCANTE").map((f) => [f.severity, f.sheet, f.cell])).toEqual([
      ["errore", "Obiettivi", "L7"],
      ["errore", "Indicatori", "D2"],
    ]);
    expect(res.findings).toHaveLength(2);
    expect(res.objectives?.[5].measures).toEqual([]);
    expect(res.objectives?.[5].achievement).toBeUndefined();
    expect(res.objectives?.[3].achievement).toBeUndefined();
  });

  test("OBJ_CONSUNTIVO_SENZA_TARGET (avviso)", () => {
    const res = analyze(withChange("TR-01", { Consuntivo: 2, Unità: "rilevazioni" }));
    expect(res.findings).toEqual([expect.objectContaining({ severity: "avviso", code: "OBJ_CONSUNTIVO_SENZA_TARGET", sheet: "Obiettivi", cell: "M2" })]);
    expect(res.findings[0].message).toContain("consuntivo 2 rilevazioni senza target");
  });

  test("OBJ_ESITO_INCOERENTE quotes grado, thresholds and computed esito", () => {
    const res = analyze(withChange("PL-03", { Esito: "Raggiunto" }));
    expect(res.findings).toEqual([
      {
        severity: "avviso",
        code: "OBJ_ESITO_INCOERENTE",
        sheet: "Obiettivi",
        cell: "Q7",
        message:
          "Foglio «Obiettivi», cella Q7: l'obiettivo «PL-03» è dichiarato «Raggiunto», ma dai target e dai consuntivi il grado di raggiungimento è 80,8%, che con le soglie in uso (raggiunto da 100%, parzialmente raggiunto da 50%) dà «Parzialmente raggiunto». Verificare esito, target e consuntivi, o motivare la valutazione.",
      },
    ]);
  });

  test("OBJ_ESITO_INCOERENTE: PL-02 declared non raggiunto against 77,1 %; silent for «in corso»", () => {
    const res = analyze(withChange("PL-02", { Esito: "non raggiunto" }));
    expect(pick(res.findings, "OBJ_ESITO_INCOERENTE")[0].message).toContain("è 77,1%");
    expect(analyze(withChange("PL-02", { Esito: "in corso" })).findings).toEqual([]);
  });

  test("OBJ_MOTIVAZIONE_MANCANTE for parzialmente / non raggiunto", () => {
    const res = analyze(withChange("PL-03", { "Motivazione scostamento": null }));
    expect(res.findings).toEqual([expect.objectContaining({ severity: "errore", code: "OBJ_MOTIVAZIONE_MANCANTE", sheet: "Obiettivi", cell: "S7" })]);
    expect(res.findings[0].message).toContain("art. 10 c. 1 lett. b");
  });

  test("a scadenza that is not a date: TIPO_NON_VALIDO says what goes there", () => {
    const res = analyze(withChange("DEM-02", { Scadenza: "fine aprile" }));
    const f = pick(res.findings, "TIPO_NON_VALIDO");
    expect(f).toEqual([expect.objectContaining({ severity: "errore", sheet: "Obiettivi", cell: "H3" })]);
    expect(f[0].message).toBe(
      "Foglio «Obiettivi», cella H3 (colonna «Scadenza»): «fine aprile» non è una data (atteso gg/mm/aaaa). Nella colonna «Scadenza» va una data gg/mm/aaaa (es. 31/12/2024); i tempi descritti a parole («in continuo», «entro l'anno») vanno nella colonna «Tempi».",
    );
    expect(res.objectives?.[1].achievement).toBeUndefined();
  });

  test("a data di conclusione that is not a date", () => {
    const res = analyze(withChange("DEM-02", { "Data di conclusione": "aprile" }));
    expect(res.findings).toEqual([expect.objectContaining({ code: "TIPO_NON_VALIDO", cell: "P3" })]);
    expect(res.findings[0].message).toContain("Nella colonna «Data di conclusione» va la data");
  });

  test("OBJ_SCADENZA_FUORI_ANNO (avviso) with entro la scadenza; OBJ_SCADENZA_MANCANTE (errore)", () => {
    const out = analyze(withChange("DEM-02", { Scadenza: "30/04/2025" }));
    expect(out.findings).toEqual([expect.objectContaining({ severity: "avviso", code: "OBJ_SCADENZA_FUORI_ANNO", sheet: "Obiettivi", cell: "H3" })]);
    expect(out.findings[0].message).toContain("la scadenza 30/04/2025 non cade nel 2024");
    const missing = analyze(withChange("DEM-02", { Scadenza: null }));
    expect(missing.findings).toEqual([expect.objectContaining({ severity: "errore", code: "OBJ_SCADENZA_MANCANTE", cell: "H3" })]);
  });

  test("a scadenza outside the year without «entro la scadenza» is not flagged", () => {
    expect(analyze(withChange("PL-02", { Scadenza: "30/06/2026" })).findings).toEqual([]);
  });

  test("OBJ_INDICATORE_SENZA_OBIETTIVO", () => {
    const res = analyze(SEED_OBIETTIVI, [{ ...SEED_INDICATORI[0], "ID obiettivo": "PL-09" }, SEED_INDICATORI[1]]);
    expect(res.findings).toEqual([expect.objectContaining({ severity: "errore", code: "OBJ_INDICATORE_SENZA_OBIETTIVO", sheet: "Indicatori", cell: "A2" })]);
    // PL-01 keeps only its main measure
    expect(res.objectives?.[3].measures).toHaveLength(1);
  });

  test("OBJ_CAMPO_MANCANTE in Indicatori: a blank target excludes the row and the grado", () => {
    const res = analyze(SEED_OBIETTIVI, [SEED_INDICATORI[0], { ...SEED_INDICATORI[1], Target: null }]);
    expect(res.findings).toEqual([expect.objectContaining({ severity: "errore", code: "OBJ_CAMPO_MANCANTE", sheet: "Indicatori", cell: "C3" })]);
    expect(res.objectives?.[4].achievement).toBeUndefined();
  });

  test("OBJ_GRADO_NON_CALCOLABILE (avviso) for a target 0 with più è meglio", () => {
    const res = analyze(withChange("PL-03", { Target: 0 }));
    expect(res.findings).toEqual([expect.objectContaining({ severity: "avviso", code: "OBJ_GRADO_NON_CALCOLABILE", sheet: "Obiettivi", cell: "K7" })]);
    expect(res.objectives?.[5].achievement).toBeUndefined();
  });

  test("a missing consuntivo leaves the grado out without a finding", () => {
    const res = analyze(withChange("PL-03", { Consuntivo: null, Esito: "in corso" }));
    expect(res.findings).toEqual([]);
    expect(res.objectives?.[5].achievement).toBeUndefined();
    expect(res.objectives?.[5].notes).toContain("«Interventi»: manca il consuntivo.");
  });

  test("an Indicatori sheet without its required columns: grado left out everywhere", () => {
    const res = analyzeObjectives(obiettiviSheet(SEED_OBIETTIVI), sheetOf("Indicatori", [["ID obiettivo", "Indicatore"], ["PL-01", "Ore"]]), CTX);
    expect(res.findings.map((f) => f.code)).toEqual(["COLONNA_MANCANTE", "COLONNA_MANCANTE"]);
    expect(res.objectives?.every((o) => o.achievement === undefined)).toBe(true);
  });
});

describe("analyzeObjectives: rows that mention «Totale»", () => {
  test("an objective whose text starts with «Totale» is kept; a row whose ID is «Totale» is ignored", () => {
    const rows = [...withChange("PL-03", { "Risultati raggiunti": "Totale 1.050 interventi realizzati." }), { ID: "Totale", Target: 1300 }];
    const res = analyze(rows, [...SEED_INDICATORI, { "ID obiettivo": "Totale", Indicatore: "Totale ore", Target: 80, Unità: "ore" }]);
    expect(res.findings).toEqual([]);
    expect(res.objectives?.map((o) => o.id)).toEqual(["TR-01", "DEM-02", "TRI-04", "PL-01", "PL-02", "PL-03"]);
    expect(res.objectives?.[5].risultati).toBe("Totale 1.050 interventi realizzati.");
  });

  test("an indicator named «Totale …» belongs to its objective", () => {
    const res = analyze(SEED_OBIETTIVI, [{ ...SEED_INDICATORI[0], Indicatore: "Totale ore di servizio aggiuntivo" }, SEED_INDICATORI[1]]);
    expect(res.objectives?.[3].measures.map((m) => m.measure.indicatore)).toEqual(["Pattuglie", "Totale ore di servizio aggiuntivo"]);
  });
});
