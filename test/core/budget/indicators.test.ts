import {
  autonomiaFinanziaria,
  autonomiaImpositiva,
  budgetIndicators,
  computeFondoCassaFinale,
  entrateCorrenti,
  incidences,
  perResident,
  speseCorrenti,
  sumCents,
  titoloAmount,
  totaleRiscossioniConFondo,
} from "../../../src/core/budget/indicators";
import { Budget } from "../../../src/core/budget/model";
import { analyzeBudget } from "../../../src/core/budget/rendiconto";
import { CTX, ENTRATE_ROWS, RESIDENTS, entrate, spese, withoutRow } from "./seed";

const seedBudget = (): Budget => {
  const b = analyzeBudget(entrate(), spese(), CTX).budget;
  if (!b) throw new Error("seed budget expected");
  return b;
};

describe("budget indicators on the seed", () => {
  const b = seedBudget();

  it("sums and fondi di cassa", () => {
    expect(sumCents([1, 2, 3])).toBe(6);
    expect(sumCents([1, undefined])).toBeUndefined();
    // 19.930.111,55 + 4.537.927,05 = 24.468.038,60
    expect(totaleRiscossioniConFondo(b)).toBe(2446803860);
    expect(computeFondoCassaFinale(453792705, 1993011155, 2377789518)).toBe(69014342);
    expect(computeFondoCassaFinale(undefined, 1993011155, 2377789518)).toBeUndefined();
  });

  it("entrate and spese correnti", () => {
    // 9.593.473,64 + 885.516,47 + 2.838.127,99 = 13.317.118,10
    expect(entrateCorrenti(b)).toBe(1331711810);
    expect(speseCorrenti(b)).toBe(1213744965);
  });

  it("autonomia finanziaria and impositiva on accertamenti", () => {
    // (9.593.473,64 + 2.838.127,99) / 13.317.118,10 = 12.431.601,63 / 13.317.118,10 = 0,933505… → 93,35%
    expect(autonomiaFinanziaria(b)).toBeCloseTo(0.9335054, 7);
    // 9.593.473,64 / 13.317.118,10 = 0,720387… → 72,04%
    expect(autonomiaImpositiva(b)).toBeCloseTo(0.7203866, 7);
  });

  it("pro-capite figures on 15.883 residents", () => {
    // 13.317.118,10 / 15.883 = 838,451…; 12.137.449,65 / 15.883 = 764,179…
    const ind = budgetIndicators(b, RESIDENTS);
    expect(ind.entrateCorrentiProCapite).toBeCloseTo(838.451, 3);
    expect(ind.speseCorrentiProCapite).toBeCloseTo(764.179, 3);
    expect(ind.residents).toBe(15883);
  });

  it("incidence of each titolo on its side's total di competenza", () => {
    const e = incidences(b.entrate);
    // 9.593.473,64 / 22.038.064,37 = 0,435314…; 2.821.008,11 / 22.038.064,37 = 0,128006…; 0 / … = 0
    expect(e.find((i) => i.titolo === 1)?.ratio).toBeCloseTo(0.435314, 6);
    expect(e.find((i) => i.titolo === 9)?.ratio).toBeCloseTo(0.128006, 6);
    expect(e.find((i) => i.titolo === 7)?.ratio).toBe(0);
    // 12.137.449,65 / 24.623.991,46 = 0,492912…
    expect(incidences(b.spese)[0].ratio).toBeCloseTo(0.492912, 6);
    const sum = e.reduce((t, i) => t + (i.ratio ?? 0), 0);
    expect(sum).toBeCloseTo(1, 12);
  });
});

describe("budget indicators with missing inputs", () => {
  it("perResident refuses residents that are not a positive integer", () => {
    expect(perResident(100, 0)).toBeUndefined();
    expect(perResident(100, -3)).toBeUndefined();
    expect(perResident(100, 1.5)).toBeUndefined();
    expect(perResident(undefined, 10)).toBeUndefined();
    expect(perResident(1000, 4)).toBe(2.5);
    expect(budgetIndicators(seedBudget()).entrateCorrentiProCapite).toBeUndefined();
  });

  it("a titolo without a row counts 0, a titolo with an unknown amount makes the figures unknown", () => {
    const r = analyzeBudget(entrate(withoutRow(ENTRATE_ROWS, 5)), spese(), CTX);
    const b = r.budget as Budget;
    expect(titoloAmount(b.entrate, 2, "competenza")).toBe(0);
    // Without titolo 2: (9.593.473,64 + 2.838.127,99) / (9.593.473,64 + 2.838.127,99) = 1
    expect(autonomiaFinanziaria(b)).toBe(1);
    const broken: Budget = { ...b, entrate: { ...b.entrate, lines: b.entrate.lines.map((l) => (l.titolo === 3 ? { ...l, competenza: undefined } : l)) } };
    expect(entrateCorrenti(broken)).toBeUndefined();
    expect(autonomiaFinanziaria(broken)).toBeUndefined();
    expect(autonomiaImpositiva(broken)).toBeUndefined();
  });

  it("incidences are unknown when the total is", () => {
    const b = seedBudget();
    const noTotal = { ...b.entrate, competenzaTotal: undefined };
    expect(incidences(noTotal).every((i) => i.ratio === undefined)).toBe(true);
  });
});
