import { SheetData } from "../cell";
import { EnteContext } from "../ente/context";
import { Finding, avviso, errore } from "../finding";
import { formatNumber } from "../narrative/italian";
import { TableRow, readTable } from "../table/read-table";
import { TableSpec } from "../table/spec";
import { normalizeLabel } from "../text";
import { DEMOGRAFIA_SPEC, MOVIMENTO_ITEMS, MovimentoItem } from "./spec";

/** Residents split by sex (persons). `totale` is the figure as typed, checked to equal maschi + femmine. */
export interface SexFigures {
  readonly maschi: number;
  readonly femmine: number;
  readonly totale: number;
}

/**
 * The year's balance of the resident population (ISTAT bilancio demografico), all in persons.
 * It exists only when it is consistent: every required item present, maschi + femmine = totale on each
 * row, and fine = inizio + nati − morti + iscritti − cancellati (+ rettifiche) by sex and in total.
 */
export interface Movimento {
  /** Sheet the figures were read from, as named in the workbook. */
  readonly sheet: string;
  /** Residents at 1 January. */
  readonly inizio: SexFigures;
  readonly nati: SexFigures;
  readonly morti: SexFigures;
  readonly iscritti: SexFigures;
  readonly cancellati: SexFigures;
  /** Net statistical adjustment (may be negative); present only when the sheet has the row. */
  readonly rettifiche?: SexFigures;
  /** Residents at 31 December. */
  readonly fine: SexFigures;
  /** Famiglie anagrafiche at 1 January and 31 December; absent when either figure is missing. */
  readonly famiglie?: { readonly inizio: number; readonly fine: number };
  /** Residents living in convivenze at 31 December (persons); present only when the sheet has the row. */
  readonly convivenze?: number;
  /** Excel row of each item read, to cite the source of every figure. */
  readonly rows: Readonly<Partial<Record<MovimentoItem, number>>>;
}

/** Outcome of {@link analyzeDemography}: the balance when it is usable, plus every finding. */
export interface DemographyAnalysis {
  readonly findings: readonly Finding[];
  readonly movimento?: Movimento;
}

type PersonKey = keyof SexFigures;
const PERSON_KEYS: readonly PersonKey[] = ["maschi", "femmine", "totale"];
const BALANCE_ITEMS: readonly MovimentoItem[] = ["inizio", "nati", "morti", "iscritti", "cancellati", "fine"];

// Rettifiche are a signed balance, so the sign of person counts is enforced here per row, not by readTable.
const READ_SPEC: TableSpec = {
  ...DEMOGRAFIA_SPEC,
  columns: DEMOGRAFIA_SPEC.columns.map((c) => ((PERSON_KEYS as readonly string[]).includes(c.key) ? { ...c, nonNegative: false } : c)),
};

const header = (key: string): string => DEMOGRAFIA_SPEC.columns.find((c) => c.key === key)?.header ?? key;
const itemSpec = (key: MovimentoItem) => MOVIMENTO_ITEMS.find((i) => i.key === key)!;
const itemLabel = (key: MovimentoItem): string => itemSpec(key).label;

const TRAILING_YEAR = / ((?:18|19|20)\d{2})$/;

/** Recognises a "Voce" label; a trailing year ("Popolazione al 1° gennaio 2024") is accepted and returned. */
function recognise(voce: string): { item?: MovimentoItem; year?: number } {
  const full = normalizeLabel(voce);
  const m = TRAILING_YEAR.exec(full);
  const base = m ? full.slice(0, m.index) : undefined;
  for (const spec of MOVIMENTO_ITEMS) {
    const names = [spec.label, ...spec.synonyms].map(normalizeLabel);
    if (names.includes(full)) return { item: spec.key };
    if (base !== undefined && names.includes(base)) return { item: spec.key, year: Number(m![1]) };
  }
  return {};
}

