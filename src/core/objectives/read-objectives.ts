import { SheetData } from "../cell";
import { EnteContext } from "../ente/context";
import { Finding, avviso, errore } from "../finding";
import { formatDate, formatNumber, formatPercent } from "../narrative/italian";
import { DEFAULT_ESITO_THRESHOLDS, EsitoThresholds } from "../parameters/esito-thresholds";
import { TableRead, TableRow, readTable } from "../table/read-table";
import { TableSpec } from "../table/spec";
import { normalizeLabel } from "../text";
import { Measure, MeasureAchievement, ObjectiveAchievement, decimalsOf, measureAchievement, objectiveAchievement } from "./achievement";
import { Direzione, ESITO_LABEL, Esito, TipoObiettivo, isShortfall, parseDirezione, parseEsito, parseTipo } from "./esito";
import { INDICATORI_SPEC, OBIETTIVI_SPEC } from "./spec";

/** A measure of an objective with its grado (undefined when it cannot be computed; the reason is in the objective's notes). */
export interface ObjectiveMeasure {
  readonly measure: Measure;
  readonly achievement?: MeasureAchievement;
}

/** One performance objective of the "Obiettivi" sheet, with its measures and computed grado. */
export interface Objective {
  /** Code as typed ("PL-03"); "" when missing (an errore was raised). */
  readonly id: string;
  /** Sheet and Excel row it was read from. */
  readonly sheet: string;
  readonly row: number;
  readonly settore?: string;
  readonly titolo?: string;
  readonly tipo?: TipoObiettivo;
  readonly responsabile?: string;
  readonly contributori?: string;
  readonly tempi?: string;
  readonly scadenza?: Date;
  readonly misurazione?: string;
  readonly traguardo?: string;
  readonly risultati?: string;
  readonly motivazione?: string;
  /** Esito declared by the ente; undefined when missing or unreadable. */
  readonly esito?: Esito;
  /** The main measure (from "Obiettivi") first, then the "Indicatori" rows in sheet order. */
  readonly measures: readonly ObjectiveMeasure[];
  /** Grado and computed esito; undefined without measures or when one measure's grado is unknown. */
  readonly achievement?: ObjectiveAchievement;
  /** Why the grado is missing or how it was computed, in Italian, for the "Calcolo obiettivi" sheet. */
  readonly notes: readonly string[];
}

/** Result of {@link analyzeObjectives}: `objectives` absent when the sheet is missing, unreadable or empty. */
export interface ObjectivesAnalysis {
  readonly findings: readonly Finding[];
  readonly objectives?: readonly Objective[];
}

interface Draft {
  readonly base: Omit<Objective, "measures" | "achievement" | "notes">;
  readonly measures: ObjectiveMeasure[];
  readonly notes: string[];
  /** Some measure row was rejected or unreadable: the grado is left out. */
  incomplete: boolean;
  readonly esitoCell: string;
}

const text = (row: TableRow, key: string): string | undefined => {
  const v = row.values[key];
  return typeof v === "string" && v.trim() !== "" ? v.trim() : undefined;
};
const num = (row: TableRow, key: string): number | undefined => (typeof row.values[key] === "number" ? (row.values[key] as number) : undefined);
const date = (row: TableRow, key: string): Date | undefined => (row.values[key] instanceof Date ? (row.values[key] as Date) : undefined);
const blank = (row: TableRow, key: string): boolean => !row.invalid.has(key) && (row.values[key] === null || row.values[key] === "");
const figure = (v: number, unita?: string): string => formatNumber(v, decimalsOf(v)) + (unita ? ` ${unita}` : "");
const capitalize = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * Data rows in sheet order. readTable sets apart as totals the rows with any cell starting "Totale", but
 * an objective's text may start so ("Totale 300 comunicazioni…"): here only a row whose ID says "Totale"
 * is a total, and it is ignored (these sheets have nothing to add up).
 */
function dataRows(read: TableRead): TableRow[] {
  const isTotal = (r: TableRow): boolean => normalizeLabel(text(r, "id") ?? "").startsWith("totale");
  return [...read.rows, ...read.totalRows.filter((r) => !isTotal(r))].sort((a, b) => a.row - b.row);
}

