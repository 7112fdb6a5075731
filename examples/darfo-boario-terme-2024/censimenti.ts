import { CENSIMENTI_SPEC } from "../../src/core/demography/spec";
import { FORMAT } from "../../src/core/output/sheet";
import { ExampleSheet, column } from "./sheet";

/** The footnote marked (*) in the seed, typed with the seed's straight apostrophe. */
const COMUNI_SEPARATI = "Fino all'anno 1929 Darfo, Erbanno e Gorzone formavano Comuni separati: nella colonna TOTALE è riportata la somma dei tre Comuni.";

/**
 * "Censimenti": "Popolazione legale registrata ai Censimenti" of section 2. Maschi and Femmine are
 * published only from 1951. The 1951 row is kept as published although 4.698 + 5.151 = 9.849 ≠ 9.585.
 */
export const CENSIMENTI_SHEET: ExampleSheet = {
  name: CENSIMENTI_SPEC.sheet,
  columns: [
    column(CENSIMENTI_SPEC, "anno", 8),
    column(CENSIMENTI_SPEC, "maschi", 10, FORMAT.integer),
    column(CENSIMENTI_SPEC, "femmine", 10, FORMAT.integer),
    column(CENSIMENTI_SPEC, "totale", 10, FORMAT.integer),
    column(CENSIMENTI_SPEC, "nota", 60, undefined, true),
  ],
  rows: [
    [1861, null, null, 3234, COMUNI_SEPARATI],
    [1871, null, null, 3404, COMUNI_SEPARATI],
    [1881, null, null, 3710, COMUNI_SEPARATI],
    [1901, null, null, 4141, COMUNI_SEPARATI],
    [1911, null, null, 5628, COMUNI_SEPARATI],
    [1921, null, null, 6145, COMUNI_SEPARATI],
    [1931, null, null, 6678, null],
    [1936, null, null, 7155, null],
    [1951, 4698, 5151, 9585, null],
    [1961, 5454, 5885, 11339, null],
    [1971, 5950, 6218, 12168, null],
    [1981, 6303, 6623, 12926, null],
    [1991, 6490, 6716, 13206, null],
    [2001, 6649, 6941, 13590, null],
    [2011, 7636, 7888, 15524, null],
  ],
};
