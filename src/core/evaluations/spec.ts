import { ColumnSpec, TableSpec } from "../table/spec";

const MATRICOLA: ColumnSpec = {
  key: "matricola",
  header: "Matricola",
  synonyms: ["Codice", "ID", "Codice dipendente", "Identificativo"],
  type: "text",
  required: true,
  description: "Matricola del dipendente, come nel foglio «Personale».",
  example: "D012",
};

const TOTALE: ColumnSpec = {
  key: "totale",
  header: "Totale",
  synonyms: ["Totale punteggio", "Punteggio totale", "Totale punteggio attribuito", "Punteggio finale"],
  type: "number",
  unit: "punti",
  required: false,
  nonNegative: true,
  description: "Punteggio totale scritto sulla scheda; facoltativo, se indicato è confrontato con la somma delle componenti.",
  example: "87",
};

/** Number of objectives a scheda of the personale non in posizione organizzativa may hold (seed: "da 1 a 3"). */
export const MAX_OBIETTIVI = 3;

/** Key of the column of objective `n` (1-based): assigned or achieved points. */
export const obiettivoKey = (n: number, what: "assegnati" | "ottenuti"): string => `obiettivo${n}${what === "assegnati" ? "Assegnati" : "Ottenuti"}`;

function obiettivoColumns(n: number): ColumnSpec[] {
  const required = n === 1;
  return [
    {
      key: obiettivoKey(n, "assegnati"),
      header: `Obiettivo ${n} punti assegnati`,
      synonyms: [`Obiettivo ${n} assegnati`, `Obiettivo ${n} punteggio assegnato`, `Punti assegnati obiettivo ${n}`, `Ob. ${n} assegnati`],
      type: "number",
      unit: "punti",
      required,
      nonNegative: true,
      description: `Punteggio preventivo assegnato all'obiettivo ${n}; i punti assegnati a tutti gli obiettivi sommano a 60.${required ? "" : " Vuoto se l'obiettivo non c'è."}`,
      example: n === 1 ? "30" : "15",
    },
    {
      key: obiettivoKey(n, "ottenuti"),
      header: `Obiettivo ${n} punti ottenuti`,
      synonyms: [`Obiettivo ${n} ottenuti`, `Obiettivo ${n} punteggio finale`, `Obiettivo ${n} raggiunti`, `Punti ottenuti obiettivo ${n}`, `Ob. ${n} ottenuti`],
      type: "number",
      unit: "punti",
      required,
      nonNegative: true,
      description: `Punteggio finale dell'obiettivo ${n}, non superiore a quello assegnato.`,
      example: n === 1 ? "27" : "15",
    },
  ];
}

/** A behaviour of the scheda "Valutazione caratteristiche individuali", in the seed's order. */
export interface BehaviourSpec {
  readonly key: "interpretazioneRuolo" | "rilevazioneMiglioramenti" | "livelliInterazione" | "cadenzaRitmi" | "attenzioneClienti";
  /** Column header and the wording of the Relazione's text. */
  readonly header: string;
}

/** Column key of a behaviour, also the key of SchedaDipendente.comportamenti. */
export type BehaviourKey = BehaviourSpec["key"];

/** The five behaviours of the seed's scheda (personale non in posizione organizzativa). */
export const BEHAVIOURS: readonly BehaviourSpec[] = [
  { key: "interpretazioneRuolo", header: "Interpretazione del ruolo" },
  { key: "rilevazioneMiglioramenti", header: "Rilevazione dei miglioramenti" },
  { key: "livelliInterazione", header: "Livelli di interazione" },
  { key: "cadenzaRitmi", header: "Cadenza e ritmi di lavoro" },
  { key: "attenzioneClienti", header: "Attenzione ai clienti" },
];

/**
 * "Schede dipendenti": the evaluation of the personale non in posizione organizzativa, one scheda per
 * row, as the seed's two schede (obiettivi /60 and caratteristiche individuali /40). Personal data: it
 * feeds aggregates only.
 */
