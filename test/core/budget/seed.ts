import { CellValue, SheetData } from "../../../src/core/cell";
import { EnteContext } from "../../../src/core/ente/context";

/** A sheet whose first cell is A1. */
export function sheet(name: string, rows: readonly (readonly CellValue[])[]): SheetData {
  return { name, rows, firstRow: 1, firstCol: 1 };
}

/** Copy of `rows` with the cell at Excel (row, col), both 1-based, set to `value`. */
export function withCell(rows: readonly (readonly CellValue[])[], row: number, col: number, value: CellValue): CellValue[][] {
  return rows.map((r, i) => (i === row - 1 ? r.map((v, j) => (j === col - 1 ? value : v)) : [...r]));
}

/** Copy of `rows` without Excel row `row`. */
export function withoutRow(rows: readonly (readonly CellValue[])[], row: number): CellValue[][] {
  return rows.filter((_, i) => i !== row - 1).map((r) => [...r]);
}

/** Copy of `rows` with `extra` inserted so that it becomes Excel row `row`. */
export function withRow(rows: readonly (readonly CellValue[])[], row: number, extra: readonly CellValue[]): CellValue[][] {
  const copy = rows.map((r) => [...r]);
  copy.splice(row - 1, 0, [...extra]);
  return copy;
}

export const CTX: EnteContext = { comune: "Darfo Boario Terme", provincia: "Brescia", anno: 2024, periodoControlli: "secondo semestre 2023" };

/** Residents at 31/12/2024 in the seed. */
export const RESIDENTS = 15883;

/**
 * The seed's "ANALISI DELLE ENTRATE AL 31/12/2024". Rows: 1 header, 2 fondo di cassa, 3 avanzo,
 * 4-11 titoli 1-7 and 9, 12 TOTALE. Columns A Titolo, B Descrizione, C Accertamenti, D Riscossioni.
 */
export const ENTRATE_ROWS: readonly (readonly CellValue[])[] = [
  ["Titolo", "Descrizione", "Accertamenti", "Riscossioni"],
  [null, "Fondo di cassa all'inizio dell'esercizio", null, 4537927.05],
  [null, "Applicazione avanzo di amministrazione 2023", 1599767.19, null],
  [1, "Entrate correnti di natura tributaria, contributiva e perequativa", 9593473.64, 9883027.61],
  [2, "Trasferimenti correnti", 885516.47, 896131.52],
  [3, "Entrate extratributarie", 2838127.99, 3221931.87],
  [4, "Entrate in conto capitale", 4766040.16, 2124229.35],
  [5, "Entrate da riduzione di attività finanziarie", 566949.0, 442020.99],
  [6, "Accensione di prestiti", 566949.0, 566949.0],
  [7, "Anticipazioni da istituto tesoriere/cassiere", 0, 0],
  [9, "Entrate per conto di terzi e partite di giro", 2821008.11, 2795821.21],
  [null, "TOTALE", 22038064.37, 24468038.6],
];

/**
 * The seed's "ANALISI DELLE SPESE AL 31/12/2024". Rows: 1 header, 2 disavanzo, 3-8 titoli 1-5 and 7,
 * 9 TOTALE, 10 Fondo di cassa. Columns A Titolo, B Descrizione, C Impegni, D Pagamenti.
 */
export const SPESE_ROWS: readonly (readonly CellValue[])[] = [
  ["Titolo", "Descrizione", "Impegni", "Pagamenti"],
  [null, "Disavanzo di amministrazione", 0, null],
  [1, "Spese correnti", 12137449.65, 12206605.14],
  [2, "Spese in conto capitale", 8537034.95, 7889902.71],
  [3, "Spese per incremento di attività finanziarie", 566949.0, 566949.0],
  [4, "Rimborsi di prestiti", 561549.75, 561549.75],
  [5, "Chiusura Anticipazioni da istituto tesoriere/cassiere", 0, 0],
  [7, "Spese per conto terzi e partite di giro", 2821008.11, 2552888.58],
  [null, "TOTALE", 24623991.46, 23777895.18],
  [null, "Fondo di cassa", null, 690143.42],
];

export const entrate = (rows: readonly (readonly CellValue[])[] = ENTRATE_ROWS): SheetData => sheet("Entrate", rows);
export const spese = (rows: readonly (readonly CellValue[])[] = SPESE_ROWS): SheetData => sheet("Spese", rows);
