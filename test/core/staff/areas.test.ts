import { AREAS, parseArea } from "../../../src/core/staff/areas";

describe("AREAS", () => {
  it("lists the four CCNL 2019-2021 areas, highest first, with the seed's labels", () => {
    expect(AREAS.map((a) => a.label)).toEqual([
      "dei Funzionari e dell'elevata qualificazione (ex categoria D)",
      "degli Istruttori (ex categoria C)",
      "degli Operatori esperti (ex categoria B e accesso B3)",
      "degli Operatori (ex categoria A)",
    ]);
    expect(AREAS.map((a) => a.exCategoria)).toEqual(["D", "C", "B", "A"]);
  });
});

describe("parseArea", () => {
  it.each([
    ["Istruttori", "istruttori"],
    ["Area degli istruttori", "istruttori"],
    ["ISTRUTTORE", "istruttori"],
    ["C", "istruttori"],
    ["cat. C", "istruttori"],
    ["C1", "istruttori"],
    ["ex categoria C", "istruttori"],
    ["D3", "funzionari"],
    ["D 1", "funzionari"],
    ["Funzionari EQ", "funzionari"],
    ["Funzionari e E.Q.", "funzionari"],
    ["Area dei Funzionari e dell'Elevata Qualificazione", "funzionari"],
    ["Elevata qualificazione", "funzionari"],
    ["Istruttore direttivo", "funzionari"],
    ["B3", "operatoriEsperti"],
    ["cat. B1", "operatoriEsperti"],
    ["Operatori esperti", "operatoriEsperti"],
    ["degli Operatori esperti (ex categoria B e accesso B3)", "operatoriEsperti"],
    ["Esecutore", "operatoriEsperti"],
    ["Operatori", "operatori"],
    ["Area degli Operatori", "operatori"],
    ["A", "operatori"],
    ["categoria A2", "operatori"],
  ])("reads «%s» as %s", (typed, code) => {
    expect(parseArea(typed)).toBe(code);
  });

  it.each(["", "Dirigente", "Segretario generale", "E", "C9", "categoria", "Operai"])("refuses «%s»", (typed) => {
    expect(parseArea(typed)).toBeUndefined();
  });
});
