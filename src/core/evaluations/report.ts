import { EnteContext } from "../ente/context";
import { ReportBlock, TableCellValue, TableColumn, heading, paragraph } from "../output/blocks";
import { FORMAT } from "../output/sheet";
import { countOf, formatNumber, joinItalian } from "../narrative/italian";
import { PerformanceParameters } from "../parameters/parameters";
import { bandIndex, scoreBands } from "../parameters/score-bands";
import { PARAMETER_DEFINITIONS, ParameterKey } from "../parameters/spec";
import { areaInfo } from "../staff/areas";
import { EvaluationAggregates, GroupStats, MIN_GROUP_SIZE, ScoreStats, Suppression, aggregateEvaluations, isPublishable, suppressedGroups } from "./aggregates";
import { EvaluationsResult } from "./analyze";
import { SchedaDipendente, SchedaResponsabile } from "./scheda";
import { BEHAVIOURS, MAX_OBIETTIVI } from "./spec";

/** Scores in the text: two decimals, none when the rounded value is whole ("85", "84,27"). */
function score(v: number): string {
  const r = Math.round(v * 100) / 100;
  return formatNumber(r, Number.isInteger(r) ? 0 : 2);
}

const lowerFirst = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);

/** Text of the suppressed statistics of a small group. */
export const SUPPRESSED = `n.d. (meno di ${MIN_GROUP_SIZE} schede)`;

/** Text of the statistics withheld from a larger group so that a small group's cannot be derived by difference. */
export const SUPPRESSED_COMPLEMENTARY = `n.d. (a tutela dei gruppi con meno di ${MIN_GROUP_SIZE} schede)`;

/** "fino a 60 punti; 65 se non attivi obiettivi di ente", the second part only when the maxima differ. */
function upTo(con: number, senza: number): string {
  return con === senza ? `fino a ${score(con)} punti` : `fino a ${score(con)} punti; ${score(senza)} se non attivi obiettivi di ente`;
}

/**
 * The system's description, built from the parameters, in the seed's words: "La misurazione e
 * valutazione della performance si basa sulle seguenti componenti:" and one item for the personale in
 * posizione organizzativa (performance organizzativa, individuale, comportamento manageriale with their
 * maxima) and one for the rest (objectives and the five behaviours with the grade scale).
 */
function systemBlocks(params: PerformanceParameters): ReportBlock[] {
  const con = params.responsabili.conObiettiviEnte;
  const senza = params.responsabili.senzaObiettiviEnte;
  const po = [
    ...(con.performanceOrganizzativa > 0 ? [`performance organizzativa (fino a ${score(con.performanceOrganizzativa)} punti, se attivi obiettivi di ente)`] : []),
    `performance individuale (obiettivi strategici e gestionali, ${upTo(con.performanceIndividuale, senza.performanceIndividuale)})`,
    `comportamento manageriale (${upTo(con.comportamento, senza.comportamento)})`,
  ];
  // The seed lists the behaviours with commas only.
  const behaviours = BEHAVIOURS.map((b) => lowerFirst(b.header)).join(", ");
  const scale = params.grades.map((g, i) => `${g.label} ${score(g.points)}${i === 0 ? " punti" : ""}`).join(", ");
  const dip = [
    `obiettivi conseguiti (da 1 a ${MAX_OBIETTIVI}, fino a ${score(params.dipendenti.obiettivi)} punti)`,
    `comportamenti organizzativi (${behaviours}; fino a ${score(params.dipendenti.comportamenti)} punti in tutto), ciascuno valutato con un giudizio: ${scale}`,
  ];
  return [
    paragraph("La misurazione e valutazione della performance si basa sulle seguenti componenti:"),
    { kind: "list", items: [`per il personale in posizione organizzativa: ${joinItalian(po)};`, `per il restante personale: ${joinItalian(dip)}.`] },
    paragraph(`Ogni scheda di valutazione attribuisce fino a ${score(params.punteggioMassimo)} punti.`),
  ];
}

