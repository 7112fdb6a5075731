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

  it("reads neither of two header cells naming the same column, and says which cells they are", () => {
    const read = readTable(
      sheet([
        ["Controlli 2024", null, null, null],
        [null, null, null, null],
        ["Atti controllati", "Settore", "Servizio", "Note"],
        [13, "Polizia Locale", "Tributi", "x"],
      ]),
      SPEC,
    );
    expect(read.findings.map((f) => [f.code, f.severity, f.cell, f.message])).toEqual([
      ["COLONNA_DUPLICATA", "errore", "C3", "Nel foglio «Controlli» la colonna «Settore» compare due volte, in B3 e C3: lasciarne una sola (finché è ripetuta, i dati di quella colonna non vengono letti)."],
      ["COLONNA_MANCANTE", "errore", "A3", "Nel foglio «Controlli» la colonna obbligatoria «Settore» non è utilizzabile perché compare più volte nella riga di intestazione 3."],
      ["COLONNA_SCONOSCIUTA", "avviso", "D3", "Nel foglio «Controlli» le colonne «Note» non sono previste e vengono ignorate."],
    ]);
    expect(read.present).toEqual(new Set(["atti"]));
    expect(read.rows.map((r) => [r.values.settore, r.values.atti])).toEqual([[null, 13]]);
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

const ENTRATE: TableSpec = {
  sheet: "Entrate",
  sheetSynonyms: [],
  required: true,
  description: "prova",
  columns: [
    { key: "titolo", header: "Titolo", synonyms: [], type: "text", required: true, description: "", example: "" },
    { key: "descrizione", header: "Descrizione", synonyms: [], type: "text", required: true, description: "", example: "" },
    { key: "competenza", header: "Accertamenti", synonyms: ["Accertamenti (competenza)", "Competenza"], type: "number", required: true, nonNegative: true, description: "", example: "" },
    { key: "cassa", header: "Riscossioni", synonyms: ["Riscossioni (competenza+residui)", "Cassa"], type: "number", required: true, nonNegative: true, description: "", example: "" },
  ],
};

const entrate = (rows: SheetData["rows"], extra: Partial<SheetData> = {}): SheetData => ({ name: "Entrate", rows, firstRow: 1, firstCol: 1, ...extra });
const figures = (read: ReturnType<typeof readTable>): unknown[][] => read.rows.map((r) => [r.row, r.values.titolo, r.values.competenza, r.values.cassa]);

describe("readTable: headers as people draw them", () => {
  it("joins a header split over two rows, with the cells merged over both rows given only in the upper one", () => {
    const read = readTable(
      entrate([
        ["Rendiconto 2024", null, null, null],
        ["Titolo", "Descrizione", "Accertamenti", "Riscossioni"],
        [null, null, "(competenza)", "(competenza+residui)"],
        ["1", "Entrate tributarie", 9593473.64, 9883027.61],
      ]),
      ENTRATE,
    );
    expect(read.findings).toEqual([]);
    expect(figures(read)).toEqual([[4, "1", 9593473.64, 9883027.61]]);
  });

  it("takes a row of units under the header as part of it, not as data", () => {
    const read = readTable(
      entrate([
        ["Titolo", "Descrizione", "Accertamenti", "Riscossioni"],
        [null, null, "€", "€"],
        ["1", "Entrate tributarie", 10, 20],
      ]),
      ENTRATE,
    );
    expect(read.findings).toEqual([]);
    expect(figures(read)).toEqual([[3, "1", 10, 20]]);
  });

  it("reads column names under a merged group title (merged cells other than the first are null)", () => {
    const read = readTable(
      entrate([
        ["Titolo", "Descrizione", "Importi 2024", null],
        [null, null, "Competenza", "Cassa"],
        ["2", "Trasferimenti correnti", 5, 6],
      ]),
      ENTRATE,
    );
    expect(read.findings).toEqual([]);
    expect(figures(read)).toEqual([[3, "2", 5, 6]]);
  });

  it("does not take the first data row for a second header row", () => {
    const read = readTable(
      entrate([
        ["Titolo", "Descrizione", "Accertamenti", "Riscossioni"],
        [null, null, 1, 2],
        ["3", "Extratributarie", 3, 4],
      ]),
      ENTRATE,
    );
    expect(figures(read)).toEqual([
      [2, null, 1, 2],
      [3, "3", 3, 4],
    ]);
  });

  it("names an unknown column of a two-row header by both its rows", () => {
    const read = readTable(
      entrate([
        ["Titolo", "Descrizione", "Accertamenti", "Riscossioni", "Residui"],
        [null, null, "(competenza)", "(competenza+residui)", "(da riportare)"],
        ["1", "Entrate tributarie", 1, 2, 3],
      ]),
      ENTRATE,
    );
    expect(read.findings.map((f) => [f.code, f.cell, f.message])).toEqual([
      ["COLONNA_SCONOSCIUTA", "E2", "Nel foglio «Entrate» le colonne «Residui (da riportare)» non sono previste e vengono ignorate."],
    ]);
  });
});

describe("readTable: hidden and filtered rows", () => {
  const rows: SheetData["rows"] = [
    ["Titolo", "Descrizione", "Accertamenti", "Riscossioni"],
    ["1", "Entrate tributarie", 10, 20],
    ["2", "Trasferimenti", 30, 40],
    [null, null, null, null],
    ["3", "Extratributarie", 50, 60],
    ["Totale", null, 90, 120],
  ];

  it("reads hidden rows like the others and says how many there were, once", () => {
    const read = readTable(entrate(rows, { hiddenRows: new Set([3, 4, 5, 6]) }), ENTRATE);
    // row 4 is blank, so three hidden rows are read: 3 and 5 as data, 6 as the Totale check
    expect(figures(read)).toEqual([
      [2, "1", 10, 20],
      [3, "2", 30, 40],
      [5, "3", 50, 60],
    ]);
    expect(read.totalRows.map((r) => r.values.competenza)).toEqual([90]);
    expect(read.findings.map((f) => [f.code, f.severity, f.cell, f.message])).toEqual([
      [
        "RIGHE_NASCOSTE",
        "avviso",
        "A3",
        "Nel foglio «Entrate» 3 righe nascoste (a mano o da un filtro: righe 3, 5 e 6) sono state lette come le altre: nascondere o filtrare righe non esclude dati dalla Relazione. Se quelle righe non devono contare, cancellarle; altrimenti non serve fare nulla.",
      ],
    ]);
  });

  it("speaks of one hidden row in the singular, and is silent when no row is hidden", () => {
    const one = readTable(entrate(rows, { hiddenRows: new Set([2]) }), ENTRATE);
    expect(one.findings.map((f) => f.message)).toEqual([
      "Nel foglio «Entrate» la riga 2 è nascosta (a mano o da un filtro) ma è stata letta come le altre: nascondere o filtrare righe non esclude dati dalla Relazione. Se quella riga non deve contare, cancellarla; altrimenti non serve fare nulla.",
    ]);
    expect(readTable(entrate(rows, { hiddenRows: new Set([1]) }), ENTRATE).findings).toEqual([]);
    expect(readTable(entrate(rows), ENTRATE).findings).toEqual([]);
  });
});

describe("readTable: cells that cannot be trusted", () => {
  it("reports a formula saved without its result as FORMULA_SENZA_RISULTATO, leaving the figure out", () => {
    const read = readTable(
      entrate([
        ["Titolo", "Descrizione", "Accertamenti", "Riscossioni"],
        ["1", "Entrate tributarie", { error: "formula senza risultato calcolato", formula: "SOMMA(F2:F9)" }, 20],
      ]),
      ENTRATE,
    );
    expect(read.rows[0].values.competenza).toBeNull();
    expect(read.rows[0].invalid.has("competenza")).toBe(true);
    expect(read.findings.map((f) => [f.code, f.severity, f.cell])).toEqual([["FORMULA_SENZA_RISULTATO", "errore", "C2"]]);
    expect(read.findings[0].message).toContain("Foglio «Entrate», cella C2 (colonna «Accertamenti»): la formula «=SOMMA(F2:F9)» non ha un risultato salvato nel file");
    expect(read.findings[0].message).toContain("aprire il file in Excel e salvarlo");
  });

  it("reads a serial typed in a date column in the workbook's date system", () => {
    const spec: TableSpec = { ...SPEC, columns: [SPEC.columns[0], { key: "data", header: "Data", synonyms: [], type: "date", required: true, description: "", example: "" }] };
    const rows: SheetData["rows"] = [["Settore", "Data"], ["Tributi", 45657]];
    // 45657 is 31/12/2024 in the 1900 system; in the 1904 system it is 1462 days later: 1461 days (2025-2028,
    // 2028 a leap year) to 31/12/2028, then one more day
    expect(readTable({ ...sheet(rows) }, spec).rows[0].values.data).toEqual(new Date("2024-12-31T00:00:00Z"));
    expect(readTable({ ...sheet(rows), date1904: true }, spec).rows[0].values.data).toEqual(new Date("2029-01-01T00:00:00Z"));
  });
});

describe("formulas without a cached result", () => {
  it("are an errore in a numeric column and a blank with an avviso in a text column", () => {
    const uncomputed = { error: "formula senza risultato calcolato", formula: "SE(A1>0;\"\";A1)" };
    const read = readTable(sheet([["Settore", "Atti controllati"], [uncomputed, uncomputed]]), SPEC);
    expect(read.findings.map((f) => [f.severity, f.code, f.cell])).toEqual([
      ["avviso", "FORMULA_SENZA_RISULTATO", "A2"],
      ["errore", "FORMULA_SENZA_RISULTATO", "B2"],
    ]);
    expect(read.rows[0].values).toEqual({ settore: null, atti: null });
    expect([...read.rows[0].invalid]).toEqual(["atti"]);
  });
});
