import { EnteContext } from "../ente/context";
import { ReportBlock, TableCellValue, TableColumn, heading, paragraph } from "../output/blocks";
import { FORMAT } from "../output/sheet";
import { countOf, formatNumber, formatPercent, joinItalian, plural } from "../narrative/italian";
import { AgeBandCode, AreaTable, PartTimeClass, SexCounts, StaffAggregates, aggregateStaff, staffIndicators } from "./aggregates";
import { StaffModel } from "./employees";

/**
 * Narrative and tables of the staff. Every block is aggregate: no matricola, no individual datum.
 * Functions return no block when the model holds no employee.
 */

const SEX_COLUMNS: readonly TableColumn[] = [
  { header: "maschi", format: FORMAT.integer },
  { header: "femmine", format: FORMAT.integer },
  { header: "totale", format: FORMAT.integer },
];

const TOTAL_LABEL = "Totale generale";

const sexCells = (c: SexCounts): TableCellValue[] => [c.maschi, c.femmine, c.totale];

function areaTableBlock(title: string, table: AreaTable): ReportBlock {
  return {
    kind: "table",
    title,
    columns: [{ header: "area" }, ...SEX_COLUMNS],
    rows: table.rows.map((r) => [r.label, ...sexCells(r.counts)]),
    totalRows: [[TOTAL_LABEL, ...sexCells(table.total)]],
  };
}

/** The four tables, optionally with the age bands' share of the total (calculation sheet). */
function tables(agg: StaffAggregates, withShares: boolean): ReportBlock[] {
  const pct = (v: number | undefined): TableCellValue => (v === undefined ? null : { value: v, format: FORMAT.percent2 });
  const shareColumn: TableColumn[] = withShares ? [{ header: "% sul totale", format: FORMAT.percent2 }] : [];
  return [
    areaTableBlock("personale a tempo indeterminato", agg.indeterminato),
    areaTableBlock("personale a tempo determinato", agg.determinato),
    {
      kind: "table",
      title: "personale distribuito per età anagrafica",
      columns: [{ header: "età" }, ...SEX_COLUMNS, ...shareColumn],
      rows: agg.eta.rows.map((r) => [r.band.label, ...sexCells(r.counts), ...(withShares ? [pct(r.share)] : [])]),
      totalRows: [[TOTAL_LABEL, ...sexCells(agg.eta.total), ...(withShares ? [pct(agg.eta.total.totale > 0 ? 1 : undefined)] : [])]],
    },
    {
      kind: "table",
      title: "personale in part-time",
      columns: [{ header: "rapporto e orario" }, ...SEX_COLUMNS],
      rows: agg.partTime.rows.map((r) => [r.label, ...sexCells(r.counts)]),
      totalRows: [[TOTAL_LABEL, ...sexCells(agg.partTime.total)]],
    },
  ];
}

/**
 * The staff tables of the section "L'amministrazione", as in the seed: the lead sentence
 * "Personale dipendente in servizio presso l'Ente al 31/12/<anno>:" then the tables "personale a
 * tempo indeterminato" and "personale a tempo determinato" (area × sex, responsabili di servizio as
 * the first row), "personale distribuito per età anagrafica" (band × sex) and "personale in
 * part-time" (rapporto × orario × sex), each closed by a "Totale generale" row. Counts in persons.
 */
export function staffTablesBlocks(staff: StaffModel, ctx: EnteContext): ReportBlock[] {
  if (staff.employees.length === 0) return [];
  return [paragraph(`Personale dipendente in servizio presso l'Ente al 31/12/${ctx.anno}:`), ...tables(aggregateStaff(staff), false)];
}

/**
 * Italian article glued to a percentage: "il 64,38%", "l'8,22%"; with `al`: "al 28,77%", "all'1,37%".
 * Elision follows the spoken number: uno, otto, undici and ottanta… start with a vowel.
 */
function percentWithArticle(ratio: number, form: "il" | "al"): string {
  const text = formatPercent(ratio);
  const n = Number(text.split(",")[0].replace(/\./g, ""));
  const elides = n === 1 || n === 8 || n === 11 || (n >= 80 && n <= 89);
  return (elides ? (form === "il" ? "l'" : "all'") : form + " ") + text;
}

/** Phrase of each band after "si colloca", as in the seed. */
const BAND_PHRASE: Readonly<Record<AgeBandCode, string>> = {
  oltre50: "oltre i 50 anni",
  da41a50: "dai 41 ai 50 anni",
  da31a40: "dai 31 ai 40 anni",
  fino30: "non oltre i 30 anni",
};

