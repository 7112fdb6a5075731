import { formatNumber } from "../narrative/italian";
import { EsitoThresholds } from "../parameters/esito-thresholds";
import { Esito } from "./esito";

/** A numeric indicator of an objective: target and consuntivo in the same unit. */
export interface NumericMeasure {
  readonly kind: "numeric";
  /** What is measured, e.g. "Accertamenti per violazione al codice della strada". */
  readonly indicatore: string;
  readonly direzione: "higherIsBetter" | "lowerIsBetter";
  readonly target: number;
  /** Unit of target and consuntivo: "interventi", "ore", "giorni"… */
  readonly unita: string;
  /** Undefined when not yet entered or unreadable. */
  readonly consuntivo?: number;
  /** "circa", "oltre", "almeno": printed before the consuntivo; the grado uses the figure as given. */
  readonly qualificatore?: string;
  /** Sheet and Excel row the measure was read from. */
  readonly sheet: string;
  readonly row: number;
}

/** An activity to conclude by a date ("entro la scadenza"). */
export interface DeadlineMeasure {
  readonly kind: "deadline";
  readonly indicatore: string;
  readonly scadenza: Date;
  /** Data di conclusione; undefined when not entered. */
  readonly conclusione?: Date;
  readonly sheet: string;
  readonly row: number;
}

/** A measure of an objective: a numeric indicator or a deadline. */
export type Measure = NumericMeasure | DeadlineMeasure;

/** Grado di raggiungimento of one measure. */
export interface MeasureAchievement {
  /** Grado capped at 100 %, as a ratio in [0, 1]. */
  readonly grado: number;
  /** Grado as computed, may exceed 1 (1.625 = 162,5 %); undefined when not finite (see {@link measureAchievement}). */
  readonly gradoUncapped?: number;
  /** Consuntivo − target in the measure's unit; for a deadline, days from scadenza to conclusione (> 0 = late). */
  readonly scostamento: number;
}

/**
 * Outcome of {@link measureAchievement}: the achievement, or why there is none. `missing` is true when the
 * figure is simply not there yet (no consuntivo, no data di conclusione), false when the figures make
 * the ratio meaningless (target 0 with "più è meglio", negative values).
 */
export type MeasureOutcome =
  | { readonly ok: true; readonly achievement: MeasureAchievement }
  | { readonly ok: false; readonly missing: boolean; readonly reason: string };

const DAY_MS = 86_400_000;
const dayNumber = (d: Date): number => Math.floor(d.getTime() / DAY_MS);

/**
 * Grado di raggiungimento of a measure, the usual SMVP reading of "risultati raggiunti rispetto ai
 * singoli obiettivi programmati" (D.Lgs. 150/2009 art. 10 c. 1 lett. b):
 * - più è meglio: consuntivo / target (1.300 interventi against 800 → 162,5 %; 1.357 accertamenti
 *   against 2.500 → 54,3 %). Needs target > 0 and consuntivo ≥ 0.
 * - meno è meglio: target / consuntivo (12 giorni against 10 → 83,3 %), so that doing better than the
 *   target gives more than 100 % as above. Needs target ≥ 0 and consuntivo ≥ 0. Consuntivo 0 is the best
 *   possible result: grado 100 %; the uncapped grado is then 100 % with target 0 and undefined (infinite)
 *   with target > 0.
 * - entro la scadenza: 100 % when the data di conclusione is on or before the scadenza, else 0 %
 *   (dates compared by calendar day); scostamento in days.
 * The capped grado is min(grado, 100 %): over-achieving one indicator must not hide a shortfall in another.
 * Scostamento = consuntivo − target, whatever the direzione (its sign reads against the direzione).
 */
