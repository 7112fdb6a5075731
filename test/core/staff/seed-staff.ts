import { CellValue, SheetData } from "../../../src/core/cell";
import { EnteContext } from "../../../src/core/ente/context";

/** Context of the seed: Relazione 2024 of the Comune di Darfo Boario Terme. */
export const SEED_CTX: EnteContext = { comune: "Darfo Boario Terme", provincia: "BS", anno: 2024 };

/** Residents at 31/12/2024 in the seed (demographic table). */
export const SEED_RESIDENTS = 15883;

export const HEADER = ["Matricola", "Settore", "Area", "Sesso", "Data di nascita", "Età", "Responsabile di servizio", "Rapporto", "Part-time %"];

type Band = "<=30" | "31-40" | "41-50" | ">50";
type PtClass = "full" | "<=50" | ">50";
/** [area as typed, sex, age band, responsabile, part-time class, rapporto, how many] */
type Group = [string, "M" | "F", Band, boolean, PtClass, "Tempo indeterminato" | "Tempo determinato", number];

/** One age per band; 28, 36, 45, 58 give a mean age computed by hand in the tests. */
export const BAND_AGE: Readonly<Record<Band, number>> = { "<=30": 28, "31-40": 36, "41-50": 45, ">50": 58 };

const TI = "Tempo indeterminato" as const;

/**
 * A fictional staff whose marginals are the seed's four tables (tempo indeterminato by area × sex with
 * responsabili 3 2 / 2 3 / 13 32 / 12 5 / 1 0; age bands 1 3 / 2 6 / 7 7 / 21 26; part-time ≤50% 2 1,
 * >50% 2 16; nobody a tempo determinato). Area names are typed in several ways on purpose.
 */
export const SEED_GROUPS: readonly Group[] = [
  // Men (31)
  ["Funzionari EQ", "M", ">50", true, "full", TI, 3],
  ["Area dei Funzionari e dell'Elevata Qualificazione", "M", "41-50", false, "full", TI, 1],
  ["D3", "M", ">50", false, "full", TI, 1],
  ["Istruttori", "M", "<=30", false, "full", TI, 1],
  ["Istruttori", "M", "31-40", false, "full", TI, 2],
  ["Istruttori", "M", "41-50", false, ">50", TI, 1],
  ["cat. C", "M", "41-50", false, "full", TI, 2],
  ["C1", "M", ">50", false, "<=50", TI, 1],
  ["Istruttori", "M", ">50", false, "full", TI, 6],
  ["Operatori esperti", "M", "41-50", false, "full", TI, 3],
  ["B3", "M", ">50", false, "<=50", TI, 1],
  ["Operatori esperti", "M", ">50", false, ">50", TI, 1],
  ["Operatori esperti", "M", ">50", false, "full", TI, 7],
  ["Operatori", "M", ">50", false, "full", TI, 1],
  // Women (42)
  ["Funzionari EQ", "F", ">50", true, "full", TI, 2],
  ["Funzionari", "F", "31-40", false, "full", TI, 1],
  ["Funzionari", "F", "41-50", false, "full", TI, 1],
  ["Funzionari", "F", ">50", false, "full", TI, 1],
  ["Istruttori", "F", "<=30", false, ">50", TI, 1],
  ["Istruttori", "F", "<=30", false, "full", TI, 2],
  ["Istruttori", "F", "31-40", false, ">50", TI, 3],
  ["Istruttori", "F", "31-40", false, "full", TI, 2],
  ["Istruttori", "F", "41-50", false, ">50", TI, 4],
  ["Istruttori", "F", "41-50", false, "full", TI, 1],
  ["Istruttori", "F", ">50", false, "<=50", TI, 1],
  ["Istruttori", "F", ">50", false, ">50", TI, 6],
  ["Istruttori", "F", ">50", false, "full", TI, 12],
  ["Operatori esperti", "F", "41-50", false, ">50", TI, 1],
  ["Operatori esperti", "F", ">50", false, ">50", TI, 1],
  ["Operatori esperti", "F", ">50", false, "full", TI, 3],
];

/**
 * Rows of the "Personale" sheet for `groups`, one per person: matricole D001…; the age is given as a
 * birth date, as an age, or as both (consistent), in turn; part-time as 50, 0,3 (a ratio in a %
 * cell), 83,33 or 66; full time as blank or 100.
 */
export function staffRows(groups: readonly Group[], anno = 2024): CellValue[][] {
  const rows: CellValue[][] = [];
  for (const [area, sex, band, resp, pt, rapporto, count] of groups) {
    for (let k = 0; k < count; k++) {
      const i = rows.length;
      const age = BAND_AGE[band];
      const birth = new Date(Date.UTC(anno - age, i % 12, 1 + (i % 28)));
      const ptValue = pt === "full" ? (i % 2 === 0 ? null : 100) : pt === "<=50" ? (i % 2 === 0 ? 50 : 0.3) : i % 2 === 0 ? 83.33 : 66;
      rows.push([
        `D${String(i + 1).padStart(3, "0")}`,
        "Settore Amministrativo",
        area,
        sex,
        i % 3 === 1 ? null : birth,
        i % 3 === 0 ? null : age,
        resp ? "Sì" : i % 2 === 0 ? "No" : null,
        rapporto,
        ptValue,
      ]);
    }
  }
  return rows;
}

/** The "Personale" sheet with the header in row 1 (firstRow = firstCol = 1): data start in row 2. */
export function staffSheet(rows: readonly (readonly CellValue[])[], header: readonly CellValue[] = HEADER): SheetData {
  return { name: "Personale", rows: [header, ...rows], firstRow: 1, firstCol: 1 };
}

/** The seed's 73 employees. */
export const seedSheet = (): SheetData => staffSheet(staffRows(SEED_GROUPS));
