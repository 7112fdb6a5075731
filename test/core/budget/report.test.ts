import { Budget } from "../../../src/core/budget/model";
import { analyzeBudget } from "../../../src/core/budget/rendiconto";
import { budgetBlocks, budgetCalcBlocks } from "../../../src/core/budget/report";
import { ReportBlock } from "../../../src/core/output/blocks";
import { FORMAT } from "../../../src/core/output/sheet";
import { CTX, ENTRATE_ROWS, RESIDENTS, SPESE_ROWS, entrate, spese, withCell, withRow } from "./seed";

const budgetOf = (e = ENTRATE_ROWS, s = SPESE_ROWS): Budget => {
  const b = analyzeBudget(entrate(e), spese(s), CTX).budget;
  if (!b) throw new Error("budget expected");
  return b;
};

type Table = Extract<ReportBlock, { kind: "table" }>;
const tables = (blocks: readonly ReportBlock[]): Table[] => blocks.filter((b): b is Table => b.kind === "table");
const paragraphs = (blocks: readonly ReportBlock[]): string[] => blocks.flatMap((b) => (b.kind === "paragraph" ? [b.text] : []));

describe("budgetBlocks on the seed", () => {
  const blocks = budgetBlocks(budgetOf(), CTX, RESIDENTS);
  const [e, s] = tables(blocks);

  it("reproduces ANALISI DELLE ENTRATE AL 31/12/2024", () => {
    expect(e.title).toBe("ANALISI DELLE ENTRATE AL 31/12/2024");
    expect(e.columns).toEqual([
      { header: "" },
      { header: "Accertamenti (competenza)", format: FORMAT.euro },
      { header: "Totale riscossioni (competenza+residui)", format: FORMAT.euro },
    ]);
    expect(e.rows).toEqual([
      ["Fondo di cassa all'inizio dell'esercizio", null, 4537927.05],
      ["Applicazione avanzo di amministrazione 2023", 1599767.19, null],
      ["Titolo 1 Entrate correnti di natura tributaria, contributiva e perequativa", 9593473.64, 9883027.61],
      ["Titolo 2 Trasferimenti correnti", 885516.47, 896131.52],
      ["Titolo 3 Entrate extratributarie", 2838127.99, 3221931.87],
      ["Titolo 4 Entrate in conto capitale", 4766040.16, 2124229.35],
      ["Titolo 5 Entrate da riduzione di attività finanziarie", 566949, 442020.99],
      ["Titolo 6 Accensione di prestiti", 566949, 566949],
      ["Titolo 7 Anticipazioni da istituto tesoriere/cassiere", 0, 0],
      ["Titolo 9 Entrate per conto di terzi e partite di giro", 2821008.11, 2795821.21],
    ]);
    expect(e.totalRows).toEqual([["TOTALE", 22038064.37, 24468038.6]]);
  });

  it("reproduces ANALISI DELLE SPESE AL 31/12/2024 with the fondo di cassa", () => {
    expect(s.title).toBe("ANALISI DELLE SPESE AL 31/12/2024");
    expect(s.columns.map((c) => c.header)).toEqual(["", "Impegni (competenza)", "Totale pagamenti (competenza+residui)"]);
    expect(s.rows).toEqual([
      ["Disavanzo di amministrazione", 0, null],
      ["Titolo 1 Spese correnti", 12137449.65, 12206605.14],
      ["Titolo 2 Spese in conto capitale", 8537034.95, 7889902.71],
      ["Titolo 3 Spese per incremento di attività finanziarie", 566949, 566949],
      ["Titolo 4 Rimborsi di prestiti", 561549.75, 561549.75],
      ["Titolo 5 Chiusura Anticipazioni da istituto tesoriere/cassiere", 0, 0],
      ["Titolo 7 Spese per conto terzi e partite di giro", 2821008.11, 2552888.58],
    ]);
    expect(s.totalRows).toEqual([
      ["TOTALE", 24623991.46, 23777895.18],
      ["Fondo di cassa", null, 690143.42],
    ]);
  });

  it("adds the sentences on autonomia and pro-capite figures", () => {
    // 93,35% and 72,04%: see indicators.test.ts; 838,45 = 13.317.118,10 / 15.883; 764,18 = 12.137.449,65 / 15.883
    expect(paragraphs(blocks)).toEqual([
      "Il grado di autonomia finanziaria, rapporto tra le entrate tributarie ed extratributarie (titoli 1 e 3) e le entrate correnti (titoli 1, 2 e 3) accertate, è pari al 93,35%; il grado di autonomia impositiva, rapporto tra le entrate tributarie e le entrate correnti accertate, è pari al 72,04%.",
      "Rapportate ai 15.883 residenti al 31/12/2024, le entrate correnti accertate (titoli 1, 2 e 3) ammontano a 838,45 euro per abitante e le spese correnti impegnate (titolo 1) ammontano a 764,18 euro per abitante.",
    ]);
  });

  it("leaves the pro-capite sentence out without residents", () => {
    expect(paragraphs(budgetBlocks(budgetOf(), CTX))).toHaveLength(1);
  });
});

