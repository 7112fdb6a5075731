import { GroupStats, aggregateEvaluations, isPublishable, scoreStats, suppressedGroups } from "../../../src/core/evaluations/aggregates";
import { analyzeEvaluations } from "../../../src/core/evaluations/analyze";
import { DEFAULT_PARAMETERS } from "../../../src/core/parameters/parameters";
import { PERSONALE, dipSheet, respSheet } from "./fixtures";

describe("scoreStats", () => {
  it("computes mean, median, min, max", () => {
    // (71 + 76 + 80) / 3 = 75,666…; middle of 71, 76, 80 is 76
    expect(scoreStats([76, 71, 80])).toEqual({ count: 3, mean: 227 / 3, median: 76, min: 71, max: 80 });
    // even count: (80 + 90) / 2 = 85
    expect(scoreStats([95, 71, 90, 80, 76, 94]).median).toBe(85);
    expect(scoreStats([])).toEqual({ count: 0 });
  });

  it("publishes groups of 3 or more only", () => {
    expect(isPublishable(scoreStats([1, 2]))).toBe(false);
    expect(isPublishable(scoreStats([1, 2, 3]))).toBe(true);
  });
});

describe("aggregateEvaluations on the fixture (totals 76, 71, 90, 80 and 94, 95)", () => {
  const r = analyzeEvaluations({ dipendenti: dipSheet(), responsabili: respSheet(), personale: PERSONALE }, DEFAULT_PARAMETERS);
  const agg = aggregateEvaluations(r.schede, DEFAULT_PARAMETERS);

  it("overall and per kind", () => {
    // sum 76 + 71 + 90 + 80 + 94 + 95 = 506; 506 / 6 = 84,333…; median (80 + 90) / 2 = 85
    expect(agg.overall).toEqual({ count: 6, mean: 506 / 6, median: 85, min: 71, max: 95 });
    // (76 + 71 + 90 + 80) / 4 = 79,25; median (76 + 80) / 2 = 78
    expect(agg.dipendenti).toEqual({ count: 4, mean: 79.25, median: 78, min: 71, max: 90 });
    expect(agg.responsabili).toEqual({ count: 2, mean: 94.5, median: 94.5, min: 94, max: 95 });
  });

  it("by area: responsabili first, then the four areas", () => {
    expect(agg.byArea.map((g) => [g.key, g.stats.count, g.stats.mean])).toEqual([
      ["responsabili", 2, 94.5],
      ["funzionari", 0, undefined],
      ["istruttori", 3, 227 / 3],
      ["operatoriEsperti", 1, 90],
      ["operatori", 0, undefined],
    ]);
    expect(agg.byArea[2].label).toBe("degli Istruttori (ex categoria C)");
  });

  it("by settore, alphabetical", () => {
    // Settore A: 76, 71, 80, 94 → 321 / 4 = 80,25, median (76 + 80) / 2 = 78; Settore B: 90, 95
    expect(agg.bySettore).toEqual([
      { key: "Settore A", label: "Settore A", stats: { count: 4, mean: 80.25, median: 78, min: 71, max: 94 } },
      { key: "Settore B", label: "Settore B", stats: { count: 2, mean: 92.5, median: 92.5, min: 90, max: 95 } },
    ]);
  });

  it("by band: a total on a bound falls in the upper band", () => {
    // 71, 76 → 70-80; 80 → 80-90; 90, 94, 95 → 90-100
    expect(agg.byBand.map((b) => [b.band.label, b.count, b.share])).toEqual([
      ["meno di 60", 0, 0],
      ["da 60 a meno di 70", 0, 0],
      ["da 70 a meno di 80", 2, 2 / 6],
      ["da 80 a meno di 90", 1, 1 / 6],
      ["da 90 a 100", 3, 3 / 6],
    ]);
  });

  it("groups schede without Personale under 'area non indicata' and 'settore non indicato'", () => {
    const loose = analyzeEvaluations({ dipendenti: dipSheet() }, DEFAULT_PARAMETERS);
    const a = aggregateEvaluations(loose.schede, DEFAULT_PARAMETERS);
    expect(a.byArea.at(-1)).toEqual({ key: "nonIndicata", label: "area non indicata", stats: { count: 4, mean: 79.25, median: 78, min: 71, max: 90 } });
    expect(a.bySettore.map((g) => [g.label, g.stats.count])).toEqual([["settore non indicato", 4]]);
  });
});

describe("suppressedGroups", () => {
  const groups = (...counts: number[]): GroupStats[] => counts.map((count, i) => ({ key: `g${i}`, label: `g${i}`, stats: { count } }));
  const of = (...counts: number[]) => Object.fromEntries(suppressedGroups(groups(...counts)));

  it("withholds nothing when every group has 3 schede or more", () => {
    expect(of(5, 45, 3)).toEqual({});
  });

  it("adds the smallest other group (first in table order on a tie) to a lone small group", () => {
    // the seed's areas: 5 responsabili, 5 funzionari, 45 istruttori, 17 operatori esperti, 1 operatore
    expect(of(5, 5, 45, 17, 1)).toEqual({ g4: "small", g0: "complementary" });
  });

  it("needs no complementary group when two small groups already hold 3 schede", () => {
    expect(of(2, 3, 1)).toEqual({ g0: "small", g2: "small" });
  });

  it("adds groups until the withheld ones hold 3 schede, ignoring empty groups", () => {
    // 1 + 1 = 2 < 3: the smallest other group (4) is withheld too; the empty group is not counted
    expect(of(1, 0, 10, 1, 4)).toEqual({ g0: "small", g3: "small", g4: "complementary" });
  });
});
