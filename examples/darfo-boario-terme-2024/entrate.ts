import { ENTRATE_SPEC } from "../../src/core/budget/spec";
import { FORMAT } from "../../src/core/output/sheet";
import { ExampleSheet, column } from "./sheet";

/**
 * "Entrate": "ANALISI DELLE ENTRATE AL 31/12/2024" of section 4, in euro. Special rows have an empty
 * Titolo and are named by their Descrizione. As published, TOTALE accertamenti is the sum of the titoli
 * (without the avanzo) and TOTALE riscossioni includes the fondo di cassa iniziale.
 */
export const ENTRATE_SHEET: ExampleSheet = {
  name: ENTRATE_SPEC.sheet,
  columns: [
    column(ENTRATE_SPEC, "titolo", 8),
    column(ENTRATE_SPEC, "descrizione", 70),
    column(ENTRATE_SPEC, "competenza", 18, FORMAT.euro),
    column(ENTRATE_SPEC, "cassa", 18, FORMAT.euro),
  ],
  rows: [
    [null, "Fondo di cassa all’inizio dell’esercizio", null, 4_537_927.05],
    [null, "Applicazione avanzo di amministrazione", 1_599_767.19, null],
    [1, "Entrate correnti di natura tributaria, contributiva e perequativa", 9_593_473.64, 9_883_027.61],
    [2, "Trasferimenti correnti", 885_516.47, 896_131.52],
    [3, "Entrate extratributarie", 2_838_127.99, 3_221_931.87],
    [4, "Entrate in conto capitale", 4_766_040.16, 2_124_229.35],
    [5, "Entrate da riduzione di attività finanziarie", 566_949.0, 442_020.99],
    [6, "Accensione di prestiti", 566_949.0, 566_949.0],
    [7, "Anticipazioni da istituto tesoriere/cassiere", 0, 0],
    [9, "Entrate per conto di terzi e partite di giro", 2_821_008.11, 2_795_821.21],
    [null, "TOTALE", 22_038_064.37, 24_468_038.6],
  ],
};
