import { DEMOGRAFIA_SPEC, MOVIMENTO_ITEMS, MovimentoItem } from "../../src/core/demography/spec";
import { FORMAT } from "../../src/core/output/sheet";
import { ExampleSheet, column, entry } from "./sheet";

const label = (key: MovimentoItem): string => entry(MOVIMENTO_ITEMS, key).label;

/** "Demografia": the table "MOVIMENTO DEMOGRAFICO della popolazione residente" of section 2 (year 2024). */
export const DEMOGRAFIA_SHEET: ExampleSheet = {
  name: DEMOGRAFIA_SPEC.sheet,
  columns: [
    column(DEMOGRAFIA_SPEC, "voce", 30),
    column(DEMOGRAFIA_SPEC, "maschi", 12, FORMAT.integer),
    column(DEMOGRAFIA_SPEC, "femmine", 12, FORMAT.integer),
    column(DEMOGRAFIA_SPEC, "totale", 12, FORMAT.integer),
    column(DEMOGRAFIA_SPEC, "famiglie", 12, FORMAT.integer),
  ],
  rows: [
    [label("inizio"), 7833, 7940, 15773, 6839],
    [label("nati"), 46, 59, 105, null],
    [label("morti"), 69, 68, 137, null],
    [label("iscritti"), 330, 291, 621, null],
    [label("cancellati"), 252, 227, 479, null],
    [label("fine"), 7888, 7995, 15883, 6888],
  ],
};
