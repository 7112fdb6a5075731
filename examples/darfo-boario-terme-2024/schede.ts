import { BEHAVIOURS, MAX_OBIETTIVI, SCHEDE_DIPENDENTI_SPEC, SCHEDE_RESPONSABILI_SPEC, obiettivoKey } from "../../src/core/evaluations/spec";
import { FORMAT } from "../../src/core/output/sheet";
import { GRADE_PREFIX, PARAMETER_DEFINITIONS, PARAMETRI_SPEC } from "../../src/core/parameters/spec";
import { PERSONALE_SPEC } from "../../src/core/staff/spec";
import { PERSONALE_SHEET } from "./personale";
import { ExampleSheet, ExampleValue, column, entry } from "./sheet";

/*
 * DATI FITTIZI. Individual evaluations are personal data and the Relazione publishes none: these schede
 * are INVENTED, one for each of the 73 fictional employees of personale.ts, by the recipe below. They
 * exist to show the data model and to exercise the aggregates; no figure comes from a real scheda.
 */

const DISCLAIMER = "DATI FITTIZI: schede di valutazione inventate per i dipendenti fittizi del foglio «Personale»; nessuna valutazione reale.";

/** Value of column `key` of PERSONALE_SPEC in a row of the fictional staff. */
function personale(row: readonly ExampleValue[], key: string): ExampleValue {
  const header = entry(PERSONALE_SPEC.columns, key).header;
  return row[PERSONALE_SHEET.columns.findIndex((c) => c.header === header)];
}

const STAFF = PERSONALE_SHEET.rows.map((r) => ({
  matricola: String(personale(r, "matricola")),
  settore: String(personale(r, "settore")),
  responsabile: personale(r, "responsabile") === "Sì",
}));

/** Splits of the 60 points among 1, 2 or 3 objectives, used in turn. */
const SPLITS: readonly (readonly number[])[] = [[60], [30, 30], [20, 20, 20], [40, 20], [30, 15, 15]];

/** Share of the assigned points achieved, taken in turn objective after objective. */
const RATES = [1, 0.9, 0.8, 1, 0.75, 0.95, 0.85, 1, 0.7, 0.9, 0.6, 1, 0.5, 0.85];

/** Grades, taken in turn behaviour after behaviour (a stride of 5 over 11 entries mixes them). */
const GRADES = ["Buona", "Ampia", "Eccellente", "Sufficiente", "Ampia", "Buona", "Ampia", "Eccellente", "Scarsa", "Buona", "Ampia"];

const POINTS: Readonly<Record<string, number>> = { Nulla: 0, Scarsa: 2, Sufficiente: 3, Buona: 4, Ampia: 6, Eccellente: 8 };

/**
 * The recipe, for the k-th employee not responsabile (k from 0): the split SPLITS[k mod 5]; objective j
 * gets round(assigned × RATES[(3k + j) mod 14]) points; behaviour b the grade GRADES[(5k + b) mod 11];
 * the Totale is the sum, as the responsabile writes it; the valutatore is the settore's responsabile.
 */
function dipendentiRows(): ExampleValue[][] {
  return STAFF.filter((e) => !e.responsabile).map((e, k) => {
    const split = SPLITS[k % SPLITS.length];
    const objectives = Array.from({ length: MAX_OBIETTIVI }, (_, j): ExampleValue[] => {
      if (j >= split.length) return [null, null];
      return [split[j], Math.round(split[j] * RATES[(3 * k + j) % RATES.length])];
    });
    const grades = BEHAVIOURS.map((_, b) => GRADES[(5 * k + b) % GRADES.length]);
    const totale = objectives.reduce((s, [, o]) => s + (typeof o === "number" ? o : 0), 0) + grades.reduce((s, g) => s + POINTS[g], 0);
    return [e.matricola, `Responsabile ${e.settore}`, ...objectives.flat(), ...grades, totale];
  });
}

/** Invented schede of the five responsabili (obiettivi di ente attivi: 10 / 60 / 30): perf. organizzativa, strategici, gestionali, comportamento. */
const RESPONSABILI_SCORES: readonly (readonly [number, number, number, number])[] = [
  [9, 28, 27, 27],
  [9, 25, 30, 26],
  [9, 30, 26, 28],
  [9, 27, 24, 25],
  [9, 29, 29, 29],
];

