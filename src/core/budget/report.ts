import { EnteContext } from "../ente/context";
import { ReportBlock, TableCellValue, TableColumn, heading, paragraph } from "../output/blocks";
import { FORMAT } from "../output/sheet";
import { countOf, formatEuro, formatPercent, plural } from "../narrative/italian";
import { BudgetIndicators, budgetIndicators, incidences, totaleRiscossioniConFondo } from "./indicators";
import { Budget, BudgetSide, Cents, toEuro } from "./model";

const amount = (c: Cents | undefined): TableCellValue => (c === undefined ? null : toEuro(c));
const euroCell = (c: Cents): TableCellValue => ({ value: toEuro(c), format: FORMAT.euro });
const pct = (ratio: number): TableCellValue => ({ value: ratio, format: FORMAT.percent2 });
const euroColumn = (header: string): TableColumn => ({ header, format: FORMAT.euro });

/** "al 93,35%", "all'8,50%", "all'11%": the article elides before the numbers read with a vowel (uno, otto, undici, ottanta…). */
function alPercent(ratio: number): string {
  const text = formatPercent(ratio);
  const whole = Math.floor(Number((ratio * 100).toFixed(2)));
  const vowel = whole === 1 || whole === 8 || whole === 11 || (whole >= 80 && whole <= 89);
  return `${vowel ? "all'" : "al "}${text}`;
}

const titoloLabel = (titolo: number, nome: string): string => `Titolo ${titolo} ${nome}`;

function entrateTable(budget: Budget, ctx: EnteContext): ReportBlock {
  const rows: TableCellValue[][] = [];
  if (budget.fondoCassaIniziale !== undefined) rows.push(["Fondo di cassa all'inizio dell'esercizio", null, toEuro(budget.fondoCassaIniziale)]);
  if (budget.avanzoApplicato !== undefined) rows.push([`Applicazione avanzo di amministrazione ${ctx.anno - 1}`, toEuro(budget.avanzoApplicato), null]);
  rows.push(...budget.entrate.lines.map((l) => [titoloLabel(l.titolo, l.nome), amount(l.competenza), amount(l.cassa)]));
  return {
    kind: "table",
    title: `ANALISI DELLE ENTRATE AL 31/12/${ctx.anno}`,
    columns: [{ header: "" }, euroColumn("Accertamenti (competenza)"), euroColumn("Totale riscossioni (competenza+residui)")],
    rows,
    totalRows: [["TOTALE", amount(budget.entrate.competenzaTotal), amount(totaleRiscossioniConFondo(budget))]],
  };
}

function speseTable(budget: Budget, ctx: EnteContext): ReportBlock {
  const rows: TableCellValue[][] = [];
  if (budget.disavanzo !== undefined) rows.push(["Disavanzo di amministrazione", toEuro(budget.disavanzo), null]);
  rows.push(...budget.spese.lines.map((l) => [titoloLabel(l.titolo, l.nome), amount(l.competenza), amount(l.cassa)]));
  const totalRows: TableCellValue[][] = [["TOTALE", amount(budget.spese.competenzaTotal), amount(budget.spese.cassaTotal)]];
  if (budget.fondoCassaFinale !== undefined) totalRows.push(["Fondo di cassa", null, toEuro(budget.fondoCassaFinale)]);
  return {
    kind: "table",
    title: `ANALISI DELLE SPESE AL 31/12/${ctx.anno}`,
    columns: [{ header: "" }, euroColumn("Impegni (competenza)"), euroColumn("Totale pagamenti (competenza+residui)")],
    rows,
    totalRows,
  };
}

const capitalize = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

function autonomiaSentence(ind: BudgetIndicators): string | undefined {
  const parts: string[] = [];
  if (ind.autonomiaFinanziaria !== undefined) {
    parts.push(
      `il grado di autonomia finanziaria, rapporto tra le entrate tributarie ed extratributarie (titoli 1 e 3) e le entrate correnti (titoli 1, 2 e 3) accertate, è pari ${alPercent(ind.autonomiaFinanziaria)}`,
    );
  }
  if (ind.autonomiaImpositiva !== undefined) {
    parts.push(`il grado di autonomia impositiva, rapporto tra le entrate tributarie e le entrate correnti accertate, è pari ${alPercent(ind.autonomiaImpositiva)}`);
  }
  return parts.length === 0 ? undefined : capitalize(parts.join("; ")) + ".";
}

