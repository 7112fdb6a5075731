import { Movimento } from "./movimento";

/**
 * Indicators of the year's demographic balance. Definitions follow ISTAT (glossario "Indicatori
 * demografici"): rates are per 1.000 inhabitants of the mean population, the mean population being the
 * half-sum of the residents at 1 January and 31 December. Ratios are stored as ratios (0.0070 = 0,70%).
 * A figure whose denominator is zero is undefined, never 0.
 */
export interface DemographicIndicators {
  /** Nati − morti (persons). */
  readonly saldoNaturale: number;
  /** Iscritti − cancellati (persons): ISTAT's saldo migratorio e per altri motivi. */
  readonly saldoMigratorio: number;
  /** Residents at 31/12 − residents at 1/1 (persons); includes the aggiustamento statistico when given. */
  readonly saldoTotale: number;
  /** Saldo totale / residents at 1/1 (ratio: 110 / 15.773 = 0,0070 → 0,70%). */
  readonly changeRatio?: number;
  /** (residents at 1/1 + residents at 31/12) / 2 (persons; may end in ,5). */
  readonly meanPopulation: number;
  /** Nati / popolazione media × 1.000 (‰). */
  readonly birthRate?: number;
  /** Morti / popolazione media × 1.000 (‰). */
  readonly deathRate?: number;
  /** Saldo naturale / popolazione media × 1.000 (‰) = natalità − mortalità. */
  readonly naturalGrowthRate?: number;
  /** Saldo migratorio / popolazione media × 1.000 (‰). */
  readonly migrationRate?: number;
  /** Saldo totale / popolazione media × 1.000 (‰). */
  readonly totalGrowthRate?: number;
  /** Famiglie at 31/12 − famiglie at 1/1 (families), and that change over famiglie at 1/1 (ratio); absent without family figures. */
  readonly families?: { readonly change: number; readonly changeRatio?: number };
  /**
   * Componenti medi per famiglia at 31/12 (persons per family) = population in families / famiglie (ISTAT).
   * `basis` says what was divided: "famiglie" = residents − residents in convivenza; "residenti" = all
   * residents, used when the convivenze row is absent (the figure then slightly overstates the ISTAT one).
   */
  readonly householdSize?: { readonly value: number; readonly basis: "famiglie" | "residenti"; readonly population: number };
  /** Rapporto di mascolinità at 31/12: maschi / femmine × 100 (males per 100 females). */
  readonly sexRatio?: number;
}

const perThousand = (n: number, mean: number): number | undefined => (mean > 0 ? (n / mean) * 1000 : undefined);

/**
 * Computes the {@link DemographicIndicators} of a consistent {@link Movimento}. Pure arithmetic, raises nothing:
 * every input has been validated by analyzeDemography.
 */
export function computeDemographicIndicators(m: Movimento): DemographicIndicators {
  const saldoNaturale = m.nati.totale - m.morti.totale;
  const saldoMigratorio = m.iscritti.totale - m.cancellati.totale;
  const saldoTotale = m.fine.totale - m.inizio.totale;
  const meanPopulation = (m.inizio.totale + m.fine.totale) / 2;
  const inFamilies = m.convivenze !== undefined ? m.fine.totale - m.convivenze : m.fine.totale;
  return {
    saldoNaturale,
    saldoMigratorio,
    saldoTotale,
    changeRatio: m.inizio.totale > 0 ? saldoTotale / m.inizio.totale : undefined,
    meanPopulation,
    birthRate: perThousand(m.nati.totale, meanPopulation),
    deathRate: perThousand(m.morti.totale, meanPopulation),
    naturalGrowthRate: perThousand(saldoNaturale, meanPopulation),
    migrationRate: perThousand(saldoMigratorio, meanPopulation),
    totalGrowthRate: perThousand(saldoTotale, meanPopulation),
    families: m.famiglie && {
      change: m.famiglie.fine - m.famiglie.inizio,
      changeRatio: m.famiglie.inizio > 0 ? (m.famiglie.fine - m.famiglie.inizio) / m.famiglie.inizio : undefined,
    },
    householdSize:
      m.famiglie && m.famiglie.fine > 0
        ? { value: inFamilies / m.famiglie.fine, basis: m.convivenze !== undefined ? "famiglie" : "residenti", population: inFamilies }
        : undefined,
    sexRatio: m.fine.femmine > 0 ? (m.fine.maschi / m.fine.femmine) * 100 : undefined,
  };
}
