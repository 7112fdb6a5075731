import { DEFAULT_PARAMETERS } from "../../../src/core/parameters/parameters";
import { bandIndex, scoreBands } from "../../../src/core/parameters/score-bands";

describe("scoreBands", () => {
  it("gives the seed's five bands", () => {
    expect(scoreBands(DEFAULT_PARAMETERS)).toEqual([
      { from: 0, to: 60, label: "meno di 60" },
      { from: 60, to: 70, label: "da 60 a meno di 70" },
      { from: 70, to: 80, label: "da 70 a meno di 80" },
      { from: 80, to: 90, label: "da 80 a meno di 90" },
      { from: 90, to: 100, label: "da 90 a 100" },
    ]);
  });

  it("follows other cuts and maxima, decimals included", () => {
    expect(scoreBands({ ...DEFAULT_PARAMETERS, fasce: [50, 75.5], punteggioMassimo: 120 }).map((b) => b.label)).toEqual(["meno di 50", "da 50 a meno di 75,50", "da 75,50 a 120"]);
    expect(scoreBands({ ...DEFAULT_PARAMETERS, fasce: [] })).toEqual([{ from: 0, to: 100, label: "da 0 a 100" }]);
  });

  it("puts a total on a bound in the upper band, and the maximum in the last", () => {
    const bands = scoreBands(DEFAULT_PARAMETERS);
    expect([0, 59.99, 60, 69.5, 90, 100].map((t) => bandIndex(t, bands))).toEqual([0, 0, 1, 1, 4, 4]);
  });
});
