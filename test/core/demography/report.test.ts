import { ReportBlock } from "../../../src/core/output/blocks";
import { FORMAT } from "../../../src/core/output/sheet";
import { analyzeCensus } from "../../../src/core/demography/census";
import { computeDemographicIndicators } from "../../../src/core/demography/indicators";
import { Movimento, analyzeDemography } from "../../../src/core/demography/movimento";
import { censusBlocks, demographyCalcBlocks, movimentoBlocks, residentsBlocks } from "../../../src/core/demography/report";
import { CTX, NOTE_1929, SEED_CENSIMENTI, SEED_DEMOGRAFIA, sheetOf } from "./seed-data";

const movimento = analyzeDemography(sheetOf("Demografia", SEED_DEMOGRAFIA), CTX).movimento!;
const indicators = computeDemographicIndicators(movimento);
const census = analyzeCensus(sheetOf("Censimenti", SEED_CENSIMENTI), 2024).census!;

type Table = Extract<ReportBlock, { kind: "table" }>;
const tables = (blocks: ReportBlock[]): Table[] => blocks.filter((b): b is Table => b.kind === "table");
const texts = (blocks: ReportBlock[]): string[] => blocks.filter((b) => b.kind === "paragraph" || b.kind === "note").map((b) => (b as { text: string }).text);

describe("residentsBlocks", () => {
  it("states the residents at 31/12 as the reference report", () => {
    expect(residentsBlocks(movimento, CTX)).toEqual([{ kind: "paragraph", text: "Darfo Boario Terme registra al 31/12/2024 n. 15.883 residenti." }]);
  });
  it("says nothing without a movimento", () => {
    expect(residentsBlocks(undefined, CTX)).toEqual([]);
  });
});

describe("censusBlocks", () => {
  const blocks = censusBlocks(census);

  it("reproduces the census table of the reference report, with the asterisk footnote", () => {
    expect(blocks[0]).toEqual({ kind: "paragraph", text: "Popolazione legale registrata ai Censimenti:" });
    const [t] = tables(blocks);
    expect(t.columns.map((c) => c.header)).toEqual(["Anno di censimento", "Maschi", "Femmine", "TOTALE"]);
    expect(t.rows[0]).toEqual(["1861*", null, null, 3234]);
    expect(t.rows[5]).toEqual(["1921*", null, null, 6145]);
    expect(t.rows[6]).toEqual(["1931", null, null, 6678]);
    expect(t.rows[8]).toEqual(["1951", 4698, 5151, 9585]);
    expect(t.rows[14]).toEqual(["2011", 7636, 7888, 15524]);
    expect(t.rows.map((r) => r[3])).toEqual([3234, 3404, 3710, 4141, 5628, 6145, 6678, 7155, 9585, 11339, 12168, 12926, 13206, 13590, 15524]);
    expect(blocks.slice(2)).toEqual([{ kind: "note", text: `(*) ${NOTE_1929}` }]);
  });

  it("gives each distinct note its own marker", () => {
    const two = censusBlocks({ rows: [{ anno: 1921, totale: 6145, nota: "A" }, { anno: 1931, totale: 6678, nota: "B" }, { anno: 1936, totale: 7155, nota: "A" }], changes: [] });
    expect(tables(two)[0].rows.map((r) => r[0])).toEqual(["1921*", "1931**", "1936*"]);
    expect(texts(two).slice(1)).toEqual(["(*) A", "(**) B"]);
  });

  it("says nothing without census data", () => {
    expect(censusBlocks(undefined)).toEqual([]);
  });
});

