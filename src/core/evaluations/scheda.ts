import { Finding, errore } from "../finding";
import { formatNumber, joinItalian } from "../narrative/italian";
import { GradeLevel } from "../parameters/grade-scale";
import { AreaCode } from "../staff/areas";
import { TableRow } from "../table/read-table";
import { TypedValue } from "../table/values";
import { BehaviourKey } from "./spec";

/** Points of one objective of a dipendente's scheda. */
export interface ObiettivoScore {
  readonly assegnati: number;
  readonly ottenuti: number;
}

interface SchedaBase {
  /** Matricola as typed (trimmed): it identifies the scheda in "Calcolo valutazioni" only, never in the Relazione. */
  readonly matricola: string;
  readonly sheet: string;
  /** Excel row of the scheda. */
  readonly row: number;
  /** Total computed from the components (points, out of punteggioMassimo). */
  readonly totale: number;
  /** Area and settore from the "Personale" sheet; undefined when the matricola is not there. */
  readonly area?: AreaCode;
  readonly settore?: string;
}

/** A valid scheda of the personale non in posizione organizzativa (points). */
export interface SchedaDipendente extends SchedaBase {
  readonly kind: "dipendente";
  readonly valutatore?: string;
  /** The 1 to 3 objectives filled in, in column order. */
  readonly obiettivi: readonly ObiettivoScore[];
  readonly comportamenti: Readonly<Record<BehaviourKey, number>>;
  /** Sum of the points achieved on the objectives (max 60 in the seed). */
  readonly puntiObiettivi: number;
  /** Sum of the five behaviours' points (max 40 in the seed). */
  readonly puntiComportamenti: number;
}

/** A valid scheda of a responsabile di servizio (posizione organizzativa / EQ) (points). */
export interface SchedaResponsabile extends SchedaBase {
  readonly kind: "responsabile";
  readonly obiettiviEnte: boolean;
  /** 0 when obiettivi di ente are not active. */
  readonly performanceOrganizzativa: number;
  readonly obiettiviStrategici: number;
  readonly obiettiviGestionali: number;
  /** Obiettivi strategici + gestionali. */
  readonly performanceIndividuale: number;
  readonly comportamento: number;
}

export type Scheda = SchedaDipendente | SchedaResponsabile;

/** Tolerance when comparing a typed total with the computed one: totals are written with at most 2 decimals. */
export const TOTAL_TOLERANCE = 0.005;
/** Tolerance of sums of points against a maximum (floating-point noise only). */
export const EPSILON = 1e-9;

/** Points as the messages quote them: 60, 17,5. */
export const pts = (v: number): string => formatNumber(v, Number.isInteger(v) ? 0 : 2);

/** "Nulla (0), Scarsa (2), … e Eccellente (8)". */
export const scaleText = (grades: readonly GradeLevel[]): string => joinItalian(grades.map((g) => `${g.label} (${pts(g.points)})`));

/** A number cell's value, or undefined when blank or unreadable. */
export const num = (v: TypedValue | undefined): number | undefined => (typeof v === "number" ? v : undefined);

/** Closing words of every errore on a scheda. */
export const excludedTail = (row: TableRow): string => `La scheda della riga ${row.row} è esclusa dagli aggregati.`;

/**
 * Checks the total of a scheda: the components' sum `computed` (undefined when a component is
 * missing or wrong) must not exceed `max`, and the Totale typed on the row, when present, must not
 * exceed `max` and must equal `computed` (within {@link TOTAL_TOLERANCE}). `breakdown` spells out the
 * sum for the message, e.g. "obiettivi 52 + comportamenti 30".
 * Raises SCHEDA_TOTALE_OLTRE_MASSIMO (errore) and SCHEDA_TOTALE_DIVERSO (errore).
 */
export function checkTotale(row: TableRow, sheet: string, computed: number | undefined, breakdown: string, max: number, out: Finding[]): void {
  const cell = row.address("totale");
  const where = `Foglio «${sheet}», cella ${cell}`;
  const typed = num(row.values.totale);
  if (computed !== undefined && computed > max + EPSILON) {
    out.push(
      errore("SCHEDA_TOTALE_OLTRE_MASSIMO", sheet, cell, `${where}: ${breakdown} = ${pts(computed)} punti, oltre il punteggio massimo della scheda (${pts(max)}); atteso un totale non superiore a ${pts(max)} (verificare i massimi nel foglio «Parametri»). ${excludedTail(row)}`),
    );
    return;
  }
  if (typed === undefined) return;
  if (typed > max + EPSILON) {
    out.push(errore("SCHEDA_TOTALE_OLTRE_MASSIMO", sheet, cell, `${where}: totale di ${pts(typed)} punti, oltre il punteggio massimo della scheda (${pts(max)}); atteso un totale non superiore a ${pts(max)}. ${excludedTail(row)}`));
  } else if (computed !== undefined && Math.abs(typed - computed) > TOTAL_TOLERANCE) {
    out.push(errore("SCHEDA_TOTALE_DIVERSO", sheet, cell, `${where}: il totale indicato è ${pts(typed)} punti, ma ${breakdown} = ${pts(computed)}; atteso che il totale sia la somma delle componenti. ${excludedTail(row)}`));
  }
}
