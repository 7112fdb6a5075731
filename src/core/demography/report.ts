import { EnteContext } from "../ente/context";
import { ReportBlock, TableCellValue, heading, paragraph } from "../output/blocks";
import { FORMAT } from "../output/sheet";
import { countOf, formatNumber, formatSigned, joinItalian, plural } from "../narrative/italian";
import { Census } from "./census";
import { DemographicIndicators } from "./indicators";
import { Movimento, SexFigures } from "./movimento";
import { MOVIMENTO_ITEMS, MovimentoItem } from "./spec";

const pct = (ratio: number): TableCellValue => ({ value: ratio, format: FORMAT.percent2 });
const dec2 = (value: number): TableCellValue => ({ value, format: FORMAT.decimal2 });
const int = (value: number): TableCellValue => ({ value, format: FORMAT.integer });
const itemLabel = (key: MovimentoItem): string => MOVIMENTO_ITEMS.find((i) => i.key === key)!.label;
/** Mean population ends in ,5 when the two stocks differ by an odd number. */
const formatMean = (n: number): string => formatNumber(n, Number.isInteger(n) ? 0 : 1);
const signedPercent = (ratio: number): string => formatSigned(ratio * 100, 2) + "%";

/**
 * The computed sentence of the "contesto esterno": "<Comune> registra al 31/12/<anno> n. 15.883 residenti."
 * Undefined without a valid movimento.
 */
export function residentsSentence(m: Movimento | undefined, ctx: EnteContext): string | undefined {
  if (!m) return undefined;
  return `${ctx.comune} registra al 31/12/${ctx.anno} n. ${countOf(m.fine.totale, "residente", "residenti")}.`;
}

/** The residents sentence as a paragraph block; no block without a valid movimento. */
export function residentsBlocks(m: Movimento | undefined, ctx: EnteContext): ReportBlock[] {
  const s = residentsSentence(m, ctx);
  return s ? [paragraph(s)] : [];
}

/** Asterisk marker per distinct note text, in order of first appearance: "*", "**", ... */
function noteMarkers(census: Census): Map<string, string> {
  const markers = new Map<string, string>();
  for (const r of census.rows) if (r.nota && !markers.has(r.nota)) markers.set(r.nota, "*".repeat(markers.size + 1));
  return markers;
}

/**
 * "Popolazione legale registrata ai Censimenti": intro paragraph, the table (Anno di censimento, Maschi,
 * Femmine, TOTALE; blank where not given; years with a note carry its asterisks) and one note block per
 * distinct note, "(*) text". No block without census data.
 */
export function censusBlocks(census: Census | undefined): ReportBlock[] {
  if (!census) return [];
  const markers = noteMarkers(census);
  const rows = census.rows.map((r): TableCellValue[] => [
    // Text, so that Excel does not show the year as 1.861.
    `${r.anno}${r.nota ? markers.get(r.nota)! : ""}`,
    r.maschi ?? null,
    r.femmine ?? null,
    r.totale,
  ]);
  return [
    paragraph("Popolazione legale registrata ai Censimenti:"),
    {
      kind: "table",
      columns: [{ header: "Anno di censimento" }, { header: "Maschi", format: FORMAT.integer }, { header: "Femmine", format: FORMAT.integer }, { header: "TOTALE", format: FORMAT.integer }],
      rows,
    },
    ...[...markers].map(([text, marker]): ReportBlock => ({ kind: "note", text: `(${marker}) ${text}` })),
  ];
}

/** "positivo di 142 unità" / "negativo di 32 unità" / "nullo". */
function saldoPhrase(n: number): string {
  if (n === 0) return "nullo";
  return `${n > 0 ? "positivo" : "negativo"} di ${formatNumber(Math.abs(n))} unità`;
}

/** "è aumentata di 110 unità (+0,70%), da 15.773 a 15.883 residenti" and its negative and zero forms. */
function populationChangePhrase(m: Movimento, ind: DemographicIndicators): string {
  const to = `${formatNumber(m.fine.totale)} ${plural(m.fine.totale, "residente", "residenti")}`;
  if (ind.saldoTotale === 0) return `è rimasta invariata a ${to}`;
  const verb = ind.saldoTotale > 0 ? "è aumentata" : "è diminuita";
  const ratio = ind.changeRatio !== undefined ? ` (${signedPercent(ind.changeRatio)})` : "";
  return `${verb} di ${formatNumber(Math.abs(ind.saldoTotale))} unità${ratio}, da ${formatNumber(m.inizio.totale)} a ${to}`;
}

