import { SheetData } from "../../../src/core/cell";
import { findSheet, readTable } from "../../../src/core/table/read-table";
import { TableSpec } from "../../../src/core/table/spec";

const SPEC: TableSpec = {
  sheet: "Controlli",
  sheetSynonyms: ["Controlli interni"],
  required: false,
  description: "prova",
  columns: [
    { key: "settore", header: "Settore", synonyms: ["Servizio"], type: "text", required: true, description: "", example: "" },
    { key: "atti", header: "Atti controllati", synonyms: ["N. atti"], type: "integer", required: true, nonNegative: true, description: "", example: "" },
  ],
};

const sheet = (rows: SheetData["rows"]): SheetData => ({ name: "Controlli", rows, firstRow: 1, firstCol: 1 });

describe("readTable", () => {
  it("finds the header under a title row, whatever the case and accents, and keeps Totale rows apart", () => {
    const read = readTable(
      sheet([
        ["Controlli 2024", null, null],
        ["SERVIZIO", "n. atti", "Colore"],
        ["Polizia Locale", 13, "rosso"],
        [null, null, null],
        ["Tributi", "8", null],
        ["Totale", 21, null],
      ]),
      SPEC,
    );
    expect(read.rows.map((r) => [r.row, r.values.settore, r.values.atti])).toEqual([
      [3, "Polizia Locale", 13],
      [5, "Tributi", 8],
    ]);
    expect(read.totalRows.map((r) => r.values.atti)).toEqual([21]);
    expect(read.findings.map((f) => [f.code, f.cell])).toEqual([
      ["COLONNA_SCONOSCIUTA", "C2"],
      ["NUMERO_COME_TESTO", "B5"],
    ]);
  });

  it("reports a missing required column, a wrong type and a negative count with their cells", () => {
    const missing = readTable(sheet([["Settore"], ["Tributi"]]), SPEC);
    expect(missing.findings.map((f) => [f.code, f.severity, f.cell])).toEqual([["COLONNA_MANCANTE", "errore", "A1"]]);
    const bad = readTable(sheet([["Settore", "Atti controllati"], ["Tributi", "otto"], ["Polizia", -2]]), SPEC);
    expect(bad.findings.map((f) => [f.code, f.cell])).toEqual([
      ["TIPO_NON_VALIDO", "B2"],
      ["NUMERO_NEGATIVO", "B3"],
    ]);
    expect(bad.rows.map((r) => r.values.atti)).toEqual([null, null]);
    expect(bad.rows[0].invalid.has("atti")).toBe(true);
  });

  it("addresses cells from the sheet's origin when the used range does not start at A1", () => {
    const read = readTable({ name: "Controlli", rows: [["Settore", "Atti controllati"], ["Tributi", "x"]], firstRow: 4, firstCol: 3 }, SPEC);
    expect(read.findings[0].cell).toBe("D5");
  });
});

describe("findSheet", () => {
  it("prefers the canonical name, then synonyms, ignoring case", () => {
    expect(findSheet(["controlli interni", "Altro"], SPEC)).toBe("controlli interni");
    expect(findSheet(["Controlli interni", "CONTROLLI"], SPEC)).toBe("CONTROLLI");
    expect(findSheet(["Altro"], SPEC)).toBeUndefined();
  });
});
