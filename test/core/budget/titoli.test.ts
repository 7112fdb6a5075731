import { TITOLI_ENTRATE, TITOLI_SPESE, findTitolo, parseTitolo } from "../../../src/core/budget/titoli";

describe("parseTitolo", () => {
  it.each([
    ["1", 1],
    ["01", 1],
    ["9", 9],
    ["Titolo 1", 1],
    ["TITOLO I", 1],
    ["Titolo VII", 7],
    ["titolo IX", 9],
    ["Tit. 1", 1],
    ["Tit.IV", 4],
    ["  titolo   3 ", 3],
    ["8", 8],
  ])("reads %p as %p", (text, n) => {
    expect(parseTitolo(text)).toBe(n);
  });

  it.each(["", "Titolo", "1 bis", "IIII", "IL", "Titolo 1 Spese correnti", "uno", "1,5"])("refuses %p", (text) => {
    expect(parseTitolo(text)).toBeUndefined();
  });
});

describe("titoli of the D.Lgs. 118/2011 schema", () => {
  it("has no entrate titolo 8 and no spese titolo 6", () => {
    expect(TITOLI_ENTRATE.map((t) => t.numero)).toEqual([1, 2, 3, 4, 5, 6, 7, 9]);
    expect(TITOLI_SPESE.map((t) => t.numero)).toEqual([1, 2, 3, 4, 5, 7]);
    expect(findTitolo("entrate", 8)).toBeUndefined();
    expect(findTitolo("spese", 6)).toBeUndefined();
  });

  it("names the titoli as the reference Relazione prints them", () => {
    expect(findTitolo("entrate", 1)?.nome).toBe("Entrate correnti di natura tributaria, contributiva e perequativa");
    expect(findTitolo("entrate", 7)?.nome).toBe("Anticipazioni da istituto tesoriere/cassiere");
    expect(findTitolo("entrate", 9)?.nome).toBe("Entrate per conto di terzi e partite di giro");
    expect(findTitolo("spese", 4)?.nome).toBe("Rimborsi di prestiti");
    expect(findTitolo("spese", 5)?.nome).toBe("Chiusura Anticipazioni da istituto tesoriere/cassiere");
    expect(findTitolo("spese", 7)?.nome).toBe("Spese per conto terzi e partite di giro");
  });
});