export const SCHEDE_DIPENDENTI_SPEC: TableSpec = {
  sheet: "Schede dipendenti",
  sheetSynonyms: ["Schede personale", "Valutazioni dipendenti", "Schede di valutazione dipendenti", "Valutazione personale"],
  required: false,
  description:
    "Schede di valutazione del personale non in posizione organizzativa, una per dipendente: punti assegnati e ottenuti per obiettivo (da 1 a 3, assegnati in tutto 60) e giudizio sui cinque comportamenti. Dati personali: la Relazione ne riporta solo aggregati.",
  columns: [
    MATRICOLA,
    { key: "valutatore", header: "Valutatore", synonyms: ["Responsabile valutatore", "Valutato da"], type: "text", required: false, description: "Chi ha compilato la scheda (il responsabile del servizio).", example: "Responsabile Settore Polizia Locale" },
    ...Array.from({ length: MAX_OBIETTIVI }, (_, i) => obiettivoColumns(i + 1)).flat(),
    ...BEHAVIOURS.map(
      (b): ColumnSpec => ({ key: b.key, header: b.header, synonyms: [], type: "text", required: true, description: "Giudizio: Nulla (0), Scarsa (2), Sufficiente (3), Buona (4), Ampia (6), Eccellente (8), o il suo punteggio (scala del foglio «Parametri»).", example: "Buona" }),
    ),
    TOTALE,
  ],
};

/**
 * "Schede responsabili": the scheda valutativa of the responsabili di servizio titolari di posizione
 * organizzativa / elevata qualificazione, one per row: performance organizzativa (if obiettivi di ente
 * are active), performance individuale (obiettivi strategici + gestionali) and comportamento organizzativo.
 */
export const SCHEDE_RESPONSABILI_SPEC: TableSpec = {
  sheet: "Schede responsabili",
  sheetSynonyms: ["Schede posizioni organizzative", "Schede PO", "Schede EQ", "Valutazioni responsabili", "Valutazione responsabili"],
  required: false,
  description:
    "Schede di valutazione dei responsabili di servizio (posizione organizzativa / elevata qualificazione), una per responsabile: performance organizzativa, obiettivi strategici e gestionali, comportamento organizzativo. Dati personali: la Relazione ne riporta solo aggregati.",
  columns: [
    MATRICOLA,
    { key: "obiettiviEnte", header: "Obiettivi di ente attivi", synonyms: ["Obiettivi ente attivi", "Obiettivi di ente"], type: "boolean", required: true, description: "Sì se sono attivi obiettivi di ente (performance organizzativa fino a 10 punti), No altrimenti (i punti passano alle altre componenti: 65 e 35).", example: "Sì" },
    { key: "performanceOrganizzativa", header: "Performance organizzativa", synonyms: ["Punti performance organizzativa"], type: "number", unit: "punti", required: true, nonNegative: true, description: "Punti della performance organizzativa (massimo 10); vuoto o 0 se non sono attivi obiettivi di ente.", example: "9" },
    { key: "obiettiviStrategici", header: "Obiettivi strategici", synonyms: ["Punti obiettivi strategici"], type: "number", unit: "punti", required: true, nonNegative: true, description: "Punti degli obiettivi strategici (0 se non assegnati).", example: "28" },
    { key: "obiettiviGestionali", header: "Obiettivi gestionali", synonyms: ["Punti obiettivi gestionali"], type: "number", unit: "punti", required: true, nonNegative: true, description: "Punti degli obiettivi gestionali (0 se non assegnati); con gli strategici fanno la performance individuale, massimo 60 (65 senza obiettivi di ente).", example: "27" },
    { key: "comportamento", header: "Comportamento organizzativo", synonyms: ["Comportamento manageriale", "Comportamento", "Punti comportamento organizzativo"], type: "number", unit: "punti", required: true, nonNegative: true, description: "Punti del comportamento organizzativo, massimo 30 (35 senza obiettivi di ente).", example: "27" },
    TOTALE,
  ],
};
