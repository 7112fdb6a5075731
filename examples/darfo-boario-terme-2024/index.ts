import { CENSIMENTI_SHEET } from "./censimenti";
import { CONTROLLI_SHEET } from "./controlli";
import { DEMOGRAFIA_SHEET } from "./demografia";
import { ENTE_SHEET } from "./ente";
import { ENTRATE_SHEET } from "./entrate";
import { INDICATORI_SHEET } from "./indicatori";
import { OBIETTIVI_SHEET } from "./obiettivi";
import { PERSONALE_SHEET } from "./personale";
import { REDAZIONE_SHEET } from "./redazione";
import { PARAMETRI_SHEET, SCHEDE_DIPENDENTI_SHEET, SCHEDE_RESPONSABILI_SHEET } from "./schede";
import { ExampleSheet } from "./sheet";
import { SPESE_SHEET } from "./spese";
import { TESTI_SHEET } from "./testi";

/**
 * The input sheets of the Comune di Darfo Boario Terme for the Relazione sulla performance 2024, in tab
 * order. Figures and texts as published in the Relazione; the staff is fictional (see personale.ts).
 */
export const REFERENCE_SHEETS: readonly ExampleSheet[] = [
  ENTE_SHEET,
  DEMOGRAFIA_SHEET,
  CENSIMENTI_SHEET,
  PERSONALE_SHEET,
  ENTRATE_SHEET,
  SPESE_SHEET,
  CONTROLLI_SHEET,
  OBIETTIVI_SHEET,
  INDICATORI_SHEET,
  SCHEDE_DIPENDENTI_SHEET,
  SCHEDE_RESPONSABILI_SHEET,
  PARAMETRI_SHEET,
  REDAZIONE_SHEET,
  TESTI_SHEET,
];
