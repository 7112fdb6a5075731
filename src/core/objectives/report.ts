import { EnteContext } from "../ente/context";
import { normalizeText } from "../narrative/clean-text";
import { countOf, formatDate, formatNumber, formatPercent, formatSigned, joinItalian, plural } from "../narrative/italian";
import { ReportBlock, TableCellValue, TableColumn, heading, paragraph } from "../output/blocks";
import { FORMAT } from "../output/sheet";
import { DEFAULT_ESITO_THRESHOLDS, EsitoThresholds } from "../parameters/esito-thresholds";
import { LIST_MARKERS } from "../texts/report";
import { Measure, MeasureAchievement, decimalsOf } from "./achievement";
import { DIREZIONE_LABEL, ESITI, ESITO_LABEL, ESITO_PLURAL, Esito, TIPI, TipoObiettivo, isShortfall } from "./esito";
import { Objective, ObjectiveMeasure } from "./read-objectives";
import { ObjectivesSummary, SettoreSummary, summarizeObjectives } from "./summary";

const TIPO_FORMS: Readonly<Record<TipoObiettivo, readonly [string, string]>> = {
  strategico: ["strategico", "strategici"],
  gestionale: ["gestionale", "gestionali"],
  trasversale: ["trasversale", "trasversali"],
};

// Past participles after "risulta/risultano": singular and plural.
const ESITO_FORMS: Readonly<Record<Esito, readonly [string, string]>> = {
  raggiunto: ["raggiunto", "raggiunti"],
  parzialmente: ["parzialmente raggiunto", "parzialmente raggiunti"],
  nonRaggiunto: ["non raggiunto", "non raggiunti"],
  inCorso: ["in corso", "in corso"],
  nonValutabile: ["non valutabile", "non valutabili"],
};

/**
 * The opening sentence of the albero della performance, from the counts: "Per il 2024 il Piano della
 * performance (PIAO) ha fissato 50 obiettivi di performance (10 strategici, 35 gestionali e 5
 * trasversali), assegnati a 9 settori." Tipi with zero objectives are left out, as is the bracket when
 * no tipo is known; objectives without tipo are named "di tipo non indicato"; transversal settori are
 * not counted among the settori.
 */
export function alberoSentence(s: ObjectivesSummary, ctx: EnteContext): string {
  const tipi = TIPI.filter((t) => s.byTipo[t] > 0).map((t) => `${formatNumber(s.byTipo[t])} ${plural(s.byTipo[t], ...TIPO_FORMS[t])}`);
  if (tipi.length > 0 && s.senzaTipo > 0) tipi.push(`${formatNumber(s.senzaTipo)} di tipo non indicato`);
  const bracket = tipi.length > 0 ? ` (${joinItalian(tipi)})` : "";
  const settori = s.settoriCount > 0 ? `, ${plural(s.total, "assegnato", "assegnati")} a ${countOf(s.settoriCount, "settore", "settori")}` : "";
  return `Per il ${ctx.anno} il Piano della performance (PIAO) ha fissato ${countOf(s.total, "obiettivo di performance", "obiettivi di performance")}${bracket}${settori}.`;
}

/**
 * The esiti in a sentence: "Di questi, 45 risultano raggiunti, 4 parzialmente raggiunti e 1 non
 * raggiunto."; "Tutti risultano raggiunti." when they share one esito; "L'obiettivo risulta raggiunto."
 * for a single one. Objectives without esito close the sentence ("per 1 obiettivo l'esito non è
 * indicato"). Undefined when no objective has an esito.
 */
export function esitiSentence(s: ObjectivesSummary): string | undefined {
  const present = ESITI.filter((e) => s.byEsito[e] > 0);
  if (present.length === 0) return undefined;
  const missing = s.senzaEsito > 0 ? `, mentre per ${countOf(s.senzaEsito, "obiettivo", "obiettivi")} l'esito non è indicato` : "";
  if (s.total === 1) return `L'obiettivo risulta ${ESITO_FORMS[present[0]][0]}.`;
  if (present.length === 1 && s.senzaEsito === 0) return `Tutti risultano ${ESITO_FORMS[present[0]][1]}.`;
  const [first, ...rest] = present;
  const n = s.byEsito[first];
  const head = `${formatNumber(n)} ${plural(n, "risulta", "risultano")} ${plural(n, ...ESITO_FORMS[first])}`;
  const tail = rest.map((e) => `${formatNumber(s.byEsito[e])} ${plural(s.byEsito[e], ...ESITO_FORMS[e])}`);
  return `Di questi, ${joinItalian([head, ...tail])}${missing}.`;
}