/**
 * Reads and checks the "Demografia" sheet (rows recognised by the "Voce" label, see MOVIMENTO_ITEMS).
 * Rules: ISTAT bilancio demografico — P(31/12) = P(1/1) + nati − morti + iscritti − cancellati
 * (+ aggiustamento statistico when the row exists), by sex and in total.
 *
 * A missing sheet (`undefined`) yields no movimento and no finding: the caller reports missing sheets.
 * Findings (besides those of readTable):
 * - DEMO_VOCE_MANCANTE (errore): a required item has no row.
 * - DEMO_VOCE_SCONOSCIUTA (avviso): a row whose Voce is not a known item (ignored).
 * - DEMO_VOCE_DUPLICATA (errore): an item appears twice (neither row is used).
 * - DEMO_ANNO_VOCE (avviso): the Voce names a year other than the Relazione's.
 * - NUMERO_NEGATIVO (errore): a negative count on any row but the aggiustamento statistico.
 * - DEMO_VALORE_MANCANTE (errore): a blank Maschi/Femmine/Totale on an item row (Totale only for convivenze).
 * - DEMO_SOMMA_SESSI (errore): Maschi + Femmine ≠ Totale (cell of Totale).
 * - DEMO_BILANCIO (errore): the 31/12 figure does not match the balance (cell of the 31/12 figure, per column).
 * - DEMO_FAMIGLIE_MANCANTI (avviso): famiglie missing at 1/1 or 31/12: the family figures are left out.
 * - DEMO_FAMIGLIE_FUORI_RIGA (avviso): a famiglie figure on a row other than 1/1 and 31/12 (ignored).
 * - DEMO_CONVIVENZE_OLTRE_RESIDENTI (errore): residents in convivenze exceed the residents at 31/12 (left out).
 * `movimento` is returned only when every figure of the balance is valid and the balance holds.
 */
export function analyzeDemography(sheet: SheetData | undefined, ctx: EnteContext): DemographyAnalysis {
  if (!sheet) return { findings: [] };
  const read = readTable(sheet, READ_SPEC);
  const findings: Finding[] = [...read.findings];
  if (!DEMOGRAFIA_SPEC.columns.every((c) => !c.required || read.present.has(c.key))) return { findings };
  const name = read.sheet;

  // Rows labelled "Totale…" are not items of the balance: they are reported as unknown like any other.
  const allRows = [...read.rows, ...read.totalRows].sort((a, b) => a.row - b.row);
  const byItem = new Map<MovimentoItem, TableRow>();
  const duplicated = new Set<MovimentoItem>();
  for (const row of allRows) {
    const voce = row.values.voce;
    const { item, year } = typeof voce === "string" ? recognise(voce) : {};
    if (!item) {
      const what = typeof voce === "string" ? `la voce «${voce}» non è prevista` : "la riga non ha una voce";
      findings.push(
        avviso("DEMO_VOCE_SCONOSCIUTA", name, row.address("voce"), `Foglio «${name}», riga ${row.row}: ${what} e viene ignorata. Voci attese: ${MOVIMENTO_ITEMS.map((i) => `«${i.label}»`).join(", ")}.`),
      );
      continue;
    }
    if (year !== undefined && year !== ctx.anno) {
      findings.push(avviso("DEMO_ANNO_VOCE", name, row.address("voce"), `Foglio «${name}», cella ${row.address("voce")}: la voce «${String(voce)}» indica l'anno ${year}, ma la Relazione è del ${ctx.anno}. Verificare che i dati siano dell'anno giusto.`));
    }
    const first = byItem.get(item);
    if (first) {
      duplicated.add(item);
      findings.push(
        errore("DEMO_VOCE_DUPLICATA", name, row.address("voce"), `Foglio «${name}», riga ${row.row}: la voce «${itemLabel(item)}» compare già alla riga ${first.row}. Attesa una sola riga per voce: nessuna delle due viene usata.`),
      );
      continue;
    }
    byItem.set(item, row);
  }
  for (const spec of MOVIMENTO_ITEMS) {
    if (spec.required && !byItem.has(spec.key)) {
      findings.push(errore("DEMO_VOCE_MANCANTE", name, undefined, `Nel foglio «${name}» manca la riga «${spec.label}», necessaria per il bilancio demografico.`));
    }
  }

  const figures = new Map<MovimentoItem, SexFigures>();
  for (const [item, row] of byItem) {
    if (duplicated.has(item)) continue;
    if (item !== "rettifiche") findings.push(...negatives(name, row));
    if (item === "convivenze") continue;
    const f = readSexFigures(name, item, row, findings);
    if (f) figures.set(item, f);
    if (item !== "inizio" && item !== "fine" && typeof row.values.famiglie === "number") {
      findings.push(
        avviso("DEMO_FAMIGLIE_FUORI_RIGA", name, row.address("famiglie"), `Foglio «${name}», cella ${row.address("famiglie")}: il numero di famiglie va indicato solo nelle righe della popolazione al 1° gennaio e al 31 dicembre; il valore ${formatNumber(row.values.famiglie)} della riga «${itemLabel(item)}» è ignorato.`),
      );
    }
  }

  const famiglie = readFamiglie(name, byItem, duplicated, findings);
  const fine = figures.get("fine");
  const convivenze = readConvivenze(name, byItem.get("convivenze"), duplicated.has("convivenze"), fine, findings);

  const balanceItems = byItem.has("rettifiche") ? [...BALANCE_ITEMS, "rettifiche" as const] : BALANCE_ITEMS;
  if (!balanceItems.every((i) => figures.has(i))) return { findings };
  const get = (i: MovimentoItem) => figures.get(i)!;
  const balanceFindings = checkBalance(name, byItem.get("fine")!, get, byItem.has("rettifiche"));
  findings.push(...balanceFindings);
  if (balanceFindings.length > 0) return { findings };

  const rows: Partial<Record<MovimentoItem, number>> = {};
  for (const [item, row] of byItem) if (figures.has(item) || (item === "convivenze" && convivenze !== undefined)) rows[item] = row.row;
  const movimento: Movimento = {
    sheet: name,
    inizio: get("inizio"),
    nati: get("nati"),
    morti: get("morti"),
    iscritti: get("iscritti"),
    cancellati: get("cancellati"),
    ...(figures.has("rettifiche") ? { rettifiche: get("rettifiche") } : {}),
    fine: get("fine"),
    ...(famiglie ? { famiglie } : {}),
    ...(convivenze !== undefined ? { convivenze } : {}),
    rows,
  };
  return { findings, movimento };
}

