import { fromOfficeCell } from "../../../src/core/cells/from-office";

describe("fromOfficeCell", () => {
  it("reads empty cells and blank text as empty", () => {
    expect(fromOfficeCell("", "Empty", "General", false)).toBeNull();
    expect(fromOfficeCell("   ", "String", "@", false)).toBeNull();
    expect(fromOfficeCell("\u200b", "String", "General", false)).toBeNull();
  });

  it("keeps numbers, text (Italian numbers too: the table reader types them) and booleans", () => {
    expect(fromOfficeCell(15883, "Double", "#,##0", false)).toBe(15883);
    expect(fromOfficeCell(0.007, "Double", "0.00%", false)).toBe(0.007);
    expect(fromOfficeCell("15.883", "String", "@", false)).toBe("15.883");
    expect(fromOfficeCell(true, "Boolean", "General", false)).toBe(true);
  });

  it("reads errors, as Excel shows them in any language", () => {
    expect(fromOfficeCell("#DIV/0!", "Error", "General", false)).toEqual({ error: "#DIV/0!" });
    expect(fromOfficeCell("#N/D", "Error", "General", false)).toEqual({ error: "#N/D" });
  });

  it("reads a number in a date format as a date, in the workbook's date system", () => {
    // 45657 = 31/12/2024 in the 1900 system; the same day is 45657 − 1462 = 44195 in the 1904 system
    expect(fromOfficeCell(45657, "Integer", "dd/mm/yyyy", false)).toEqual(new Date("2024-12-31T00:00:00Z"));
    expect(fromOfficeCell(44195, "Integer", "dd/mm/yyyy", true)).toEqual(new Date("2024-12-31T00:00:00Z"));
    expect(fromOfficeCell(45657.75, "Double", "[$-410]d mmmm yyyy h:mm", false)).toEqual(new Date("2024-12-31T18:00:00Z"));
  });

  it("keeps as numbers the serials Excel shows as #### and serials in a non-date format", () => {
    expect(fromOfficeCell(-5, "Double", "dd/mm/yyyy", false)).toBe(-5);
    expect(fromOfficeCell(45657, "Integer", "General", false)).toBe(45657);
  });

  it("turns what is neither text, number nor boolean into an error value, never a number", () => {
    expect(fromOfficeCell(Number.NaN, "Double", "General", false)).toEqual({ error: "#NUM!" });
    expect(fromOfficeCell({ type: "Entity" }, "RichValue", "General", false)).toEqual({ error: "#VALUE!" });
    expect(fromOfficeCell("", "Error", "General", false)).toEqual({ error: "#VALUE!" });
  });
});