/** Header of column `key` and what it holds, from the spec: ["Settore", "settore a cui l'obiettivo è assegnato …"]. */
function describe(spec: TableSpec, key: string): [string, string] {
  const col = spec.columns.find((c) => c.key === key);
  if (!col) return [key, "un valore"];
  const what = col.description.replace(/\.$/, "");
  return [col.header, what.charAt(0).toLowerCase() + what.slice(1)];
}

/** Errore for each blank required cell among `keys`; true when all are filled. */
function requireCells(row: TableRow, spec: TableSpec, keys: readonly string[], sheet: string, what: string, findings: Finding[]): boolean {
  let ok = true;
  for (const key of keys) {
    if (!blank(row, key)) continue;
    ok = false;
    const cell = row.address(key);
    const [head, expected] = describe(spec, key);
    findings.push(errore("OBJ_CAMPO_MANCANTE", sheet, cell, `Foglio «${sheet}», cella ${cell}: manca «${head}» ${what}; atteso: ${expected}.`));
  }
  return ok;
}

/**
 * Reads the direzione of a row: blank → higherIsBetter; unknown, or "entro la scadenza" where
 * `allowDeadline` is false → errore OBJ_DIREZIONE_SCONOSCIUTA and undefined.
 */
function readDirezione(row: TableRow, sheet: string, allowDeadline: boolean, findings: Finding[]): Direzione | undefined {
  const raw = text(row, "direzione");
  if (raw === undefined) return "higherIsBetter";
  const d = parseDirezione(raw);
  if (d && (allowDeadline || d !== "byDeadline")) return d;
  const cell = row.address("direzione");
  const allowed = allowDeadline ? "«più è meglio», «meno è meglio» o «entro la scadenza»" : "«più è meglio» o «meno è meglio» (le scadenze si indicano nel foglio «Obiettivi»)";
  findings.push(errore("OBJ_DIREZIONE_SCONOSCIUTA", sheet, cell, `Foglio «${sheet}», cella ${cell}: direzione «${raw}» non riconosciuta; attesa ${allowed}. Il grado di raggiungimento dell'indicatore non è calcolato.`));
  return undefined;
}

/** Adds to readTable's TIPO_NON_VALIDO on a date column what the column expects and where prose goes. */
function explainDates(findings: readonly Finding[], rows: readonly TableRow[], anno: number): Finding[] {
  const dateCells = new Map<string, string>();
  for (const row of rows) {
    if (row.invalid.has("scadenza")) dateCells.set(row.address("scadenza"), `Nella colonna «Scadenza» va una data gg/mm/aaaa (es. 31/12/${anno}); i tempi descritti a parole («in continuo», «entro l'anno») vanno nella colonna «Tempi».`);
    if (row.invalid.has("dataConclusione")) dateCells.set(row.address("dataConclusione"), `Nella colonna «Data di conclusione» va la data gg/mm/aaaa in cui l'attività è stata conclusa, o nulla se non è conclusa.`);
  }
  return findings.map((f) => {
    const extra = f.code === "TIPO_NON_VALIDO" && f.cell ? dateCells.get(f.cell) : undefined;
    return extra ? { ...f, message: `${f.message} ${extra}` } : f;
  });
}

