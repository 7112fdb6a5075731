import { TableSpec } from "../table/spec";

/**
 * "Parametri": the comune's SMVP, one parameter per row (Parametro | Valore). Names are listed in
 * {@link PARAMETER_DEFINITIONS}, plus the grade rows "Giudizio <livello>" (see {@link GRADE_PREFIX}).
 */
export const PARAMETRI_SPEC: TableSpec = {
  sheet: "Parametri",
  sheetSynonyms: ["Parametri SMVP", "Parametri valutazione", "Sistema di valutazione", "SMVP"],
  required: false,
  missingConsequence: "valgono i parametri predefiniti (scala dei giudizi e punteggi del sistema di riferimento, soglie di esito 100% e 50%)",
  description:
    "Parametri del Sistema di misurazione e valutazione della performance (scala dei giudizi, punteggi massimi delle schede, soglie di esito degli obiettivi, fasce di punteggio), un parametro per riga; ogni parametro assente prende il valore del sistema di riferimento.",
  columns: [
    { key: "parametro", header: "Parametro", synonyms: ["Voce", "Nome"], type: "text", required: true, description: "Nome del parametro (vedi elenco sotto).", example: "Punti obiettivi dipendenti" },
    { key: "valore", header: "Valore", synonyms: ["Dato"], type: "text", required: true, description: "Valore del parametro: punti, percentuale o elenco di punteggi.", example: "60" },
  ],
};

/** What a parameter's Valore holds: points (number ≥ 0), a percentage, or a list of points ("60; 70; 80; 90"). */
export type ParameterKind = "points" | "percent" | "cuts";

/** Identifier of a parameter of the "Parametri" sheet (grade rows aside). */
export type ParameterKey =
  | "obiettiviDipendenti"
  | "comportamentiDipendenti"
  | "performanceOrganizzativa"
  | "performanceIndividuale"
  | "comportamentoResponsabili"
  | "performanceIndividualeSenzaEnte"
  | "comportamentoResponsabiliSenzaEnte"
  | "punteggioMassimo"
  | "sogliaRaggiunto"
  | "sogliaParzialmente"
  | "fasce";

/** One parameter of the "Parametri" sheet, as documented to the user. */
export interface ParameterDefinition {
  readonly key: ParameterKey;
  /** Italian name typed in the Parametro column. */
  readonly name: string;
  readonly synonyms: readonly string[];
  readonly kind: ParameterKind;
  readonly description: string;
  /** The seed's value, as a user would type it (the default). */
  readonly example: string;
}

/**
 * Rows whose Parametro starts with this word define the behaviour scale, one level per row: "Giudizio
 * Buona" | 4. When the sheet gives at least one valid level, those levels replace the whole default scale.
 */
export const GRADE_PREFIX = "Giudizio";

/** Parameters of the "Parametri" sheet besides the grade rows; all optional, defaults from the seed. */
export const PARAMETER_DEFINITIONS: readonly ParameterDefinition[] = [
  { key: "obiettiviDipendenti", name: "Punti obiettivi dipendenti", synonyms: ["Punteggio obiettivi dipendenti", "Punti obiettivi personale"], kind: "points", description: "Punti da assegnare agli obiettivi del personale non in posizione organizzativa (la somma dei punti assegnati deve valere questo).", example: "60" },
  { key: "comportamentiDipendenti", name: "Punti comportamenti dipendenti", synonyms: ["Punteggio comportamenti dipendenti", "Punti caratteristiche individuali"], kind: "points", description: "Punteggio massimo dei cinque comportamenti organizzativi del personale non in posizione organizzativa.", example: "40" },
  { key: "performanceOrganizzativa", name: "Punti performance organizzativa responsabili", synonyms: ["Punti performance organizzativa"], kind: "points", description: "Massimo della performance organizzativa dei responsabili quando sono attivi obiettivi di ente.", example: "10" },
  { key: "performanceIndividuale", name: "Punti performance individuale responsabili", synonyms: ["Punti performance individuale"], kind: "points", description: "Massimo della performance individuale (obiettivi strategici + gestionali) dei responsabili con obiettivi di ente attivi.", example: "60" },
  { key: "comportamentoResponsabili", name: "Punti comportamento organizzativo responsabili", synonyms: ["Punti comportamento organizzativo"], kind: "points", description: "Massimo del comportamento organizzativo dei responsabili con obiettivi di ente attivi.", example: "30" },
  { key: "performanceIndividualeSenzaEnte", name: "Punti performance individuale responsabili senza obiettivi di ente", synonyms: ["Punti performance individuale senza obiettivi di ente"], kind: "points", description: "Massimo della performance individuale dei responsabili quando non sono attivi obiettivi di ente.", example: "65" },
  { key: "comportamentoResponsabiliSenzaEnte", name: "Punti comportamento organizzativo responsabili senza obiettivi di ente", synonyms: ["Punti comportamento organizzativo senza obiettivi di ente"], kind: "points", description: "Massimo del comportamento organizzativo dei responsabili quando non sono attivi obiettivi di ente.", example: "35" },
  { key: "punteggioMassimo", name: "Punteggio massimo scheda", synonyms: ["Punteggio massimo", "Totale punti scheda"], kind: "points", description: "Punteggio totale massimo di ogni scheda di valutazione.", example: "100" },
  { key: "sogliaRaggiunto", name: "Soglia obiettivo raggiunto", synonyms: ["Soglia raggiunto", "Soglia esito raggiunto"], kind: "percent", description: "Grado di raggiungimento (consuntivo / target) da cui un obiettivo di performance è raggiunto.", example: "100%" },
  { key: "sogliaParzialmente", name: "Soglia obiettivo parzialmente raggiunto", synonyms: ["Soglia parzialmente raggiunto", "Soglia esito parzialmente raggiunto"], kind: "percent", description: "Grado di raggiungimento da cui un obiettivo è parzialmente raggiunto; sotto, non raggiunto.", example: "50%" },
  { key: "fasce", name: "Fasce di punteggio", synonyms: ["Fasce punteggio", "Soglie delle fasce di punteggio"], kind: "cuts", description: "Punteggi da cui inizia ogni fascia dopo la prima, crescenti e separati da punto e virgola: «60; 70; 80; 90» dà le fasce meno di 60, 60-70, 70-80, 80-90, 90-100.", example: "60; 70; 80; 90" },
];