describe("movimentoBlocks", () => {
  const blocks = movimentoBlocks(movimento, indicators, CTX);
  const [t] = tables(blocks);

  it("reproduces the MOVIMENTO DEMOGRAFICO table of the reference report", () => {
    expect(blocks[0]).toEqual({ kind: "paragraph", text: "Nel corso del 2024 la popolazione ha subito il seguente andamento:" });
    expect(t.title).toBe("MOVIMENTO DEMOGRAFICO della popolazione residente");
    expect(t.columns.map((c) => c.header)).toEqual(["", "Maschi", "Femmine", "Totale", "Famiglie"]);
    expect(t.rows).toEqual([
      ["POPOLAZIONE AL 1° gennaio 2024", 7833, 7940, 15773, 6839],
      ["NATI", 46, 59, 105, null],
      ["MORTI", 69, 68, 137, null],
      ["ISCRITTI", 330, 291, 621, null],
      ["CANCELLATI", 252, 227, 479, null],
      ["POPOLAZIONE AL 31 dicembre 2024", 7888, 7995, 15883, 6888],
    ]);
    expect(t.totalRows?.[0]).toEqual(["Incremento nell'anno", null, null, 110, 49]);
    const pctRow = t.totalRows![1];
    expect(pctRow[0]).toBe("Percentuale di incremento nell'anno");
    expect(pctRow[3]).toEqual({ value: 110 / 15773, format: FORMAT.percent2 }); // shown 0,70%
    expect(pctRow[4]).toEqual({ value: 49 / 6839, format: FORMAT.percent2 }); // shown 0,72%
  });

  it("explains the figures in words", () => {
    expect(texts(blocks).slice(1)).toEqual([
      "Nel 2024 il saldo naturale è stato negativo di 32 unità (105 nati e 137 morti) e il saldo migratorio positivo di 142 unità (621 iscritti e 479 cancellati).",
      "La popolazione residente è aumentata di 110 unità (+0,70%), da 15.773 a 15.883 residenti; le famiglie sono aumentate di 49 unità (+0,72%), da 6.839 a 6.888.",
      // 105/15.828 = 6,63‰; 137/15.828 = 8,66‰; −32/15.828 = −2,02‰; 142/15.828 = 8,97‰; 110/15.828 = 6,95‰
      "I tassi per 1.000 abitanti, calcolati sulla popolazione media di 15.828 residenti, sono: natalità 6,63‰, mortalità 8,66‰, crescita naturale -2,02‰, saldo migratorio 8,97‰ e crescita totale 6,95‰.",
    ]);
  });

  it("handles decrease, zero saldi, singulars, rettifiche and missing families", () => {
    // 1/1 1.000; +1 nato −1 morto (saldo naturale 0); +1 iscritto −3 cancellati (−2); aggiustamento −1 → 997
    const f = (maschi: number, femmine: number) => ({ maschi, femmine, totale: maschi + femmine });
    const m: Movimento = {
      sheet: "Demografia",
      inizio: f(500, 500),
      nati: f(1, 0),
      morti: f(0, 1),
      iscritti: f(1, 0),
      cancellati: f(2, 1),
      rettifiche: f(0, -1),
      fine: f(500, 497),
      rows: {},
    };
    const b = movimentoBlocks(m, computeDemographicIndicators(m), CTX);
    const [tb] = tables(b);
    expect(tb.rows.map((r) => r[0])).toContain("AGGIUSTAMENTO STATISTICO");
    expect(tb.rows[5]).toEqual(["AGGIUSTAMENTO STATISTICO", 0, -1, -1, null]);
    expect(tb.totalRows?.[0]).toEqual(["Variazione nell'anno", null, null, -3, null]);
    expect(tb.totalRows?.[1][0]).toBe("Variazione percentuale nell'anno");
    expect(texts(b).slice(1, 3)).toEqual([
      "Nel 2024 il saldo naturale è stato nullo (1 nato e 1 morto), il saldo migratorio negativo di 2 unità (1 iscritto e 3 cancellati) e l'aggiustamento statistico ha sottratto 1 unità.",
      // −3 / 1.000 = −0,30%
      "La popolazione residente è diminuita di 3 unità (-0,30%), da 1.000 a 997 residenti.",
    ]);
    // mean (1.000 + 997) / 2 = 998,5
    expect(texts(b)[3]).toContain("popolazione media di 998,5 residenti");
  });

  it("says nothing without a movimento", () => {
    expect(movimentoBlocks(undefined, undefined, CTX)).toEqual([]);
  });
});

describe("demographyCalcBlocks", () => {
  const blocks = demographyCalcBlocks(movimento, indicators, census, CTX);
  const [inputs, ind, cens] = tables(blocks);
  const row = (t: Table, label: string) => t.rows.find((r) => r[0] === label);

  it("lists the inputs with their source cells", () => {
    expect(blocks[0]).toEqual({ kind: "heading", level: 1, text: "Calcolo demografia 2024" });
    expect(inputs.columns.map((c) => c.header)).toEqual(["Indicatore", "Valore", "Unità", "Formula e fonte"]);
    expect(row(inputs, "Popolazione al 31 dicembre 2024")).toEqual(["Popolazione al 31 dicembre 2024", { value: 15883, format: FORMAT.integer }, "persone", "Foglio «Demografia», riga 7, colonna Totale"]);
  });

  it("lists every indicator with value, unit and formula", () => {
    expect(row(ind, "Saldo naturale")?.slice(1, 3)).toEqual([{ value: -32, format: FORMAT.integer }, "persone"]);
    expect(row(ind, "Saldo migratorio")?.[1]).toEqual({ value: 142, format: FORMAT.integer });
    expect(row(ind, "Variazione percentuale della popolazione")?.slice(1, 3)).toEqual([{ value: 110 / 15773, format: FORMAT.percent2 }, "%"]);
    expect(row(ind, "Popolazione media")?.[1]).toEqual({ value: 15828, format: FORMAT.integer });
    expect(row(ind, "Tasso di natalità")?.slice(1, 3)).toEqual([{ value: (105 / 15828) * 1000, format: FORMAT.decimal2 }, "‰"]);
    expect(row(ind, "Tasso di crescita totale")?.[3]).toBe("Saldo totale / Popolazione media × 1.000 (ISTAT)");
    expect(row(ind, "Variazione delle famiglie")?.[1]).toEqual({ value: 49, format: FORMAT.integer });
    expect(row(ind, "Componenti medi per famiglia")?.[3]).toContain("calcolato sui residenti");
    expect(row(ind, "Rapporto di mascolinità")?.[2]).toBe("maschi per 100 femmine");
    expect(ind.rows).toHaveLength(14);
  });

  it("lists the census series with intercensal changes", () => {
    expect(cens.rows).toHaveLength(15);
    expect(cens.rows[0]).toEqual(["1861", { value: 3234, format: FORMAT.integer }, null, null, null, null, null]);
    const last = cens.rows[14];
    expect(last.slice(0, 5)).toEqual(["2011", { value: 15524, format: FORMAT.integer }, "2001", { value: 10, format: FORMAT.integer }, { value: 1934, format: FORMAT.integer }]);
    expect((last[6] as { value: number }).value).toBeCloseTo(0.013394, 6);
  });

  it("still has a body when nothing is valid", () => {
    expect(texts(demographyCalcBlocks(undefined, undefined, undefined, CTX))).toHaveLength(1);
  });
});
