import { TableSpec } from "../table/spec";

/** "Ente": one parameter per row (Parametro | Valore). Parameter names are listed in {@link ENTE_PARAMETERS}. */
export const ENTE_SPEC: TableSpec = {
  sheet: "Ente",
  sheetSynonyms: ["Parametri ente", "Anagrafica ente", "Comune"],
  required: true,
  description: "Dati generali dell'ente e dell'anno di riferimento, un parametro per riga.",
  columns: [
    { key: "parametro", header: "Parametro", synonyms: ["Voce", "Nome"], type: "text", required: true, description: "Nome del parametro (vedi elenco sotto).", example: "Comune" },
    { key: "valore", header: "Valore", synonyms: ["Dato"], type: "text", required: true, description: "Valore del parametro.", example: "Darfo Boario Terme" },
  ],
};

export interface EnteParameterSpec {
  readonly key: "comune" | "provincia" | "anno" | "periodoControlli" | "esecutoreControlli";
  readonly name: string;
  readonly synonyms: readonly string[];
  readonly required: boolean;
  readonly description: string;
  readonly example: string;
}

/** Parameters read from the "Ente" sheet. */
export const ENTE_PARAMETERS: readonly EnteParameterSpec[] = [
  { key: "comune", name: "Comune", synonyms: ["Ente", "Denominazione", "Nome del comune"], required: true, description: "Denominazione del comune.", example: "Darfo Boario Terme" },
  { key: "provincia", name: "Provincia", synonyms: [], required: false, description: "Provincia o città metropolitana.", example: "Brescia" },
  { key: "anno", name: "Anno", synonyms: ["Anno di riferimento", "Esercizio"], required: true, description: "Anno a cui si riferisce la Relazione (intero, 4 cifre).", example: "2024" },
  { key: "periodoControlli", name: "Periodo atti controllati", synonyms: ["Periodo controlli", "Periodo controllato"], required: false, description: "Periodo degli atti sottoposti al controllo successivo di regolarità amministrativa.", example: "secondo semestre 2023" },
  { key: "esecutoreControlli", name: "Esecutore dei controlli", synonyms: ["Controlli effettuati da", "Soggetto dei controlli"], required: false, description: "Chi ha effettuato il controllo successivo, come si legge dopo «effettuato».", example: "dal Segretario Generale/Vicesegretario, coadiuvato dalla struttura individuata" },
];
