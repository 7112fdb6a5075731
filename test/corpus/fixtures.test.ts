import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { FIXTURES, FIXTURES_DIR, fixtureBytes, manifest } from "../../scripts/generate-fixtures";
import { parseExpected, readManifest } from "./expectations";

const REGENERATE = "eseguire `npx tsx scripts/generate-fixtures.ts` e includere i file aggiornati";

describe("test/fixtures", () => {
  test("the committed manifest is the one the script writes", () => {
    expect(readManifest()).toEqual(manifest());
  });

  test("holds exactly the files of the manifest", () => {
    const files = readdirSync(FIXTURES_DIR).filter((f) => f.endsWith(".xlsx")).sort();
    expect(files).toEqual(FIXTURES.map((f) => f.file).sort());
  });

  test("every expectation follows the manifest format", () => {
    for (const fx of readManifest()) for (const f of fx.findings) expect(() => parseExpected(f)).not.toThrow();
  });

  test("every committed file has the bytes the script generates", async () => {
    const stale: string[] = [];
    for (const f of FIXTURES) {
      if (!readFileSync(join(FIXTURES_DIR, f.file)).equals(await fixtureBytes(f))) stale.push(f.file);
    }
    if (stale.length > 0) throw new Error(`File non aggiornati in test/fixtures (${stale.join(", ")}): ${REGENERATE}.`);
  });
});
