import { CellValue } from "../../../src/core/cell";
import { analyzeCensus } from "../../../src/core/demography/census";
import { NOTE_1929, SEED_CENSIMENTI, sheetOf, withCell } from "./seed-data";

const analyze = (rows: CellValue[][]) => analyzeCensus(sheetOf("Censimenti", rows), 2024);

describe("analyzeCensus on the seed", () => {
  const a = analyze(SEED_CENSIMENTI);

  it("raises exactly one avviso: 1951, where 4.698 + 5.151 = 9.849 but the published total is 9.585", () => {
    expect(a.findings).toEqual([expect.objectContaining({ severity: "avviso", code: "CENS_SOMMA_SESSI", sheet: "Censimenti", cell: "D10" })]);
    expect(a.findings[0].message).toContain("censimento 1951");
    expect(a.findings[0].message).toContain("maschi 4.698 + femmine 5.151 = 9.849, ma il totale indicato è 9.585 (differenza -264)");
  });

  it("keeps every census, 1951 as published, with the notes", () => {
    const c = a.census!;
    expect(c.rows.map((r) => r.totale)).toEqual([3234, 3404, 3710, 4141, 5628, 6145, 6678, 7155, 9585, 11339, 12168, 12926, 13206, 13590, 15524]);
    expect(c.rows[0]).toEqual({ anno: 1861, totale: 3234, nota: NOTE_1929 });
    expect(c.rows[8]).toEqual({ anno: 1951, maschi: 4698, femmine: 5151, totale: 9585 });
    expect(c.rows.filter((r) => r.nota).map((r) => r.anno)).toEqual([1861, 1871, 1881, 1901, 1911, 1921]);
  });

  it("computes intercensal changes and the compound mean annual growth rate", () => {
    const c = a.census!;
    expect(c.changes).toHaveLength(14);
    // 1871 vs 1861: 3.404 − 3.234 = 170; 170 / 3.234 = 5,2566%; (3.404 / 3.234)^(1/10) − 1 = 0,5136% per year
    expect(c.changes[0]).toMatchObject({ anno: 1871, fromAnno: 1861, years: 10, change: 170 });
    expect(c.changes[0].changeRatio).toBeCloseTo(0.052566, 6);
    expect(c.changes[0].annualGrowthRate).toBeCloseTo(0.005136, 6);
    // 1901 vs 1881 (no census in 1891): 20 years, 4.141 − 3.710 = 431; (4.141 / 3.710)^(1/20) − 1 = 0,5510%
    expect(c.changes[2]).toMatchObject({ anno: 1901, fromAnno: 1881, years: 20, change: 431 });
    expect(c.changes[2].annualGrowthRate).toBeCloseTo(0.00551, 6);
    // 2011 vs 2001: 15.524 − 13.590 = 1.934; 1.934 / 13.590 = 14,2311%; (15.524 / 13.590)^(1/10) − 1 = 1,3394%
    expect(c.changes[13]).toMatchObject({ anno: 2011, fromAnno: 2001, years: 10, change: 1934 });
    expect(c.changes[13].changeRatio).toBeCloseTo(0.142311, 6);
    expect(c.changes[13].annualGrowthRate).toBeCloseTo(0.013394, 6);
  });

  it("yields nothing and says nothing when the sheet is missing", () => {
    expect(analyzeCensus(undefined)).toEqual({ findings: [] });
  });
});

describe("analyzeCensus rules", () => {
  it("CENS_SOMMA_SESSI is silent when the sexes add up or one is missing", () => {
    const fixed = withCell(SEED_CENSIMENTI, 9, 3, 9849);
    expect(analyze(fixed).findings).toEqual([]);
    expect(analyze(withCell(SEED_CENSIMENTI, 9, 1, null)).findings).toEqual([]);
  });

  it("CENS_ANNO_DUPLICATO: both rows of the year are left out", () => {
    const r = analyze([...SEED_CENSIMENTI, [2011, 7636, 7888, 15524, null]]);
    expect(r.findings.map((f) => [f.code, f.severity, f.cell])).toEqual([
      ["CENS_SOMMA_SESSI", "avviso", "D10"],
      ["CENS_ANNO_DUPLICATO", "errore", "A17"],
    ]);
    expect(r.findings[1].message).toContain("riga 16");
    expect(r.census?.rows.map((x) => x.anno)).not.toContain(2011);
  });

  it("CENS_ANNO_FUORI_INTERVALLO: before 1861 or after the last acceptable year", () => {
    const r = analyze([SEED_CENSIMENTI[0], [1851, null, null, 3000, null], [2031, null, null, 16000, null], [2011, 7636, 7888, 15524, null]]);
    expect(r.findings.map((f) => [f.code, f.severity, f.cell])).toEqual([
      ["CENS_ANNO_FUORI_INTERVALLO", "errore", "A2"],
      ["CENS_ANNO_FUORI_INTERVALLO", "errore", "A3"],
    ]);
    expect(r.census?.rows).toEqual([{ anno: 2011, maschi: 7636, femmine: 7888, totale: 15524 }]);
    expect(r.census?.changes).toEqual([]);
  });

  it("CENS_VALORE_MANCANTE: a row without totale or year", () => {
    const r = analyze([SEED_CENSIMENTI[0], [2001, 6649, 6941, null, null], [null, 7636, 7888, 15524, null]]);
    expect(r.findings.map((f) => [f.code, f.severity, f.cell])).toEqual([
      ["CENS_VALORE_MANCANTE", "errore", "D2"],
      ["CENS_VALORE_MANCANTE", "errore", "A3"],
    ]);
    expect(r.census).toBeUndefined();
  });

  it("sorts by year and keeps a row whose note starts with «Totale»", () => {
    const r = analyze([SEED_CENSIMENTI[0], [2011, null, null, 15524, null], [1861, null, null, 3234, "Totale dei tre Comuni"]]);
    expect(r.findings).toEqual([]);
    expect(r.census?.rows.map((x) => x.anno)).toEqual([1861, 2011]);
    expect(r.census?.changes[0]).toMatchObject({ years: 150, change: 12290 });
  });
});