/**
 * Table Settore × esito with counts of objectives and totals. Raggiunti, parzialmente raggiunti and non
 * raggiunti are always shown; "In corso", "Non valutabili" and "Esito non indicato" only when some
 * objective has them.
 */
export function settoreEsitoTable(s: ObjectivesSummary, title?: string): ReportBlock {
  const esiti = ESITI.filter((e) => e === "raggiunto" || e === "parzialmente" || e === "nonRaggiunto" || s.byEsito[e] > 0);
  const withMissing = s.senzaEsito > 0;
  const columns: TableColumn[] = [
    { header: "Settore" },
    ...esiti.map((e) => ({ header: ESITO_PLURAL[e], format: FORMAT.integer })),
    ...(withMissing ? [{ header: "Esito non indicato", format: FORMAT.integer }] : []),
    { header: "Totale", format: FORMAT.integer },
  ];
  const row = (label: string, byEsito: Readonly<Record<Esito, number>>, senza: number, total: number): TableCellValue[] => [
    label,
    ...esiti.map((e) => byEsito[e]),
    ...(withMissing ? [senza] : []),
    total,
  ];
  return {
    kind: "table",
    ...(title ? { title } : {}),
    columns,
    rows: s.settori.map((x: SettoreSummary) => row(x.settore, x.byEsito, x.senzaEsito, x.total)),
    totalRows: [row("Totale", s.byEsito, s.senzaEsito, s.total)],
  };
}

interface Piece {
  text: string;
  item: boolean;
}

/** A cell's text as paragraphs and list items: one per line, lines starting with a list marker as items. */
function pieces(raw: string): Piece[] {
  return normalizeText(raw)
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "")
    .map((line) => {
      const marker = LIST_MARKERS.find((m) => line.startsWith(m));
      return marker ? { text: line.slice(marker.length).trim(), item: true } : { text: line, item: false };
    });
}

/** Paragraphs and lists of `list`, consecutive items grouped into one list block. */
function toBlocks(list: readonly Piece[]): ReportBlock[] {
  const blocks: ReportBlock[] = [];
  for (const p of list) {
    const last = blocks[blocks.length - 1];
    if (!p.item) blocks.push(paragraph(p.text));
    else if (last?.kind === "list") blocks[blocks.length - 1] = { kind: "list", items: [...last.items, p.text] };
    else blocks.push({ kind: "list", items: [p.text] });
  }
  return blocks;
}

/** "Label: text" as in the seed; the cell's further lines follow as paragraphs or list items. Nothing when text is absent. */
function labelled(label: string, text: string | undefined): ReportBlock[] {
  if (text === undefined) return [];
  const list = pieces(text);
  if (list.length === 0) return [];
  if (list[0].item) return [paragraph(`${label}:`), ...toBlocks(list)];
  return [paragraph(`${label}: ${list[0].text}`), ...toBlocks(list.slice(1))];
}

const figure = (v: number, unita: string, qualificatore?: string): string => `${qualificatore ? qualificatore + " " : ""}${formatNumber(v, decimalsOf(v))} ${unita}`;

function targetText(m: Measure): string {
  return m.kind === "deadline" ? `entro il ${formatDate(m.scadenza)}` : figure(m.target, m.unita);
}

function consuntivoText(m: Measure): string | null {
  if (m.kind === "deadline") return m.conclusione ? `concluso il ${formatDate(m.conclusione)}` : null;
  return m.consuntivo === undefined ? null : figure(m.consuntivo, m.unita, m.qualificatore);
}

/** Uncapped grado as a table cell; "oltre 100%" where it is infinite (consuntivo 0 with «meno è meglio»). */
function gradoCell(a: MeasureAchievement | undefined): TableCellValue {
  if (!a) return null;
  return a.gradoUncapped === undefined ? "oltre 100%" : a.gradoUncapped;
}

