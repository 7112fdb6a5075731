import { CellValue, SheetData } from "../../../src/core/cell";
import { EnteContext } from "../../../src/core/ente/context";

export const CTX: EnteContext = { comune: "Darfo Boario Terme", anno: 2024, periodoControlli: "secondo semestre 2023" };

/** A "Controlli" sheet whose first cell is A1. */
export function controlli(rows: readonly (readonly CellValue[])[] = CONTROLLI_ROWS): SheetData {
  return { name: "Controlli", rows, firstRow: 1, firstCol: 1 };
}

/** Copy of `rows` with the cell at Excel (row, col), both 1-based, set to `value`. */
export function withCell(rows: readonly (readonly CellValue[])[], row: number, col: number, value: CellValue): CellValue[][] {
  return rows.map((r, i) => (i === row - 1 ? r.map((v, j) => (j === col - 1 ? value : v)) : [...r]));
}

/**
 * The seed's list (objective "Attuazione del sistema dei controlli interni"): 57 atti of the secondo semestre
 * 2023. Rows: 1 header, 2-10 settori, 11 Totale. Columns A Settore, B Atti controllati, C Nota.
 */
export const CONTROLLI_ROWS: readonly (readonly CellValue[])[] = [
  ["Settore", "Atti controllati", "Nota"],
  ["Settore Amministrativo Affari generali", 2, null],
  ["Settore Finanziario e Tributi", 8, null],
  ["Settore Sociali e Istruzione", 9, null],
  ["Settore Lavori Pubblici e Manutenzioni", 14, null],
  ["Settore Urbanistica ed Edilizia Privata, Patrimonio, Commercio e attività produttive", 5, null],
  ["Settore Politiche Abitative, Energetiche e Telecomunicazioni", 2, null],
  ["Settore Polizia Locale", 13, null],
  ["Servizio Transizione Digitale", 1, null],
  ["Segretario Generale / Settore Servizi Demografici e contratti", 3, "controllo a cura del Vicesegretario"],
  ["Totale", 57, null],
];
