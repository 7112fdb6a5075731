import { formatEuro, formatNumber, formatPercent, formatSigned, joinItalian, plural } from "../../../src/core/narrative/italian";

describe("Italian number forms", () => {
  it("groups thousands with a dot and uses the comma for decimals, as the reference report", () => {
    expect(formatNumber(15883)).toBe("15.883");
    expect(formatEuro(22038064.37)).toBe("22.038.064,37");
    // 110 / 15.773 = 0,006974 → 0,70 %
    expect(formatPercent(110 / 15773)).toBe("0,70%");
    expect(formatSigned(110)).toBe("+110");
    expect(formatSigned(-32)).toBe("-32");
    expect(formatNumber(-0.001, 2)).toBe("0,00");
  });

  it("never falls into exponent notation, however large the figure", () => {
    expect(formatNumber(1e21)).toBe("1.000.000.000.000.000.000.000");
    expect(formatNumber(1e308)).not.toMatch(/e\+/);
  });

  it("agrees words with counts and joins lists the Italian way", () => {
    expect(plural(1, "atto", "atti")).toBe("atto");
    expect(plural(57, "atto", "atti")).toBe("atti");
    expect(joinItalian(["a", "b", "c"])).toBe("a, b e c");
  });
});