function readObjectiveRow(row: TableRow, sheet: string, ctx: EnteContext, findings: Finding[]): Draft {
  const id = text(row, "id") ?? "";
  const label = id ? `dell'obiettivo «${id}»` : `dell'obiettivo alla riga ${row.row}`;
  requireCells(row, OBIETTIVI_SPEC, ["id", "settore", "titolo", "responsabile", "esito", "risultati"], sheet, label, findings);

  const tipoText = text(row, "tipo");
  const tipo = tipoText === undefined ? undefined : parseTipo(tipoText);
  if (tipoText !== undefined && tipo === undefined) {
    const cell = row.address("tipo");
    findings.push(errore("OBJ_TIPO_SCONOSCIUTO", sheet, cell, `Foglio «${sheet}», cella ${cell}: tipo «${tipoText}» non riconosciuto; atteso «strategico», «gestionale» o «trasversale».`));
  }
  const esitoText = text(row, "esito");
  const esito = esitoText === undefined ? undefined : parseEsito(esitoText);
  if (esitoText !== undefined && esito === undefined) {
    const cell = row.address("esito");
    findings.push(
      errore("OBJ_ESITO_SCONOSCIUTO", sheet, cell, `Foglio «${sheet}», cella ${cell}: esito «${esitoText}» non riconosciuto; atteso «raggiunto», «parzialmente raggiunto», «non raggiunto», «in corso» o «non valutabile». L'obiettivo non è conteggiato tra gli esiti.`),
    );
  }
  const motivazione = text(row, "motivazione");
  if (isShortfall(esito) && motivazione === undefined) {
    const cell = row.address("motivazione");
    findings.push(
      errore(
        "OBJ_MOTIVAZIONE_MANCANTE",
        sheet,
        cell,
        `Foglio «${sheet}», cella ${cell}: l'obiettivo ${id ? `«${id}» ` : ""}ha esito «${ESITO_LABEL[esito as Esito]}» ma manca la motivazione dello scostamento; attesa la spiegazione delle cause (D.Lgs. 150/2009, art. 10 c. 1 lett. b: la Relazione rileva gli scostamenti, e il Nucleo di valutazione non valida scostamenti non motivati).`,
      ),
    );
  }

  const draft: Draft = {
    base: {
      id,
      sheet,
      row: row.row,
      settore: text(row, "settore"),
      titolo: text(row, "titolo"),
      tipo,
      responsabile: text(row, "responsabile"),
      contributori: text(row, "contributori"),
      tempi: text(row, "tempi"),
      scadenza: date(row, "scadenza"),
      misurazione: text(row, "misurazione"),
      traguardo: text(row, "traguardo"),
      risultati: text(row, "risultati"),
      motivazione,
      esito,
    },
    measures: [],
    notes: [],
    incomplete: false,
    esitoCell: row.address("esito"),
  };

  const direzione = readDirezione(row, sheet, true, findings);
  if (direzione === undefined) draft.incomplete = true;
  if (direzione === "byDeadline") readDeadline(row, sheet, ctx, draft, findings);
  const numeric = direzione === "byDeadline" ? "higherIsBetter" : direzione;
  readNumericMeasure(row, sheet, numeric, draft, findings);
  return draft;
}

function readDeadline(row: TableRow, sheet: string, ctx: EnteContext, draft: Draft, findings: Finding[]): void {
  const scadenza = date(row, "scadenza");
  if (row.invalid.has("scadenza") || row.invalid.has("dataConclusione")) {
    draft.incomplete = true;
    draft.notes.push("Scadenza o data di conclusione non leggibile: grado non calcolato.");
    return;
  }
  if (!scadenza) {
    const cell = row.address("scadenza");
    findings.push(errore("OBJ_SCADENZA_MANCANTE", sheet, cell, `Foglio «${sheet}», cella ${cell}: la direzione è «entro la scadenza» ma manca la scadenza; attesa una data gg/mm/aaaa (es. 31/12/${ctx.anno}).`));
    draft.incomplete = true;
    return;
  }
  if (scadenza.getUTCFullYear() !== ctx.anno) {
    const cell = row.address("scadenza");
    findings.push(
      avviso("OBJ_SCADENZA_FUORI_ANNO", sheet, cell, `Foglio «${sheet}», cella ${cell}: la scadenza ${formatDate(scadenza)} non cade nel ${ctx.anno}, anno della Relazione; attesa una data del ${ctx.anno} (o l'esito «in corso» per un obiettivo pluriennale).`),
    );
  }
  addMeasure(draft, { kind: "deadline", indicatore: "Conclusione entro la scadenza", scadenza, conclusione: date(row, "dataConclusione"), sheet, row: row.row }, row.address("dataConclusione"), findings);
}

