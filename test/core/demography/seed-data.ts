import { CellValue, SheetData } from "../../../src/core/cell";
import { EnteContext } from "../../../src/core/ente/context";

/** A sheet matrix starting at A1. */
export const sheetOf = (name: string, rows: readonly (readonly CellValue[])[]): SheetData => ({ name, rows, firstRow: 1, firstCol: 1 });

export const CTX: EnteContext = { comune: "Darfo Boario Terme", provincia: "Brescia", anno: 2024 };

/** The movimento demografico 2024 of the reference report (seed lines ~310-320). Row 1 is the header. */
export const SEED_DEMOGRAFIA: CellValue[][] = [
  ["Voce", "Maschi", "Femmine", "Totale", "Famiglie"],
  ["POPOLAZIONE AL 1° gennaio 2024", 7833, 7940, 15773, 6839],
  ["Nati", 46, 59, 105, null],
  ["Morti", 69, 68, 137, null],
  ["Iscritti", 330, 291, 621, null],
  ["Cancellati", 252, 227, 479, null],
  ["POPOLAZIONE AL 31 dicembre 2024", 7888, 7995, 15883, 6888],
];

export const NOTE_1929 = "Fino all'anno 1929 Darfo, Erbanno e Gorzone formavano Comuni separati: nella colonna TOTALE è riportata la somma dei tre Comuni.";

/** The census table of the reference report (seed lines ~105-190), 1951 as published (M + F ≠ Totale). */
export const SEED_CENSIMENTI: CellValue[][] = [
  ["Anno", "Maschi", "Femmine", "Totale", "Nota"],
  [1861, null, null, 3234, NOTE_1929],
  [1871, null, null, 3404, NOTE_1929],
  [1881, null, null, 3710, NOTE_1929],
  [1901, null, null, 4141, NOTE_1929],
  [1911, null, null, 5628, NOTE_1929],
  [1921, null, null, 6145, NOTE_1929],
  [1931, null, null, 6678, null],
  [1936, null, null, 7155, null],
  [1951, 4698, 5151, 9585, null],
  [1961, 5454, 5885, 11339, null],
  [1971, 5950, 6218, 12168, null],
  [1981, 6303, 6623, 12926, null],
  [1991, 6490, 6716, 13206, null],
  [2001, 6649, 6941, 13590, null],
  [2011, 7636, 7888, 15524, null],
];

/** Copy of a seed matrix with one cell replaced (row and col 0-based in the matrix). */
export function withCell(rows: readonly (readonly CellValue[])[], r: number, c: number, v: CellValue): CellValue[][] {
  return rows.map((row, i) => row.map((cell, j) => (i === r && j === c ? v : cell)));
}
