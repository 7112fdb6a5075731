import { TableSpec } from "../table/spec";

/** "Personale": one row per employee in service at 31 December of the year. */
export const PERSONALE_SPEC: TableSpec = {
  sheet: "Personale",
  sheetSynonyms: ["Dipendenti", "Personale dipendente", "Personale in servizio"],
  required: true,
  description: "Personale dipendente in servizio al 31/12 dell'anno, un dipendente per riga. Serve solo per gli aggregati: la Relazione non riporta mai dati individuali.",
  columns: [
    { key: "matricola", header: "Matricola", synonyms: ["Codice", "ID", "Codice dipendente", "Identificativo"], type: "text", required: true, description: "Identificativo del dipendente, unico nel foglio.", example: "D001" },
    { key: "settore", header: "Settore", synonyms: ["Servizio", "Unità organizzativa", "Struttura"], type: "text", required: false, description: "Settore di assegnazione.", example: "Settore Polizia Locale" },
    { key: "area", header: "Area", synonyms: ["Categoria", "Area di inquadramento", "Inquadramento"], type: "text", required: true, description: "Area del CCNL Funzioni Locali 2019-2021: Funzionari e EQ, Istruttori, Operatori esperti, Operatori (accettate anche le ex categorie D, C, B, A).", example: "Istruttori" },
    { key: "sesso", header: "Sesso", synonyms: ["Genere", "M/F"], type: "text", required: true, description: "M o F.", example: "F" },
    { key: "dataNascita", header: "Data di nascita", synonyms: ["Nato il", "Data nascita"], type: "date", required: false, description: "Data di nascita (gg/mm/aaaa); in alternativa la colonna Età.", example: "14/03/1968" },
    { key: "eta", header: "Età", synonyms: ["Età al 31/12", "Anni"], type: "integer", unit: "anni", required: false, nonNegative: true, description: "Età compiuta al 31/12 dell'anno, se manca la data di nascita.", example: "56" },
    { key: "responsabile", header: "Responsabile di servizio", synonyms: ["Posizione organizzativa", "PO", "EQ", "Incarico EQ", "Responsabile"], type: "boolean", required: false, description: "Sì per i titolari di posizione organizzativa / elevata qualificazione.", example: "No" },
    { key: "rapporto", header: "Rapporto", synonyms: ["Tipo rapporto", "Tipo contratto", "Contratto", "Tempo"], type: "text", required: true, description: "Tempo indeterminato o tempo determinato.", example: "Tempo indeterminato" },
    { key: "partTime", header: "Part-time %", synonyms: ["Part time", "Part-time", "Percentuale part-time", "% part-time", "Orario %"], type: "percent", unit: "%", required: false, nonNegative: true, description: "Percentuale dell'orario part-time; vuoto o 100 per il tempo pieno.", example: "83,33%" },
  ],
};