function familiesChangePhrase(m: Movimento, ind: DemographicIndicators): string | undefined {
  if (!m.famiglie || !ind.families) return undefined;
  const { change, changeRatio } = ind.families;
  if (change === 0) return `le famiglie sono rimaste ${formatNumber(m.famiglie.fine)}`;
  const verb = change > 0 ? "sono aumentate" : "sono diminuite";
  const ratio = changeRatio !== undefined ? ` (${signedPercent(changeRatio)})` : "";
  return `le famiglie ${verb} di ${formatNumber(Math.abs(change))} unità${ratio}, da ${formatNumber(m.famiglie.inizio)} a ${formatNumber(m.famiglie.fine)}`;
}

/** The narrative after the movimento table, built from the figures. */
function movimentoSentences(m: Movimento, ind: DemographicIndicators, ctx: EnteContext): string[] {
  const parts = [
    `il saldo naturale è stato ${saldoPhrase(ind.saldoNaturale)} (${countOf(m.nati.totale, "nato", "nati")} e ${countOf(m.morti.totale, "morto", "morti")})`,
    `il saldo migratorio ${saldoPhrase(ind.saldoMigratorio)} (${countOf(m.iscritti.totale, "iscritto", "iscritti")} e ${countOf(m.cancellati.totale, "cancellato", "cancellati")})`,
  ];
  const adj = m.rettifiche?.totale ?? 0;
  if (adj !== 0) parts.push(`l'aggiustamento statistico ha ${adj > 0 ? "aggiunto" : "sottratto"} ${formatNumber(Math.abs(adj))} unità`);
  const sentences = [`Nel ${ctx.anno} ${joinItalian(parts)}.`];

  const families = familiesChangePhrase(m, ind);
  sentences.push(`La popolazione residente ${populationChangePhrase(m, ind)}${families ? `; ${families}` : ""}.`);

  const rates: [string, number | undefined][] = [
    ["natalità", ind.birthRate],
    ["mortalità", ind.deathRate],
    ["crescita naturale", ind.naturalGrowthRate],
    ["saldo migratorio", ind.migrationRate],
    ["crescita totale", ind.totalGrowthRate],
  ];
  const given = rates.filter((r): r is [string, number] => r[1] !== undefined).map(([label, v]) => `${label} ${formatNumber(v, 2)}‰`);
  if (given.length > 0) {
    sentences.push(`I tassi per 1.000 abitanti, calcolati sulla popolazione media di ${formatMean(ind.meanPopulation)} residenti, sono: ${joinItalian(given)}.`);
  }
  return sentences;
}

/**
 * The "movimento demografico" section: intro paragraph, the table as in the reference report (columns
 * "", Maschi, Femmine, Totale, Famiglie; the aggiustamento statistico row only when given; change rows in
 * Totale and Famiglie) and the sentences built from the figures (saldi, change, rates per 1.000).
 * The change rows read "Incremento" when no change is negative, "Variazione" otherwise. No block without a movimento.
 */
export function movimentoBlocks(m: Movimento | undefined, ind: DemographicIndicators | undefined, ctx: EnteContext): ReportBlock[] {
  if (!m || !ind) return [];
  const a = ctx.anno;
  const line = (label: string, f: SexFigures, famiglie?: number): TableCellValue[] => [label, f.maschi, f.femmine, f.totale, famiglie ?? null];
  const rows: TableCellValue[][] = [
    line(`POPOLAZIONE AL 1° gennaio ${a}`, m.inizio, m.famiglie?.inizio),
    line("NATI", m.nati),
    line("MORTI", m.morti),
    line("ISCRITTI", m.iscritti),
    line("CANCELLATI", m.cancellati),
    ...(m.rettifiche ? [line(itemLabel("rettifiche").toUpperCase(), m.rettifiche)] : []),
    line(`POPOLAZIONE AL 31 dicembre ${a}`, m.fine, m.famiglie?.fine),
  ];
  const growing = ind.saldoTotale >= 0 && (ind.families?.change ?? 0) >= 0;
  const ratioCell = (r: number | undefined): TableCellValue => (r !== undefined ? pct(r) : null);
  const totalRows: TableCellValue[][] = [
    [growing ? "Incremento nell'anno" : "Variazione nell'anno", null, null, ind.saldoTotale, ind.families?.change ?? null],
    [growing ? "Percentuale di incremento nell'anno" : "Variazione percentuale nell'anno", null, null, ratioCell(ind.changeRatio), ratioCell(ind.families?.changeRatio)],
  ];
  return [
    paragraph(`Nel corso del ${a} la popolazione ha subito il seguente andamento:`),
    {
      kind: "table",
      title: "MOVIMENTO DEMOGRAFICO della popolazione residente",
      columns: [{ header: "" }, ...["Maschi", "Femmine", "Totale", "Famiglie"].map((header) => ({ header, format: FORMAT.integer }))],
      rows,
      totalRows,
    },
    ...movimentoSentences(m, ind, ctx).map(paragraph),
  ];
}

