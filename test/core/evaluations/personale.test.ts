import { personaleMatricole } from "../../../src/core/evaluations/personale";
import { sheetOf } from "./sheet-data";

describe("personaleMatricole", () => {
  it("reads matricola, responsabile, area and settore; skips blank and repeated matricole", () => {
    const sheet = sheetOf("Personale", [
      ["Matricola", "Settore", "Area", "Sesso", "Età", "Responsabile di servizio", "Rapporto"],
      ["D001", "Settore Polizia Locale", "Funzionari EQ", "M", 58, "Sì", "Tempo indeterminato"],
      ["D002", null, "C1", "F", 40, "No", "Tempo indeterminato"],
      [null, "Settore X", "Istruttori", "F", 40, "No", "Tempo indeterminato"],
      ["d001", "Settore Y", "Istruttori", "F", 40, "No", "Tempo indeterminato"],
      ["D003", "Settore Z", "Dirigente", "F", 40, null, "Tempo indeterminato"],
    ]);
    expect(personaleMatricole(sheet)).toEqual([
      { matricola: "D001", responsabile: true, area: "funzionari", settore: "Settore Polizia Locale" },
      { matricola: "D002", responsabile: false, area: "istruttori" },
      { matricola: "D003", responsabile: false, settore: "Settore Z" },
    ]);
  });

  it("gives undefined without the sheet or its Matricola column", () => {
    expect(personaleMatricole(undefined)).toBeUndefined();
    expect(personaleMatricole(sheetOf("Personale", [["Area", "Sesso"], ["C", "F"]]))).toBeUndefined();
  });
});
