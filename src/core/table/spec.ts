import { ColumnType } from "./values";

/** One column of an input sheet, as documented in docs/data-model.md. */
export interface ColumnSpec {
  /** Identifier used by the code. */
  readonly key: string;
  /** Italian header as the template writes it. */
  readonly header: string;
  /** Other headers accepted for the column (matched ignoring case, accents, spacing). */
  readonly synonyms: readonly string[];
  readonly type: ColumnType;
  /** Unit shown to the user: "persone", "€", "%", "anni"... */
  readonly unit?: string;
  readonly required: boolean;
  /** Counts and amounts that cannot be negative. */
  readonly nonNegative?: boolean;
  /** What goes in the column, in Italian. */
  readonly description: string;
  /** An example value, as a user would type it. */
  readonly example: string;
}

/** An input sheet: a header row followed by one record per row. */
export interface TableSpec {
  /** Canonical Italian sheet name. */
  readonly sheet: string;
  readonly sheetSynonyms: readonly string[];
  /** Missing required sheet → errore; missing optional sheet → avviso, its sections left out. */
  readonly required: boolean;
  /**
   * What a missing optional sheet means, told in its avviso (default: its part of the Relazione is
   * left out); null when its absence is normal and deserves no finding (e.g. extra indicators).
   */
  readonly missingConsequence?: string | null;
  readonly description: string;
  readonly columns: readonly ColumnSpec[];
}
