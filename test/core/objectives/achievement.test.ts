import { MeasureAchievement, NumericMeasure, esitoFromGrado, measureAchievement, objectiveAchievement } from "../../../src/core/objectives/achievement";
import { formatPercent } from "../../../src/core/narrative/italian";
import { DEFAULT_ESITO_THRESHOLDS } from "../../../src/core/parameters/esito-thresholds";

const numeric = (target: number, consuntivo: number | undefined, direzione: NumericMeasure["direzione"] = "higherIsBetter"): NumericMeasure => ({
  kind: "numeric",
  indicatore: "Interventi",
  direzione,
  target,
  unita: "interventi",
  consuntivo,
  sheet: "Obiettivi",
  row: 2,
});

function grade(m: Parameters<typeof measureAchievement>[0]): MeasureAchievement {
  const out = measureAchievement(m);
  if (!out.ok) throw new Error(out.reason);
  return out.achievement;
}

const day = (y: number, m: number, d: number): Date => new Date(Date.UTC(y, m - 1, d));

describe("measureAchievement: seed golden values (Polizia Locale 2024)", () => {
  test("oltre 1.300 interventi against 800 → 162,5 % (capped 100 %), +500", () => {
    const a = grade(numeric(800, 1300));
    expect(a.gradoUncapped).toBe(1.625); // 1300 / 800
    expect(formatPercent(a.gradoUncapped as number, 1)).toBe("162,5%");
    expect(a.grado).toBe(1);
    expect(a.scostamento).toBe(500);
  });

  test("1.357 accertamenti against 2.500 → 54,3 %, -1.143", () => {
    const a = grade(numeric(2500, 1357));
    expect(a.grado).toBeCloseTo(0.5428, 12); // 1357 / 2500
    expect(formatPercent(a.grado, 1)).toBe("54,3%");
    expect(a.scostamento).toBe(-1143);
  });

  test("circa 1.050 interventi against 1.300 → 80,8 %, -250", () => {
    const a = grade(numeric(1300, 1050));
    expect(a.grado).toBeCloseTo(0.807692, 6); // 1050 / 1300
    expect(formatPercent(a.grado, 1)).toBe("80,8%");
    expect(a.scostamento).toBe(-250);
  });

  test("1.129 avvisi di accertamento against at least 100 → 1.129 % uncapped", () => {
    const a = grade(numeric(100, 1129));
    expect(a.gradoUncapped).toBeCloseTo(11.29, 12);
    expect(a.grado).toBe(1);
  });
});

describe("measureAchievement: meno è meglio", () => {
  test("12 giorni against 10 → 10/12 = 83,3 %; 8 against 10 → 125 %", () => {
    expect(grade(numeric(10, 12, "lowerIsBetter")).grado).toBeCloseTo(0.833333, 6);
    const better = grade(numeric(10, 8, "lowerIsBetter"));
    expect(better.gradoUncapped).toBe(1.25);
    expect(better.grado).toBe(1);
    expect(better.scostamento).toBe(-2);
  });

  test("consuntivo 0 is the best result: 100 %, uncapped undefined with target > 0, 100 % with target 0", () => {
    expect(grade(numeric(10, 0, "lowerIsBetter"))).toEqual({ grado: 1, gradoUncapped: undefined, scostamento: -10 });
    expect(grade(numeric(0, 0, "lowerIsBetter"))).toEqual({ grado: 1, gradoUncapped: 1, scostamento: 0 });
  });

  test("target 0 and consuntivo 3 → 0/3 = 0 %", () => {
    expect(grade(numeric(0, 3, "lowerIsBetter")).grado).toBe(0);
  });
});

describe("measureAchievement: entro la scadenza", () => {
  const deadline = (conclusione?: Date) => ({ kind: "deadline" as const, indicatore: "Conclusione", scadenza: day(2024, 12, 31), conclusione, sheet: "Obiettivi", row: 2 });
  test("concluded on the scadenza or before → 100 %", () => {
    expect(grade(deadline(day(2024, 12, 31)))).toEqual({ grado: 1, gradoUncapped: 1, scostamento: 0 });
    expect(grade(deadline(day(2024, 12, 15))).scostamento).toBe(-16);
  });
  test("concluded 15 days late → 0 %, +15 days", () => {
    expect(grade(deadline(day(2025, 1, 15)))).toEqual({ grado: 0, gradoUncapped: 0, scostamento: 15 });
  });
  test("no data di conclusione → missing", () => {
    expect(measureAchievement(deadline())).toEqual({ ok: false, missing: true, reason: "manca la data di conclusione" });
  });
});

describe("measureAchievement: no grado", () => {
  test("missing consuntivo", () => {
    expect(measureAchievement(numeric(800, undefined))).toMatchObject({ ok: false, missing: true });
  });
  test("target 0 with più è meglio, negative values", () => {
    expect(measureAchievement(numeric(0, 5))).toMatchObject({ ok: false, missing: false });
    expect(measureAchievement(numeric(10, -1))).toMatchObject({ ok: false, missing: false });
    expect(measureAchievement(numeric(-10, 1, "lowerIsBetter"))).toMatchObject({ ok: false, missing: false });
  });
});

describe("objectiveAchievement", () => {
  test("PL-02: mean of capped grado (100 % + 54,28 %) / 2 = 77,14 % → parzialmente raggiunto", () => {
    const a = objectiveAchievement([grade(numeric(800, 1300)), grade(numeric(2500, 1357))], DEFAULT_ESITO_THRESHOLDS);
    expect(a?.grado).toBeCloseTo(0.7714, 12);
    expect(a?.gradoUncapped).toBeCloseTo((1.625 + 0.5428) / 2, 12); // 1,0839
    expect(a?.esito).toBe("parzialmente");
  });
  test("uncapped undefined when a measure's is; none without measures", () => {
    expect(objectiveAchievement([grade(numeric(10, 0, "lowerIsBetter")), grade(numeric(10, 10))], DEFAULT_ESITO_THRESHOLDS)).toEqual({ grado: 1, gradoUncapped: undefined, esito: "raggiunto" });
    expect(objectiveAchievement([], DEFAULT_ESITO_THRESHOLDS)).toBeUndefined();
  });
});

describe("esitoFromGrado", () => {
  test("default thresholds: 100 % raggiunto, from 50 % parzialmente", () => {
    expect(esitoFromGrado(1, DEFAULT_ESITO_THRESHOLDS)).toBe("raggiunto");
    expect(esitoFromGrado(0.999, DEFAULT_ESITO_THRESHOLDS)).toBe("parzialmente");
    expect(esitoFromGrado(0.5, DEFAULT_ESITO_THRESHOLDS)).toBe("parzialmente");
    expect(esitoFromGrado(0.4999, DEFAULT_ESITO_THRESHOLDS)).toBe("nonRaggiunto");
  });
  test("a mean that is 100 % up to rounding counts as reached", () => {
    expect(esitoFromGrado(1 - 1e-12, DEFAULT_ESITO_THRESHOLDS)).toBe("raggiunto");
    expect(esitoFromGrado(1 - 1e-6, DEFAULT_ESITO_THRESHOLDS)).toBe("parzialmente");
  });
  test("the comune's own thresholds: raggiunto from 80 %, parzialmente from 60 %", () => {
    const t = { raggiunto: 0.8, parzialmente: 0.6 };
    expect(esitoFromGrado(1050 / 1300, t)).toBe("raggiunto");
    expect(esitoFromGrado(0.5428, t)).toBe("nonRaggiunto");
  });
});