const CALC_COLUMNS = [{ header: "Indicatore" }, { header: "Valore" }, { header: "Unità" }, { header: "Formula e fonte" }];

/**
 * Content of the output sheet "Calcolo demografia": every input figure and indicator with its value,
 * unit (persone, famiglie, %, ‰) and formula or source cell, then the census series with intercensal
 * changes and mean annual compound growth rates. Sections without data are left out.
 */
export function demographyCalcBlocks(m: Movimento | undefined, ind: DemographicIndicators | undefined, census: Census | undefined, ctx: EnteContext): ReportBlock[] {
  const blocks: ReportBlock[] = [heading(1, `Calcolo demografia ${ctx.anno}`)];
  if (m && ind) blocks.push(...movimentoCalc(m, ind, ctx));
  if (census) blocks.push(...censusCalc(census));
  if (blocks.length === 1) blocks.push(paragraph("Nessun dato demografico valido: vedere le segnalazioni del controllo dei dati."));
  return blocks;
}

function movimentoCalc(m: Movimento, ind: DemographicIndicators, ctx: EnteContext): ReportBlock[] {
  const src = (item: MovimentoItem, col = "Totale"): string => `Foglio «${m.sheet}», riga ${m.rows[item]}, colonna ${col}`;
  const inputs: TableCellValue[][] = [
    [`Popolazione al 1° gennaio ${ctx.anno}`, int(m.inizio.totale), "persone", src("inizio")],
    ["Nati", int(m.nati.totale), "persone", src("nati")],
    ["Morti", int(m.morti.totale), "persone", src("morti")],
    ["Iscritti", int(m.iscritti.totale), "persone", src("iscritti")],
    ["Cancellati", int(m.cancellati.totale), "persone", src("cancellati")],
    ...(m.rettifiche ? [[itemLabel("rettifiche"), int(m.rettifiche.totale), "persone", src("rettifiche")]] : []),
    [`Popolazione al 31 dicembre ${ctx.anno}`, int(m.fine.totale), "persone", src("fine")],
    [`Maschi al 31 dicembre ${ctx.anno}`, int(m.fine.maschi), "persone", src("fine", "Maschi")],
    [`Femmine al 31 dicembre ${ctx.anno}`, int(m.fine.femmine), "persone", src("fine", "Femmine")],
    ...(m.famiglie
      ? [
          [`Famiglie al 1° gennaio ${ctx.anno}`, int(m.famiglie.inizio), "famiglie", src("inizio", "Famiglie")],
          [`Famiglie al 31 dicembre ${ctx.anno}`, int(m.famiglie.fine), "famiglie", src("fine", "Famiglie")],
        ]
      : []),
    ...(m.convivenze !== undefined ? [["Residenti in convivenza al 31 dicembre", int(m.convivenze), "persone", src("convivenze")]] : []),
  ];
  const optional = (label: string, v: number | undefined, cell: (n: number) => TableCellValue, unit: string, formula: string): TableCellValue[][] =>
    v !== undefined ? [[label, cell(v), unit, formula]] : [];
  const hs = ind.householdSize;
  const indicators: TableCellValue[][] = [
    ["Saldo naturale", int(ind.saldoNaturale), "persone", "Nati − Morti (ISTAT)"],
    ["Saldo migratorio", int(ind.saldoMigratorio), "persone", "Iscritti − Cancellati (ISTAT, saldo migratorio e per altri motivi)"],
    ["Saldo totale (incremento nell'anno)", int(ind.saldoTotale), "persone", "Popolazione al 31 dicembre − Popolazione al 1° gennaio"],
    ...optional("Variazione percentuale della popolazione", ind.changeRatio, pct, "%", "Saldo totale / Popolazione al 1° gennaio"),
    ["Popolazione media", Number.isInteger(ind.meanPopulation) ? int(ind.meanPopulation) : { value: ind.meanPopulation, format: FORMAT.decimal1 }, "persone", "(Popolazione al 1° gennaio + Popolazione al 31 dicembre) / 2 (ISTAT)"],
    ...optional("Tasso di natalità", ind.birthRate, dec2, "‰", "Nati / Popolazione media × 1.000 (ISTAT)"),
    ...optional("Tasso di mortalità", ind.deathRate, dec2, "‰", "Morti / Popolazione media × 1.000 (ISTAT)"),
    ...optional("Tasso di crescita naturale", ind.naturalGrowthRate, dec2, "‰", "Saldo naturale / Popolazione media × 1.000 (ISTAT)"),
    ...optional("Tasso migratorio", ind.migrationRate, dec2, "‰", "Saldo migratorio / Popolazione media × 1.000 (ISTAT)"),
    ...optional("Tasso di crescita totale", ind.totalGrowthRate, dec2, "‰", "Saldo totale / Popolazione media × 1.000 (ISTAT)"),
    ...optional("Variazione delle famiglie", ind.families?.change, int, "famiglie", "Famiglie al 31 dicembre − Famiglie al 1° gennaio"),
    ...optional("Variazione percentuale delle famiglie", ind.families?.changeRatio, pct, "%", "Variazione delle famiglie / Famiglie al 1° gennaio"),
    ...(hs
      ? [
          [
            "Componenti medi per famiglia",
            dec2(hs.value),
            "persone per famiglia",
            hs.basis === "famiglie"
              ? `(Popolazione al 31 dicembre − Residenti in convivenza) / Famiglie al 31 dicembre = ${formatNumber(hs.population)} / ${formatNumber(m.famiglie!.fine)} (ISTAT)`
              : `Popolazione al 31 dicembre / Famiglie al 31 dicembre = ${formatNumber(hs.population)} / ${formatNumber(m.famiglie!.fine)}: calcolato sui residenti, perché i residenti in convivenza non sono indicati`,
          ],
        ]
      : []),
    ...optional("Rapporto di mascolinità", ind.sexRatio, dec2, "maschi per 100 femmine", "Maschi / Femmine al 31 dicembre × 100 (ISTAT)"),
  ];
  return [
    heading(2, "Dati di input"),
    { kind: "table", columns: CALC_COLUMNS, rows: inputs },
    heading(2, "Indicatori del movimento demografico"),
    { kind: "table", columns: CALC_COLUMNS, rows: indicators },
  ];
}

