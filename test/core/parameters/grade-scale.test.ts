import { DEFAULT_GRADES, parseGrade, parseLooseNumber } from "../../../src/core/parameters/grade-scale";

describe("parseGrade on the seed's scale", () => {
  const points = (text: string) => parseGrade(text, DEFAULT_GRADES)?.points;

  it("reads the six labels in any case and accent", () => {
    expect(["Nulla", "scarsa", "SUFFICIENTE", "Buona", "ampia", "Eccellente"].map(points)).toEqual([0, 2, 3, 4, 6, 8]);
  });

  it("reads the points, alone or with the label", () => {
    expect(["0", "8", "Buona 4", "4 - Buona", "Buona (4)"].map(points)).toEqual([0, 8, 4, 4, 4]);
  });

  it("refuses what is not on the scale or disagrees", () => {
    expect(["5", "Buona 6", "Ottima", "", "4,5", "Buona Ampia 4"].map(points)).toEqual([undefined, undefined, undefined, undefined, undefined, undefined]);
  });
});

describe("parseLooseNumber", () => {
  it("reads Italian numbers and numeric cells as text", () => {
    expect(["60", "2,5", "1.500", "2.5", " 17,25 "].map(parseLooseNumber)).toEqual([60, 2.5, 1500, 2.5, 17.25]);
    expect(["sessanta", "1,2.3", ""].map(parseLooseNumber)).toEqual([undefined, undefined, undefined]);
  });
});
