import { PerformanceParameters } from "../parameters/parameters";
import { ScoreBand, bandIndex, scoreBands } from "../parameters/score-bands";
import { AREAS } from "../staff/areas";
import { Scheda } from "./scheda";

/**
 * Smallest group whose mean, median, minimum and maximum the Relazione may show: below it a group's
 * statistics would disclose individual scores (a group of one IS an individual score), personal data
 * that the published Relazione must not carry (Reg. UE 2016/679 art. 5 c. 1 lett. c, minimisation;
 * D.Lgs. 33/2013 art. 20 asks for aggregate data on the distribution of premi and valutazioni).
 */
export const MIN_GROUP_SIZE = 3;

/** Statistics of scheda totals (points); all but `count` undefined for an empty group. */
export interface ScoreStats {
  /** Schede in the group. */
  readonly count: number;
  readonly mean?: number;
  /** Middle total; the mean of the two middle ones for an even count. */
  readonly median?: number;
  readonly min?: number;
  readonly max?: number;
}

/** A group of schede (an area, a settore) with its statistics. */
export interface GroupStats {
  readonly key: string;
  /** Row label: the seed's area wording ("degli Istruttori (ex categoria C)") or the settore's name. */
  readonly label: string;
  readonly stats: ScoreStats;
}

/** A score band with the schede whose total falls in it. */
export interface BandCount {
  readonly band: ScoreBand;
  /** Schede whose total falls in the band. */
  readonly count: number;
  /** count / all schede, as a ratio; undefined with no schede. */
  readonly share?: number;
}

/** The aggregates of the valid schede; nothing here names a matricola. */
export interface EvaluationAggregates {
  readonly overall: ScoreStats;
  /** Schede of the personale non in posizione organizzativa. */
  readonly dipendenti: ScoreStats;
  /** Schede of the responsabili di servizio. */
  readonly responsabili: ScoreStats;
  /**
   * As the staff tables of the Relazione: the responsabili di servizio first (all the schede of
   * "Schede responsabili"), then the four areas (the other schede, by the area in "Personale"), then
   * "area non indicata" when some scheda has no area (matricola not in "Personale").
   */
  readonly byArea: readonly GroupStats[];
  /** By settore of "Personale", in alphabetical order, "settore non indicato" last when present. */
  readonly bySettore: readonly GroupStats[];
  /** Every band of scoreBands(params), lowest first, empty ones included. */
  readonly byBand: readonly BandCount[];
}

/** Mean, median, minimum and maximum of `totals` (points). */
export function scoreStats(totals: readonly number[]): ScoreStats {
  const count = totals.length;
  if (count === 0) return { count };
  const sorted = [...totals].sort((a, b) => a - b);
  const mid = Math.floor(count / 2);
  return {
    count,
    mean: sorted.reduce((s, t) => s + t, 0) / count,
    median: count % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2,
    min: sorted[0],
    max: sorted[count - 1],
  };
}

/** True when the group is large enough ({@link MIN_GROUP_SIZE}) for its statistics to be published. */
export function isPublishable(stats: ScoreStats): boolean {
  return stats.count >= MIN_GROUP_SIZE;
}

/** Why a group's mean and median are withheld: it is too small, or it shields a small group. */
export type Suppression = "small" | "complementary";

/**
 * Groups (by key) whose mean and median a table must withhold when it shows every group's count and the
 * overall mean, as the Relazione does. Primary suppression: a non-empty group under {@link MIN_GROUP_SIZE}
 * schede ("small"). Complementary suppression, since a lone withheld group would be recovered by
 * difference (overall count × mean − the other groups' count × mean): whenever some group is small,
 * further groups are withheld too ("complementary"), smallest first (ties in table order), until the
 * withheld groups are at least two and hold together at least MIN_GROUP_SIZE schede; then the printed
 * figures give only the withheld groups' joint sum, the sum of a group of at least 3. Always reachable
 * when the overall count is at least MIN_GROUP_SIZE. Empty groups are ignored. Statistical disclosure
 * control practice (primary and secondary cell suppression, e.g. Eurostat / ISTAT handbooks).
 */
export function suppressedGroups(groups: readonly GroupStats[]): ReadonlyMap<string, Suppression> {
  const present = groups.filter((g) => g.stats.count > 0);
  const out = new Map<string, Suppression>();
  let held = 0;
  for (const g of present) {
    if (isPublishable(g.stats)) continue;
    out.set(g.key, "small");
    held += g.stats.count;
  }
  if (out.size === 0) return out;
  // Array.prototype.sort is stable: equal counts keep the table order.
  const others = present.filter((g) => !out.has(g.key)).sort((a, b) => a.stats.count - b.stats.count);
  for (const g of others) {
    if (out.size >= 2 && held >= MIN_GROUP_SIZE) break;
    out.set(g.key, "complementary");
    held += g.stats.count;
  }
  return out;
}

const RESPONSABILI_GROUP_LABEL = "Responsabili di servizio";
const NO_AREA = "area non indicata";
const NO_SETTORE = "settore non indicato";

const totalsOf = (schede: readonly Scheda[]): number[] => schede.map((s) => s.totale);

/**
 * Aggregates the valid schede: statistics overall, per kind of scheda, per area (see
 * {@link EvaluationAggregates.byArea}) and per settore, and the count and share per score band of
 * `params` (bandIndex: a total on a bound falls in the upper band). Raises nothing.
 */
export function aggregateEvaluations(schede: readonly Scheda[], params: PerformanceParameters): EvaluationAggregates {
  const dip = schede.filter((s) => s.kind === "dipendente");
  const resp = schede.filter((s) => s.kind === "responsabile");
  const byArea: GroupStats[] = [
    { key: "responsabili", label: RESPONSABILI_GROUP_LABEL, stats: scoreStats(totalsOf(resp)) },
    ...AREAS.map((a) => ({ key: a.code, label: a.label, stats: scoreStats(totalsOf(dip.filter((s) => s.area === a.code))) })),
  ];
  const noArea = dip.filter((s) => s.area === undefined);
  if (noArea.length > 0) byArea.push({ key: "nonIndicata", label: NO_AREA, stats: scoreStats(totalsOf(noArea)) });

  const settori = [...new Set(schede.map((s) => s.settore).filter((s): s is string => s !== undefined))].sort((a, b) => a.localeCompare(b, "it"));
  const bySettore: GroupStats[] = settori.map((settore) => ({ key: settore, label: settore, stats: scoreStats(totalsOf(schede.filter((s) => s.settore === settore))) }));
  const noSettore = schede.filter((s) => s.settore === undefined);
  if (noSettore.length > 0) bySettore.push({ key: "nonIndicato", label: NO_SETTORE, stats: scoreStats(totalsOf(noSettore)) });

  const bands = scoreBands(params);
  const counts = bands.map(() => 0);
  for (const s of schede) counts[bandIndex(s.totale, bands)]++;
  const byBand = bands.map((band, i) => ({ band, count: counts[i], share: schede.length > 0 ? counts[i] / schede.length : undefined }));

  return { overall: scoreStats(totalsOf(schede)), dipendenti: scoreStats(totalsOf(dip)), responsabili: scoreStats(totalsOf(resp)), byArea, bySettore, byBand };
}