/**
 * Indicatore | Target | Consuntivo | Grado di raggiungimento of the measures with a consuntivo (or data
 * di conclusione), with the objective's grado when it has more measures; undefined when no measure has
 * one: a target alone is already in "Misurazione di raggiungimento dell'obiettivo".
 */
function measuresTable(o: Objective): ReportBlock | undefined {
  const rows = o.measures.flatMap((m) => {
    const consuntivo = consuntivoText(m.measure);
    return consuntivo === null ? [] : [[m.measure.indicatore, targetText(m.measure), consuntivo, gradoCell(m.achievement)]];
  });
  if (rows.length === 0) return undefined;
  // The objective's grado exists only when every measure has its figures, hence every row is shown.
  const many = o.measures.length > 1 && o.achievement;
  return {
    kind: "table",
    columns: [{ header: "Indicatore" }, { header: "Target" }, { header: "Consuntivo" }, { header: "Grado di raggiungimento", format: FORMAT.percent1 }],
    rows,
    ...(many ? { totalRows: [["Grado complessivo (media, ciascun indicatore al massimo 100%)", null, null, o.achievement?.grado ?? null]] } : {}),
  };
}

/** What fell short in one measure, or undefined when it did not (or its figures are missing). */
function shortfall(om: ObjectiveMeasure): string | undefined {
  const { measure: m, achievement: a } = om;
  if (!a || a.grado >= 1) return undefined;
  if (m.kind === "deadline") {
    return `attività conclusa il ${formatDate(m.conclusione as Date)}, ${countOf(a.scostamento, "giorno", "giorni")} dopo la scadenza del ${formatDate(m.scadenza)}`;
  }
  const consuntivo = figure(m.consuntivo as number, m.unita, m.qualificatore);
  // The main measure is labelled by its unit: naming it again adds nothing.
  const label = m.indicatore.toLowerCase() === m.unita.toLowerCase() ? "" : `per «${m.indicatore}», `;
  return `${label}consuntivo ${consuntivo} a fronte di un target di ${figure(m.target, m.unita)} (${formatSigned(a.scostamento, decimalsOf(a.scostamento))} ${m.unita}, grado di raggiungimento ${formatPercent(a.grado, 1)})`;
}

/** The seed's block for one objective (see {@link objectivesBlocks}). */
function objectiveBlocks(o: Objective, extra: readonly ReportBlock[]): ReportBlock[] {
  const title = o.titolo ?? o.id;
  const blocks: ReportBlock[] = [
    heading(3, title ? `OBIETTIVO DI PERFORMANCE: ${normalizeText(title).replace(/\s*\n\s*/g, " ")}` : "OBIETTIVO DI PERFORMANCE"),
    ...labelled("Responsabile", o.responsabile),
    ...labelled("Chi contribuisce a raggiungere l'obiettivo", o.contributori),
    ...labelled("Tempi di raggiungimento dell'obiettivo", o.tempi ?? (o.scadenza ? `Entro il ${formatDate(o.scadenza)}` : undefined)),
    ...labelled("Misurazione di raggiungimento dell'obiettivo", o.misurazione),
    ...labelled("Traguardo atteso", o.traguardo),
  ];
  const risultati = o.risultati === undefined ? [] : pieces(o.risultati);
  if (risultati.length > 0) blocks.push(paragraph("Risultati raggiunti:"), ...toBlocks(risultati));
  blocks.push(...extra);
  const table = measuresTable(o);
  if (table) blocks.push(table);
  if (isShortfall(o.esito)) {
    blocks.push(paragraph(`Esito: ${ESITO_LABEL[o.esito as Esito]}.`));
    const gaps = o.measures.map(shortfall).filter((s): s is string => s !== undefined);
    if (gaps.length > 0) blocks.push(paragraph(`Scostamento: ${gaps.join("; ")}.`));
    blocks.push(...labelled("Motivazione dello scostamento", o.motivazione));
  }
  return blocks;
}

