import { formatNumber } from "../narrative/italian";
import { PerformanceParameters } from "./parameters";

/** A band of scheda totals: `from` ≤ total < `to`, the last band also holding `to` itself. */
export interface ScoreBand {
  /** Lower bound, included (points). */
  readonly from: number;
  /** Upper bound (points): excluded, except in the last band where it is the maximum score. */
  readonly to: number;
  /** Label of the Relazione's table, e.g. "da 60 a meno di 70", "da 90 a 100". */
  readonly label: string;
}

const points = (v: number): string => formatNumber(v, Number.isInteger(v) ? 0 : 2);

/**
 * The bands of `params.fasce` between 0 and `params.punteggioMassimo`: with [60, 70, 80, 90] and 100,
 * "meno di 60", "da 60 a meno di 70", "da 70 a meno di 80", "da 80 a meno di 90", "da 90 a 100".
 * The cuts are assumed valid (increasing, inside the range), as readParameters guarantees.
 */
export function scoreBands(params: PerformanceParameters): ScoreBand[] {
  const bounds = [0, ...params.fasce, params.punteggioMassimo];
  return bounds.slice(0, -1).map((from, i) => {
    const to = bounds[i + 1];
    const last = i === bounds.length - 2;
    const label = i === 0 && !last ? `meno di ${points(to)}` : last ? `da ${points(from)} a ${points(to)}` : `da ${points(from)} a meno di ${points(to)}`;
    return { from, to, label };
  });
}

/** Index in `bands` of the band holding `total` (points); totals above the last bound fall in the last band. */
export function bandIndex(total: number, bands: readonly ScoreBand[]): number {
  const i = bands.findIndex((b) => total < b.to);
  return i === -1 ? bands.length - 1 : i;
}
