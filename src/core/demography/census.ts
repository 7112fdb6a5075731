import { SheetData } from "../cell";
import { Finding, avviso, errore } from "../finding";
import { formatNumber } from "../narrative/italian";
import { TableRow, readTable } from "../table/read-table";
import { CENSIMENTI_SPEC } from "./spec";

/** Legal population at one general census (persons). Maschi/femmine are absent for censuses that lack them. */
export interface CensusRow {
  readonly anno: number;
  readonly maschi?: number;
  readonly femmine?: number;
  readonly totale: number;
  /** Footnote to the figure (e.g. comuni then separate), as typed. */
  readonly nota?: string;
}

/** Change between two consecutive censuses of the series. */
export interface IntercensalChange {
  readonly anno: number;
  readonly fromAnno: number;
  /** Years between the two censuses (difference of the census years; the exact census dates are ignored). */
  readonly years: number;
  /** Totale(anno) − totale(fromAnno), persons. */
  readonly change: number;
  /** change / totale(fromAnno) (ratio); undefined when the earlier total is 0. */
  readonly changeRatio?: number;
  /** Mean annual compound growth rate (ratio per year): (P_t / P_0)^(1/years) − 1; undefined when P_0 is 0. */
  readonly annualGrowthRate?: number;
}

export interface Census {
  /** Valid rows, sorted by year. */
  readonly rows: readonly CensusRow[];
  /** One entry per census after the first, comparing it with the previous one of the series. */
  readonly changes: readonly IntercensalChange[];
}

export interface CensusAnalysis {
  readonly findings: readonly Finding[];
  /** Undefined when the sheet is missing or has no valid row. */
  readonly census?: Census;
}

/** First general census of the Kingdom of Italy. */
const FIRST_CENSUS_YEAR = 1861;

/**
 * Reads the "Censimenti" sheet and computes the intercensal changes.
 * A missing sheet (`undefined`) yields no census and no finding: the caller reports missing sheets.
 * Findings (besides those of readTable):
 * - CENS_SOMMA_SESSI (avviso): maschi + femmine ≠ totale when both are given. The published legal
 *   population may differ from the sum by sex (e.g. Darfo Boario Terme 1951: 4.698 + 5.151 = 9.849 vs 9.585),
 *   so the row is used as typed.
 * - CENS_ANNO_DUPLICATO (errore): a year appears more than once; all its rows are left out.
 * - CENS_ANNO_FUORI_INTERVALLO (errore): year before 1861 or after `maxYear`; the row is left out.
 * - CENS_VALORE_MANCANTE (errore): a row without year or without totale; the row is left out.
 * @param maxYear latest acceptable census year (default: the current year).
 */
export function analyzeCensus(sheet: SheetData | undefined, maxYear: number = new Date().getUTCFullYear()): CensusAnalysis {
  if (!sheet) return { findings: [] };
  const read = readTable(sheet, CENSIMENTI_SPEC);
  const findings: Finding[] = [...read.findings];
  if (!CENSIMENTI_SPEC.columns.every((c) => !c.required || read.present.has(c.key))) return { findings };
  const name = read.sheet;

  // A note starting with "Totale" makes readTable file the row as a total: census rows are data all the same.
  const candidates: { row: TableRow; data: CensusRow }[] = [];
  for (const row of [...read.rows, ...read.totalRows].sort((a, b) => a.row - b.row)) {
    const { anno, maschi, femmine, totale, nota } = row.values;
    if (["anno", "maschi", "femmine", "totale"].some((k) => row.invalid.has(k))) continue;
    if (typeof anno !== "number" || typeof totale !== "number") {
      const key = typeof anno !== "number" ? "anno" : "totale";
      const what = key === "anno" ? "l'anno del censimento" : `la popolazione totale del censimento ${anno}`;
      findings.push(errore("CENS_VALORE_MANCANTE", name, row.address(key), `Foglio «${name}», cella ${row.address(key)}: manca ${what}; atteso un numero intero. La riga è esclusa.`));
      continue;
    }
    if (anno < FIRST_CENSUS_YEAR || anno > maxYear) {
      findings.push(
        errore("CENS_ANNO_FUORI_INTERVALLO", name, row.address("anno"), `Foglio «${name}», cella ${row.address("anno")}: l'anno ${anno} non è un anno di censimento possibile; atteso un anno tra ${FIRST_CENSUS_YEAR} e ${maxYear}. La riga è esclusa.`),
      );
      continue;
    }
    if (typeof maschi === "number" && typeof femmine === "number" && maschi + femmine !== totale) {
      const cell = row.address("totale");
      findings.push(
        avviso(
          "CENS_SOMMA_SESSI",
          name,
          cell,
          `Foglio «${name}», cella ${cell} (censimento ${anno}): maschi ${formatNumber(maschi)} + femmine ${formatNumber(femmine)} = ${formatNumber(maschi + femmine)}, ma il totale indicato è ${formatNumber(totale)} (differenza ${formatNumber(totale - maschi - femmine)}). Il dato è riportato com'è: verificare che sia quello pubblicato (la popolazione legale può differire dalla somma per sesso).`,
        ),
      );
    }
    candidates.push({
      row,
      data: {
        anno,
        totale,
        ...(typeof maschi === "number" ? { maschi } : {}),
        ...(typeof femmine === "number" ? { femmine } : {}),
        ...(typeof nota === "string" && nota !== "" ? { nota } : {}),
      },
    });
  }

  const byYear = new Map<number, TableRow[]>();
  for (const c of candidates) byYear.set(c.data.anno, [...(byYear.get(c.data.anno) ?? []), c.row]);
  for (const [anno, rows] of byYear) {
    if (rows.length < 2) continue;
    for (const dup of rows.slice(1)) {
      findings.push(
        errore("CENS_ANNO_DUPLICATO", name, dup.address("anno"), `Foglio «${name}», cella ${dup.address("anno")}: il censimento ${anno} compare già alla riga ${rows[0].row}. Attesa una sola riga per anno: le righe del ${anno} sono escluse.`),
      );
    }
  }
  const rows = candidates
    .filter((c) => byYear.get(c.data.anno)!.length === 1)
    .map((c) => c.data)
    .sort((a, b) => a.anno - b.anno);
  if (rows.length === 0) return { findings };
  return { findings, census: { rows, changes: intercensalChanges(rows) } };
}

/** Changes between consecutive censuses; the growth rate is compound: (P_t / P_0)^(1/years) − 1. */
function intercensalChanges(rows: readonly CensusRow[]): IntercensalChange[] {
  return rows.slice(1).map((cur, i) => {
    const prev = rows[i];
    const years = cur.anno - prev.anno;
    const change = cur.totale - prev.totale;
    return {
      anno: cur.anno,
      fromAnno: prev.anno,
      years,
      change,
      changeRatio: prev.totale > 0 ? change / prev.totale : undefined,
      annualGrowthRate: prev.totale > 0 ? Math.pow(cur.totale / prev.totale, 1 / years) - 1 : undefined,
    };
  });
}