/**
 * Section 3 of the Relazione ("Obiettivi: risultati raggiunti e scostamenti"), after its level-1 heading:
 * - "Albero della performance": {@link alberoSentence}, {@link esitiSentence}, and the table of
 *   objectives by settore × esito with totals ({@link settoreEsitoTable});
 * - "Obiettivi strategici e risultati raggiunti", "RENDICONTAZIONE DEI RESPONSABILI DI SERVIZIO", then
 *   per objective, in sheet order, the seed's block: heading "OBIETTIVO DI PERFORMANCE: <titolo>",
 *   paragraphs "Responsabile: …", "Chi contribuisce a raggiungere l'obiettivo: …", "Tempi di
 *   raggiungimento dell'obiettivo: …" (from the scadenza, "Entro il gg/mm/aaaa", when Tempi is blank),
 *   "Misurazione di raggiungimento dell'obiettivo: …", "Traguardo atteso: …", "Risultati raggiunti:" and
 *   its text (one paragraph per line; lines starting with "- " as list items), then `extra(o)` (e.g.
 *   the controlli interni table for its objective), the table Indicatore | Target | Consuntivo | Grado
 *   di raggiungimento (uncapped grado) of the measures with a consuntivo, none when no measure has one
 *   (no half-empty rows: the target is in "Misurazione…"), and for objectives parzialmente
 *   or non raggiunti "Esito: …", "Scostamento: …" (measures below 100 %) and "Motivazione dello
 *   scostamento: …". A missing field is left out.
 * Empty when there are no objectives.
 */
export function objectivesBlocks(objectives: readonly Objective[], ctx: EnteContext, extra: (o: Objective) => readonly ReportBlock[] = () => []): ReportBlock[] {
  if (objectives.length === 0) return [];
  const s = summarizeObjectives(objectives);
  const esiti = esitiSentence(s);
  return [
    heading(2, "Albero della performance"),
    paragraph(alberoSentence(s, ctx)),
    ...(esiti ? [paragraph(esiti)] : []),
    settoreEsitoTable(s),
    heading(2, "Obiettivi strategici e risultati raggiunti"),
    paragraph("RENDICONTAZIONE DEI RESPONSABILI DI SERVIZIO"),
    ...objectives.flatMap((o) => objectiveBlocks(o, extra(o))),
  ];
}

const ratio = (v: number | undefined): TableCellValue => (v === undefined ? null : v);
const esitoText = (e: Esito | undefined): string | null => (e ? ESITO_LABEL[e] : null);

function scostamentoText(om: ObjectiveMeasure): string | undefined {
  const a = om.achievement;
  if (!a) return undefined;
  const unit = om.measure.kind === "deadline" ? plural(a.scostamento, "giorno", "giorni") : om.measure.unita;
  return `${formatSigned(a.scostamento, decimalsOf(a.scostamento))} ${unit}`;
}

/**
 * Content of the output sheet "Calcolo obiettivi": the rules in use (formulas and `thresholds`, which
 * must be those given to analyzeObjectives), then
 * - per objective: ID, settore, esito dichiarato, grado (max 100 %), grado non limitato, esito
 *   calcolato, scostamento (per measure, in its unit), note;
 * - per measure: ID, indicatore, direzione, target, consuntivo, unità, grado, grado non limitato,
 *   scostamento, source row;
 * - objectives by esito (count and share of the total), by settore × esito, and the performance
 *   organizzativa by settore as an indicatore sintetico (mean capped grado; not the SMVP score).
 */
