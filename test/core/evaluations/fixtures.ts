import { CellValue, SheetData } from "../../../src/core/cell";
import { EnteContext } from "../../../src/core/ente/context";
import { PersonaleEntry } from "../../../src/core/evaluations/personale";
import { sheetOf } from "./sheet-data";

export const CTX: EnteContext = { comune: "Darfo Boario Terme", anno: 2024 };

/** Columns A…N. */
export const DIP_HEADER = [
  "Matricola",
  "Valutatore",
  "Obiettivo 1 punti assegnati",
  "Obiettivo 1 punti ottenuti",
  "Obiettivo 2 punti assegnati",
  "Obiettivo 2 punti ottenuti",
  "Obiettivo 3 punti assegnati",
  "Obiettivo 3 punti ottenuti",
  "Interpretazione del ruolo",
  "Rilevazione dei miglioramenti",
  "Livelli di interazione",
  "Cadenza e ritmi di lavoro",
  "Attenzione ai clienti",
  "Totale",
];

/**
 * Clean schede, rows 2-5 (totals by hand):
 * DIP-001: objectives 27 + 24 = 51, behaviours 4 + 6 + 8 + 3 + 4 = 25 → 76 (typed 76);
 * DIP-002: objective 45, behaviours 6 + 6 + 4 + 8 + 2 = 26 → 71 (grades typed as label, number, "buona 4");
 * DIP-003: objectives 20 + 20 + 10 = 50, behaviours 5 × 8 = 40 → 90 (typed 90);
 * DIP-004: objective 60, behaviours 5 × 4 = 20 → 80.
 */
export function dipRows(): CellValue[][] {
  return [
    DIP_HEADER,
    ["DIP-001", "Responsabile Settore A", 30, 27, 30, 24, null, null, "Buona", "Ampia", "Eccellente", "Sufficiente", "Buona", 76],
    ["DIP-002", null, 60, 45, null, null, null, null, "Ampia", 6, "buona 4", "Eccellente", "Scarsa", null],
    ["DIP-003", "Responsabile Settore B", 20, 20, 20, 20, 20, 10, "Eccellente", "Eccellente", "Eccellente", "Eccellente", "Eccellente", 90],
    ["DIP-004", null, 60, 60, null, null, null, null, "Buona", "Buona", "Buona", "Buona", "Buona", null],
  ];
}

/** Columns A…G. */
export const RESP_HEADER = ["Matricola", "Obiettivi di ente attivi", "Performance organizzativa", "Obiettivi strategici", "Obiettivi gestionali", "Comportamento organizzativo", "Totale"];

/**
 * Clean schede, rows 2-3: RESP-01 with obiettivi di ente 9 + (30 + 28) + 27 = 94 (typed 94);
 * RESP-02 without: 0 + (32 + 30) + 33 = 95 (62 ≤ 65, 33 ≤ 35).
 */
export function respRows(): CellValue[][] {
  return [RESP_HEADER, ["RESP-01", "Sì", 9, 30, 28, 27, 94], ["RESP-02", "No", null, 32, 30, 33, null]];
}

/** The six employees: DIP-001, -002, -004 Istruttori; DIP-003 Operatori esperti; the two responsabili Funzionari. */
export const PERSONALE: readonly PersonaleEntry[] = [
  { matricola: "DIP-001", responsabile: false, area: "istruttori", settore: "Settore A" },
  { matricola: "DIP-002", responsabile: false, area: "istruttori", settore: "Settore A" },
  { matricola: "DIP-003", responsabile: false, area: "operatoriEsperti", settore: "Settore B" },
  { matricola: "DIP-004", responsabile: false, area: "istruttori", settore: "Settore A" },
  { matricola: "RESP-01", responsabile: true, area: "funzionari", settore: "Settore A" },
  { matricola: "RESP-02", responsabile: true, area: "funzionari", settore: "Settore B" },
];

export const MATRICOLE = PERSONALE.map((p) => p.matricola);

export const dipSheet = (rows: CellValue[][] = dipRows()): SheetData => sheetOf("Schede dipendenti", rows);
export const respSheet = (rows: CellValue[][] = respRows()): SheetData => sheetOf("Schede responsabili", rows);
