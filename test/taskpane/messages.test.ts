import { languageOf, messagesFor } from "../../src/taskpane/messages";
import { missingExcelApi } from "../../src/workbook/requirements";

describe("pane language", () => {
  it.each([
    ["en-US", "en"],
    ["EN-gb", "en"],
    ["it-IT", "it"],
    ["de-DE", "it"],
    [undefined, "it"],
  ])("%p → %p", (display, lang) => {
    expect(languageOf(display)).toBe(lang);
  });

  it("counts in both languages, with singulars, plurals and zero", () => {
    expect(messagesFor("it").counts(0, 1)).toBe("Trovati nessun errore e 1 avviso.");
    expect(messagesFor("it").counts(2, 1234)).toBe("Trovati 2 errori e 1.234 avvisi.");
    expect(messagesFor("en").counts(0, 1)).toBe("Found no errors and 1 warning.");
    expect(messagesFor("en").counts(1, 1234)).toBe("Found 1 error and 1,234 warnings.");
  });

  it("lists the template's sheets, the skipped ones with the sheet that holds them", () => {
    const skipped = [
      { name: "Ente", existing: "Ente" },
      { name: "Personale", existing: "Dipendenti" },
    ];
    expect(messagesFor("it").templateAdded(["Demografia", "Entrate"])).toBe("Fogli aggiunti: «Demografia» e «Entrate».");
    expect(messagesFor("it").templateSkipped(skipped)).toBe("Già presenti e lasciati come sono: «Ente» e «Personale» (foglio «Dipendenti»).");
    expect(messagesFor("en").templateAdded(["Demografia"])).toBe("Sheet added: “Demografia”.");
    expect(messagesFor("en").templateSkipped(skipped)).toBe("Already there and left as they are: “Ente” and “Personale” (sheet “Dipendenti”).");
  });

  it("names the requirement set a host lacks", () => {
    const upTo7 = (name: string, version: string): boolean => name === "ExcelApi" && Number(version.split(".")[1]) <= 7;
    expect(missingExcelApi(upTo7, "1.7")).toBeUndefined();
    expect(missingExcelApi(upTo7, "1.8")).toBe("ExcelApi 1.8");
    expect(messagesFor("it").missingValidation("ExcelApi 1.8")).toBe("Questa versione di Excel non supporta ExcelApi 1.8: i fogli sono creati senza elenchi a discesa.");
  });
});