function countSentence(agg: EvaluationAggregates, ctx: EnteContext): string {
  const n = agg.overall.count;
  const dip = agg.dipendenti.count;
  const resp = agg.responsabili.count;
  const parts = [
    ...(dip > 0 ? [`${formatNumber(dip)} del personale non in posizione organizzativa`] : []),
    ...(resp > 0 ? [`${formatNumber(resp)} dei responsabili di servizio`] : []),
  ];
  const detail = parts.length === 2 ? `: ${joinItalian(parts)}` : dip > 0 ? " del personale non in posizione organizzativa" : " dei responsabili di servizio";
  return `Per l'anno ${ctx.anno} ${n === 1 ? "è stata valutata" : "sono state valutate"} ${countOf(n, "scheda", "schede")}${detail}.`;
}

function statsSentence(s: ScoreStats, max: number): string {
  if (!isPublishable(s)) {
    return `Le schede sono meno di ${MIN_GROUP_SIZE}: per riservatezza non si riportano il punteggio medio e mediano né la distribuzione per fasce.`;
  }
  // minimum and maximum are one person's score each: they stay in "Calcolo valutazioni"
  return `Il punteggio medio è di ${score(s.mean as number)} punti su ${score(max)} e il punteggio mediano di ${score(s.median as number)}.`;
}

const STAT_COLUMNS: readonly TableColumn[] = [
  { header: "schede", format: FORMAT.integer },
  { header: "punteggio medio", format: FORMAT.decimal2 },
  { header: "mediano", format: FORMAT.decimal2 },
  { header: "minimo", format: FORMAT.decimal2 },
  { header: "massimo", format: FORMAT.decimal2 },
];

const rawStats = (s: ScoreStats): TableCellValue[] => [s.count, s.mean ?? null, s.median ?? null, s.min ?? null, s.max ?? null];

/** Columns the Relazione may show: no minimum or maximum, each being one person's score. */
const PUBLIC_COLUMNS = STAT_COLUMNS.slice(0, 3);

/** Statistics cells with the privacy rule: a suppressed group (see suppressedGroups) shows only its count. */
function publicStats(s: ScoreStats, why: Suppression | undefined): TableCellValue[] {
  if (why === undefined) return [s.count, s.mean ?? null, s.median ?? null];
  const text = why === "small" ? SUPPRESSED : SUPPRESSED_COMPLEMENTARY;
  return [s.count, text, text];
}

function bandTable(agg: EvaluationAggregates): ReportBlock {
  return {
    kind: "table",
    title: "distribuzione delle schede per fascia di punteggio",
    columns: [{ header: "fascia di punteggio" }, { header: "schede", format: FORMAT.integer }, { header: "% sul totale", format: FORMAT.percent2 }],
    rows: agg.byBand.map((b) => [b.band.label, b.count, b.share ?? null]),
    totalRows: [["Totale", agg.overall.count, agg.overall.count > 0 ? 1 : null]],
  };
}

/**
 * The Relazione's part "Obiettivi individuali" (section 3, after the objectives): the heading, the
 * comune's own `intro` (free text on how objectives are assigned and who evaluates), the description of the system built from `params` (components and maxima, as in the seed), then the
 * results in aggregate only: number of schede by kind, mean and median of the totals (minimum and
 * maximum are individual scores, so they stay in the calculation sheet),
 * the table by score band (schede and % of all) and the table by area (responsabili di servizio
 * first, as the staff tables), each with a Totale row. Privacy: no matricola, name or individual
 * score ever appears; a group of fewer than {@link MIN_GROUP_SIZE} schede shows its count and
 * "n.d. (meno di 3 schede)" for its statistics; complementary suppression (suppressedGroups) then
 * withholds the mean and median of further groups, smallest first, until the withheld groups are at
 * least two and hold at least 3 schede together, so that the Totale and the other groups do not give
 * a small group's sum by difference ({@link SUPPRESSED_COMPLEMENTARY}); a note under the table states
 * the rule. With fewer than 3 schede in all neither statistics nor tables are given. Empty areas are left out. No block when no schede sheet was read; the
 * description alone when no scheda is valid.
 */