function ageSentence(agg: StaffAggregates): string {
  // The mean age stays in "Calcolo personale": the Relazione's sentence gives the bands, as the seed does.
  const lead = "L'analisi dei dati relativi al personale per età anagrafica mostra che";
  // Oldest band first, as the seed reads.
  const bands = [...agg.eta.rows].reverse();
  const present = bands.filter((r) => r.counts.totale > 0);
  const empty = bands.filter((r) => r.counts.totale === 0);
  if (present.length === 1) return `${lead} tutto il personale si colloca ${BAND_PHRASE[present[0].band.code]}.`;
  const last = present[present.length - 1];
  // "solamente" only when the youngest band listed is strictly the smallest.
  const smallest = present.slice(0, -1).every((r) => r.counts.totale > last.counts.totale);
  const items = present.map((r, i) => {
    const pct = percentWithArticle(r.share as number, "il");
    const phrase = BAND_PHRASE[r.band.code];
    if (i === 0) return `${pct} del personale si colloca ${phrase}`;
    return r === last && smallest ? `solamente ${pct} ${phrase}` : `${pct} ${phrase}`;
  });
  const none =
    empty.length === 0
      ? ""
      : ` Nessun dipendente rientra ${plural(empty.length, "nella fascia", "nelle fasce")} ${joinItalian(empty.map((r) => `«${r.band.label}»`))}.`;
  return `${lead} ${joinItalian(items)}.${none}`;
}

const PT_ORARIO: Readonly<Record<PartTimeClass, string>> = {
  fino50: "con orario non superiore al 50%",
  oltre50: "con orario superiore al 50%",
};

function partTimeSentence(staff: StaffModel, agg: StaffAggregates): string {
  const n = agg.partTime.total.totale;
  if (n === 0) return "Non vi sono rapporti di lavoro a tempo parziale.";
  const share = staffIndicators(staff).sharePartTime as number;
  const byClass = (["fino50", "oltre50"] as const)
    .map((classe) => ({ classe, count: agg.partTime.rows.filter((r) => r.classe === classe).reduce((s, r) => s + r.counts.totale, 0) }))
    .filter((c) => c.count > 0);
  const detail =
    byClass.length === 2
      ? `: ${joinItalian(byClass.map((c) => `${formatNumber(c.count)} ${PT_ORARIO[c.classe]}`))}`
      : `, ${n === 1 ? "" : "tutti "}${PT_ORARIO[byClass[0].classe]}`;
  return `Si ${plural(n, "conta", "contano")} ${countOf(n, "rapporto", "rapporti")} di lavoro a tempo parziale, pari ${percentWithArticle(share, "al")} del personale in servizio${detail}.`;
}

/**
 * Computed sentences of "Le criticità e le opportunità" (heading left to the caller): the age
 * distribution, bands from the oldest with their share of the staff ("il 64,38% del personale si
 * colloca oltre i 50 anni, il 19,18% dai 41 ai 50 anni, il 10,96% dai 31 ai 40 anni e solamente il
 * 5,48% non oltre i 30 anni"), preceded by the mean age; empty bands named apart, a single band
 * stated as "tutto il personale". "solamente" marks the last band only when it is strictly the
 * smallest. A trend ("progressivo incremento") needs more than one year and is not stated. Then the
 * part-time sentence: count and share of staff (21, 28,77% in the seed), split by orario ≤/> 50%.
 */
export function criticitaBlocks(staff: StaffModel): ReportBlock[] {
  if (staff.employees.length === 0) return [];
  const agg = aggregateStaff(staff);
  return [paragraph(ageSentence(agg)), paragraph(partTimeSentence(staff, agg))];
}

/**
 * Minimum share of each sex for the staff to be called gender-balanced: two fifths, the quota of
 * the under-represented gender in L. 160/2019 art. 1 c. 302 and the 40% target of Directive (EU)
 * 2022/2381, i.e. the 40-60 band.
 */
export const GENDER_BALANCE_MIN_SHARE = 0.4;

/** True when neither sex is below {@link GENDER_BALANCE_MIN_SHARE} of the staff (exact on counts: 5 × min ≥ 2 × total). */
export function isGenderBalanced(c: SexCounts): boolean {
  return c.totale > 0 && 5 * Math.min(c.maschi, c.femmine) >= 2 * c.totale;
}

/**
 * Sentence for section 5 "Pari opportunità e bilancio di genere": women and men in service at
 * 31/12 with their share ("42 donne (57,53%) e 31 uomini (42,47%)") and whether the distribution is
 * balanced per {@link isGenderBalanced} (neither sex below 40%).
 */
