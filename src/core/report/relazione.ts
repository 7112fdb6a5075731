import { EnteContext } from "../ente/context";
import { ReportBlock, heading } from "../output/blocks";
import { TextBlocks } from "../texts/read-texts";
import { textBlocks } from "../texts/report";

/** The blocks each domain contributes, already built from its figures (empty when its data is missing). */
export interface DomainBlocks {
  readonly residents: readonly ReportBlock[];
  readonly census: readonly ReportBlock[];
  readonly movimento: readonly ReportBlock[];
  readonly staffTables: readonly ReportBlock[];
  readonly criticita: readonly ReportBlock[];
  /** Section 3: objectives with their results (the controls table inside its objective). */
  readonly objectives: readonly ReportBlock[];
  /** Section 3: the individual evaluation system and its results, in aggregate only. */
  readonly evaluations: readonly ReportBlock[];
  /** The controls, when no objective on controlli interni carries them. */
  readonly controls: readonly ReportBlock[];
  readonly budget: readonly ReportBlock[];
  readonly gender: readonly ReportBlock[];
  readonly redazione: readonly ReportBlock[];
}

function titled(level: 2 | 3, title: string, content: readonly ReportBlock[]): ReportBlock[] {
  return content.length === 0 ? [] : [heading(level, title), ...content];
}

/**
 * The Relazione sulla performance in the order and with the headings of the reference report
 * (Comune di Darfo Boario Terme, Relazione 2024): 1 Presentazione, 2 Sintesi per i cittadini (contesto,
 * censimenti, movimento demografico, amministrazione, servizi, criticità), 3 Obiettivi (results and
 * scostamenti, with the controlli interni), 4 Risorse, 5 Pari opportunità, 6 Processo di redazione. Free text comes from
 * the "Testi" sheet, figures from the domains; a part with neither is left out.
 */
export function relazioneBlocks(ctx: EnteContext, texts: TextBlocks, d: DomainBlocks): ReportBlock[] {
  const t = (key: Parameters<typeof textBlocks>[1]): ReportBlock[] => textBlocks(texts, key);
  const cover: ReportBlock[] = [
    { kind: "heading", level: 1, text: `Comune di ${ctx.comune}` },
    ...(ctx.provincia ? [{ kind: "paragraph" as const, text: `Provincia di ${ctx.provincia}` }] : []),
    { kind: "heading", level: 1, text: `Relazione sulla performance ${ctx.anno}` },
  ];
  return [
    ...cover,
    heading(1, "1. Presentazione"),
    ...t("presentazione"),
    heading(1, "2. Sintesi delle informazioni di interesse per i cittadini e gli altri stakeholder esterni"),
    ...titled(2, "Il contesto esterno di riferimento", [...t("contesto"), ...d.residents, ...d.census, ...t("censimenti"), ...d.movimento]),
    ...titled(2, "L'amministrazione", [...t("amministrazione"), ...d.staffTables]),
    ...titled(3, "I servizi resi alla cittadinanza:", t("serviziCittadinanza")),
    ...titled(3, "I servizi a rilevanza interna:", t("serviziInterni")),
    ...titled(2, "Le criticità e le opportunità", [...d.criticita, ...t("criticita")]),
    heading(1, "3. Obiettivi: risultati raggiunti e scostamenti"),
    ...d.objectives,
    ...d.evaluations,
    ...titled(2, "Attuazione del sistema dei controlli interni", d.controls),
    heading(1, "4. Risorse, efficienza ed economicità"),
    ...d.budget,
    ...t("vincoli"),
    heading(1, "5. Pari opportunità e bilancio di genere"),
    ...t("pariOpportunita"),
    ...d.gender,
    heading(1, "6. Il processo di redazione della relazione sulla performance"),
    ...d.redazione,
    ...titled(3, "Attività dell'Organismo di Valutazione", t("nucleo")),
    ...titled(3, "Punti di forza e di debolezza del ciclo della performance", t("puntiForza")),
  ];
}
