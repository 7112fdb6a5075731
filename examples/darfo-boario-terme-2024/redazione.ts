import { REDAZIONE_SPEC } from "../../src/core/redazione/spec";
import { ExampleSheet, column } from "./sheet";

/** "Redazione": the table "Fasi, soggetti, tempi e responsabilità" of section 6. */
export const REDAZIONE_SHEET: ExampleSheet = {
  name: REDAZIONE_SPEC.sheet,
  columns: [
    column(REDAZIONE_SPEC, "fase", 60, undefined, true),
    column(REDAZIONE_SPEC, "soggetti", 40, undefined, true),
    column(REDAZIONE_SPEC, "tempi", 40, undefined, true),
  ],
  rows: [
    ["Rendiconto attività 2024 e rilevazione risultati raggiunti in relazione agli indicatori di risultato", "Responsabili di Servizio", "Entro marzo 2025"],
    ["Elaborazione Relazione sulla performance 2024", "Segretario Generale e Servizio Personale", "Entro maggio 2025"],
    ["Approvazione Relazione sulla performance 2024", "Giunta Comunale", "Entro maggio 2025"],
    ["Trasmissione Relazione sulla performance 2024 al Nucleo di Valutazione", "Servizio Personale", "Nei 10 giorni successivi all’approvazione"],
    ["Validazione Relazione sulla performance 2024", "Nucleo di Valutazione", "Nei 10 giorni successivi al ricevimento"],
    [
      "Pubblicazione Relazione sulla performance 2024 unitamente al documento di validazione sul sito del Comune nella sezione “Amministrazione Trasparente”",
      "Servizio Personale",
      "Tempestivamente",
    ],
  ],
};