describe("budgetBlocks with missing figures", () => {
  it("prints blank totals when they are untrusted, and omits absent special rows", () => {
    // A duplicate titolo 2 leaves its amounts and the entrate totals out.
    const e = withRow(ENTRATE_ROWS, 6, [2, "Trasferimenti correnti", 1, 1]);
    const s = SPESE_ROWS.filter((r) => r[1] !== "Disavanzo di amministrazione" && r[1] !== "Fondo di cassa");
    const blocks = budgetBlocks(budgetOf(e, s), CTX, RESIDENTS);
    const [te, ts] = tables(blocks);
    expect(te.rows[3]).toEqual(["Titolo 2 Trasferimenti correnti", null, null]);
    expect(te.totalRows).toEqual([["TOTALE", null, null]]);
    expect(ts.rows[0][0]).toBe("Titolo 1 Spese correnti");
    // The fondo finale is computed even if not stated, but the entrate riscossioni are unknown here.
    expect(ts.totalRows).toEqual([["TOTALE", 24623991.46, 23777895.18]]);
    // Titolo 2 is unknown: no autonomia, no entrate pro capite; the spese clause stays.
    expect(paragraphs(blocks)).toEqual([
      "Rapportate ai 15.883 residenti al 31/12/2024, le spese correnti impegnate (titolo 1) ammontano a 764,18 euro per abitante.",
    ]);
  });

  it("elides the article before percentages read with a vowel and uses the singular for one resident", () => {
    // Titolo 1 = 8, titolo 2 = 92, titolo 3 = 0 (euro): autonomia impositiva = finanziaria = 8 / 100 = 8%.
    const b = budgetOf();
    const lines = b.entrate.lines.map((l) => (l.titolo === 1 ? { ...l, competenza: 800 } : l.titolo === 2 ? { ...l, competenza: 9200 } : l.titolo === 3 ? { ...l, competenza: 0 } : l));
    const text = paragraphs(budgetBlocks({ ...b, entrate: { ...b.entrate, lines } }, CTX, 1));
    expect(text[0]).toContain("è pari all'8,00%; il grado di autonomia impositiva");
    // 100,00 / 1 residente
    expect(text[1]).toBe(
      "Rapportate al 1 residente al 31/12/2024, le entrate correnti accertate (titoli 1, 2 e 3) ammontano a 100,00 euro per abitante e le spese correnti impegnate (titolo 1) ammontano a 12.137.449,65 euro per abitante.",
    );
  });
});

describe("budgetCalcBlocks", () => {
  it("lists titoli with incidences and sources, indicators and checks", () => {
    const blocks = budgetCalcBlocks(budgetOf(), CTX, RESIDENTS);
    expect(blocks[0]).toEqual({ kind: "heading", level: 1, text: "Calcolo bilancio 2024" });
    const [e, s, ind, checks] = tables(blocks);
    expect(e.rows[0]).toEqual(["Titolo 1", "Entrate correnti di natura tributaria, contributiva e perequativa", 9593473.64, 959347364 / 2203806437, 9883027.61, "Foglio «Entrate», riga 4"]);
    expect(e.totalRows).toEqual([["Totale titoli", null, 22038064.37, 1, 19930111.55, "Somma dei titoli"]]);
    expect(s.totalRows).toEqual([["Totale titoli", null, 24623991.46, 1, 23777895.18, "Somma dei titoli"]]);
    const value = (label: string): unknown => ind.rows.find((r) => r[0] === label)?.[1];
    expect(value("Fondo di cassa al 31/12/2024")).toEqual({ value: 690143.42, format: FORMAT.euro });
    expect(value("Totale riscossioni compreso il fondo di cassa iniziale")).toEqual({ value: 24468038.6, format: FORMAT.euro });
    expect(value("Avanzo di amministrazione 2023 applicato")).toEqual({ value: 1599767.19, format: FORMAT.euro });
    expect(value("Autonomia finanziaria")).toEqual({ value: 1243160163 / 1331711810, format: FORMAT.percent2 });
    expect(value("Residenti al 31/12/2024")).toEqual({ value: 15883, format: FORMAT.integer });
    expect(value("Spese correnti pro capite")).toEqual({ value: 12137449.65 / 15883, format: FORMAT.euro });
    expect(checks.rows).toHaveLength(7);
    expect(checks.rows.every((r) => r[4] === "coerente")).toBe(true);
  });

  it("shows a failed check with both amounts and its difference", () => {
    let s = withCell(SPESE_ROWS, 8, 3, 2821008.1);
    s = withCell(s, 9, 3, 24623991.45);
    const blocks = budgetCalcBlocks(budgetOf(ENTRATE_ROWS, s), CTX);
    const checks = tables(blocks)[3];
    const failed = checks.rows.filter((r) => r[4] === "NON coerente");
    expect(failed).toHaveLength(1);
    expect(failed[0][0]).toBe("Partite di giro: accertamenti entrate titolo 9 = impegni spese titolo 7");
    expect(failed[0].slice(1, 3)).toEqual([2821008.11, 2821008.1]);
    expect(failed[0][3]).toBeCloseTo(0.01, 10);
    // Without residents the pro-capite rows are left out.
    expect(tables(blocks)[2].rows.some((r) => r[0] === "Spese correnti pro capite")).toBe(false);
  });
});
