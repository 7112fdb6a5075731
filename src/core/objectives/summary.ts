import { normalizeLabel } from "../text";
import { ESITI, Esito, TIPI, TipoObiettivo } from "./esito";
import { Objective } from "./read-objectives";

/** Label of the group of objectives whose settore is blank. */
export const SETTORE_NON_INDICATO = "Settore non indicato";

/** Objectives of one settore, by declared esito, with the settore's indicatore sintetico. */
export interface SettoreSummary {
  /** Name as first written in the sheet ({@link SETTORE_NON_INDICATO} for blank ones). */
  readonly settore: string;
  /** True for "Trasversale" / "Tutti i settori": objectives shared by every settore. */
  readonly trasversale: boolean;
  /** Objectives of the settore. */
  readonly total: number;
  /** Objectives by declared esito. */
  readonly byEsito: Readonly<Record<Esito, number>>;
  /** Objectives whose esito is missing or unreadable. */
  readonly senzaEsito: number;
  /** Objectives with a computed grado. */
  readonly withGrado: number;
  /**
   * Performance organizzativa, indicatore sintetico: mean of the capped grado of the settore's objectives
   * that have one (ratio in [0, 1]); undefined when none has. A summary figure for reading, NOT the
   * performance organizzativa score of the SMVP, which weighs objectives and is set by the Nucleo.
   */
  readonly performance?: number;
}

/** Counts of the year's objectives, overall and by settore. */
export interface ObjectivesSummary {
  readonly total: number;
  /** Objectives by declared esito (see {@link Objective.esito}). */
  readonly byEsito: Readonly<Record<Esito, number>>;
  /** Share of each esito over all objectives (ratio); undefined without objectives. */
  readonly shares?: Readonly<Record<Esito, number>>;
  /** Objectives whose esito is missing or unreadable (an errore was raised for each). */
  readonly senzaEsito: number;
  readonly byTipo: Readonly<Record<TipoObiettivo, number>>;
  /** Objectives whose tipo is blank or unreadable. */
  readonly senzaTipo: number;
  /** Settori in order of first appearance. */
  readonly settori: readonly SettoreSummary[];
  /** Settori that own objectives, transversal and blank ones excluded. */
  readonly settoriCount: number;
}

const TRANSVERSAL = ["trasversale", "trasversali", "tutti i settori", "tutti"];

/** True for a settore label meaning "every settore" ("Trasversale", "Tutti i settori"). */
export function isTransversalSettore(settore: string): boolean {
  return TRANSVERSAL.includes(normalizeLabel(settore));
}

const zeros = <K extends string>(keys: readonly K[]): Record<K, number> => Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

/**
 * Counts objectives by declared esito, by tipo and by settore (settori matched ignoring case, accents
 * and spacing; first spelling kept), with each esito's share of the total, and per settore the
 * indicatore sintetico of performance organizzativa ({@link SettoreSummary.performance}).
 */
export function summarizeObjectives(objectives: readonly Objective[]): ObjectivesSummary {
  const byEsito = zeros(ESITI);
  const byTipo = zeros(TIPI);
  let senzaEsito = 0;
  let senzaTipo = 0;
  const groups = new Map<string, { settore: string; objs: Objective[] }>();
  for (const o of objectives) {
    if (o.esito) byEsito[o.esito]++;
    else senzaEsito++;
    if (o.tipo) byTipo[o.tipo]++;
    else senzaTipo++;
    const settore = o.settore ?? SETTORE_NON_INDICATO;
    const key = o.settore === undefined ? "" : normalizeLabel(o.settore);
    const group = groups.get(key) ?? { settore, objs: [] };
    group.objs.push(o);
    groups.set(key, group);
  }
  const settori: SettoreSummary[] = [...groups.entries()].map(([key, { settore, objs }]) => {
    const counts = zeros(ESITI);
    for (const o of objs) if (o.esito) counts[o.esito]++;
    const grades = objs.flatMap((o) => (o.achievement ? [o.achievement.grado] : []));
    return {
      settore,
      trasversale: key !== "" && isTransversalSettore(settore),
      total: objs.length,
      byEsito: counts,
      senzaEsito: objs.filter((o) => !o.esito).length,
      withGrado: grades.length,
      performance: grades.length > 0 ? grades.reduce((a, b) => a + b, 0) / grades.length : undefined,
    };
  });
  const total = objectives.length;
  const shares = total > 0 ? (Object.fromEntries(ESITI.map((e) => [e, byEsito[e] / total])) as Record<Esito, number>) : undefined;
  return {
    total,
    byEsito,
    shares,
    senzaEsito,
    byTipo,
    senzaTipo,
    settori,
    settoriCount: [...groups.keys()].filter((k) => k !== "" && !TRANSVERSAL.includes(k)).length,
  };
}
