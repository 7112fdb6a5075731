import { readTyped } from "../../../src/core/table/values";

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