function proCapiteSentence(ind: BudgetIndicators, ctx: EnteContext): string | undefined {
  if (ind.residents === undefined) return undefined;
  const parts: string[] = [];
  if (ind.entrateCorrentiProCapite !== undefined) parts.push(`le entrate correnti accertate (titoli 1, 2 e 3) ammontano a ${formatEuro(ind.entrateCorrentiProCapite)} euro per abitante`);
  if (ind.speseCorrentiProCapite !== undefined) parts.push(`le spese correnti impegnate (titolo 1) ammontano a ${formatEuro(ind.speseCorrentiProCapite)} euro per abitante`);
  if (parts.length === 0) return undefined;
  return `Rapportate ${plural(ind.residents, "al", "ai")} ${countOf(ind.residents, "residente", "residenti")} al 31/12/${ctx.anno}, ${parts.join(" e ")}.`;
}

/**
 * The "Risorse, efficienza ed economicità" figures as in the reference Relazione: the table "ANALISI DELLE
 * ENTRATE AL 31/12/<anno>" (columns "", "Accertamenti (competenza)", "Totale riscossioni (competenza+residui)";
 * rows fondo di cassa iniziale in the riscossioni column, "Applicazione avanzo di amministrazione <anno−1>" in
 * the accertamenti column, the titoli with their official names; TOTALE = Σ titoli accertamenti | Σ titoli
 * riscossioni + fondo di cassa iniziale), the table "ANALISI DELLE SPESE AL 31/12/<anno>" (disavanzo, titoli,
 * TOTALE, "Fondo di cassa" at 31/12 in the pagamenti column), then sentences on autonomia finanziaria and
 * impositiva and, when `residents` (persons at 31/12) is given, on entrate and spese correnti per resident.
 * Unknown figures are blank cells; special rows and sentences without a figure are left out.
 */
export function budgetBlocks(budget: Budget, ctx: EnteContext, residents?: number): ReportBlock[] {
  const ind = budgetIndicators(budget, residents);
  const sentences = [autonomiaSentence(ind), proCapiteSentence(ind, ctx)].filter((s): s is string => s !== undefined);
  return [entrateTable(budget, ctx), speseTable(budget, ctx), ...sentences.map(paragraph)];
}

function titoliCalcTable(side: BudgetSide, competenza: string, cassa: string): ReportBlock {
  const byTitolo = new Map(incidences(side).map((i) => [i.titolo, i.ratio]));
  const total = side.competenzaTotal;
  return {
    kind: "table",
    columns: [{ header: "Titolo" }, { header: "Descrizione" }, euroColumn(competenza), { header: `Incidenza sul totale ${competenza.toLowerCase()}`, format: FORMAT.percent2 }, euroColumn(cassa), { header: "Fonte" }],
    rows: side.lines.map((l) => {
      const ratio = byTitolo.get(l.titolo);
      return [`Titolo ${l.titolo}`, l.nome, amount(l.competenza), ratio === undefined ? null : ratio, amount(l.cassa), `Foglio «${side.sheet}», riga ${l.row}`];
    }),
    totalRows: [["Totale titoli", null, amount(total), total !== undefined && total > 0 ? 1 : null, amount(side.cassaTotal), "Somma dei titoli"]],
  };
}

const CALC_COLUMNS: readonly TableColumn[] = [{ header: "Indicatore" }, { header: "Valore" }, { header: "Unità" }, { header: "Formula e fonte" }];

