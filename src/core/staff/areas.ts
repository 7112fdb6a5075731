import { normalizeLabel } from "../text";

/**
 * The four areas of the classification of non-managerial staff introduced by the CCNL Funzioni Locali
 * 2019-2021 (signed 16/11/2022, art. 12, in force from 1/4/2023), from the highest to the lowest.
 */
export type AreaCode = "funzionari" | "istruttori" | "operatoriEsperti" | "operatori";

/** One area of the CCNL Funzioni Locali 2019-2021 with the wording of the Relazione. */
export interface AreaInfo {
  readonly code: AreaCode;
  /** Row label of the Relazione's tables, after the column header "area" (seed wording). */
  readonly label: string;
  /** Full name as the CCNL writes it, e.g. "Area degli Istruttori". */
  readonly name: string;
  /** The pre-2023 category (CCNL 31/3/1999) the area replaces. */
  readonly exCategoria: "D" | "C" | "B" | "A";
}

/** The four areas, highest first: the row order of the Relazione's staff tables. */
export const AREAS: readonly AreaInfo[] = [
  { code: "funzionari", label: "dei Funzionari e dell'elevata qualificazione (ex categoria D)", name: "Area dei Funzionari e dell'Elevata Qualificazione", exCategoria: "D" },
  { code: "istruttori", label: "degli Istruttori (ex categoria C)", name: "Area degli Istruttori", exCategoria: "C" },
  { code: "operatoriEsperti", label: "degli Operatori esperti (ex categoria B e accesso B3)", name: "Area degli Operatori esperti", exCategoria: "B" },
  { code: "operatori", label: "degli Operatori (ex categoria A)", name: "Area degli Operatori", exCategoria: "A" },
];

/** The area record of a code. */
export function areaInfo(code: AreaCode): AreaInfo {
  return AREAS.find((a) => a.code === code) as AreaInfo;
}

const CATEGORY_TO_AREA: Readonly<Record<string, AreaCode>> = { d: "funzionari", c: "istruttori", b: "operatoriEsperti", a: "operatori" };

// "C", "cat. C", "ex cat. D", "categoria B3", "C1", "D 3": the old category letter with an optional economic position.
const CATEGORY = /^(?:area )?(?:ex )?(?:cat|categoria|categorie)? ?([abcd]) ?[1-8]?$/;

/**
 * Reads the area as people type it: the CCNL name in any form ("Area degli istruttori", "Istruttori",
 * "Funzionari EQ", "Elevata qualificazione", "Operatori esperti"), the seed's table label, the old
 * category with or without economic position ("C", "cat. C", "C1", "D3", "B3", "ex categoria A"), or a
 * pre-2023 profile name whose category is unambiguous ("Istruttore direttivo" = D, "Esecutore" and
 * "Collaboratore" = B). Case, accents and punctuation are ignored. Returns undefined for anything else
 * (e.g. "Dirigente", "Segretario"), which are outside the four areas.
 * Source: CCNL Funzioni Locali 2019-2021, art. 12 and Tabella B (trasposizione delle categorie nelle aree).
 */
export function parseArea(text: string): AreaCode | undefined {
  const n = normalizeLabel(text);
  if (n === "") return undefined;
  const words = n.split(" ");
  if (n.includes("funzionar") || n.includes("elevata qualificazione") || words.includes("eq")) return "funzionari";
  if (n.includes("istrutt")) return n.includes("direttiv") ? "funzionari" : "istruttori";
  if (n.includes("operator")) return n.includes("espert") ? "operatoriEsperti" : "operatori";
  if (n.startsWith("esecutor") || n.startsWith("collaborator")) return "operatoriEsperti";
  const m = CATEGORY.exec(n);
  return m ? CATEGORY_TO_AREA[m[1]] : undefined;
}
