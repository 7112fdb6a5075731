import { SheetData } from "../cell";
import { AreaCode, parseArea } from "../staff/areas";
import { PERSONALE_SPEC } from "../staff/spec";
import { readTable } from "../table/read-table";

/** An employee of the "Personale" sheet as the schede need it: who must have which scheda, and its groups. */
export interface PersonaleEntry {
  readonly matricola: string;
  /** Responsabile di servizio (posizione organizzativa / EQ): expected in "Schede responsabili". */
  readonly responsabile: boolean;
  /** Area of the CCNL Funzioni Locali 2019-2021; undefined when the sheet's area is not recognised. */
  readonly area?: AreaCode;
  readonly settore?: string;
}

/**
 * The matricole of the "Personale" sheet ({@link PERSONALE_SPEC}) with responsabile flag, area and
 * settore. Raises nothing: the sheet's own problems are reported by analyzeStaff. Rows with a blank
 * matricola are skipped; of duplicated matricole the first row wins. Undefined when the sheet is absent
 * or its header or Matricola column cannot be found.
 */
export function personaleMatricole(sheet: SheetData | undefined): PersonaleEntry[] | undefined {
  if (!sheet) return undefined;
  const read = readTable(sheet, PERSONALE_SPEC);
  if (!read.present.has("matricola")) return undefined;
  const seen = new Set<string>();
  const entries: PersonaleEntry[] = [];
  for (const row of read.rows) {
    const v = row.values;
    const matricola = typeof v.matricola === "string" ? v.matricola.trim() : "";
    if (matricola === "" || seen.has(matricola.toUpperCase())) continue;
    seen.add(matricola.toUpperCase());
    const area = typeof v.area === "string" ? parseArea(v.area) : undefined;
    const settore = typeof v.settore === "string" && v.settore !== "" ? v.settore : undefined;
    entries.push({ matricola, responsabile: v.responsabile === true, ...(area && { area }), ...(settore && { settore }) });
  }
  return entries;
}
