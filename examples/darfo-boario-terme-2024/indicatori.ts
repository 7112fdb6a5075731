import { FORMAT } from "../../src/core/output/sheet";
import { INDICATORI_SPEC } from "../../src/core/objectives/spec";
import { ExampleSheet, column } from "./sheet";

/**
 * "Indicatori": the second measure of the two Polizia Locale objectives whose Misurazione sets two
 * targets; the first measure is in "Obiettivi".
 */
export const INDICATORI_SHEET: ExampleSheet = {
  name: INDICATORI_SPEC.sheet,
  columns: [
    column(INDICATORI_SPEC, "id", 12),
    column(INDICATORI_SPEC, "indicatore", 60, undefined, true),
    column(INDICATORI_SPEC, "target", 10, FORMAT.integer),
    column(INDICATORI_SPEC, "unita", 16),
    column(INDICATORI_SPEC, "consuntivo", 12, FORMAT.integer),
    column(INDICATORI_SPEC, "qualificatore", 13),
    column(INDICATORI_SPEC, "direzione", 16),
  ],
  rows: [
    // "Effettuate, da cinque operatori, un totale di 80 ore per interventi di polizia ambientale"
    ["PL-01", "Ore di servizio aggiuntivo per interventi di polizia ambientale", 80, "ore", 80, null, "più è meglio"],
    // "Attesi … 2500 accertamenti"; "1.357 accertamenti per infrazioni del Codice della strada"
    ["PL-02", "Accertamenti per violazione al codice della strada", 2500, "accertamenti", 1357, null, "più è meglio"],
  ],
};
