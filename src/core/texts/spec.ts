import { TableSpec } from "../table/spec";

/** "Testi": the narrative the figures cannot produce, one paragraph per row, tagged with the block it belongs to. */
export const TESTI_SPEC: TableSpec = {
  sheet: "Testi",
  sheetSynonyms: ["Testi relazione", "Testo", "Narrativa"],
  required: false,
  description: "Testi liberi della Relazione, un paragrafo per riga; le righe che iniziano con «- » o «▪» diventano elenchi puntati.",
  columns: [
    { key: "blocco", header: "Blocco", synonyms: ["Sezione", "Paragrafo", "Parte"], type: "text", required: true, description: "Blocco della Relazione (vedi elenco sotto).", example: "Presentazione" },
    { key: "testo", header: "Testo", synonyms: ["Contenuto", "Paragrafo"], type: "text", required: true, description: "Un paragrafo o una voce di elenco.", example: "La Relazione è approvata dall'organo esecutivo." },
  ],
};

export type TextBlockKey =
  | "presentazione"
  | "contesto"
  | "censimenti"
  | "amministrazione"
  | "serviziCittadinanza"
  | "serviziInterni"
  | "criticita"
  | "valutazioneIndividuale"
  | "vincoli"
  | "pariOpportunita"
  | "nucleo"
  | "puntiForza";

/** Text blocks, in the order of the Relazione (as in the reference report of Darfo Boario Terme 2024). */
export const TEXT_BLOCKS: readonly { readonly key: TextBlockKey; readonly name: string; readonly synonyms: readonly string[]; readonly description: string }[] = [
  { key: "presentazione", name: "Presentazione", synonyms: ["Premessa", "Introduzione"], description: "Sezione 1: quadro normativo, atti del ciclo della performance." },
  { key: "contesto", name: "Contesto esterno", synonyms: ["Contesto"], description: "Sezione 2: descrizione del territorio; la frase sui residenti al 31/12 è calcolata." },
  { key: "censimenti", name: "Censimenti", synonyms: ["Note censimenti", "Popolazione legale"], description: "Commento alla serie dei censimenti, dopo la tabella." },
  { key: "amministrazione", name: "Amministrazione", synonyms: ["Struttura organizzativa", "Organizzazione"], description: "Sezione 2: struttura organizzativa e ordinamento del personale." },
  { key: "serviziCittadinanza", name: "Servizi alla cittadinanza", synonyms: ["Servizi resi alla cittadinanza", "Servizi esterni"], description: "Elenco dei servizi resi alla cittadinanza." },
  { key: "serviziInterni", name: "Servizi interni", synonyms: ["Servizi a rilevanza interna"], description: "Elenco dei servizi a rilevanza interna." },
  { key: "criticita", name: "Criticità e opportunità", synonyms: ["Criticità", "Le criticità e le opportunità"], description: "Commento aggiunto alle frasi calcolate su età e part-time." },
  { key: "valutazioneIndividuale", name: "Valutazione individuale", synonyms: ["Obiettivi individuali", "Sistema di valutazione individuale"], description: "Sezione 3: come si assegnano gli obiettivi individuali e chi valuta; segue la descrizione delle schede, calcolata dai parametri." },
  { key: "vincoli", name: "Vincoli di finanza pubblica", synonyms: ["Vincoli", "Finanza pubblica"], description: "Sezione 4: rispetto dei vincoli di finanza pubblica." },
  { key: "pariOpportunita", name: "Pari opportunità", synonyms: ["Pari opportunità e bilancio di genere"], description: "Sezione 5: azioni per le pari opportunità; la frase sulla distribuzione di genere è calcolata." },
  { key: "nucleo", name: "Organismo di valutazione", synonyms: ["Nucleo di valutazione", "Attività dell'organismo di valutazione", "OIV"], description: "Sezione 6: attività del Nucleo/OIV nell'anno." },
  { key: "puntiForza", name: "Punti di forza e di debolezza", synonyms: ["Punti di forza", "Punti di forza e debolezza"], description: "Sezione 6: punti di forza e di debolezza del ciclo." },
];