function indicatorRows(budget: Budget, ind: BudgetIndicators, ctx: EnteContext): TableCellValue[][] {
  const rows: TableCellValue[][] = [];
  const add = (label: string, value: TableCellValue | undefined, unit: string, formula: string): void => {
    if (value !== undefined) rows.push([label, value, unit, formula]);
  };
  const euro = (c: Cents | undefined): TableCellValue | undefined => (c === undefined ? undefined : euroCell(c));
  const ratio = (r: number | undefined): TableCellValue | undefined => (r === undefined ? undefined : pct(r));
  const perHead = (v: number | undefined): TableCellValue | undefined => (v === undefined ? undefined : { value: v, format: FORMAT.euro });
  const { fondoCassaIniziale: fi, fondoCassaFinale: ff } = budget;
  const riscossioni = budget.entrate.cassaTotal;
  const pagamenti = budget.spese.cassaTotal;
  add("Fondo di cassa all'inizio dell'esercizio", euro(fi), "€", `Foglio «${budget.entrate.sheet}», voce «Fondo di cassa», colonna Riscossioni`);
  add(`Avanzo di amministrazione ${ctx.anno - 1} applicato`, euro(budget.avanzoApplicato), "€", `Foglio «${budget.entrate.sheet}», voce «Applicazione avanzo», colonna Accertamenti`);
  add("Disavanzo di amministrazione", euro(budget.disavanzo), "€", `Foglio «${budget.spese.sheet}», voce «Disavanzo», colonna Impegni`);
  add("Totale riscossioni compreso il fondo di cassa iniziale", euro(totaleRiscossioniConFondo(budget)), "€", "Σ riscossioni dei titoli + fondo di cassa iniziale (TOTALE della tabella delle entrate)");
  if (ff !== undefined && fi !== undefined && riscossioni !== undefined && pagamenti !== undefined) {
    add(
      `Fondo di cassa al 31/12/${ctx.anno}`,
      euroCell(ff),
      "€",
      `Fondo iniziale + Σ riscossioni − Σ pagamenti = ${formatEuro(toEuro(fi))} + ${formatEuro(toEuro(riscossioni))} − ${formatEuro(toEuro(pagamenti))} (art. 226 D.Lgs. 267/2000, conto del tesoriere)`,
    );
  }
  add("Entrate correnti", euro(ind.entrateCorrenti), "€", "Accertamenti titoli 1 + 2 + 3");
  add("Spese correnti", euro(ind.speseCorrenti), "€", "Impegni titolo 1");
  add(
    "Autonomia finanziaria",
    ratio(ind.autonomiaFinanziaria),
    "%",
    "(Titolo 1 + Titolo 3) / (Titolo 1 + Titolo 2 + Titolo 3), accertamenti (ISTAT, bilanci consuntivi dei comuni; entrate proprie del Piano degli indicatori, art. 18-bis D.Lgs. 118/2011, DM Interno 22/12/2015)",
  );
  add("Autonomia impositiva", ratio(ind.autonomiaImpositiva), "%", "Titolo 1 / (Titolo 1 + Titolo 2 + Titolo 3), accertamenti (ISTAT, bilanci consuntivi dei comuni)");
  add(`Residenti al 31/12/${ctx.anno}`, ind.residents === undefined ? undefined : { value: ind.residents, format: FORMAT.integer }, "persone", "Movimento demografico, popolazione al 31 dicembre");
  add("Entrate correnti pro capite", perHead(ind.entrateCorrentiProCapite), "€ per residente", "Entrate correnti / Residenti al 31/12");
  add("Spese correnti pro capite", perHead(ind.speseCorrentiProCapite), "€ per residente", "Spese correnti / Residenti al 31/12");
  return rows;
}

function checksTable(budget: Budget): ReportBlock {
  return {
    kind: "table",
    columns: [{ header: "Verifica" }, euroColumn("Primo importo"), euroColumn("Secondo importo"), euroColumn("Differenza"), { header: "Esito" }],
    rows: budget.checks.map((c) => [c.description, toEuro(c.left), toEuro(c.right), toEuro(c.left - c.right), c.ok ? "coerente" : "NON coerente"]),
  };
}

/**
 * Content of the output sheet "Calcolo bilancio": entrate and spese by titolo with the incidence of each on
 * its side's total di competenza (entrate on Σ accertamenti, spese on Σ impegni) and the source row; the
 * indicators with value, unit and formula (fondi di cassa, avanzo/disavanzo, entrate and spese correnti,
 * autonomia finanziaria and impositiva, pro-capite figures when `residents` at 31/12 is given); the checks
 * made on the data (Totale rows, partite di giro, anticipazioni, fondo di cassa finale) with their outcome.
 * Unknown figures are left out.
 */
export function budgetCalcBlocks(budget: Budget, ctx: EnteContext, residents?: number): ReportBlock[] {
  const ind = budgetIndicators(budget, residents);
  const blocks: ReportBlock[] = [
    heading(1, `Calcolo bilancio ${ctx.anno}`),
    heading(2, "Entrate per titolo"),
    titoliCalcTable(budget.entrate, "Accertamenti", "Riscossioni"),
    heading(2, "Spese per titolo"),
    titoliCalcTable(budget.spese, "Impegni", "Pagamenti"),
    heading(2, "Indicatori"),
    { kind: "table", columns: CALC_COLUMNS, rows: indicatorRows(budget, ind, ctx) },
  ];
  if (budget.checks.length > 0) blocks.push(heading(2, "Verifiche sui dati"), checksTable(budget));
  return blocks;
}
