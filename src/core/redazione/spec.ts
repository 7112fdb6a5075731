import { TableSpec } from "../table/spec";

/** "Redazione": phases of drafting the Relazione (SMVP of the comune), in order. */
export const REDAZIONE_SPEC: TableSpec = {
  sheet: "Redazione",
  sheetSynonyms: ["Processo di redazione", "Fasi redazione", "Fasi"],
  required: false,
  description: "Fasi, soggetti e tempi del processo di redazione della Relazione, nell'ordine.",
  columns: [
    { key: "fase", header: "Fase", synonyms: ["Fasi"], type: "text", required: true, description: "Descrizione della fase.", example: "Elaborazione Relazione sulla performance 2024" },
    { key: "soggetti", header: "Soggetti", synonyms: ["Soggetto", "Responsabile"], type: "text", required: true, description: "Chi la svolge.", example: "Segretario Generale e Servizio Personale" },
    { key: "tempi", header: "Tempi", synonyms: ["Scadenza", "Quando"], type: "text", required: true, description: "Entro quando.", example: "Entro maggio 2025" },
  ],
};
