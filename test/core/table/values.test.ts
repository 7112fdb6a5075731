import { parseItalianDate, parseItalianNumber } from "../../../src/core/cells/italian-text";
import { readTyped } from "../../../src/core/table/values";

describe("parseItalianNumber", () => {
  it("reads Italian thousands and decimal separators", () => {
    expect(parseItalianNumber("15.883")).toBe(15883);
    expect(parseItalianNumber("22.038.064,37")).toBe(22038064.37);
    expect(parseItalianNumber("€ 1.234,56")).toBe(1234.56);
    expect(parseItalianNumber("-0,70")).toBe(-0.7);
    expect(parseItalianNumber("105")).toBe(105);
  });
  it("refuses ambiguous or foreign forms rather than guessing", () => {
    expect(parseItalianNumber("1.5")).toBeUndefined();
    expect(parseItalianNumber("12,345.6")).toBeUndefined();
    expect(parseItalianNumber("abc")).toBeUndefined();
    expect(parseItalianNumber("")).toBeUndefined();
  });
});

describe("parseItalianDate", () => {
  it("reads day-first dates and refuses impossible ones", () => {
    expect(parseItalianDate("31/12/2024")?.toISOString()).toBe("2024-12-31T00:00:00.000Z");
    expect(parseItalianDate("31/02/2024")).toBeUndefined();
  });
});

describe("readTyped", () => {
  it("flags numbers stored as text", () => {
    expect(readTyped("1.234", "integer")).toEqual({ ok: true, value: 1234, numberAsText: true });
  });
  it("refuses non-integers for integer columns and error cells everywhere", () => {
    expect(readTyped(1.5, "integer").ok).toBe(false);
    expect(readTyped({ error: "#DIV/0!" }, "number")).toEqual({ ok: false, problem: "TIPO_NON_VALIDO", reason: "la cella contiene l'errore #DIV/0!" });
  });
  it("refuses a date in a numeric column instead of reading its serial (02/01/2024 is serial 45293)", () => {
    const date = new Date(Date.UTC(2024, 0, 2));
    expect(readTyped(date, "integer")).toEqual({ ok: false, problem: "TIPO_NON_VALIDO", reason: "la cella contiene la data 02/01/2024, atteso un numero intero" });
    expect(readTyped(date, "number")).toEqual({ ok: false, problem: "TIPO_NON_VALIDO", reason: "la cella contiene la data 02/01/2024, atteso un numero" });
    expect(readTyped(date, "percent")).toMatchObject({ ok: false, problem: "TIPO_NON_VALIDO" });
  });
  it("reads percentages typed as 50, 50% or as a 0,5 ratio in a %-formatted cell", () => {
    expect(readTyped(50, "percent")).toMatchObject({ value: 50 });
    expect(readTyped("83,33%", "percent")).toMatchObject({ value: 83.33 });
    expect(readTyped(0.5, "percent")).toMatchObject({ value: 50 });
  });
  it("reads sì/no and treats whitespace as blank", () => {
    expect(readTyped("Sì", "boolean")).toEqual({ ok: true, value: true });
    expect(readTyped("no", "boolean")).toEqual({ ok: true, value: false });
    expect(readTyped("   ", "text")).toEqual({ ok: true, value: null });
  });
});
