import { normalizeLabel } from "../text";

/** Which half of the rendiconto a sheet holds. */
export type BudgetSideKind = "entrate" | "spese";

/** One titolo of the D.Lgs. 118/2011 schema: its number and its name as the reference Relazione prints it. */
export interface TitoloDef {
  readonly numero: number;
  readonly nome: string;
}

/**
 * Titoli of the entrate (D.Lgs. 118/2011, all. 9-10, "Entrate per titoli"). There is no titolo 8:
 * the schema jumps from 7 (anticipazioni) to 9 (conto terzi e partite di giro).
 */
export const TITOLI_ENTRATE: readonly TitoloDef[] = [
  { numero: 1, nome: "Entrate correnti di natura tributaria, contributiva e perequativa" },
  { numero: 2, nome: "Trasferimenti correnti" },
  { numero: 3, nome: "Entrate extratributarie" },
  { numero: 4, nome: "Entrate in conto capitale" },
  { numero: 5, nome: "Entrate da riduzione di attività finanziarie" },
  { numero: 6, nome: "Accensione di prestiti" },
  { numero: 7, nome: "Anticipazioni da istituto tesoriere/cassiere" },
  { numero: 9, nome: "Entrate per conto di terzi e partite di giro" },
];

/**
 * Titoli of the spese (D.Lgs. 118/2011, all. 9-10, "Spese per titoli"). There is no titolo 6:
 * the schema jumps from 5 (chiusura anticipazioni) to 7 (conto terzi e partite di giro).
 */
export const TITOLI_SPESE: readonly TitoloDef[] = [
  { numero: 1, nome: "Spese correnti" },
  { numero: 2, nome: "Spese in conto capitale" },
  { numero: 3, nome: "Spese per incremento di attività finanziarie" },
  { numero: 4, nome: "Rimborsi di prestiti" },
  { numero: 5, nome: "Chiusura Anticipazioni da istituto tesoriere/cassiere" },
  { numero: 7, nome: "Spese per conto terzi e partite di giro" },
];

/** The titoli of one side, in schema order. */
export function titoliOf(side: BudgetSideKind): readonly TitoloDef[] {
  return side === "entrate" ? TITOLI_ENTRATE : TITOLI_SPESE;
}

/** The titolo `numero` of `side`, or undefined when the schema has no such titolo (entrate 8, spese 6, 10...). */
export function findTitolo(side: BudgetSideKind, numero: number): TitoloDef | undefined {
  return titoliOf(side).find((t) => t.numero === numero);
}

const ROMAN_VALUES: Readonly<Record<string, number>> = { i: 1, v: 5, x: 10 };
const ROMAN = /^x{0,3}(ix|iv|v?i{0,3})$/;

function parseRoman(s: string): number | undefined {
  if (s === "" || !ROMAN.test(s)) return undefined;
  let total = 0;
  for (let k = 0; k < s.length; k++) {
    const v = ROMAN_VALUES[s[k]];
    const next = k + 1 < s.length ? ROMAN_VALUES[s[k + 1]] : 0;
    total += v < next ? -v : v;
  }
  return total;
}

const TITOLO_TEXT = /^(?:titolo|tit)?\s*([0-9]+|[ivx]+)$/;

/**
 * Reads the number out of a Titolo cell: "1", "01", "Titolo 1", "TITOLO I" (roman, up to XXXIX),
 * "Tit. 1", "tit.IX". Returns undefined for anything else (blank, "Titolo", "1 bis", "Titolo 1 Spese
 * correnti"): the caller decides whether the row is a special row or an error. It does not check that
 * the titolo exists in the schema: see {@link findTitolo}.
 */
export function parseTitolo(text: string): number | undefined {
  const m = TITOLO_TEXT.exec(normalizeLabel(text));
  if (!m) return undefined;
  return /^[0-9]+$/.test(m[1]) ? Number(m[1]) : parseRoman(m[1]);
}