function responsabiliRows(): ExampleValue[][] {
  const responsabili = STAFF.filter((e) => e.responsabile);
  if (responsabili.length !== RESPONSABILI_SCORES.length) throw new Error(`Responsabili nel personale (${responsabili.length}) e schede (${RESPONSABILI_SCORES.length}) non tornano.`);
  return responsabili.map((e, i) => {
    const [org, strategici, gestionali, comportamento] = RESPONSABILI_SCORES[i];
    return [e.matricola, "Sì", org, strategici, gestionali, comportamento, org + strategici + gestionali + comportamento];
  });
}

/** "Schede dipendenti": the fictional schede of the 68 employees not in posizione organizzativa. */
export const SCHEDE_DIPENDENTI_SHEET: ExampleSheet = {
  name: SCHEDE_DIPENDENTI_SPEC.sheet,
  titleRows: [DISCLAIMER],
  columns: [
    column(SCHEDE_DIPENDENTI_SPEC, "matricola", 11),
    column(SCHEDE_DIPENDENTI_SPEC, "valutatore", 44),
    ...Array.from({ length: MAX_OBIETTIVI }, (_, i) => [
      column(SCHEDE_DIPENDENTI_SPEC, obiettivoKey(i + 1, "assegnati"), 14, FORMAT.integer, true),
      column(SCHEDE_DIPENDENTI_SPEC, obiettivoKey(i + 1, "ottenuti"), 14, FORMAT.integer, true),
    ]).flat(),
    ...BEHAVIOURS.map((b) => column(SCHEDE_DIPENDENTI_SPEC, b.key, 16, undefined, true)),
    column(SCHEDE_DIPENDENTI_SPEC, "totale", 10, FORMAT.integer),
  ],
  rows: dipendentiRows(),
};

/** "Schede responsabili": the fictional schede of the five responsabili di servizio. */
export const SCHEDE_RESPONSABILI_SHEET: ExampleSheet = {
  name: SCHEDE_RESPONSABILI_SPEC.sheet,
  titleRows: [DISCLAIMER],
  columns: [
    column(SCHEDE_RESPONSABILI_SPEC, "matricola", 11),
    column(SCHEDE_RESPONSABILI_SPEC, "obiettiviEnte", 14, undefined, true),
    column(SCHEDE_RESPONSABILI_SPEC, "performanceOrganizzativa", 16, FORMAT.integer, true),
    column(SCHEDE_RESPONSABILI_SPEC, "obiettiviStrategici", 14, FORMAT.integer, true),
    column(SCHEDE_RESPONSABILI_SPEC, "obiettiviGestionali", 14, FORMAT.integer, true),
    column(SCHEDE_RESPONSABILI_SPEC, "comportamento", 16, FORMAT.integer, true),
    column(SCHEDE_RESPONSABILI_SPEC, "totale", 10, FORMAT.integer),
  ],
  rows: responsabiliRows(),
};

const param = (key: (typeof PARAMETER_DEFINITIONS)[number]["key"]): string => entry(PARAMETER_DEFINITIONS, key).name;

/** "Parametri": the SMVP of the seed's schede (scale, maxima), the esito thresholds and the score bands. */
export const PARAMETRI_SHEET: ExampleSheet = {
  name: PARAMETRI_SPEC.sheet,
  columns: [column(PARAMETRI_SPEC, "parametro", 64), column(PARAMETRI_SPEC, "valore", 18)],
  rows: [
    ...Object.entries(POINTS).map(([label, points]) => [`${GRADE_PREFIX} ${label}`, points]),
    [param("obiettiviDipendenti"), 60],
    [param("comportamentiDipendenti"), 40],
    [param("performanceOrganizzativa"), 10],
    [param("performanceIndividuale"), 60],
    [param("comportamentoResponsabili"), 30],
    [param("performanceIndividualeSenzaEnte"), 65],
    [param("comportamentoResponsabiliSenzaEnte"), 35],
    [param("punteggioMassimo"), 100],
    [param("sogliaRaggiunto"), "100%"],
    [param("sogliaParzialmente"), "50%"],
    [param("fasce"), "60; 70; 80; 90"],
  ],
};
