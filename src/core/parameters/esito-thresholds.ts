/**
 * Thresholds that turn a grado di raggiungimento (consuntivo over target, as a ratio) into an esito.
 * Defaults follow the usual reading of an SMVP: reached at 100 %, partially reached from 50 %; a comune
 * sets its own in the "Parametri" sheet.
 */
export interface EsitoThresholds {
  /** Minimum ratio for "raggiunto" (1 = 100 %). */
  readonly raggiunto: number;
  /** Minimum ratio for "parzialmente raggiunto"; below it, "non raggiunto". */
  readonly parzialmente: number;
}

export const DEFAULT_ESITO_THRESHOLDS: EsitoThresholds = { raggiunto: 1, parzialmente: 0.5 };
