import { CONTROLLI_SPEC } from "../../src/core/controls/spec";
import { FORMAT } from "../../src/core/output/sheet";
import { ExampleSheet, column } from "./sheet";

/**
 * "Controlli": the acts of the secondo semestre 2023 examined in 2024, listed under the objective
 * "Attuazione del sistema dei controlli interni" of section 3 (57 atti in all).
 */
export const CONTROLLI_SHEET: ExampleSheet = {
  name: CONTROLLI_SPEC.sheet,
  columns: [
    column(CONTROLLI_SPEC, "settore", 80),
    column(CONTROLLI_SPEC, "atti", 16, FORMAT.integer),
    column(CONTROLLI_SPEC, "nota", 36),
  ],
  rows: [
    ["Settore Amministrativo Affari generali", 2, null],
    ["Settore Finanziario e Tributi", 8, null],
    ["Settore Sociali e Istruzione", 9, null],
    ["Settore Lavori Pubblici e Manutenzioni", 14, null],
    ["Settore Urbanistica ed Edilizia Privata, Patrimonio, Commercio e attività produttive", 5, null],
    ["Settore Politiche Abitative, Energetiche e Telecomunicazioni", 2, null],
    ["Settore Polizia Locale", 13, null],
    ["Servizio Transizione Digitale", 1, null],
    ["Segretario Generale / Settore Servizi Demografici e contratti", 3, "controllo a cura del Vicesegretario"],
  ],
};
