import { analyzeObjectives } from "../../../src/core/objectives/read-objectives";
import { SETTORE_NON_INDICATO, isTransversalSettore, summarizeObjectives } from "../../../src/core/objectives/summary";
import { CTX, SEED_INDICATORI, SEED_OBIETTIVI, indicatoriSheet, obiettiviSheet } from "./fixture";

const seedObjectives = analyzeObjectives(obiettiviSheet(SEED_OBIETTIVI), indicatoriSheet(SEED_INDICATORI), CTX).objectives ?? [];

describe("summarizeObjectives on the seed's objectives", () => {
  const s = summarizeObjectives(seedObjectives);

  test("counts and shares by esito: 4 raggiunti, 2 parzialmente of 6", () => {
    expect(s.total).toBe(6);
    expect(s.byEsito).toEqual({ raggiunto: 4, parzialmente: 2, nonRaggiunto: 0, inCorso: 0, nonValutabile: 0 });
    expect(s.shares?.raggiunto).toBeCloseTo(4 / 6, 12);
    expect(s.shares?.parzialmente).toBeCloseTo(2 / 6, 12);
    expect(s.senzaEsito).toBe(0);
  });

  test("counts by tipo", () => {
    expect(s.byTipo).toEqual({ strategico: 1, gestionale: 4, trasversale: 1 });
    expect(s.senzaTipo).toBe(0);
  });

  test("by settore, in order of appearance, with the indicatore sintetico", () => {
    expect(s.settori.map((x) => [x.settore, x.trasversale, x.total, x.byEsito.raggiunto, x.byEsito.parzialmente, x.withGrado])).toEqual([
      ["Trasversale", true, 1, 1, 0, 0],
      ["Servizi Demografici", false, 1, 1, 0, 1],
      ["Settore Finanziario e Tributi", false, 1, 1, 0, 1],
      ["Settore Polizia Locale", false, 3, 1, 2, 3],
    ]);
    expect(s.settori[0].performance).toBeUndefined();
    expect(s.settori[2].performance).toBe(1);
    // PL-01 100 %, PL-02 (100 % + 54,28 %) / 2 = 77,14 %, PL-03 1050/1300 = 80,769 % → mean 85,97 %
    expect(s.settori[3].performance).toBeCloseTo((1 + 0.7714 + 1050 / 1300) / 3, 12);
    expect(s.settori[3].performance).toBeCloseTo(0.859697, 6);
    expect(s.settoriCount).toBe(3);
  });
});

describe("summarizeObjectives on a small fixture", () => {
  const base = { sheet: "Obiettivi", measures: [], notes: [] };
  const objs = [
    { ...base, id: "A", row: 2, settore: "Settore Tecnico", esito: "raggiunto" as const, achievement: { grado: 1, gradoUncapped: 1.2, esito: "raggiunto" as const } },
    { ...base, id: "B", row: 3, settore: "settore  tecnico", esito: "nonRaggiunto" as const, achievement: { grado: 0.4, gradoUncapped: 0.4, esito: "nonRaggiunto" as const } },
    { ...base, id: "C", row: 4, settore: "Settore Tecnico", esito: "inCorso" as const },
    { ...base, id: "D", row: 5, settore: undefined, esito: undefined, tipo: "gestionale" as const },
    { ...base, id: "E", row: 6, settore: "Tutti i settori", esito: "nonValutabile" as const },
  ];
  const s = summarizeObjectives(objs);

  test("settori matched ignoring case and spacing; blank settore grouped apart; missing esito counted apart", () => {
    expect(s.settori.map((x) => [x.settore, x.total, x.senzaEsito])).toEqual([
      ["Settore Tecnico", 3, 0],
      [SETTORE_NON_INDICATO, 1, 1],
      ["Tutti i settori", 1, 0],
    ]);
    expect(s.byEsito).toEqual({ raggiunto: 1, parzialmente: 0, nonRaggiunto: 1, inCorso: 1, nonValutabile: 1 });
    expect(s.senzaEsito).toBe(1);
    expect(s.shares?.inCorso).toBe(0.2); // 1 / 5
    expect(s.senzaTipo).toBe(4);
    // only "Settore Tecnico": the blank and the transversal settore are not counted
    expect(s.settoriCount).toBe(1);
  });

  test("performance = mean capped grado of the objectives that have one: (100 % + 40 %) / 2 = 70 %", () => {
    expect(s.settori[0].performance).toBeCloseTo(0.7, 12);
    expect(s.settori[0].withGrado).toBe(2);
    expect(s.settori[1].performance).toBeUndefined();
  });

  test("no objectives: zero counts, no shares", () => {
    const empty = summarizeObjectives([]);
    expect(empty.total).toBe(0);
    expect(empty.shares).toBeUndefined();
    expect(empty.settori).toEqual([]);
  });

  test("isTransversalSettore", () => {
    expect(isTransversalSettore("TRASVERSALE")).toBe(true);
    expect(isTransversalSettore("Tutti i settori")).toBe(true);
    expect(isTransversalSettore("Settore Tecnico")).toBe(false);
  });
});