export function evaluationsBlocks(result: EvaluationsResult, params: PerformanceParameters, ctx: EnteContext, intro: readonly ReportBlock[] = []): ReportBlock[] {
  if (!result.sheets.dipendenti && !result.sheets.responsabili) return [];
  const blocks: ReportBlock[] = [heading(2, "Obiettivi individuali"), ...intro, ...systemBlocks(params)];
  if (result.schede.length === 0) return blocks;
  const agg = aggregateEvaluations(result.schede, params);
  blocks.push(paragraph(`${countSentence(agg, ctx)} ${statsSentence(agg.overall, params.punteggioMassimo)}`));
  if (!isPublishable(agg.overall)) return blocks;
  const areas = agg.byArea.filter((g) => g.stats.count > 0);
  const suppressed = suppressedGroups(areas);
  blocks.push(bandTable(agg), {
    kind: "table",
    title: "punteggi delle schede per area",
    columns: [{ header: "area" }, ...PUBLIC_COLUMNS],
    rows: areas.map((g) => [g.label, ...publicStats(g.stats, suppressed.get(g.key))]),
    // overall is publishable here (checked above)
    totalRows: [["Totale", ...publicStats(agg.overall, undefined)]],
  });
  if (suppressed.size > 0) {
    blocks.push({
      kind: "note",
      text:
        `Per riservatezza, dei gruppi con meno di ${MIN_GROUP_SIZE} schede si indica solo il numero: i loro punteggi renderebbero riconoscibili valutazioni individuali. ` +
        `Perché non si possano ricavare per differenza dal totale, si omettono se necessario anche il punteggio medio e mediano di altri gruppi, dai più piccoli, finché i gruppi omessi sono almeno due e contano insieme almeno ${MIN_GROUP_SIZE} schede.`,
    });
  }
  return blocks;
}

/** Value of each parameter of the "Parametri" sheet, as used. */
function parameterValue(key: ParameterKey, p: PerformanceParameters): TableCellValue {
  const pt = (v: number): TableCellValue => ({ value: v, format: FORMAT.decimal2 });
  const pct = (v: number): TableCellValue => ({ value: v, format: FORMAT.percent2 });
  const values: Record<ParameterKey, TableCellValue> = {
    obiettiviDipendenti: pt(p.dipendenti.obiettivi),
    comportamentiDipendenti: pt(p.dipendenti.comportamenti),
    performanceOrganizzativa: pt(p.responsabili.conObiettiviEnte.performanceOrganizzativa),
    performanceIndividuale: pt(p.responsabili.conObiettiviEnte.performanceIndividuale),
    comportamentoResponsabili: pt(p.responsabili.conObiettiviEnte.comportamento),
    performanceIndividualeSenzaEnte: pt(p.responsabili.senzaObiettiviEnte.performanceIndividuale),
    comportamentoResponsabiliSenzaEnte: pt(p.responsabili.senzaObiettiviEnte.comportamento),
    punteggioMassimo: pt(p.punteggioMassimo),
    sogliaRaggiunto: pct(p.esito.raggiunto),
    sogliaParzialmente: pct(p.esito.parzialmente),
    fasce: p.fasce.map(score).join("; "),
  };
  return values[key];
}

const SUPPRESSION_LABEL: Readonly<Record<Suppression, string>> = {
  small: `no: meno di ${MIN_GROUP_SIZE} schede`,
  complementary: `no: a tutela dei gruppi con meno di ${MIN_GROUP_SIZE} schede`,
};

const publishedLabel = (s: ScoreStats): string => (isPublishable(s) ? "sì" : SUPPRESSION_LABEL.small);

function groupTable(title: string, header: string, groups: readonly GroupStats[], overall: ScoreStats): ReportBlock {
  const suppressed = suppressedGroups(groups);
  const label = (g: GroupStats): string => {
    const why = suppressed.get(g.key);
    return why === undefined ? publishedLabel(g.stats) : SUPPRESSION_LABEL[why];
  };
  return {
    kind: "table",
    title,
    columns: [{ header }, ...STAT_COLUMNS, { header: "nella Relazione" }],
    rows: groups.map((g) => [g.label, ...rawStats(g.stats), label(g)]),
    totalRows: [["Totale", ...rawStats(overall), publishedLabel(overall)]],
  };
}

