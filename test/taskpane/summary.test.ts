import { avviso, errore } from "../../src/core/finding";
import { countsText, findingPlace, findingsBySheet, orderedFindings, outcomeIntent } from "../../src/taskpane/summary";
import { prefersDark } from "../../src/taskpane/theme";

describe("pane summary texts", () => {
  it.each([
    [0, 0, "nessun errore e nessun avviso"],
    [1, 1, "1 errore e 1 avviso"],
    [2, 1234, "2 errori e 1.234 avvisi"],
  ])("%p errori, %p avvisi → %p", (errors, warnings, text) => {
    expect(countsText({ errors, warnings })).toBe(text);
  });

  it("writes places as Excel references", () => {
    expect(findingPlace({ sheet: "Personale", cell: "C7" })).toBe("Personale!C7");
    expect(findingPlace({ sheet: "Dati ente", cell: "B2" })).toBe("'Dati ente'!B2");
    expect(findingPlace({ sheet: "L'ente", cell: "A1" })).toBe("'L''ente'!A1");
    expect(findingPlace({ sheet: "Bilancio", cell: undefined })).toBe("Bilancio");
  });

  it("lists errors first, then by sheet and cell in numeric order", () => {
    const findings = [
      avviso("X", "Personale", "B10", "a"),
      errore("Y", "Personale", "B10", "b"),
      errore("Y", "Personale", "B9", "c"),
      avviso("X", "Demografia", "C3", "d"),
    ];
    expect(orderedFindings(findings).map((f) => f.message)).toEqual(["c", "b", "d", "a"]);
  });

  it("groups findings by sheet in alphabetical order, errors first within each, with counts", () => {
    const findings = [
      avviso("X", "Personale", "B10", "a"),
      errore("Y", "Personale", "B10", "b"),
      avviso("X", "Demografia", "C3", "d"),
      avviso("Z", "Personale", undefined, "e"),
    ];
    expect(findingsBySheet(findings).map((g) => [g.sheet, g.errors, g.warnings, g.findings.map((f) => f.message).join("")])).toEqual([
      ["Demografia", 0, 1, "d"],
      ["Personale", 1, 2, "bea"],
    ]);
  });

  it("colours the outcome by the worst severity", () => {
    expect(outcomeIntent({ errors: 1, warnings: 5 })).toBe("error");
    expect(outcomeIntent({ errors: 0, warnings: 5 })).toBe("warning");
    expect(outcomeIntent({ errors: 0, warnings: 0 })).toBe("success");
  });
});

describe("prefersDark", () => {
  it.each([
    [undefined, false],
    [{ isDarkTheme: true, bodyBackgroundColor: "#FFFFFF" }, true],
    [{ isDarkTheme: false, bodyBackgroundColor: "#000000" }, false],
    // Excel's dark grey body: 0x29/255 = 0.16 on every channel → luminance 0.16
    [{ bodyBackgroundColor: "#292929" }, true],
    [{ bodyBackgroundColor: "#E6E6E6" }, false],
    [{ bodyBackgroundColor: "grigio" }, false],
  ])("%p → %p", (theme, dark) => {
    expect(prefersDark(theme)).toBe(dark);
  });
});
