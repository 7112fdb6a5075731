import { UNCOMPUTED_FORMULA } from "../../../src/core/cell";
import { fromExcelJsValue } from "../../../src/core/cells/from-exceljs";

describe("fromExcelJsValue", () => {
  const date = new Date("2024-12-31T00:00:00Z");

  it("keeps numbers, text, booleans and dates, and reads blank text as empty", () => {
    expect(fromExcelJsValue(15883)).toBe(15883);
    expect(fromExcelJsValue("15.883")).toBe("15.883");
    expect(fromExcelJsValue(true)).toBe(true);
    expect(fromExcelJsValue(date)).toBe(date);
    expect(fromExcelJsValue(null)).toBeNull();
    expect(fromExcelJsValue(undefined)).toBeNull();
    expect(fromExcelJsValue("")).toBeNull();
    expect(fromExcelJsValue("  \u00a0")).toBeNull();
  });

  it("reads rich text and hyperlinks as the text they show", () => {
    expect(fromExcelJsValue({ richText: [{ text: "Poli" }, { text: "zia" }] })).toBe("Polizia");
    expect(fromExcelJsValue({ richText: [{ text: " " }] })).toBeNull();
    expect(fromExcelJsValue({ text: "Albo pretorio", hyperlink: "https://example.org" })).toBe("Albo pretorio");
    expect(fromExcelJsValue({ text: { richText: [{ text: "Sito" }, { text: " web" }] }, hyperlink: "https://example.org" })).toBe("Sito web");
  });

  it("reads a formula by its saved result, whatever its kind", () => {
    expect(fromExcelJsValue({ formula: "A1+1", result: 3 })).toBe(3);
    expect(fromExcelJsValue({ sharedFormula: "B2", result: "testo" })).toBe("testo");
    expect(fromExcelJsValue({ formula: "OGGI()", result: date })).toBe(date);
    expect(fromExcelJsValue({ formula: "1/0", result: { error: "#DIV/0!" } })).toEqual({ error: "#DIV/0!" });
    expect(fromExcelJsValue({ formula: "A1=1", result: false })).toBe(false);
  });

  it("marks a formula saved without a result instead of reading it as 0 or empty", () => {
    expect(fromExcelJsValue({ formula: "SOMMA(B2:B9)" })).toEqual({ error: UNCOMPUTED_FORMULA, formula: "SOMMA(B2:B9)" });
    expect(fromExcelJsValue({ sharedFormula: "B2" })).toEqual({ error: UNCOMPUTED_FORMULA, formula: "" });
  });

  it("turns errors, non-finite numbers, invalid dates and unknown shapes into error values", () => {
    expect(fromExcelJsValue({ error: "#N/A" })).toEqual({ error: "#N/A" });
    expect(fromExcelJsValue(Number.NaN)).toEqual({ error: "#NUM!" });
    expect(fromExcelJsValue(Number.POSITIVE_INFINITY)).toEqual({ error: "#NUM!" });
    expect(fromExcelJsValue(new Date(Number.NaN))).toEqual({ error: "#VALUE!" });
    expect(fromExcelJsValue({ sharedString: 3 } as never)).toEqual({ error: "#VALUE!" });
  });
});
