import { readTexts } from "../../../src/core/texts/read-texts";
import { sheetOf } from "../ente/sheet-data";

// Rows taken from the seed's Presentazione (section 1) and Vincoli (section 4).
const HEADER = ["Blocco", "Testo"];
const P1 = "Il Decreto Legislativo 27 ottobre 2009, n. 150, modificato dal D. Lgs. n. 74/2017, nel delineare la disciplina del ciclo della performance ha previsto all'art. 10 la redazione, da parte delle Amministrazioni pubbliche, di una Relazione annuale sulla performance.";
const P2 = "Il ciclo di gestione della performance si articola nelle seguenti fasi:";
const L1 = "- definizione ed assegnazione degli obiettivi;";
const V1 = "- il tetto del salario accessorio (art. 23, comma 2, del D. Lgs. 75/2017).";

describe("readTexts", () => {
  test("groups rows by block in sheet order, a blank Blocco continuing the block above", () => {
    const { findings, texts } = readTexts(
      sheetOf("Testi", [
        ["Testi della Relazione", null],
        HEADER,
        ["Presentazione", P1],
        [null, P2],
        ["presentazione", L1],
        ["Vincoli di finanza pubblica", V1],
      ]),
    );
    expect(findings).toEqual([]);
    expect(texts).toEqual({ presentazione: [P1, P2, L1], vincoli: [V1] });
  });

  test("matches block synonyms ignoring case and accents; numbers become text", () => {
    const { findings, texts } = readTexts(sheetOf("Narrativa", [["Sezione", "Contenuto"], ["NUCLEO DI VALUTAZIONE", "Validazione Relazione sulla performance dell'anno 2023;"], ["criticita", 57]]));
    expect(findings).toEqual([]);
    expect(texts).toEqual({ nucleo: ["Validazione Relazione sulla performance dell'anno 2023;"], criticita: ["57"] });
  });

  test("rows with an empty text are skipped silently", () => {
    const { findings, texts } = readTexts(sheetOf("Testi", [HEADER, ["Presentazione", "  "], ["Presentazione", P2], ["Vincoli", null]]));
    expect(findings).toEqual([]);
    expect(texts).toEqual({ presentazione: [P2] });
  });

  test("TESTI_BLOCCO_SCONOSCIUTO leaves out the row and the following rows with a blank Blocco", () => {
    const { findings, texts } = readTexts(sheetOf("Testi", [HEADER, ["Presentazione", P1], ["Premesse generali", P2], [null, L1], ["Vincoli", V1]]));
    expect(texts).toEqual({ presentazione: [P1], vincoli: [V1] });
    expect(findings).toEqual([expect.objectContaining({ severity: "avviso", code: "TESTI_BLOCCO_SCONOSCIUTO", sheet: "Testi", cell: "A3" })]);
    expect(findings[0].message).toContain("«Premesse generali»");
  });

  test("TESTI_BLOCCO_SCONOSCIUTO when the first row has no block", () => {
    const { findings, texts } = readTexts(sheetOf("Testi", [HEADER, [null, P1], ["Presentazione", P2]]));
    expect(texts).toEqual({ presentazione: [P2] });
    expect(findings).toEqual([expect.objectContaining({ severity: "avviso", code: "TESTI_BLOCCO_SCONOSCIUTO", cell: "A2" })]);
  });

  test("no sheet: no texts and no finding (loadInputs reports the missing sheet)", () => {
    expect(readTexts(undefined)).toEqual({ findings: [], texts: {} });
  });
});
