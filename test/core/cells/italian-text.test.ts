import { isBlankText, parseItalianBoolean, parseItalianDate, parseItalianNumber, parseItalianPercent } from "../../../src/core/cells/italian-text";

describe("parseItalianNumber", () => {
  it.each([
    ["15.883", 15883],
    ["22.038.064,37", 22038064.37],
    ["-0,70", -0.7],
    ["−3", -3],
    ["+5", 5],
    ["105", 105],
    ["  1.234,5  ", 1234.5],
    ["\u00a012\u00a0", 12],
    ["€ 1.234,56", 1234.56],
    ["€1.234,56", 1234.56],
    ["1.234,56 €", 1234.56],
    ["-€ 5,00", -5],
    ["EUR 9.593.473,64", 9593473.64],
    ["0,00", 0],
    ["-0", 0],
  ])("%p → %p", (text, value) => {
    expect(parseItalianNumber(text)).toBe(value);
  });

  it.each(["1.5", "12,345.6", "1 234", "1.2€34", "€ 5 €", "--5", "+-5", "1.23,4", ",5", "5,", "1,2,3", "abc", "", "€", "1e5", "0x10", "Infinity", "12.34.5"])(
    "refuses %p",
    (text) => {
      expect(parseItalianNumber(text)).toBeUndefined();
    },
  );

  it("refuses digits beyond what a number can hold", () => {
    expect(parseItalianNumber("9".repeat(400))).toBeUndefined();
  });
});

describe("parseItalianPercent", () => {
  it("reads the number before the sign, not the ratio", () => {
    expect(parseItalianPercent("83,33%")).toBe(83.33);
    expect(parseItalianPercent("50 %")).toBe(50);
    expect(parseItalianPercent("-1,5%")).toBe(-1.5);
  });
  it("refuses text without a trailing % or with a euro mark", () => {
    expect(parseItalianPercent("50")).toBeUndefined();
    expect(parseItalianPercent("%50")).toBeUndefined();
    expect(parseItalianPercent("€ 50%")).toBeUndefined();
    expect(parseItalianPercent("5,0,0%")).toBeUndefined();
  });
});

describe("parseItalianDate", () => {
  it.each([
    ["31/12/2024", "2024-12-31"],
    ["1-1-2024", "2024-01-01"],
    ["01.01.2024", "2024-01-01"],
    ["29/02/2024", "2024-02-29"],
    ["31 dicembre 2024", "2024-12-31"],
    ["1° gennaio 2024", "2024-01-01"],
    ["1 Gen 2024", "2024-01-01"],
    ["15 set. 2024", "2024-09-15"],
    ["2024-12-31", "2024-12-31"],
  ])("%p → %s", (text, iso) => {
    expect(parseItalianDate(text)).toEqual(new Date(`${iso}T00:00:00Z`));
  });

  it.each(["31/02/2024", "29/02/2023", "31/12/24", "12/31/2024", "2024/12/31", "0/1/2024", "31 dicembra 2024", "ieri", "", "01/01/0099"])("refuses %p", (text) => {
    expect(parseItalianDate(text)).toBeUndefined();
  });
});

describe("parseItalianBoolean", () => {
  it.each([
    ["Sì", true],
    ["SI", true],
    ["si'", true],
    ["sí", true],
    [" x ", true],
    ["Vero", true],
    ["No", false],
    ["N", false],
    ["FALSO", false],
  ])("%p → %p", (text, value) => {
    expect(parseItalianBoolean(text)).toBe(value);
  });
  it("refuses anything else", () => {
    expect(parseItalianBoolean("forse")).toBeUndefined();
    expect(parseItalianBoolean("")).toBeUndefined();
    expect(parseItalianBoolean("1")).toBeUndefined();
  });
});

describe("isBlankText", () => {
  it("treats empty, spaces, non-breaking and zero-width characters as blank", () => {
    expect(isBlankText("")).toBe(true);
    expect(isBlankText(" \t\n\u00a0\u200b\ufeff")).toBe(true);
    expect(isBlankText(" . ")).toBe(false);
    expect(isBlankText("0")).toBe(false);
  });
});
