import { SheetData } from "../../src/core/cell";
import { loadInputs } from "../../src/core/inputs";
import { OutputSheet } from "../../src/core/output/sheet";
import { TableSpec } from "../../src/core/table/spec";
import { WorkbookPort } from "../../src/core/workbook-port";

const spec = (sheet: string, required: boolean, missingConsequence?: string | null): TableSpec => ({
  sheet,
  sheetSynonyms: [],
  required,
  missingConsequence,
  description: "prova",
  columns: [],
});

function port(names: string[], owned: string[] = []): WorkbookPort {
  return {
    sheetNames: async () => names,
    ownedSheetNames: async () => owned,
    readSheet: async (name): Promise<SheetData> => ({ name, rows: [["x"]], firstRow: 1, firstCol: 1 }),
    writeOwnedSheet: async (_s: OutputSheet) => undefined,
  };
}

describe("loadInputs", () => {
  it("says what a missing sheet means, by the spec, and keeps quiet where absence is normal", async () => {
    const specs = [spec("Personale", true), spec("Censimenti", false), spec("Parametri", false, "valgono i predefiniti"), spec("Indicatori", false, null)];
    const inputs = await loadInputs(port([]), specs, []);
    expect(inputs.findings.map((f) => [f.severity, f.code, f.sheet])).toEqual([
      ["errore", "FOGLIO_MANCANTE", "Personale"],
      ["avviso", "FOGLIO_FACOLTATIVO_MANCANTE", "Censimenti"],
      ["avviso", "FOGLIO_FACOLTATIVO_MANCANTE", "Parametri"],
    ]);
    expect(inputs.findings[1].message).toMatch(/la parte corrispondente della Relazione è omessa\.$/);
    expect(inputs.findings[2].message).toMatch(/: valgono i predefiniti\.$/);
  });

  it("never reads the add-in's own sheets as input, even when they carry an input's name", async () => {
    const specs = [spec("Personale", true)];
    const inputs = await loadInputs(port(["Personale"], ["personale"]), specs, ["personale"]);
    expect(inputs.get(specs[0])).toBeUndefined();
    expect(inputs.findings.map((f) => f.code)).toEqual(["FOGLIO_MANCANTE"]);
  });
});