function censusCalc(census: Census): ReportBlock[] {
  const byYear = new Map(census.changes.map((c) => [c.anno, c]));
  const rows = census.rows.map((r): TableCellValue[] => {
    const c = byYear.get(r.anno);
    return [
      String(r.anno),
      int(r.totale),
      c ? String(c.fromAnno) : null,
      c ? int(c.years) : null,
      c ? int(c.change) : null,
      c?.changeRatio !== undefined ? pct(c.changeRatio) : null,
      c?.annualGrowthRate !== undefined ? pct(c.annualGrowthRate) : null,
    ];
  });
  return [
    heading(2, "Censimenti: variazioni intercensuarie"),
    {
      kind: "table",
      columns: [
        { header: "Anno di censimento" },
        { header: "Popolazione legale (persone)" },
        { header: "Censimento precedente" },
        { header: "Anni trascorsi" },
        { header: "Variazione (persone)" },
        { header: "Variazione %" },
        { header: "Tasso medio annuo composto %" },
      ],
      rows,
    },
    { kind: "note", text: "Variazione % = (P_t − P_0) / P_0; tasso medio annuo composto = (P_t / P_0)^(1/anni) − 1, con anni = differenza tra gli anni dei due censimenti (fonte: popolazione legale ISTAT)." },
  ];
}
