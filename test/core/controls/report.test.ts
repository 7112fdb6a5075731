import { Controls, analyzeControls } from "../../../src/core/controls/controls";
import { controlsBlocks, controlsCalcBlocks, controlsSentence } from "../../../src/core/controls/report";
import { FORMAT } from "../../../src/core/output/sheet";
import { CTX, controlli } from "./seed";

const seed = (): Controls => {
  const c = analyzeControls(controlli(), CTX).controls;
  if (!c) throw new Error("controls expected");
  return c;
};
const one = (atti: number): Controls => ({ sheet: "Controlli", settori: [{ settore: "Settore Polizia Locale", atti, rows: [2] }], totale: atti });

describe("controlsBlocks", () => {
  it("reproduces the seed's sentence, with and without the agent", () => {
    expect(controlsSentence(seed(), CTX)).toBe(
      "Nel corso del 2024 è stato effettuato il controllo successivo di regolarità amministrativa su 57 atti del secondo semestre 2023:",
    );
    expect(controlsSentence(seed(), CTX, "dal Segretario Generale/Vicesegretario, coadiuvato dalla struttura individuata")).toBe(
      "Nel corso del 2024 è stato effettuato dal Segretario Generale/Vicesegretario, coadiuvato dalla struttura individuata, il controllo successivo di regolarità amministrativa su 57 atti del secondo semestre 2023:",
    );
  });

  it("lists the settori with the nota in brackets and the total 57", () => {
    const [p, table] = controlsBlocks(seed(), CTX);
    expect(p.kind).toBe("paragraph");
    expect(table).toEqual({
      kind: "table",
      columns: [{ header: "Settore" }, { header: "Atti controllati", format: FORMAT.integer }],
      rows: [
        ["Settore Amministrativo Affari generali", 2],
        ["Settore Finanziario e Tributi", 8],
        ["Settore Sociali e Istruzione", 9],
        ["Settore Lavori Pubblici e Manutenzioni", 14],
        ["Settore Urbanistica ed Edilizia Privata, Patrimonio, Commercio e attività produttive", 5],
        ["Settore Politiche Abitative, Energetiche e Telecomunicazioni", 2],
        ["Settore Polizia Locale", 13],
        ["Servizio Transizione Digitale", 1],
        ["Segretario Generale / Settore Servizi Demografici e contratti (controllo a cura del Vicesegretario)", 3],
      ],
      totalRows: [["Totale", 57]],
    });
  });

  it("omits the period when absent and uses the singular for one act", () => {
    expect(controlsSentence(seed(), { comune: "X", anno: 2024 })).toBe("Nel corso del 2024 è stato effettuato il controllo successivo di regolarità amministrativa su 57 atti:");
    expect(controlsSentence(one(1), CTX)).toBe("Nel corso del 2024 è stato effettuato il controllo successivo di regolarità amministrativa su 1 atto del secondo semestre 2023:");
  });

  it("says no act was examined when the total is 0, without a table", () => {
    const blocks = controlsBlocks(one(0), CTX);
    expect(blocks).toEqual([
      { kind: "paragraph", text: "Nel corso del 2024 non è stato sottoposto al controllo successivo di regolarità amministrativa alcun atto del secondo semestre 2023." },
    ]);
  });

  it("leaves an unknown total out of the text and the table", () => {
    const c: Controls = { ...seed(), totale: undefined };
    const [p, table] = controlsBlocks(c, CTX);
    expect(p).toEqual({ kind: "paragraph", text: "Nel corso del 2024 è stato effettuato il controllo successivo di regolarità amministrativa sugli atti del secondo semestre 2023:" });
    expect(table.kind === "table" && table.totalRows).toEqual([["Totale", null]]);
  });

  it.each([
    ["anno 2023", "dell'anno 2023"],
    ["I semestre 2024", "del I semestre 2024"],
    ["del primo semestre 2024", "del primo semestre 2024"],
    ["2023", "del 2023"],
  ])("joins the period %p as %p", (periodo, phrase) => {
    expect(controlsSentence(one(4), { comune: "X", anno: 2024, periodoControlli: periodo })).toBe(
      `Nel corso del 2024 è stato effettuato il controllo successivo di regolarità amministrativa su 4 atti ${phrase}:`,
    );
  });
});

describe("controlsCalcBlocks", () => {
  it("gives each settore's share of the 57 atti and its source row", () => {
    const blocks = controlsCalcBlocks(seed(), CTX);
    expect(blocks[0]).toEqual({ kind: "heading", level: 1, text: "Calcolo controlli 2024" });
    expect(blocks[1]).toEqual({ kind: "paragraph", text: "Atti del periodo: secondo semestre 2023." });
    const table = blocks[2];
    if (table.kind !== "table") throw new Error("table expected");
    // Polizia Locale: 13 / 57 = 0,228070…
    expect(table.rows[6]).toEqual(["Settore Polizia Locale", 13, 13 / 57, "Foglio «Controlli», riga 8"]);
    expect(table.rows[6][2]).toBeCloseTo(0.22807, 5);
    expect(table.totalRows).toEqual([["Totale", 57, 1, "Somma dei settori"]]);
  });

  it("leaves shares out when the total is unknown", () => {
    const blocks = controlsCalcBlocks({ ...seed(), totale: undefined }, { comune: "X", anno: 2024 });
    const table = blocks[1];
    if (table.kind !== "table") throw new Error("table expected");
    expect(table.rows.every((r) => r[2] === null)).toBe(true);
    expect(table.totalRows).toEqual([["Totale", null, null, "Somma dei settori"]]);
  });
});