export function measureAchievement(m: Measure): MeasureOutcome {
  if (m.kind === "deadline") {
    if (!m.conclusione) return { ok: false, missing: true, reason: "manca la data di conclusione" };
    const late = dayNumber(m.conclusione) - dayNumber(m.scadenza);
    const grado = late <= 0 ? 1 : 0;
    return { ok: true, achievement: { grado, gradoUncapped: grado, scostamento: late } };
  }
  const { target, consuntivo } = m;
  if (consuntivo === undefined) return { ok: false, missing: true, reason: "manca il consuntivo" };
  if (consuntivo < 0) return { ok: false, missing: false, reason: `consuntivo negativo (${formatNumber(consuntivo, decimalsOf(consuntivo))}): il grado di raggiungimento richiede valori ≥ 0` };
  const scostamento = consuntivo - target;
  if (m.direzione === "higherIsBetter") {
    if (target <= 0) {
      return { ok: false, missing: false, reason: `target ${formatNumber(target, decimalsOf(target))}: con «più è meglio» il grado (consuntivo / target) richiede un target maggiore di 0` };
    }
    const ratio = consuntivo / target;
    return { ok: true, achievement: { grado: Math.min(ratio, 1), gradoUncapped: ratio, scostamento } };
  }
  if (target < 0) return { ok: false, missing: false, reason: `target negativo (${formatNumber(target, decimalsOf(target))}): il grado di raggiungimento richiede valori ≥ 0` };
  if (consuntivo === 0) {
    return { ok: true, achievement: { grado: 1, gradoUncapped: target === 0 ? 1 : undefined, scostamento } };
  }
  const ratio = target / consuntivo;
  return { ok: true, achievement: { grado: Math.min(ratio, 1), gradoUncapped: ratio, scostamento } };
}

/** Decimals worth showing for a figure typed by a user: 0 for whole numbers, up to 2 otherwise. */
export function decimalsOf(value: number): number {
  if (Number.isInteger(value)) return 0;
  return Math.abs(value * 10 - Math.round(value * 10)) < 1e-9 ? 1 : 2;
}

/** Grado and computed esito of an objective. */
export interface ObjectiveAchievement {
  /** Mean of the measures' capped grado, ratio in [0, 1]. */
  readonly grado: number;
  /** Mean of the measures' uncapped grado; undefined when one of them is undefined. */
  readonly gradoUncapped?: number;
  /** Esito the grado gives with the thresholds in use. */
  readonly esito: Esito;
}

// Means of ratios like 1050/1300 are not exact in binary: compare with a tolerance well below 0,01 %.
const EPSILON = 1e-9;

/**
 * Esito given by a grado (ratio) and the thresholds of the SMVP ("Parametri" sheet): raggiunto from
 * `thresholds.raggiunto`, parzialmente raggiunto from `thresholds.parzialmente`, non raggiunto below.
 */
export function esitoFromGrado(grado: number, thresholds: EsitoThresholds): "raggiunto" | "parzialmente" | "nonRaggiunto" {
  if (grado + EPSILON >= thresholds.raggiunto) return "raggiunto";
  if (grado + EPSILON >= thresholds.parzialmente) return "parzialmente";
  return "nonRaggiunto";
}

/**
 * Grado of an objective: the unweighted mean of its measures' capped grado, so that each indicator the
 * PIAO set counts equally and none exceeds 100 % (1.300 interventi against 800 and 1.357 accertamenti
 * against 2.500 → (100 % + 54,28 %) / 2 = 77,1 %). The esito follows from {@link esitoFromGrado}.
 * Undefined without measures. The caller passes only complete sets: an objective with a measure whose
 * grado is unknown has no grado (a partial mean would overstate or understate it).
 */
export function objectiveAchievement(measures: readonly MeasureAchievement[], thresholds: EsitoThresholds): ObjectiveAchievement | undefined {
  if (measures.length === 0) return undefined;
  const mean = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
  const grado = mean(measures.map((m) => m.grado));
  const uncapped = measures.map((m) => m.gradoUncapped);
  const gradoUncapped = uncapped.every((g): g is number => g !== undefined) ? mean(uncapped) : undefined;
  return { grado, gradoUncapped, esito: esitoFromGrado(grado, thresholds) };
}
