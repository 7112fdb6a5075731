import { ENTE_PARAMETERS, ENTE_SPEC } from "../../src/core/ente/spec";
import { ExampleSheet, column, entry } from "./sheet";

const name = (key: (typeof ENTE_PARAMETERS)[number]["key"]): string => entry(ENTE_PARAMETERS, key).name;

/** "Ente": general data of the comune, as on the cover and in section 3 of the Relazione 2024. */
export const ENTE_SHEET: ExampleSheet = {
  name: ENTE_SPEC.sheet,
  columns: [column(ENTE_SPEC, "parametro", 28), column(ENTE_SPEC, "valore", 30)],
  rows: [
    [name("comune"), "Darfo Boario Terme"],
    [name("provincia"), "Brescia"],
    [name("anno"), 2024],
    [name("periodoControlli"), "secondo semestre 2023"],
    [name("esecutoreControlli"), "dal Segretario Generale/Vicesegretario, coadiuvato dalla struttura individuata"],
  ],
};
