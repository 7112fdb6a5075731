import { SheetData, cellAddress } from "../cell";
import { Finding, avviso, errore } from "../finding";
import { readTable } from "../table/read-table";
import { joinItalian } from "../narrative/italian";
import { REDAZIONE_SPEC } from "./spec";

/** One phase of drafting the Relazione, as the SMVP of the comune sets it out. */
export interface RedazionePhase {
  /** What is done, e.g. "Approvazione Relazione sulla performance 2024". */
  readonly fase: string;
  /** Who does it, e.g. "Giunta Comunale". */
  readonly soggetti: string;
  /** By when, e.g. "Entro maggio 2025". */
  readonly tempi: string;
}

/** Outcome of reading the "Redazione" sheet; `phases` is undefined when there is no complete phase to show. */
export interface RedazioneRead {
  readonly findings: readonly Finding[];
  readonly phases?: readonly RedazionePhase[];
}

const FIELDS = ["fase", "soggetti", "tempi"] as const;
const FIELD_HEADERS = joinItalian(REDAZIONE_SPEC.columns.filter((c) => c.required).map((c) => `«${c.header}»`));

/**
 * Reads the "Redazione" sheet (Fase | Soggetti | Tempi, see {@link REDAZIONE_SPEC}): the phases, in sheet order.
 * Raises, besides the table findings of {@link readTable}:
 * - REDAZ_CAMPO_MANCANTE (errore): a row with a blank Fase, Soggetti or Tempi, naming the blank cell; the row is left out;
 * - REDAZ_NESSUNA_FASE (avviso): the sheet has a header but no phase below it.
 * An absent sheet (`undefined`) gives no phases and no finding: `loadInputs` (src/core/inputs.ts) already reports it.
 */
export function readRedazione(sheet: SheetData | undefined): RedazioneRead {
  if (!sheet) return { findings: [] };
  const table = readTable(sheet, REDAZIONE_SPEC);
  const findings: Finding[] = [...table.findings];
  if (FIELDS.some((f) => !table.present.has(f))) return { findings };
  const name = sheet.name;
  const phases: RedazionePhase[] = [];
  // A phase called "Totale…" is unlikely but still a phase: keep sheet order.
  const rows = [...table.rows, ...table.totalRows].sort((a, b) => a.row - b.row);
  for (const row of rows) {
    const text = (key: (typeof FIELDS)[number]): string | undefined => {
      const v = row.values[key];
      return typeof v === "string" && v !== "" ? v : undefined;
    };
    const [fase, soggetti, tempi] = FIELDS.map(text);
    // Unreadable cells already carry their TIPO_NON_VALIDO errore.
    const blank = FIELDS.filter((f) => text(f) === undefined && !row.invalid.has(f));
    for (const key of blank) {
      const cell = row.address(key);
      const header = REDAZIONE_SPEC.columns.find((c) => c.key === key)?.header ?? key;
      const which = fase !== undefined ? `della fase «${fase}»` : `della riga ${row.row}`;
      findings.push(errore("REDAZ_CAMPO_MANCANTE", name, cell, `Foglio «${name}», cella ${cell}: manca «${header}» ${which}; ogni fase richiede ${FIELD_HEADERS}, quindi la riga non viene riportata.`));
    }
    if (fase !== undefined && soggetti !== undefined && tempi !== undefined) phases.push({ fase, soggetti, tempi });
  }
  if (rows.length === 0) {
    const cell = cellAddress(sheet.firstRow + sheet.rows.length, sheet.firstCol);
    findings.push(avviso("REDAZ_NESSUNA_FASE", name, cell, `Il foglio «${name}» non contiene alcuna fase sotto l'intestazione: la tabella del processo di redazione (sezione 6) non sarà scritta.`));
  }
  return phases.length > 0 ? { findings, phases } : { findings };
}