function readNumericMeasure(row: TableRow, sheet: string, direzione: "higherIsBetter" | "lowerIsBetter" | undefined, draft: Draft, findings: Finding[]): void {
  const target = num(row, "target");
  const consuntivo = num(row, "consuntivo");
  if (row.invalid.has("target")) {
    draft.incomplete = true;
    draft.notes.push("Target non leggibile: grado non calcolato.");
    return;
  }
  if (target === undefined) {
    if (consuntivo !== undefined) {
      const cell = row.address("consuntivo");
      findings.push(
        avviso("OBJ_CONSUNTIVO_SENZA_TARGET", sheet, cell, `Foglio «${sheet}», cella ${cell}: consuntivo ${figure(consuntivo, text(row, "unita"))} senza target; atteso anche il target, altrimenti il consuntivo non entra nel grado di raggiungimento.`),
      );
    }
    return;
  }
  const unita = text(row, "unita");
  if (unita === undefined) {
    const cell = row.address("unita");
    findings.push(errore("OBJ_UNITA_MANCANTE", sheet, cell, `Foglio «${sheet}», cella ${cell}: il target ${figure(target)} non ha l'unità di misura; attesa l'unità di target e consuntivo (es. «interventi», «ore», «giorni»). L'indicatore è escluso.`));
    draft.incomplete = true;
    return;
  }
  if (direzione === undefined) return;
  if (row.invalid.has("consuntivo")) {
    draft.incomplete = true;
    draft.notes.push("Consuntivo non leggibile: grado non calcolato.");
  }
  const measure: Measure = { kind: "numeric", indicatore: capitalize(unita), direzione, target, unita, consuntivo, qualificatore: text(row, "qualificatore"), sheet, row: row.row };
  addMeasure(draft, measure, row.address(consuntivo !== undefined && consuntivo < 0 ? "consuntivo" : "target"), findings);
}

function readIndicatorRow(row: TableRow, sheet: string, drafts: ReadonlyMap<string, Draft>, findings: Finding[]): void {
  const id = text(row, "id");
  const draft = id === undefined ? undefined : drafts.get(normalizeLabel(id));
  if (id !== undefined && !draft) {
    const cell = row.address("id");
    findings.push(errore("OBJ_INDICATORE_SENZA_OBIETTIVO", sheet, cell, `Foglio «${sheet}», cella ${cell}: l'obiettivo «${id}» non è nel foglio «${OBIETTIVI_SPEC.sheet}»; atteso l'ID di un obiettivo elencato lì. La riga è ignorata.`));
    return;
  }
  const filled = requireCells(row, INDICATORI_SPEC, ["id", "indicatore", "target"], sheet, `dell'indicatore alla riga ${row.row}`, findings);
  if (!draft) return;
  const target = num(row, "target");
  const unita = text(row, "unita");
  if (target !== undefined && unita === undefined) {
    const cell = row.address("unita");
    findings.push(errore("OBJ_UNITA_MANCANTE", sheet, cell, `Foglio «${sheet}», cella ${cell}: il target ${figure(target)} non ha l'unità di misura; attesa l'unità di target e consuntivo (es. «interventi», «ore», «giorni»). L'indicatore è escluso.`));
  }
  const direzione = readDirezione(row, sheet, false, findings);
  const indicatore = text(row, "indicatore");
  if (!filled || target === undefined || unita === undefined || indicatore === undefined || direzione === undefined || direzione === "byDeadline" || row.invalid.has("consuntivo")) {
    draft.incomplete = true;
    draft.notes.push(`Indicatore del foglio «${sheet}», riga ${row.row}, escluso per dati mancanti o non validi: grado non calcolato.`);
    return;
  }
  const consuntivo = num(row, "consuntivo");
  const measure: Measure = { kind: "numeric", indicatore, direzione, target, unita, consuntivo, qualificatore: text(row, "qualificatore"), sheet, row: row.row };
  addMeasure(draft, measure, row.address(consuntivo !== undefined && consuntivo < 0 ? "consuntivo" : "target"), findings);
}

/**
 * Adds a measure with its grado; when the figures make the grado meaningless, an avviso
 * OBJ_GRADO_NON_CALCOLABILE on `cell`. A missing consuntivo or data di conclusione only goes in the notes.
 */
