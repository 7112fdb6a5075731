/** The six phases of the seed's section 6 (Relazione 2024 of Darfo Boario Terme). */
export const SEED_PHASES = [
  { fase: "Rendiconto attività 2024 e rilevazione risultati raggiunti in relazione agli indicatori di risultato", soggetti: "Responsabili di Servizio", tempi: "Entro marzo 2025" },
  { fase: "Elaborazione Relazione sulla performance 2024", soggetti: "Segretario Generale e Servizio Personale", tempi: "Entro maggio 2025" },
  { fase: "Approvazione Relazione sulla performance 2024", soggetti: "Giunta Comunale", tempi: "Entro maggio 2025" },
  { fase: "Trasmissione Relazione sulla performance 2024 al Nucleo di Valutazione", soggetti: "Servizio Personale", tempi: "Nei 10 giorni successivi all'approvazione" },
  { fase: "Validazione Relazione sulla performance 2024", soggetti: "Nucleo di Valutazione", tempi: "Nei 10 giorni successivi al ricevimento" },
  {
    fase: "Pubblicazione Relazione sulla performance 2024 unitamente al documento di validazione sul sito del Comune nella sezione “Amministrazione Trasparente”",
    soggetti: "Servizio Personale",
    tempi: "Tempestivamente",
  },
];
