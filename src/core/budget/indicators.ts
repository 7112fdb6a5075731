import { Budget, BudgetSide, Cents, toEuro } from "./model";

/** Σ of amounts in cents; undefined when any of them is unknown (a missing figure is never taken as 0). */
export function sumCents(amounts: readonly (Cents | undefined)[]): Cents | undefined {
  let total = 0;
  for (const a of amounts) {
    if (a === undefined) return undefined;
    total += a;
  }
  return total;
}

/**
 * Amount of one titolo in a column, cents. A titolo without a row counts 0 (the sheet may list only the
 * titoli it uses; BIL_TITOLO_MANCANTE warns about it); a titolo whose amount is unknown gives undefined.
 */
export function titoloAmount(side: BudgetSide, titolo: number, column: "competenza" | "cassa"): Cents | undefined {
  const line = side.lines.find((l) => l.titolo === titolo);
  return line ? line[column] : 0;
}

/**
 * Fondo di cassa al 31 dicembre = fondo al 1° gennaio + Σ riscossioni − Σ pagamenti (competenza + residui),
 * cents; the identity of the conto del tesoriere (D.Lgs. 267/2000, art. 226; quadro generale riassuntivo,
 * D.Lgs. 118/2011 all. 10). Undefined when an input is unknown. Seed: 4.537.927,05 + 19.930.111,55 −
 * 23.777.895,18 = 690.143,42.
 */
export function computeFondoCassaFinale(iniziale: Cents | undefined, riscossioni: Cents | undefined, pagamenti: Cents | undefined): Cents | undefined {
  if (iniziale === undefined || riscossioni === undefined || pagamenti === undefined) return undefined;
  return iniziale + riscossioni - pagamenti;
}

/**
 * "TOTALE" of the riscossioni column as the reference Relazione prints it: Σ titoli + fondo di cassa
 * iniziale (24.468.038,60 = 19.930.111,55 + 4.537.927,05), cents. Undefined when either is unknown.
 */
export function totaleRiscossioniConFondo(budget: Budget): Cents | undefined {
  const { cassaTotal } = budget.entrate;
  const fondo = budget.fondoCassaIniziale;
  return cassaTotal === undefined || fondo === undefined ? undefined : cassaTotal + fondo;
}

/** Share of one titolo on its side's total di competenza. */
export interface TitoloIncidence {
  readonly titolo: number;
  readonly nome: string;
  /** Accertamenti (entrate) or impegni (spese), cents. */
  readonly amount?: Cents;
  /** amount / Σ titoli di competenza, as a ratio (0.4353 = 43,53%); undefined when an input is unknown or the total is 0. */
  readonly ratio?: number;
}

/**
 * Incidence of each titolo on the side's total di competenza: entrate on Σ accertamenti of the titoli
 * (22.038.064,37 in the seed), spese on Σ impegni (24.623.991,46). Avanzo and disavanzo are not titoli
 * and stay out of both numerator and denominator.
 */
export function incidences(side: BudgetSide): TitoloIncidence[] {
  const total = side.competenzaTotal;
  return side.lines.map((l) => ({
    titolo: l.titolo,
    nome: l.nome,
    amount: l.competenza,
    ratio: l.competenza === undefined || total === undefined || total === 0 ? undefined : l.competenza / total,
  }));
}

function ratio(num: Cents | undefined, den: Cents | undefined): number | undefined {
  return num === undefined || den === undefined || den === 0 ? undefined : num / den;
}

/** Entrate correnti = accertamenti of titoli 1 + 2 + 3, cents (D.Lgs. 118/2011: the titoli "di parte corrente"). */
export function entrateCorrenti(budget: Budget): Cents | undefined {
  return sumCents([1, 2, 3].map((t) => titoloAmount(budget.entrate, t, "competenza")));
}

/** Spese correnti = impegni of titolo 1, cents. */
export function speseCorrenti(budget: Budget): Cents | undefined {
  return titoloAmount(budget.spese, 1, "competenza");
}

/**
 * Autonomia finanziaria = (titolo 1 + titolo 3) / (titolo 1 + titolo 2 + titolo 3), on accertamenti,
 * as a ratio: the share of current revenues the comune raises itself (taxes and its own proceeds)
 * rather than receives as transfers. Formula: the "grado di autonomia finanziaria" of ISTAT's statistics on
 * the bilanci consuntivi dei comuni and of the indicatori finanziari of the former certificato del conto
 * del bilancio (DPR 194/1996); the "entrate proprie" (titoli 1 and 3) over the entrate correnti are also the
 * ratio the Piano degli indicatori e dei risultati attesi di bilancio (art. 18-bis D.Lgs. 118/2011; for enti
 * locali DM Interno 22/12/2015) builds its revenue indicators on. Undefined when an input is unknown or the
 * entrate correnti are 0.
 */
export function autonomiaFinanziaria(budget: Budget): number | undefined {
  const t1 = titoloAmount(budget.entrate, 1, "competenza");
  const t3 = titoloAmount(budget.entrate, 3, "competenza");
  return ratio(sumCents([t1, t3]), entrateCorrenti(budget));
}

/**
 * Autonomia impositiva = titolo 1 / (titolo 1 + titolo 2 + titolo 3), on accertamenti, as a ratio: the share
 * of current revenues that comes from the comune's taxes. Same sources as {@link autonomiaFinanziaria}.
 */
export function autonomiaImpositiva(budget: Budget): number | undefined {
  return ratio(titoloAmount(budget.entrate, 1, "competenza"), entrateCorrenti(budget));
}

/**
 * Euros per resident: `amount` (cents) / residents at 31 December (persons). Undefined when the amount is
 * unknown or `residents` is not a positive integer. Not rounded: the caller formats it.
 */
export function perResident(amount: Cents | undefined, residents: number | undefined): number | undefined {
  if (amount === undefined || residents === undefined || !Number.isInteger(residents) || residents <= 0) return undefined;
  return toEuro(amount) / residents;
}

/** The budget's summary indicators; each undefined when its inputs are unknown. */
export interface BudgetIndicators {
  /** Titoli 1-3 accertamenti, cents. */
  readonly entrateCorrenti?: Cents;
  /** Titolo 1 impegni, cents. */
  readonly speseCorrenti?: Cents;
  /** Ratio, see {@link autonomiaFinanziaria}. */
  readonly autonomiaFinanziaria?: number;
  /** Ratio, see {@link autonomiaImpositiva}. */
  readonly autonomiaImpositiva?: number;
  /** Residents at 31 December (persons), as passed in when valid. */
  readonly residents?: number;
  /** € per resident. */
  readonly entrateCorrentiProCapite?: number;
  /** € per resident. */
  readonly speseCorrentiProCapite?: number;
}

/** Computes {@link BudgetIndicators}; `residents` are the residents at 31/12 of the year (15.883 in the seed). */
export function budgetIndicators(budget: Budget, residents?: number): BudgetIndicators {
  const ec = entrateCorrenti(budget);
  const sc = speseCorrenti(budget);
  const validResidents = residents !== undefined && Number.isInteger(residents) && residents > 0 ? residents : undefined;
  return {
    entrateCorrenti: ec,
    speseCorrenti: sc,
    autonomiaFinanziaria: autonomiaFinanziaria(budget),
    autonomiaImpositiva: autonomiaImpositiva(budget),
    residents: validResidents,
    entrateCorrentiProCapite: perResident(ec, validResidents),
    speseCorrentiProCapite: perResident(sc, validResidents),
  };
}
