import { TableSpec } from "../table/spec";

/**
 * "Obiettivi": the performance objectives of the year (PIAO, sottosezione 2.2 "Performance"), one per
 * row, in the order the Relazione presents them, with what D.Lgs. 150/2009 art. 10 asks to report:
 * results against targets and the reasons of any scostamento.
 */
export const OBIETTIVI_SPEC: TableSpec = {
  sheet: "Obiettivi",
  sheetSynonyms: ["Obiettivi di performance", "Obiettivi performance", "Piano obiettivi"],
  required: false,
  description: "Obiettivi di performance dell'anno con responsabili, tempi, indicatore, target, consuntivo, esito e motivazione degli scostamenti.",
  columns: [
    { key: "id", header: "ID", synonyms: ["Codice", "Codice obiettivo", "N.", "Numero"], type: "text", required: true, description: "Codice univoco dell'obiettivo.", example: "PL-03" },
    { key: "settore", header: "Settore", synonyms: ["Servizio", "Struttura", "Unità organizzativa"], type: "text", required: true, description: "Settore a cui l'obiettivo è assegnato («Trasversale» per quelli di tutti i settori).", example: "Settore Polizia Locale" },
    { key: "titolo", header: "Obiettivo", synonyms: ["Titolo", "Obiettivo di performance", "Descrizione obiettivo"], type: "text", required: true, description: "Enunciato dell'obiettivo.", example: "Costante monitoraggio sulle condizioni della segnaletica stradale" },
    { key: "tipo", header: "Tipo", synonyms: ["Tipologia", "Tipo obiettivo"], type: "text", required: false, description: "Strategico, gestionale o trasversale.", example: "gestionale" },
    { key: "responsabile", header: "Responsabile", synonyms: ["Responsabili"], type: "text", required: true, description: "Chi risponde dell'obiettivo (ruolo, non nome, se la Relazione è pubblica).", example: "Responsabile del Settore Polizia Locale" },
    { key: "contributori", header: "Chi contribuisce", synonyms: ["Contributori", "Chi contribuisce a raggiungere l'obiettivo"], type: "text", required: false, description: "Uffici e soggetti che contribuiscono.", example: "Operatori della Polizia Locale" },
    { key: "tempi", header: "Tempi", synonyms: ["Tempi di raggiungimento", "Tempi di raggiungimento dell'obiettivo"], type: "text", required: false, description: "Tempi di raggiungimento, come testo.", example: "Entro il 31/12/2024" },
    { key: "scadenza", header: "Scadenza", synonyms: ["Data scadenza", "Termine"], type: "date", required: false, description: "Scadenza come data, quando c'è.", example: "31/12/2024" },
    { key: "misurazione", header: "Misurazione", synonyms: ["Indicatore", "Misurazione di raggiungimento dell'obiettivo"], type: "text", required: false, description: "Come si misura il raggiungimento.", example: "Attesi 1300 interventi di ripristino o nuova installazione di segnaletica stradale" },
    { key: "traguardo", header: "Traguardo atteso", synonyms: ["Traguardo", "Risultato atteso"], type: "text", required: false, description: "Traguardo atteso.", example: "Sicurezza della circolazione stradale" },
    { key: "target", header: "Target", synonyms: ["Valore atteso", "Obiettivo numerico"], type: "number", required: false, description: "Valore atteso dell'indicatore, se numerico.", example: "1.300" },
    { key: "unita", header: "Unità", synonyms: ["Unità di misura", "UdM"], type: "text", required: false, description: "Unità del target e del consuntivo (obbligatoria se c'è un target).", example: "interventi" },
    { key: "consuntivo", header: "Consuntivo", synonyms: ["Valore raggiunto", "Risultato numerico", "Valore consuntivo"], type: "number", required: false, description: "Valore raggiunto dell'indicatore, se numerico.", example: "1.050" },
    { key: "qualificatore", header: "Qualificatore", synonyms: ["Precisione", "Approssimazione"], type: "text", required: false, description: "«circa», «oltre», «almeno» quando il consuntivo non è esatto.", example: "circa" },
    { key: "direzione", header: "Direzione", synonyms: ["Polarità", "Verso"], type: "text", required: false, description: "«più è meglio» (predefinita), «meno è meglio» o «entro la scadenza».", example: "più è meglio" },
    { key: "dataConclusione", header: "Data di conclusione", synonyms: ["Conclusione", "Data completamento"], type: "date", required: false, description: "Per gli obiettivi «entro la scadenza»: quando è stato concluso.", example: "15/12/2024" },
    { key: "esito", header: "Esito", synonyms: ["Esito dichiarato", "Stato"], type: "text", required: true, description: "Raggiunto, parzialmente raggiunto, non raggiunto, in corso, non valutabile.", example: "parzialmente raggiunto" },
    { key: "risultati", header: "Risultati raggiunti", synonyms: ["Risultati", "Rendicontazione"], type: "text", required: true, description: "Risultati raggiunti, come testo della Relazione.", example: "Nel corso del 2024 sono stati realizzati circa n. 1050 interventi…" },
    { key: "motivazione", header: "Motivazione scostamento", synonyms: ["Motivazione", "Motivazione dello scostamento", "Cause dello scostamento"], type: "text", required: false, description: "Perché l'obiettivo non è stato raggiunto del tutto (obbligatoria se l'esito non è «raggiunto»).", example: "Due operatori assenti per lunghi periodi" },
  ],
};

/**
 * "Indicatori": further numeric measures of an objective beyond the one in "Obiettivi" (e.g. 30
 * pattuglie and 80 ore of the same objective), one per row, keyed by the objective's ID.
 */
export const INDICATORI_SPEC: TableSpec = {
  sheet: "Indicatori",
  sheetSynonyms: ["Indicatori obiettivi", "Misure", "Indicatori aggiuntivi"],
  required: false,
  missingConsequence: null,
  description: "Indicatori numerici aggiuntivi degli obiettivi, uno per riga.",
  columns: [
    { key: "id", header: "ID obiettivo", synonyms: ["ID", "Obiettivo", "Codice obiettivo"], type: "text", required: true, description: "Codice dell'obiettivo nel foglio Obiettivi.", example: "PL-01" },
    { key: "indicatore", header: "Indicatore", synonyms: ["Misura", "Descrizione"], type: "text", required: true, description: "Che cosa si misura.", example: "Ore di servizio aggiuntivo di polizia ambientale" },
    { key: "target", header: "Target", synonyms: ["Valore atteso"], type: "number", required: true, description: "Valore atteso.", example: "80" },
    { key: "unita", header: "Unità", synonyms: ["Unità di misura", "UdM"], type: "text", required: true, description: "Unità di misura.", example: "ore" },
    { key: "consuntivo", header: "Consuntivo", synonyms: ["Valore raggiunto"], type: "number", required: false, description: "Valore raggiunto.", example: "80" },
    { key: "qualificatore", header: "Qualificatore", synonyms: ["Precisione"], type: "text", required: false, description: "«circa», «oltre», «almeno».", example: "" },
    { key: "direzione", header: "Direzione", synonyms: ["Polarità", "Verso"], type: "text", required: false, description: "«più è meglio» (predefinita) o «meno è meglio».", example: "più è meglio" },
  ],
};
