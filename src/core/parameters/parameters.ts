import { DEFAULT_ESITO_THRESHOLDS, EsitoThresholds } from "./esito-thresholds";
import { DEFAULT_GRADES, GradeLevel } from "./grade-scale";

/** Maxima of the three components of a responsabile's scheda (points). */
export interface ResponsabiliMaxima {
  /** Performance organizzativa (obiettivi di ente). */
  readonly performanceOrganizzativa: number;
  /** Performance individuale: obiettivi strategici + obiettivi gestionali. */
  readonly performanceIndividuale: number;
  /** Comportamento organizzativo (competenze professionali e manageriali). */
  readonly comportamento: number;
}

/**
 * The comune's Sistema di misurazione e valutazione della performance (SMVP) as the add-in needs it,
 * read from the "Parametri" sheet; every value not given there takes the default of
 * {@link DEFAULT_PARAMETERS}. Points are scheda points; ratios are fractions of 1.
 */
export interface PerformanceParameters {
  /** Scale of each behaviour of the personale non in posizione organizzativa, lowest points first. */
  readonly grades: readonly GradeLevel[];
  readonly dipendenti: {
    /** Points assigned to the objectives, in all (the assigned points must add up to it; 60 in the seed). */
    readonly obiettivi: number;
    /** Maximum of the five behaviours together (40 in the seed: 5 × 8). */
    readonly comportamenti: number;
  };
  readonly responsabili: {
    /** When the scheda has obiettivi di ente attivi: 10 / 60 / 30 in the seed. */
    readonly conObiettiviEnte: ResponsabiliMaxima;
    /** Without obiettivi di ente: performance organizzativa 0, the rest 65 / 35 in the seed. */
    readonly senzaObiettiviEnte: ResponsabiliMaxima;
  };
  /** Maximum total of a scheda (100 in the seed, for both kinds of scheda). */
  readonly punteggioMassimo: number;
  /** Thresholds of the esito of the performance objectives (used by the objectives section). */
  readonly esito: EsitoThresholds;
  /**
   * Lower bounds of the score bands after the first, increasing, each in (0, punteggioMassimo):
   * [60, 70, 80, 90] gives < 60, 60-70, 70-80, 80-90, 90-100 (see scoreBands).
   */
  readonly fasce: readonly number[];
}

/** Behaviours graded on the scheda of the personale non in posizione organizzativa (seed: five). */
export const BEHAVIOUR_COUNT = 5;

/**
 * The SMVP of the Comune di Darfo Boario Terme as its schede of the Relazione 2024 describe it:
 * personale: objectives 60 points, behaviours 40 (five, graded 0-2-3-4-6-8); responsabili: performance
 * organizzativa 10, individuale 60, comportamento 30 with obiettivi di ente attivi, else 0 / 65 / 35;
 * every scheda out of 100. Esito thresholds 100% and 50%; score bands every 10 points from 60.
 */
export const DEFAULT_PARAMETERS: PerformanceParameters = {
  grades: DEFAULT_GRADES,
  dipendenti: { obiettivi: 60, comportamenti: 40 },
  responsabili: {
    conObiettiviEnte: { performanceOrganizzativa: 10, performanceIndividuale: 60, comportamento: 30 },
    senzaObiettiviEnte: { performanceOrganizzativa: 0, performanceIndividuale: 65, comportamento: 35 },
  },
  punteggioMassimo: 100,
  esito: DEFAULT_ESITO_THRESHOLDS,
  fasce: [60, 70, 80, 90],
};
