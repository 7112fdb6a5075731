import { textBlocks } from "../../../src/core/texts/report";

describe("textBlocks", () => {
  test("consecutive marked rows make one list, the others paragraphs (seed, section 1)", () => {
    const blocks = textBlocks(
      {
        presentazione: [
          "Il ciclo di gestione della performance si articola nelle seguenti fasi:",
          "- definizione ed assegnazione degli obiettivi;",
          "– collegamento tra obiettivi e risorse;",
          "Con riferimento all'anno 2024 occorre fare riferimento ai seguenti atti:",
          "▪ Regolamento sull'ordinamento generale degli uffici e dei servizi;",
          "• Sistema di misurazione e valutazione della performance;",
        ],
      },
      "presentazione",
    );
    expect(blocks).toEqual([
      { kind: "paragraph", text: "Il ciclo di gestione della performance si articola nelle seguenti fasi:" },
      { kind: "list", items: ["definizione ed assegnazione degli obiettivi;", "collegamento tra obiettivi e risorse;"] },
      { kind: "paragraph", text: "Con riferimento all'anno 2024 occorre fare riferimento ai seguenti atti:" },
      { kind: "list", items: ["Regolamento sull'ordinamento generale degli uffici e dei servizi;", "Sistema di misurazione e valutazione della performance;"] },
    ]);
  });

  test("a dash without a space is not a marker", () => {
    expect(textBlocks({ vincoli: ["-5% rispetto al 2023"] }, "vincoli")).toEqual([{ kind: "paragraph", text: "-5% rispetto al 2023" }]);
  });

  test("control characters are removed and a multi-line cell is split into paragraphs and items", () => {
    const cell = "I servizi a rilevanza\u0007 interna:\r\n- Segreteria e attività\u000b degli Organi politici\n- Manutenzione del territorio,\nmanutenzione del verde\n\nFine\tdel\u00a0testo.";
    expect(textBlocks({ serviziInterni: [cell] }, "serviziInterni")).toEqual([
      { kind: "paragraph", text: "I servizi a rilevanza interna:" },
      { kind: "list", items: ["Segreteria e attività degli Organi politici", "Manutenzione del territorio, manutenzione del verde"] },
      { kind: "paragraph", text: "Fine del testo." },
    ]);
  });

  test("nothing when the block is absent", () => {
    expect(textBlocks({ presentazione: ["Testo."] }, "nucleo")).toEqual([]);
  });
});
