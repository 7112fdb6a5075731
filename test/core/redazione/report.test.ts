import { redazioneBlocks } from "../../../src/core/redazione/report";
import { SEED_PHASES } from "./seed-phases";

describe("redazioneBlocks", () => {
  test("sub-heading and the FASI | SOGGETTI | TEMPI table of the seed's section 6", () => {
    expect(redazioneBlocks(SEED_PHASES)).toEqual([
      { kind: "heading", level: 3, text: "Fasi, soggetti, tempi e responsabilità" },
      {
        kind: "table",
        columns: [{ header: "FASI" }, { header: "SOGGETTI" }, { header: "TEMPI" }],
        rows: SEED_PHASES.map((p) => [p.fase, p.soggetti, p.tempi]),
      },
    ]);
  });

  test("nothing without phases", () => {
    expect(redazioneBlocks(undefined)).toEqual([]);
    expect(redazioneBlocks([])).toEqual([]);
  });
});