function addMeasure(draft: Draft, measure: Measure, cell: string, findings: Finding[]): void {
  const outcome = measureAchievement(measure);
  if (outcome.ok) {
    draft.measures.push({ measure, achievement: outcome.achievement });
    return;
  }
  draft.measures.push({ measure });
  draft.notes.push(`«${measure.indicatore}»: ${outcome.reason}.`);
  if (!outcome.missing) {
    findings.push(avviso("OBJ_GRADO_NON_CALCOLABILE", measure.sheet, cell, `Foglio «${measure.sheet}», cella ${cell}: ${outcome.reason}; il grado di raggiungimento dell'indicatore «${measure.indicatore}» non è calcolato.`));
  }
}

/** The objective with its grado and computed esito; an avviso OBJ_ESITO_INCOERENTE when the declared esito disagrees. */
function finish(draft: Draft, thresholds: EsitoThresholds, findings: Finding[]): Objective {
  const { base, measures, notes } = draft;
  const grades = measures.map((m) => m.achievement);
  const complete = !draft.incomplete && grades.every((g): g is MeasureAchievement => g !== undefined);
  const achievement = complete ? objectiveAchievement(grades as MeasureAchievement[], thresholds) : undefined;
  if (measures.length === 0 && !draft.incomplete) notes.push("Nessun indicatore numerico né scadenza: grado non calcolato, vale l'esito dichiarato.");
  else if (!achievement) notes.push("Grado dell'obiettivo non calcolato: manca il grado di almeno un indicatore.");
  else if (measures.length > 1) notes.push(`Grado dell'obiettivo: media di ${measures.length} indicatori, ciascuno al massimo 100%.`);
  const declared = base.esito;
  if (achievement && (declared === "raggiunto" || isShortfall(declared)) && declared !== achievement.esito) {
    const soglie = `raggiunto da ${formatPercent(thresholds.raggiunto, 0)}, parzialmente raggiunto da ${formatPercent(thresholds.parzialmente, 0)}`;
    findings.push(
      avviso(
        "OBJ_ESITO_INCOERENTE",
        base.sheet,
        draft.esitoCell,
        `Foglio «${base.sheet}», cella ${draft.esitoCell}: l'obiettivo ${base.id ? `«${base.id}» ` : ""}è dichiarato «${ESITO_LABEL[declared as Esito]}», ma dai target e dai consuntivi il grado di raggiungimento è ${formatPercent(achievement.grado, 1)}, che con le soglie in uso (${soglie}) dà «${ESITO_LABEL[achievement.esito]}». Verificare esito, target e consuntivi, o motivare la valutazione.`,
      ),
    );
    notes.push(`Esito dichiarato («${ESITO_LABEL[declared as Esito]}») diverso da quello calcolato.`);
  }
  return { ...base, measures, achievement, notes };
}

