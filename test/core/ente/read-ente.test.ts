import { CellValue } from "../../../src/core/cell";
import { readEnte } from "../../../src/core/ente/read-ente";
import { sheetOf } from "./sheet-data";

// The seed's Ente values (Relazione 2024 of Darfo Boario Terme, Provincia di Brescia; controls on the secondo semestre 2023).
const SEED: CellValue[][] = [
  ["Parametro", "Valore"],
  ["Comune", "Darfo Boario Terme"],
  ["Provincia", "Brescia"],
  ["Anno", 2024],
  ["Periodo atti controllati", "secondo semestre 2023"],
];

const codes = (findings: readonly { code: string }[]): string[] => findings.map((f) => f.code);

describe("readEnte", () => {
  test("reads the seed's parameters with no findings", () => {
    const { findings, ctx } = readEnte(sheetOf("Ente", SEED));
    expect(findings).toEqual([]);
    expect(ctx).toEqual({ comune: "Darfo Boario Terme", provincia: "Brescia", anno: 2024, periodoControlli: "secondo semestre 2023" });
  });

  test("accepts a title row, synonyms, other case and the year typed as text", () => {
    const { findings, ctx } = readEnte(
      sheetOf("Parametri ente", [
        ["Dati dell'ente", null],
        ["PARAMETRO", "dato"],
        ["nome del comune", "Darfo Boario Terme"],
        ["ESERCIZIO", "2024"],
        ["Periodo  controlli", "secondo semestre 2023"],
      ]),
    );
    expect(findings).toEqual([]);
    expect(ctx).toEqual({ comune: "Darfo Boario Terme", anno: 2024, periodoControlli: "secondo semestre 2023" });
  });

  test("drops a leading «Comune di», which the report adds itself", () => {
    const { findings, ctx } = readEnte(sheetOf("Ente", [SEED[0], ["Comune", "Comune di Darfo Boario Terme"], SEED[3]]));
    expect(findings).toEqual([]);
    expect(ctx).toEqual({ comune: "Darfo Boario Terme", anno: 2024 });
  });

  test("no sheet: no context and no finding (loadInputs reports the missing sheet)", () => {
    expect(readEnte(undefined)).toEqual({ findings: [] });
  });

  test("ENTE_PARAMETRO_MANCANTE for a missing Comune row points below the data; no context", () => {
    const { findings, ctx } = readEnte(sheetOf("Ente", [SEED[0], SEED[2], SEED[3]]));
    expect(ctx).toBeUndefined();
    expect(findings).toEqual([expect.objectContaining({ severity: "errore", code: "ENTE_PARAMETRO_MANCANTE", sheet: "Ente", cell: "A4" })]);
    expect(findings[0].message).toContain("«Comune»");
  });

  test("ENTE_PARAMETRO_MANCANTE for a blank Anno points at its Valore cell", () => {
    const { findings, ctx } = readEnte(sheetOf("Ente", [SEED[0], SEED[1], ["Anno", null]]));
    expect(ctx).toBeUndefined();
    expect(findings).toEqual([expect.objectContaining({ severity: "errore", code: "ENTE_PARAMETRO_MANCANTE", cell: "B3" })]);
  });

  test("a missing optional parameter is silent", () => {
    const { findings, ctx } = readEnte(sheetOf("Ente", [SEED[0], SEED[1], SEED[3]]));
    expect(findings).toEqual([]);
    expect(ctx).toEqual({ comune: "Darfo Boario Terme", anno: 2024 });
  });

  test.each<[CellValue]>([[24], ["24"], ["duemilaventiquattro"], [1899], [2101], [2024.5], ["2.024"], [new Date(Date.UTC(2024, 0, 1))]])(
    "ENTE_ANNO_NON_VALIDO for %p",
    (anno) => {
      const { findings, ctx } = readEnte(sheetOf("Ente", [SEED[0], SEED[1], ["Anno", anno]]));
      expect(ctx).toBeUndefined();
      expect(findings).toEqual([expect.objectContaining({ severity: "errore", code: "ENTE_ANNO_NON_VALIDO", sheet: "Ente", cell: "B3" })]);
    },
  );

  test("an Excel error in Valore raises only the table's TIPO_NON_VALIDO", () => {
    const { findings, ctx } = readEnte(sheetOf("Ente", [SEED[0], SEED[1], ["Anno", { error: "#N/A" }]]));
    expect(ctx).toBeUndefined();
    expect(codes(findings)).toEqual(["TIPO_NON_VALIDO"]);
    expect(findings[0].cell).toBe("B3");
  });

  test("ENTE_PARAMETRO_SCONOSCIUTO for an unknown name and for a value without a name; the context is still built", () => {
    const { findings, ctx } = readEnte(sheetOf("Ente", [...SEED, ["Regione", "Lombardia"], [null, "Valle Camonica"]]));
    expect(ctx?.comune).toBe("Darfo Boario Terme");
    expect(findings).toEqual([
      expect.objectContaining({ severity: "avviso", code: "ENTE_PARAMETRO_SCONOSCIUTO", cell: "A6" }),
      expect.objectContaining({ severity: "avviso", code: "ENTE_PARAMETRO_SCONOSCIUTO", cell: "A7" }),
    ]);
    expect(findings[0].message).toContain("«Regione»");
  });

  test("ENTE_PARAMETRO_DUPLICATO keeps the first value", () => {
    const { findings, ctx } = readEnte(sheetOf("Ente", [...SEED, ["Anno di riferimento", 2023]]));
    expect(ctx?.anno).toBe(2024);
    expect(findings).toEqual([expect.objectContaining({ severity: "avviso", code: "ENTE_PARAMETRO_DUPLICATO", sheet: "Ente", cell: "A6" })]);
    expect(findings[0].message).toContain("riga 4");
  });

  test("a blank first Anno does not hide a later filled one", () => {
    const { findings, ctx } = readEnte(sheetOf("Ente", [SEED[0], SEED[1], ["Anno", null], ["Anno", 2024]]));
    expect(findings).toEqual([]);
    expect(ctx?.anno).toBe(2024);
  });

  test("without a recognisable header only the table finding is raised", () => {
    const { findings, ctx } = readEnte(sheetOf("Ente", [["Comune", "Darfo Boario Terme"]]));
    expect(ctx).toBeUndefined();
    expect(codes(findings)).toEqual(["INTESTAZIONE_MANCANTE"]);
  });
});
