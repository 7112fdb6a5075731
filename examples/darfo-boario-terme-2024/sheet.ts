import { TableSpec } from "../../src/core/table/spec";

/** A cell of the reference workbook: numbers and dates stay typed so Excel stores them as such. */
export type ExampleValue = string | number | Date | null;

/** One column of an example sheet: its header (taken from the data model), width and number format. */
export interface ExampleColumn {
  readonly header: string;
  /** Width in characters. */
  readonly width: number;
  /** Excel number format of the data cells (see FORMAT in src/core/output/sheet.ts). */
  readonly format?: string;
  /** Long texts wrap inside the cell instead of spilling over. */
  readonly wrap?: boolean;
}

/**
 * An input sheet of the reference workbook, described without exceljs: optional title rows, then the
 * header row, then the data rows (values in the order of `columns`).
 */
export interface ExampleSheet {
  readonly name: string;
  readonly titleRows?: readonly string[];
  readonly columns: readonly ExampleColumn[];
  readonly rows: readonly (readonly ExampleValue[])[];
}

/**
 * The column `key` of `spec`, with the header the data model declares, so that the workbook follows
 * any change of header. Throws on an unknown key: that is a bug of the example, not a user error.
 */
export function column(spec: TableSpec, key: string, width: number, format?: string, wrap?: boolean): ExampleColumn {
  const col = spec.columns.find((c) => c.key === key);
  if (!col) throw new Error(`La specifica del foglio «${spec.sheet}» non ha la colonna «${key}».`);
  return { header: col.header, width, format, wrap };
}

/** The entry of `list` whose key is `key`; throws when missing (a bug of the example). */
export function entry<K extends string, T extends { readonly key: K }>(list: readonly T[], key: K): T {
  const found = list.find((e) => e.key === key);
  if (!found) throw new Error(`Voce «${key}» non prevista dal modello dei dati.`);
  return found;
}
