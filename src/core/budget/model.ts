import { BudgetSideKind } from "./titoli";

/**
 * Amounts in integer euro cents: sums of many two-decimal figures stay exact (22.038.064,37 is
 * 2203806437), and equality checks need no tolerance.
 */
export type Cents = number;

/** Euros (as read from a cell, possibly with float noise such as 22038064.369999997) to cents. */
export function toCents(euro: number): Cents {
  return Math.round(euro * 100);
}

/** Cents back to euros, for output cells and text. */
export function toEuro(cents: Cents): number {
  return cents / 100;
}

/** One titolo as read from the sheet. An amount is undefined when missing, unreadable or untrusted (see findings). */
export interface BudgetLine {
  readonly titolo: number;
  /** Official name (see titoli.ts), not the sheet's Descrizione. */
  readonly nome: string;
  /** Excel row of the titolo in its sheet, for the "Calcolo bilancio" sources. */
  readonly row: number;
  /** Accertamenti (entrate) or impegni (spese) di competenza, cents. */
  readonly competenza?: Cents;
  /** Riscossioni (entrate) or pagamenti (spese), competenza + residui, cents. */
  readonly cassa?: Cents;
}

/** One side of the rendiconto. */
export interface BudgetSide {
  readonly kind: BudgetSideKind;
  /** Sheet name as in the workbook. */
  readonly sheet: string;
  /** Titoli present in the sheet, in schema order. A titolo without a row is absent here. */
  readonly lines: readonly BudgetLine[];
  /**
   * Σ titoli of competenza, cents. Undefined when a titolo's amount is missing or untrusted, a row had an
   * unknown titolo, or the sheet's Totale row disagreed.
   */
  readonly competenzaTotal?: Cents;
  /** Σ titoli of cassa (riscossioni/pagamenti), cents, without the fondo di cassa; undefined as above. */
  readonly cassaTotal?: Cents;
}

/**
 * An identity checked on the data, kept for the "Calcolo bilancio" sheet: `left` and `right` are the two
 * amounts compared (cents), `ok` whether they are equal (or, for Totale rows, equal to an accepted form).
 */
export interface BudgetCheck {
  /** Italian description of the identity, e.g. "Partite di giro: accertamenti entrate titolo 9 = impegni spese titolo 7". */
  readonly description: string;
  readonly left: Cents;
  readonly right: Cents;
  readonly ok: boolean;
}

/** The rendiconto by titolo, validated. Every amount in cents; undefined when unknown (never 0 for missing). */
export interface Budget {
  readonly entrate: BudgetSide;
  readonly spese: BudgetSide;
  /** Fondo di cassa al 1° gennaio (Entrate, special row, Riscossioni column). */
  readonly fondoCassaIniziale?: Cents;
  /** Avanzo di amministrazione dell'anno precedente applicato (Entrate, special row, Accertamenti column). */
  readonly avanzoApplicato?: Cents;
  /** Disavanzo di amministrazione applicato (Spese, special row, Impegni column). */
  readonly disavanzo?: Cents;
  /**
   * Fondo di cassa al 31 dicembre = fondo iniziale + Σ riscossioni − Σ pagamenti (computed, never read);
   * undefined when an input is unknown or when the sheet states a different one.
   */
  readonly fondoCassaFinale?: Cents;
  readonly checks: readonly BudgetCheck[];
}
