import { CellValue } from "../../../src/core/cell";
import { DEFAULT_PARAMETERS } from "../../../src/core/parameters/parameters";
import { readParameters } from "../../../src/core/parameters/read-parameters";
import { sheetOf } from "../evaluations/sheet-data";

const HEADER = ["Parametro", "Valore"];
const read = (...rows: CellValue[][]) => readParameters(sheetOf("Parametri", [HEADER, ...rows]));
const codes = (r: ReturnType<typeof read>) => r.findings.map((f) => [f.code, f.cell, f.severity]);

describe("readParameters", () => {
  it("gives the seed's defaults without the sheet, or with an empty one", () => {
    expect(readParameters(undefined)).toEqual({ findings: [], params: DEFAULT_PARAMETERS });
    expect(read()).toEqual({ findings: [], params: DEFAULT_PARAMETERS });
  });

  it("reads the seed's values, silent", () => {
    const r = read(
      ["Giudizio Nulla", 0],
      ["Giudizio Scarsa", 2],
      ["Giudizio Sufficiente", 3],
      ["Giudizio Buona", 4],
      ["Giudizio Ampia", 6],
      ["Giudizio Eccellente", 8],
      ["Punti obiettivi dipendenti", 60],
      ["Punti comportamenti dipendenti", 40],
      ["Punti performance organizzativa responsabili", 10],
      ["Punti performance individuale responsabili", 60],
      ["Punti comportamento organizzativo responsabili", 30],
      ["Punti performance individuale responsabili senza obiettivi di ente", 65],
      ["Punti comportamento organizzativo responsabili senza obiettivi di ente", 35],
      ["Punteggio massimo scheda", 100],
      ["Soglia obiettivo raggiunto", "100%"],
      ["Soglia obiettivo parzialmente raggiunto", 0.5],
      ["Fasce di punteggio", "60; 70; 80; 90"],
    );
    expect(r).toEqual({ findings: [], params: DEFAULT_PARAMETERS });
  });

  it("fits another comune's SMVP: its own scale, maxima, thresholds and bands", () => {
    const r = read(
      ["giudizio: Insufficiente", 2],
      ["GIUDIZIO Ottimo", "10"],
      ["Giudizio Adeguato", "5,5"],
      ["Punti obiettivi dipendenti", 50],
      ["Punti comportamenti dipendenti", 50],
      ["Soglia raggiunto", 90],
      ["Soglia parzialmente raggiunto", "40 %"],
      ["Fasce di punteggio", "50, 75"],
    );
    expect(r.findings).toEqual([]);
    expect(r.params).toEqual({
      ...DEFAULT_PARAMETERS,
      grades: [
        { label: "Insufficiente", points: 2 },
        { label: "Adeguato", points: 5.5 },
        { label: "Ottimo", points: 10 },
      ],
      dipendenti: { obiettivi: 50, comportamenti: 50 },
      esito: { raggiunto: 0.9, parzialmente: 0.4 },
      fasce: [50, 75],
    });
  });

  it("PARAM_SCONOSCIUTO: an unknown or unnamed row, ignored", () => {
    const r = read(["Colore delle schede", "blu"], [null, 60], ["Giudizio", 3]);
    expect(codes(r)).toEqual([
      ["PARAM_SCONOSCIUTO", "A2", "avviso"],
      ["PARAM_SCONOSCIUTO", "A3", "avviso"],
      ["PARAM_SCONOSCIUTO", "A4", "avviso"],
    ]);
    expect(r.params).toEqual(DEFAULT_PARAMETERS);
  });

  it("PARAM_DUPLICATO: the first value wins", () => {
    const r = read(["Punti obiettivi dipendenti", 60], ["punti obiettivi dipendenti", 70], ["Giudizio Eccellente", 8], ["Giudizio eccellente", 9]);
    expect(codes(r)).toEqual([
      ["PARAM_DUPLICATO", "A3", "avviso"],
      ["PARAM_DUPLICATO", "A5", "avviso"],
    ]);
    expect(r.params.dipendenti.obiettivi).toBe(60);
    expect(r.params.grades).toEqual([{ label: "Eccellente", points: 8 }]);
  });

  it("PARAM_VALORE_MANCANTE: a blank value keeps the default", () => {
    const r = read(["Punteggio massimo scheda", null], ["Giudizio Buona", ""]);
    expect(codes(r)).toEqual([
      ["PARAM_VALORE_MANCANTE", "B2", "avviso"],
      ["PARAM_VALORE_MANCANTE", "B3", "avviso"],
    ]);
    expect(r.params).toEqual(DEFAULT_PARAMETERS);
  });

  it("PARAM_VALORE_NON_VALIDO: wrong kind or range keeps the default", () => {
    const r = read(
      ["Punti obiettivi dipendenti", "sessanta"],
      ["Punti comportamenti dipendenti", -5],
      ["Punteggio massimo scheda", 0],
      ["Soglia obiettivo raggiunto", "150%"],
      ["Fasce di punteggio", "70; 60"],
      ["Giudizio Buona", "molta"],
    );
    expect(codes(r)).toEqual([
      ["PARAM_VALORE_NON_VALIDO", "B2", "errore"],
      ["PARAM_VALORE_NON_VALIDO", "B3", "errore"],
      ["PARAM_VALORE_NON_VALIDO", "B4", "errore"],
      ["PARAM_VALORE_NON_VALIDO", "B5", "errore"],
      ["PARAM_VALORE_NON_VALIDO", "B6", "errore"],
      ["PARAM_VALORE_NON_VALIDO", "B7", "errore"],
    ]);
    expect(r.findings[0].message).toBe("Foglio «Parametri», cella B2: «sessanta» non è un valore valido per «Punti obiettivi dipendenti»; atteso un numero di punti ≥ 0. Si usa il valore predefinito 60.");
    expect(r.params).toEqual(DEFAULT_PARAMETERS);
  });

  it("PARAM_VALORE_NON_VALIDO: bands beyond the maximum score", () => {
    const r = read(["Fasce di punteggio", "60; 120"]);
    expect(codes(r)).toEqual([["PARAM_VALORE_NON_VALIDO", "B2", "errore"]]);
    expect(r.params.fasce).toEqual([60, 70, 80, 90]);
  });

  it("an unreadable cell keeps the default with the table's finding", () => {
    const r = read(["Punti obiettivi dipendenti", { error: "#N/A" }]);
    expect(codes(r)).toEqual([["TIPO_NON_VALIDO", "B2", "errore"]]);
    expect(r.params).toEqual(DEFAULT_PARAMETERS);
  });

  it("PARAM_INCOERENTE (errore): parzialmente not below raggiunto, both defaults kept", () => {
    const r = read(["Soglia obiettivo raggiunto", "50%"], ["Soglia obiettivo parzialmente raggiunto", "60%"]);
    expect(codes(r)).toEqual([["PARAM_INCOERENTE", "B3", "errore"]]);
    expect(r.params.esito).toEqual({ raggiunto: 1, parzialmente: 0.5 });
  });

  it("PARAM_INCOERENTE (avviso): maxima not adding up, values used", () => {
    // 70 + 40 = 110 ≠ 100
    const dip = read(["Punti obiettivi dipendenti", 70]);
    expect(codes(dip)).toEqual([["PARAM_INCOERENTE", "B2", "avviso"]]);
    expect(dip.findings[0].message).toContain("obiettivi + comportamenti danno 70 + 40 = 110 punti, diverso dal punteggio massimo della scheda (100)");
    expect(dip.params.dipendenti.obiettivi).toBe(70);
    // 10 + 60 + 30 = 100 but 65 + 40 = 105
    expect(codes(read(["Punti comportamento organizzativo responsabili senza obiettivi di ente", 40]))).toEqual([["PARAM_INCOERENTE", "B2", "avviso"]]);
    // a maximum of 120: all three sums differ
    expect(codes(read(["Punteggio massimo scheda", 120]))).toEqual([
      ["PARAM_INCOERENTE", "B2", "avviso"],
      ["PARAM_INCOERENTE", "B2", "avviso"],
      ["PARAM_INCOERENTE", "B2", "avviso"],
    ]);
  });

  it("PARAM_INCOERENTE (avviso): the top grade × 5 behaviours differs from the comportamenti maximum", () => {
    const r = read(["Giudizio Buona", 4], ["Giudizio Ottima", 10]);
    // 5 × 10 = 50 ≠ 40
    expect(codes(r)).toEqual([["PARAM_INCOERENTE", "B2", "avviso"]]);
    expect(r.findings[0].message).toContain("i 5 comportamenti arrivano a 50 punti, non ai 40");
  });

  it("PARAM_INCOERENTE (avviso): a small maximum drops the default bands above it", () => {
    const r = read(["Punteggio massimo scheda", 75], ["Punti obiettivi dipendenti", 45], ["Punti comportamenti dipendenti", 30]);
    expect(r.params.fasce).toEqual([60, 70]);
    expect(codes(r).filter(([c]) => c === "PARAM_INCOERENTE")[0]).toEqual(["PARAM_INCOERENTE", "B2", "avviso"]);
  });
});
