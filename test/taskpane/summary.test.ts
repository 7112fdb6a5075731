import { avviso, errore } from "../../src/core/finding";
import { countsText, findingPlace, orderedFindings, outcomeIntent, writtenText } from "../../src/taskpane/summary";
import { prefersDark } from "../../src/taskpane/theme";

describe("pane summary texts", () => {
  it.each([
    [0, 0, "nessun errore e nessun avviso"],
    [1, 1, "1 errore e 1 avviso"],
    [2, 1234, "2 errori e 1.234 avvisi"],
  ])("%p errori, %p avvisi → %p", (errors, warnings, text) => {
    expect(countsText({ errors, warnings })).toBe(text);
  });

  it("names the sheets written", () => {
    expect(writtenText({ written: [] })).toBeUndefined();
    expect(writtenText({ written: [{ name: "Verifica dati", title: "Verifica dati" }] })).toBe("Foglio scritto: Verifica dati");
    expect(
      writtenText({
        written: [
          { name: "Relazione (2)", title: "Relazione" },
          { name: "Calcolo personale", title: "Calcolo personale" },
          { name: "Verifica dati", title: "Verifica dati" },
        ],
      }),
    ).toBe("Fogli scritti: Relazione (2), Calcolo personale e Verifica dati");
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