/**
 * Reads the "Obiettivi" sheet (OBIETTIVI_SPEC) and the optional "Indicatori" sheet (INDICATORI_SPEC) into
 * the year's performance objectives, in sheet order. Each objective gets its measures: from "Obiettivi"
 * a numeric one when a target is given (direzione più/meno è meglio; with "entro la scadenza" the target,
 * if any, reads as più è meglio) and a deadline one when the direzione is "entro la scadenza"; then the
 * "Indicatori" rows with its ID. Grado and computed esito follow {@link measureAchievement} and
 * {@link objectiveAchievement} with `thresholds` (from the "Parametri" sheet). IDs are matched ignoring
 * case and punctuation ("PL-03" = "pl 03").
 *
 * Findings (besides readTable's; on a date column its TIPO_NON_VALIDO says what the column expects):
 * - OBJ_CAMPO_MANCANTE (errore): a blank required cell (ID, Settore, Obiettivo, Responsabile, Esito,
 *   Risultati raggiunti; in "Indicatori": ID obiettivo, Indicatore, Target). The field is left out.
 * - OBJ_ID_DUPLICATO (errore): an ID already used by an earlier row; the later row is excluded.
 * - OBJ_ESITO_SCONOSCIUTO (errore): an esito not recognised by {@link parseEsito}; not counted.
 * - OBJ_DIREZIONE_SCONOSCIUTA (errore): a direzione not recognised (in "Indicatori", also "entro la
 *   scadenza"); the measure and the objective's grado left out.
 * - OBJ_TIPO_SCONOSCIUTO (errore): a tipo not recognised; left out.
 * - OBJ_UNITA_MANCANTE (errore): a target without unit; the measure and the objective's grado left out.
 * - OBJ_CONSUNTIVO_SENZA_TARGET (avviso): a consuntivo with no target; not used.
 * - OBJ_SCADENZA_MANCANTE (errore): "entro la scadenza" without a scadenza; grado left out.
 * - OBJ_SCADENZA_FUORI_ANNO (avviso): with "entro la scadenza", a scadenza outside ctx.anno.
 * - OBJ_GRADO_NON_CALCOLABILE (avviso): figures that make the ratio meaningless (target 0 with «più è
 *   meglio», negative values); grado left out.
 * - OBJ_ESITO_INCOERENTE (avviso): the declared esito (raggiunto / parzialmente / non raggiunto) differs
 *   from the one the grado gives; quotes grado, thresholds and computed esito.
 * - OBJ_MOTIVAZIONE_MANCANTE (errore): esito parzialmente or non raggiunto without motivazione dello
 *   scostamento (D.Lgs. 150/2009 art. 10 c. 1 lett. b: the Relazione reports scostamenti and their causes).
 * - OBJ_INDICATORE_SENZA_OBIETTIVO (errore): an "Indicatori" row whose ID is not in "Obiettivi"; ignored.
 * - OBJ_NESSUN_OBIETTIVO (avviso): the sheet holds no objective.
 * A missing sheet (already reported by loadInputs) gives no objectives and no finding here.
 */
export function analyzeObjectives(
  obiettivi: SheetData | undefined,
  indicatori: SheetData | undefined,
  ctx: EnteContext,
  thresholds: EsitoThresholds = DEFAULT_ESITO_THRESHOLDS,
): ObjectivesAnalysis {
  if (!obiettivi) return { findings: [] };
  const read = readTable(obiettivi, OBIETTIVI_SPEC);
  const findings: Finding[] = explainDates(read.findings, dataRows(read), ctx.anno);
  if (OBIETTIVI_SPEC.columns.some((c) => c.required && !read.present.has(c.key))) return { findings };
  const sheet = obiettivi.name;
  const drafts = new Map<string, Draft>();
  const order: Draft[] = [];
  for (const row of dataRows(read)) {
    const id = text(row, "id");
    const key = id === undefined ? undefined : normalizeLabel(id);
    const first = key === undefined ? undefined : drafts.get(key);
    if (first) {
      const cell = row.address("id");
      findings.push(errore("OBJ_ID_DUPLICATO", sheet, cell, `Foglio «${sheet}», cella ${cell}: l'ID «${id}» è già usato alla riga ${first.base.row}; atteso un codice univoco per obiettivo. La riga ${row.row} è esclusa.`));
      continue;
    }
    const draft = readObjectiveRow(row, sheet, ctx, findings);
    if (key !== undefined) drafts.set(key, draft);
    order.push(draft);
  }
  if (order.length === 0) {
    findings.push(avviso("OBJ_NESSUN_OBIETTIVO", sheet, undefined, `Il foglio «${sheet}» non contiene obiettivi: la Relazione ${ctx.anno} omette la rendicontazione degli obiettivi di performance.`));
    return { findings };
  }
  if (indicatori) {
    const ind = readTable(indicatori, INDICATORI_SPEC);
    findings.push(...ind.findings);
    if (INDICATORI_SPEC.columns.every((c) => !c.required || ind.present.has(c.key))) {
      for (const row of dataRows(ind)) readIndicatorRow(row, indicatori.name, drafts, findings);
    } else {
      // Which objectives the unreadable rows belong to is unknown: no grado can be trusted.
      for (const d of order) {
        d.incomplete = true;
        d.notes.push(`Foglio «${indicatori.name}» non leggibile: grado non calcolato.`);
      }
    }
  }
  return { findings, objectives: order.map((d) => finish(d, thresholds, findings)) };
}
