import { readFileSync } from "node:fs";
import { DATA_MODEL_PATH, renderDataModel } from "../../scripts/generate-data-model";
import { ENTE_SPEC } from "../../src/core/ente/spec";
import { TEXT_BLOCKS } from "../../src/core/texts/spec";

describe("docs/data-model.md", () => {
  test("is up to date with the specs", () => {
    // A checkout with Windows line endings is still up to date.
    const onDisk = readFileSync(DATA_MODEL_PATH, "utf8").replace(/\r\n/g, "\n");
    // A plain equality would print a long diff; say what to do instead.
    if (onDisk !== renderDataModel()) {
      throw new Error("docs/data-model.md non corrisponde alle specifiche dei fogli: eseguire `npx tsx scripts/generate-data-model.ts` e includere il file aggiornato.");
    }
  });

  test("documents every sheet, column and text block of the specs", () => {
    const doc = renderDataModel();
    expect(doc).toContain("## Foglio «Ente»");
    for (const c of ENTE_SPEC.columns) expect(doc).toContain(`| **${c.header}** |`);
    for (const b of TEXT_BLOCKS) expect(doc).toContain(`| **${b.name}** |`);
    expect(doc).toContain("| 9 | Entrate per conto di terzi e partite di giro |");
  });
});