/**
 * Content of the output sheet "Calcolo valutazioni", kept in the workbook of the personnel office and
 * never published: a warning that it holds personal data, the sources (sheets, valid and excluded
 * schede), the parameters used, the aggregates without suppression (with a column saying whether the
 * Relazione shows each group), by band (with %), by area and by settore, then one row per scheda
 * identified by matricola with its components, total (points) and band. No block when no schede sheet was read.
 */
export function evaluationsCalcBlocks(result: EvaluationsResult, params: PerformanceParameters, ctx: EnteContext): ReportBlock[] {
  const read = [result.sheets.dipendenti, result.sheets.responsabili].filter((s): s is string => s !== undefined);
  if (read.length === 0) return [];
  const agg = aggregateEvaluations(result.schede, params);
  const bands = scoreBands(params);
  const band = (total: number): string => bands[bandIndex(total, bands)].label;
  const excluded = result.excluded > 0 ? ` ${countOf(result.excluded, "scheda è esclusa", "schede sono escluse")} per errori (vedi i controlli dei dati).` : " Nessuna scheda esclusa.";
  const dip = result.schede.filter((s): s is SchedaDipendente => s.kind === "dipendente");
  const resp = result.schede.filter((s): s is SchedaResponsabile => s.kind === "responsabile");
  const int = (v: number): TableCellValue => ({ value: v, format: FORMAT.integer });
  return [
    heading(1, `Calcolo valutazioni ${ctx.anno}`),
    { kind: "note", text: "Foglio riservato all'ufficio del personale: contiene punteggi individuali per matricola e non va pubblicato. La Relazione riporta solo aggregati." },
    paragraph(`Fonte: ${joinItalian(read.map((s) => `foglio «${s}»`))}; ${countOf(result.schede.length, "scheda valida", "schede valide")}.${excluded}`),
    heading(2, "Parametri del sistema di valutazione"),
    {
      kind: "table",
      columns: [{ header: "Parametro" }, { header: "Valore" }],
      rows: [["Giudizi dei comportamenti", params.grades.map((g) => `${g.label} ${score(g.points)}`).join("; ")], ...PARAMETER_DEFINITIONS.map((d) => [d.name, parameterValue(d.key, params)])],
    },
    heading(2, "Aggregati"),
    bandTable(agg),
    groupTable("punteggi per area", "area", agg.byArea, agg.overall),
    groupTable("punteggi per settore", "settore", agg.bySettore, agg.overall),
    heading(2, "Schede del personale non in posizione organizzativa"),
    {
      kind: "table",
      columns: [
        { header: "Matricola" },
        { header: "Area" },
        { header: "Settore" },
        { header: "Obiettivi", format: FORMAT.integer },
        { header: "Punti obiettivi", format: FORMAT.decimal2 },
        { header: "Punti comportamenti", format: FORMAT.decimal2 },
        { header: "Totale", format: FORMAT.decimal2 },
        { header: "Fascia" },
      ],
      rows: dip.map((s) => [
        s.matricola,
        s.area ? areaInfo(s.area).name : "",
        s.settore ?? "",
        int(s.obiettivi.length),
        s.puntiObiettivi,
        s.puntiComportamenti,
        s.totale,
        band(s.totale),
      ]),
    },
    heading(2, "Schede dei responsabili di servizio"),
    {
      kind: "table",
      columns: [
        { header: "Matricola" },
        { header: "Settore" },
        { header: "Obiettivi di ente" },
        { header: "Performance organizzativa", format: FORMAT.decimal2 },
        { header: "Obiettivi strategici", format: FORMAT.decimal2 },
        { header: "Obiettivi gestionali", format: FORMAT.decimal2 },
        { header: "Performance individuale", format: FORMAT.decimal2 },
        { header: "Comportamento organizzativo", format: FORMAT.decimal2 },
        { header: "Totale", format: FORMAT.decimal2 },
        { header: "Fascia" },
      ],
      rows: resp.map((s) => [
        s.matricola,
        s.settore ?? "",
        s.obiettiviEnte ? "sì" : "no",
        s.performanceOrganizzativa,
        s.obiettiviStrategici,
        s.obiettiviGestionali,
        s.performanceIndividuale,
        s.comportamento,
        s.totale,
        band(s.totale),
      ]),
    },
  ];
}