/** Same finding readTable raises for a negative count, applied to every row but the signed adjustment. */
function negatives(name: string, row: TableRow): Finding[] {
  return PERSON_KEYS.flatMap((key) => {
    const v = row.values[key];
    if (typeof v !== "number" || v >= 0) return [];
    const cell = row.address(key);
    return [errore("NUMERO_NEGATIVO", name, cell, `Foglio «${name}», cella ${cell} (colonna «${header(key)}»): ${v} è negativo, atteso un valore ≥ 0.`)];
  });
}

/** The three figures of an item row, or undefined (with findings) when any is blank, invalid or inconsistent. */
function readSexFigures(name: string, item: MovimentoItem, row: TableRow, findings: Finding[]): SexFigures | undefined {
  const out: Partial<Record<PersonKey, number>> = {};
  let usable = true;
  for (const key of PERSON_KEYS) {
    const v = row.values[key];
    if (row.invalid.has(key)) usable = false;
    else if (typeof v !== "number") {
      usable = false;
      findings.push(errore("DEMO_VALORE_MANCANTE", name, row.address(key), `Foglio «${name}», cella ${row.address(key)}: manca il numero di «${header(key)}» per la voce «${itemLabel(item)}»; atteso un numero intero.`));
    } else if (item !== "rettifiche" && v < 0) usable = false;
    else out[key] = v;
  }
  if (!usable) return undefined;
  const f = out as SexFigures;
  if (f.maschi + f.femmine !== f.totale) {
    findings.push(sumFinding(name, item, row, f.maschi, f.femmine, f.totale));
    return undefined;
  }
  return f;
}

function sumFinding(name: string, item: MovimentoItem, row: TableRow, m: number, f: number, t: number): Finding {
  const cell = row.address("totale");
  return errore(
    "DEMO_SOMMA_SESSI",
    name,
    cell,
    `Foglio «${name}», cella ${cell} (voce «${itemLabel(item)}»): maschi ${formatNumber(m)} + femmine ${formatNumber(f)} = ${formatNumber(m + f)}, ma il totale indicato è ${formatNumber(t)}. Atteso Totale = Maschi + Femmine.`,
  );
}