export function genderBlocks(staff: StaffModel): ReportBlock[] {
  const c = aggregateStaff(staff).total;
  if (c.totale === 0) return [];
  const lead = `Al 31/12/${staff.anno} il personale dipendente è composto`;
  if (c.maschi === 0 || c.femmine === 0) {
    const who = c.maschi === 0 ? countOf(c.femmine, "donna", "donne") : countOf(c.maschi, "uomo", "uomini");
    return [paragraph(`${lead} soltanto da ${who}: la distribuzione di genere non è equilibrata.`)];
  }
  const women = `${countOf(c.femmine, "donna", "donne")} (${formatPercent(c.femmine / c.totale)})`;
  const men = `${countOf(c.maschi, "uomo", "uomini")} (${formatPercent(c.maschi / c.totale)})`;
  const threshold = formatPercent(GENDER_BALANCE_MIN_SHARE, 0);
  const verdict = isGenderBalanced(c)
    ? `la distribuzione di genere è equilibrata, poiché nessuno dei due sessi è sotto il ${threshold} del totale`
    : `la distribuzione di genere non è equilibrata, poiché ${c.maschi < c.femmine ? "gli uomini sono" : "le donne sono"} sotto il ${threshold} del totale`;
  return [paragraph(`${lead} da ${women} e ${men}: ${verdict}.`)];
}

/**
 * Content of the output sheet "Calcolo personale": source and rows used, the four tables (the age
 * table with each band's % of the total) and the indicators with their units and formulas. The staffing
 * ratio needs `residents` (persons resident at 31/12, from the demography sheet); without it a note says
 * it was not computed.
 */
export function staffCalcBlocks(staff: StaffModel, ctx: EnteContext, residents?: number): ReportBlock[] {
  if (staff.employees.length === 0) return [];
  const agg = aggregateStaff(staff);
  const ind = staffIndicators(staff, residents);
  const yearEnd = `31/12/${ctx.anno}`;
  const int = (v: number): TableCellValue => ({ value: v, format: FORMAT.integer });
  const pct = (v: number | undefined): TableCellValue => (v === undefined ? null : { value: v, format: FORMAT.percent2 });
  const excluded =
    staff.excluded > 0
      ? ` ${countOf(staff.excluded, "riga è esclusa", "righe sono escluse")} per errori (vedi i controlli dei dati).`
      : " Nessuna riga esclusa.";
  const rows: TableCellValue[][] = [
    [`Dipendenti in servizio al ${yearEnd}`, int(ind.dipendenti), "persone", `righe valide del foglio «${staff.sheet}»`],
    ["di cui a tempo indeterminato", int(agg.indeterminato.total.totale), "persone", "Rapporto = tempo indeterminato"],
    ["di cui a tempo determinato", int(agg.determinato.total.totale), "persone", "Rapporto = tempo determinato"],
    ["Responsabili di servizio", int(ind.responsabili), "persone", "Responsabile di servizio = Sì, area dei Funzionari e dell'EQ"],
    ["Quota di donne", pct(ind.shareFemmine), "%", "femmine / dipendenti"],
    ["Quota di uomini", pct(ind.shareMaschi), "%", "maschi / dipendenti"],
    ["Distribuzione di genere", isGenderBalanced(agg.total) ? "equilibrata" : "non equilibrata", "", "equilibrata se nessun sesso è sotto il 40%"],
    ["Rapporti a tempo parziale", int(ind.partTime), "persone", "Part-time % maggiore di 0 e minore di 100"],
    ["Quota di personale in part-time", pct(ind.sharePartTime), "%", "part-time / dipendenti"],
    ["Quota di personale oltre i 50 anni", pct(ind.shareOver50), "%", `età compiuta al ${yearEnd} > 50 / dipendenti`],
    ["Età media", ind.etaMedia === undefined ? null : { value: ind.etaMedia, format: FORMAT.decimal1 }, "anni", `media delle età compiute al ${yearEnd}`],
  ];
  if (ind.dipendentiPerMilleAbitanti !== undefined) {
    rows.push([
      "Dipendenti per 1.000 abitanti",
      { value: ind.dipendentiPerMilleAbitanti, format: FORMAT.decimal2 },
      "‰",
      `dipendenti / residenti al ${yearEnd} (${formatNumber(residents as number)}) × 1.000`,
    ]);
  }
  const blocks: ReportBlock[] = [
    heading(1, "Calcolo personale"),
    paragraph(`Fonte: foglio «${staff.sheet}», ${countOf(ind.dipendenti, "dipendente", "dipendenti")} in servizio al ${yearEnd} (età compiuta al ${yearEnd}).${excluded}`),
    ...tables(agg, true),
    heading(2, "Indicatori"),
    { kind: "table", columns: [{ header: "Indicatore" }, { header: "Valore" }, { header: "Unità" }, { header: "Calcolo" }], rows },
  ];
  if (ind.dipendentiPerMilleAbitanti === undefined) {
    blocks.push({ kind: "note", text: `Dipendenti per 1.000 abitanti non calcolato: manca la popolazione residente al ${yearEnd}.` });
  }
  return blocks;
}
