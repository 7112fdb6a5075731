import { TableSpec } from "../table/spec";

/**
 * "Entrate": the rendiconto's revenues by titolo (D.Lgs. 118/2011, all. 10, schema "Entrate per titoli"),
 * accertamenti di competenza and riscossioni (competenza + residui). Rows with an empty Titolo are
 * recognised by their Descrizione: fondo di cassa iniziale, avanzo applicato, totale.
 * Amounts are non-negative: the rendiconto's summary by titolo holds accertamenti, riscossioni, the avanzo
 * applied and the fondo di cassa, none of which can be below zero (a shortfall of cash is an anticipazione,
 * titolo 7, not a negative fondo), so a negative figure is refused as NUMERO_NEGATIVO.
 */
export const ENTRATE_SPEC: TableSpec = {
  sheet: "Entrate",
  sheetSynonyms: ["Bilancio entrate", "Analisi delle entrate", "Rendiconto entrate"],
  required: true,
  description: "Entrate del rendiconto per titolo: accertamenti (competenza) e riscossioni (competenza + residui), in euro.",
  columns: [
    { key: "titolo", header: "Titolo", synonyms: ["N. titolo", "Tit."], type: "text", required: true, description: "Numero del titolo (1-7, 9), anche scritto «Titolo 1», «Titolo I» o «Tit. 1»; vuoto per le voci speciali.", example: "1" },
    { key: "descrizione", header: "Descrizione", synonyms: ["Voce", "Denominazione"], type: "text", required: true, description: "Denominazione del titolo o della voce speciale (Fondo di cassa all'inizio dell'esercizio, Applicazione avanzo di amministrazione, Totale).", example: "Entrate correnti di natura tributaria, contributiva e perequativa" },
    { key: "competenza", header: "Accertamenti", synonyms: ["Accertamenti (competenza)", "Accertamenti competenza", "Competenza"], type: "number", unit: "€", required: true, nonNegative: true, description: "Accertamenti di competenza; per l'avanzo, l'importo applicato.", example: "9.593.473,64" },
    { key: "cassa", header: "Riscossioni", synonyms: ["Totale riscossioni", "Riscossioni (competenza+residui)", "Totale riscossioni (competenza+residui)", "Cassa"], type: "number", unit: "€", required: true, nonNegative: true, description: "Riscossioni in conto competenza e residui; per il fondo di cassa, il fondo al 1° gennaio.", example: "9.883.027,61" },
  ],
};

/**
 * "Spese": the rendiconto's expenditure by titolo (D.Lgs. 118/2011, all. 10, "Spese per titoli"): impegni and
 * pagamenti. Special rows with an empty Titolo: disavanzo di amministrazione, fondo di cassa finale (optional,
 * checked against the computed one), totale. Amounts are non-negative, as for the Entrate.
 */
export const SPESE_SPEC: TableSpec = {
  sheet: "Spese",
  sheetSynonyms: ["Bilancio spese", "Analisi delle spese", "Rendiconto spese"],
  required: true,
  description: "Spese del rendiconto per titolo: impegni (competenza) e pagamenti (competenza + residui), in euro.",
  columns: [
    { key: "titolo", header: "Titolo", synonyms: ["N. titolo", "Tit."], type: "text", required: true, description: "Numero del titolo (1-5, 7), anche scritto «Titolo 1», «Titolo I» o «Tit. 1»; vuoto per le voci speciali.", example: "1" },
    { key: "descrizione", header: "Descrizione", synonyms: ["Voce", "Denominazione"], type: "text", required: true, description: "Denominazione del titolo o della voce speciale (Disavanzo di amministrazione, Totale, Fondo di cassa finale facoltativo: se indicato è confrontato con quello calcolato).", example: "Spese correnti" },
    { key: "competenza", header: "Impegni", synonyms: ["Impegni (competenza)", "Impegni competenza", "Competenza"], type: "number", unit: "€", required: true, nonNegative: true, description: "Impegni di competenza; per il disavanzo, l'importo applicato.", example: "12.137.449,65" },
    { key: "cassa", header: "Pagamenti", synonyms: ["Totale pagamenti", "Pagamenti (competenza+residui)", "Totale pagamenti (competenza+residui)", "Cassa"], type: "number", unit: "€", required: true, nonNegative: true, description: "Pagamenti in conto competenza e residui; per il fondo di cassa finale, il fondo al 31 dicembre.", example: "12.206.605,14" },
  ],
};