function readFamiglie(name: string, byItem: Map<MovimentoItem, TableRow>, duplicated: Set<MovimentoItem>, findings: Finding[]): Movimento["famiglie"] {
  const start = byItem.get("inizio");
  const end = byItem.get("fine");
  if (!start || !end || duplicated.has("inizio") || duplicated.has("fine")) return undefined;
  const a = start.values.famiglie;
  const b = end.values.famiglie;
  if (typeof a === "number" && typeof b === "number") return { inizio: a, fine: b };
  // An unreadable or negative figure already has its errore from readTable.
  if (start.invalid.has("famiglie") || end.invalid.has("famiglie")) return undefined;
  const blank = typeof a !== "number" ? start : end;
  const when = blank === start ? "al 1° gennaio" : "al 31 dicembre";
  findings.push(
    avviso("DEMO_FAMIGLIE_MANCANTI", name, blank.address("famiglie"), `Foglio «${name}», riga ${blank.row}: manca il numero di famiglie ${when}; attesi i due valori (1° gennaio e 31 dicembre). Le famiglie sono escluse dalla tabella e dagli indicatori.`),
  );
  return undefined;
}

/** Residents in convivenza (Totale; Maschi and Femmine optional but checked when both given). */
function readConvivenze(name: string, row: TableRow | undefined, duplicated: boolean, fine: SexFigures | undefined, findings: Finding[]): number | undefined {
  if (!row || duplicated || PERSON_KEYS.some((k) => row.invalid.has(k))) return undefined;
  const { maschi: m, femmine: f, totale: t } = row.values;
  if (typeof t !== "number") {
    findings.push(errore("DEMO_VALORE_MANCANTE", name, row.address("totale"), `Foglio «${name}», cella ${row.address("totale")}: manca il totale dei residenti in convivenza; atteso un numero intero (o togliere la riga).`));
    return undefined;
  }
  if (t < 0 || (typeof m === "number" && m < 0) || (typeof f === "number" && f < 0)) return undefined;
  if (typeof m === "number" && typeof f === "number" && m + f !== t) {
    findings.push(sumFinding(name, "convivenze", row, m, f, t));
    return undefined;
  }
  if (fine && t > fine.totale) {
    findings.push(
      errore("DEMO_CONVIVENZE_OLTRE_RESIDENTI", name, row.address("totale"), `Foglio «${name}», cella ${row.address("totale")}: i residenti in convivenza (${formatNumber(t)}) superano i residenti al 31 dicembre (${formatNumber(fine.totale)}); atteso un valore non superiore.`),
    );
    return undefined;
  }
  return t;
}

/** DEMO_BILANCIO for each column (Maschi, Femmine, Totale) where P(31/12) ≠ P(1/1) + nati − morti + iscritti − cancellati (+ rettifiche). */
function checkBalance(name: string, fineRow: TableRow, get: (i: MovimentoItem) => SexFigures, withRettifiche: boolean): Finding[] {
  return PERSON_KEYS.flatMap((key) => {
    const r = withRettifiche ? get("rettifiche")[key] : 0;
    const expected = get("inizio")[key] + get("nati")[key] - get("morti")[key] + get("iscritti")[key] - get("cancellati")[key] + r;
    const actual = get("fine")[key];
    if (actual === expected) return [];
    const cell = fineRow.address(key);
    const adj = withRettifiche ? ` ${r < 0 ? "−" : "+"} aggiustamento statistico ${formatNumber(Math.abs(r))}` : "";
    const sum =
      `popolazione al 1° gennaio ${formatNumber(get("inizio")[key])} + nati ${formatNumber(get("nati")[key])} − morti ${formatNumber(get("morti")[key])}` +
      ` + iscritti ${formatNumber(get("iscritti")[key])} − cancellati ${formatNumber(get("cancellati")[key])}${adj} = ${formatNumber(expected)}`;
    return [
      errore(
        "DEMO_BILANCIO",
        name,
        cell,
        `Foglio «${name}», cella ${cell} (colonna «${header(key)}»): la popolazione al 31 dicembre è ${formatNumber(actual)}, ma ${sum} (differenza ${formatNumber(actual - expected)}). Atteso che la popolazione al 31 dicembre chiuda il bilancio dell'anno.`,
      ),
    ];
  });
}
