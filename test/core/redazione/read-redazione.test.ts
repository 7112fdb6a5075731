import { CellValue } from "../../../src/core/cell";
import { readRedazione } from "../../../src/core/redazione/read-redazione";
import { sheetOf } from "../ente/sheet-data";
import { SEED_PHASES } from "./seed-phases";

const HEADER: CellValue[] = ["Fase", "Soggetti", "Tempi"];
const seedRows = (): CellValue[][] => [HEADER, ...SEED_PHASES.map((p) => [p.fase, p.soggetti, p.tempi])];

describe("readRedazione", () => {
  test("reads the seed's six phases in order with no findings", () => {
    const { findings, phases } = readRedazione(sheetOf("Redazione", seedRows()));
    expect(findings).toEqual([]);
    expect(phases).toEqual(SEED_PHASES);
  });

  test("accepts synonyms and a title row", () => {
    const { findings, phases } = readRedazione(sheetOf("Fasi", [["Processo di redazione"], ["FASI", "Responsabile", "Scadenza"], ["Approvazione Relazione sulla performance 2024", "Giunta Comunale", "Entro maggio 2025"]]));
    expect(findings).toEqual([]);
    expect(phases).toEqual([SEED_PHASES[2]]);
  });

  test("REDAZ_CAMPO_MANCANTE names each blank cell and leaves the row out", () => {
    const rows = seedRows();
    rows[3] = [SEED_PHASES[2].fase, null, SEED_PHASES[2].tempi];
    rows[5] = [null, SEED_PHASES[4].soggetti, "  "];
    const { findings, phases } = readRedazione(sheetOf("Redazione", rows));
    expect(phases).toEqual([SEED_PHASES[0], SEED_PHASES[1], SEED_PHASES[3], SEED_PHASES[5]]);
    expect(findings).toEqual([
      expect.objectContaining({ severity: "errore", code: "REDAZ_CAMPO_MANCANTE", sheet: "Redazione", cell: "B4" }),
      expect.objectContaining({ severity: "errore", code: "REDAZ_CAMPO_MANCANTE", sheet: "Redazione", cell: "A6" }),
      expect.objectContaining({ severity: "errore", code: "REDAZ_CAMPO_MANCANTE", sheet: "Redazione", cell: "C6" }),
    ]);
    expect(findings[0].message).toContain("«Soggetti»");
    expect(findings[0].message).toContain("«Approvazione Relazione sulla performance 2024»");
  });

  test("REDAZ_NESSUNA_FASE for a header with nothing below; no phases", () => {
    const { findings, phases } = readRedazione(sheetOf("Redazione", [HEADER]));
    expect(phases).toBeUndefined();
    expect(findings).toEqual([expect.objectContaining({ severity: "avviso", code: "REDAZ_NESSUNA_FASE", cell: "A2" })]);
  });

  test("no sheet: no phases and no finding (loadInputs reports the missing sheet)", () => {
    expect(readRedazione(undefined)).toEqual({ findings: [] });
  });

  test("a missing column raises only the table's COLONNA_MANCANTE", () => {
    const { findings, phases } = readRedazione(sheetOf("Redazione", [["Fase", "Soggetti"], ["Approvazione", "Giunta Comunale"]]));
    expect(phases).toBeUndefined();
    expect(findings.map((f) => f.code)).toEqual(["COLONNA_MANCANTE"]);
  });
});
