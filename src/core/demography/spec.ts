import { TableSpec } from "../table/spec";

/**
 * "Demografia": the ISTAT balance of the resident population (movimento anagrafico) for the year,
 * one row per item, as in the bilancio demografico (ISTAT, POSAS/"Bilancio demografico mensile").
 * Row labels are listed in {@link MOVIMENTO_ITEMS}.
 */
export const DEMOGRAFIA_SPEC: TableSpec = {
  sheet: "Demografia",
  sheetSynonyms: ["Movimento anagrafico", "Movimento demografico", "Bilancio demografico", "Popolazione"],
  required: true,
  description: "Movimento anagrafico della popolazione residente nell'anno, per sesso, e numero di famiglie (fonte: anagrafe comunale / ISTAT).",
  columns: [
    { key: "voce", header: "Voce", synonyms: ["Movimento", "Descrizione", "Movimento demografico"], type: "text", required: true, description: "Voce del bilancio demografico (vedi elenco sotto).", example: "Nati" },
    { key: "maschi", header: "Maschi", synonyms: ["M", "Uomini"], type: "integer", unit: "persone", required: true, nonNegative: true, description: "Maschi.", example: "46" },
    { key: "femmine", header: "Femmine", synonyms: ["F", "Donne"], type: "integer", unit: "persone", required: true, nonNegative: true, description: "Femmine.", example: "59" },
    { key: "totale", header: "Totale", synonyms: ["Totale M+F", "MF", "Totale residenti"], type: "integer", unit: "persone", required: true, nonNegative: true, description: "Maschi + femmine.", example: "105" },
    { key: "famiglie", header: "Famiglie", synonyms: ["Numero famiglie", "N. famiglie"], type: "integer", unit: "famiglie", required: false, nonNegative: true, description: "Famiglie anagrafiche; solo nelle righe della popolazione al 1° gennaio e al 31 dicembre.", example: "6.839" },
  ],
};

export type MovimentoItem = "inizio" | "nati" | "morti" | "iscritti" | "cancellati" | "rettifiche" | "fine" | "convivenze";

/** Row labels of the "Demografia" sheet and the synonyms accepted for each. */
export const MOVIMENTO_ITEMS: readonly { readonly key: MovimentoItem; readonly label: string; readonly synonyms: readonly string[]; readonly required: boolean; readonly description: string }[] = [
  { key: "inizio", label: "Popolazione al 1° gennaio", synonyms: ["Popolazione al 1 gennaio", "Popolazione inizio anno", "Popolazione iniziale", "Popolazione al 01/01"], required: true, description: "Residenti al 1° gennaio (famiglie nella colonna Famiglie)." },
  { key: "nati", label: "Nati", synonyms: ["Nati vivi", "Nascite"], required: true, description: "Nati vivi residenti nell'anno." },
  { key: "morti", label: "Morti", synonyms: ["Deceduti", "Decessi", "Morti"], required: true, description: "Morti residenti nell'anno." },
  { key: "iscritti", label: "Iscritti", synonyms: ["Iscrizioni", "Immigrati", "Iscritti in anagrafe"], required: true, description: "Iscritti in anagrafe (da altri comuni, dall'estero, per altri motivi)." },
  { key: "cancellati", label: "Cancellati", synonyms: ["Cancellazioni", "Emigrati", "Cancellati dall'anagrafe"], required: true, description: "Cancellati dall'anagrafe (per altri comuni, per l'estero, per altri motivi)." },
  { key: "rettifiche", label: "Aggiustamento statistico", synonyms: ["Altri motivi", "Rettifiche", "Saldo altri motivi", "Aggiustamenti statistici", "Rettifiche post-censuarie"], required: false, description: "Facoltativa: saldo (anche negativo) delle rettifiche e dell'aggiustamento statistico, che i bilanci ISTAT riportano dal 2019." },
  { key: "fine", label: "Popolazione al 31 dicembre", synonyms: ["Popolazione al 31/12", "Popolazione fine anno", "Popolazione finale"], required: true, description: "Residenti al 31 dicembre (famiglie nella colonna Famiglie)." },
  { key: "convivenze", label: "Residenti in convivenza", synonyms: ["Popolazione in convivenza", "Membri delle convivenze", "Convivenze"], required: false, description: "Facoltativa: residenti in convivenze (istituti, comunità) al 31 dicembre, per calcolare i componenti medi per famiglia come ISTAT." },
];

/** "Censimenti": legal population at each general census. Maschi/Femmine may be blank for old censuses. */
export const CENSIMENTI_SPEC: TableSpec = {
  sheet: "Censimenti",
  sheetSynonyms: ["Popolazione censimenti", "Censimento"],
  required: false,
  description: "Popolazione legale registrata ai censimenti generali (fonte: ISTAT).",
  columns: [
    { key: "anno", header: "Anno", synonyms: ["Anno di censimento", "Censimento"], type: "integer", unit: "anno", required: true, description: "Anno del censimento.", example: "2011" },
    { key: "maschi", header: "Maschi", synonyms: ["M"], type: "integer", unit: "persone", required: false, nonNegative: true, description: "Maschi (vuoto se non disponibile).", example: "7.636" },
    { key: "femmine", header: "Femmine", synonyms: ["F"], type: "integer", unit: "persone", required: false, nonNegative: true, description: "Femmine (vuoto se non disponibile).", example: "7.888" },
    { key: "totale", header: "Totale", synonyms: ["Popolazione", "Popolazione legale"], type: "integer", unit: "persone", required: true, nonNegative: true, description: "Popolazione legale.", example: "15.524" },
    { key: "nota", header: "Nota", synonyms: ["Note"], type: "text", required: false, description: "Nota al dato, riportata in calce alla tabella (es. comuni allora separati).", example: "Fino al 1929 Darfo, Erbanno e Gorzone formavano Comuni separati: il totale è la somma dei tre Comuni." },
  ],
};