export function objectivesCalcBlocks(objectives: readonly Objective[], ctx: EnteContext, thresholds: EsitoThresholds = DEFAULT_ESITO_THRESHOLDS): ReportBlock[] {
  const s = summarizeObjectives(objectives);
  const blocks: ReportBlock[] = [
    heading(1, `Calcolo obiettivi ${ctx.anno}`),
    paragraph(
      "Grado di raggiungimento di un indicatore: consuntivo / target se «più è meglio», target / consuntivo se «meno è meglio», 100% o 0% secondo che la data di conclusione rispetti o no la scadenza. " +
        "Grado dell'obiettivo: media semplice dei gradi dei suoi indicatori, ciascuno limitato al 100%; non calcolato se manca il grado di un indicatore.",
    ),
    paragraph(
      `Esito calcolato: raggiunto da ${formatPercent(thresholds.raggiunto, 0)}, parzialmente raggiunto da ${formatPercent(thresholds.parzialmente, 0)}, non raggiunto sotto. Nei conteggi vale l'esito dichiarato; quello calcolato serve da verifica.`,
    ),
    heading(2, "Obiettivi"),
    {
      kind: "table",
      columns: [
        { header: "ID" },
        { header: "Settore" },
        { header: "Esito dichiarato" },
        { header: "Grado (max 100%)", format: FORMAT.percent1 },
        { header: "Grado non limitato", format: FORMAT.percent1 },
        { header: "Esito calcolato" },
        { header: "Scostamento" },
        { header: "Note" },
      ],
      rows: objectives.map((o) => [
        o.id || `riga ${o.row}`,
        o.settore ?? null,
        esitoText(o.esito),
        ratio(o.achievement?.grado),
        ratio(o.achievement?.gradoUncapped),
        esitoText(o.achievement?.esito),
        o.measures.map(scostamentoText).filter((x): x is string => x !== undefined).join("; ") || null,
        o.notes.join(" ") || null,
      ]),
    },
  ];
  const measures = objectives.flatMap((o) => o.measures.map((m) => ({ o, m })));
  if (measures.length > 0) {
    blocks.push(heading(2, "Indicatori"), {
      kind: "table",
      columns: [
        { header: "ID" },
        { header: "Indicatore" },
        { header: "Direzione" },
        { header: "Target", format: FORMAT.decimal2 },
        { header: "Consuntivo", format: FORMAT.decimal2 },
        { header: "Unità" },
        { header: "Grado (max 100%)", format: FORMAT.percent1 },
        { header: "Grado non limitato", format: FORMAT.percent1 },
        { header: "Scostamento" },
        { header: "Fonte" },
      ],
      rows: measures.map(({ o, m: { measure: x, achievement: a } }) => [
        o.id || `riga ${o.row}`,
        x.indicatore,
        x.kind === "deadline" ? DIREZIONE_LABEL.byDeadline : DIREZIONE_LABEL[x.direzione],
        x.kind === "deadline" ? formatDate(x.scadenza) : x.target,
        x.kind === "deadline" ? (x.conclusione ? formatDate(x.conclusione) : null) : (x.consuntivo ?? null),
        x.kind === "deadline" ? "data" : x.unita,
        ratio(a?.grado),
        gradoCell(a),
        scostamentoText({ measure: x, achievement: a }) ?? null,
        `Foglio «${x.sheet}», riga ${x.row}`,
      ]),
    });
  }
  const esitoRows = ESITI.map((e) => [ESITO_LABEL[e], s.byEsito[e], ratio(s.shares?.[e])]);
  if (s.senzaEsito > 0) esitoRows.push(["Esito non indicato", s.senzaEsito, s.total > 0 ? s.senzaEsito / s.total : null]);
  blocks.push(
    heading(2, "Obiettivi per esito"),
    {
      kind: "table",
      columns: [{ header: "Esito" }, { header: "Obiettivi", format: FORMAT.integer }, { header: "Quota", format: FORMAT.percent1 }],
      rows: esitoRows,
      totalRows: [["Totale", s.total, s.total > 0 ? 1 : null]],
    },
    heading(2, "Obiettivi per settore ed esito"),
    settoreEsitoTable(s),
    heading(2, "Performance organizzativa per settore (indicatore sintetico)"),
    paragraph(
      "Media del grado di raggiungimento (ciascuno al massimo 100%) degli obiettivi del settore che ne hanno uno. È un indicatore sintetico di lettura, non il punteggio di performance organizzativa previsto dal Sistema di misurazione e valutazione.",
    ),
    {
      kind: "table",
      columns: [
        { header: "Settore" },
        { header: "Obiettivi", format: FORMAT.integer },
        { header: "Con grado calcolato", format: FORMAT.integer },
        { header: "Indicatore sintetico", format: FORMAT.percent1 },
      ],
      rows: s.settori.map((x) => [x.settore, x.total, x.withGrado, ratio(x.performance)]),
    },
  );
  return blocks;
}
