import { ReportBlock, heading } from "../output/blocks";
import { RedazionePhase } from "./read-redazione";

/** Sub-heading of the phases table, as in the reference report (section 6). */
export const REDAZIONE_SUBHEADING = "Fasi, soggetti, tempi e responsabilità";

/**
 * Content of section 6 "Il processo di redazione della relazione sulla performance" (the section heading
 * is the caller's): a level-3 heading "Fasi, soggetti, tempi e responsabilità" and the table
 * FASI | SOGGETTI | TEMPI, one row per phase in sheet order, as in the reference report of Darfo Boario
 * Terme 2024. Returns [] when there are no phases, so the part is left out rather than shown empty.
 * `_ctx` is not needed (every word comes from the sheet); it keeps the `xxxBlocks(data, ctx)` shape of the other domains.
 */
export function redazioneBlocks(phases: readonly RedazionePhase[] | undefined): ReportBlock[] {
  if (!phases || phases.length === 0) return [];
  return [
    heading(3, REDAZIONE_SUBHEADING),
    {
      kind: "table",
      columns: [{ header: "FASI" }, { header: "SOGGETTI" }, { header: "TEMPI" }],
      rows: phases.map((p) => [p.fase, p.soggetti, p.tempi]),
    },
  ];
}
