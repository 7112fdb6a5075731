import { SPESE_SPEC } from "../../src/core/budget/spec";
import { FORMAT } from "../../src/core/output/sheet";
import { ExampleSheet, column } from "./sheet";

/**
 * "Spese": "ANALISI DELLE SPESE AL 31/12/2024" of section 4, in euro. Special rows have an empty Titolo
 * and are named by their Descrizione; the fondo di cassa finale (published under the table) sits in the
 * Pagamenti column: 24.468.038,60 riscossioni − 23.777.895,18 pagamenti = 690.143,42.
 */
export const SPESE_SHEET: ExampleSheet = {
  name: SPESE_SPEC.sheet,
  columns: [
    column(SPESE_SPEC, "titolo", 8),
    column(SPESE_SPEC, "descrizione", 70),
    column(SPESE_SPEC, "competenza", 18, FORMAT.euro),
    column(SPESE_SPEC, "cassa", 18, FORMAT.euro),
  ],
  rows: [
    [null, "Disavanzo di amministrazione", 0, null],
    [1, "Spese correnti", 12_137_449.65, 12_206_605.14],
    [2, "Spese in conto capitale", 8_537_034.95, 7_889_902.71],
    [3, "Spese per incremento di attività finanziarie", 566_949.0, 566_949.0],
    [4, "Rimborsi di prestiti", 561_549.75, 561_549.75],
    [5, "Chiusura Anticipazioni da istituto tesoriere/cassiere", 0, 0],
    [7, "Spese per conto terzi e partite di giro", 2_821_008.11, 2_552_888.58],
    [null, "TOTALE", 24_623_991.46, 23_777_895.18],
    [null, "Fondo di cassa finale", null, 690_143.42],
  ],
};
