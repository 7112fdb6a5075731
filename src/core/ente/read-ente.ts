import { SheetData, columnLetters } from "../cell";
import { Finding, avviso, errore } from "../finding";
import { TableRow, readTable } from "../table/read-table";
import { joinItalian } from "../narrative/italian";
import { labelMatches } from "../text";
import { EnteContext } from "./context";
import { ENTE_PARAMETERS, ENTE_SPEC, EnteParameterSpec } from "./spec";

/** Years accepted for the Relazione: four digits, within a plausible range. */
const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

/** Outcome of reading the "Ente" sheet; `ctx` is undefined when Comune or Anno is missing or invalid. */
export interface EnteRead {
  readonly findings: readonly Finding[];
  readonly ctx?: EnteContext;
}

type EnteKey = EnteParameterSpec["key"];

/**
 * Reads the "Ente" sheet (Parametro | Valore, see {@link ENTE_SPEC}) into the {@link EnteContext}.
 * Parameter names are matched to {@link ENTE_PARAMETERS} ignoring case, accents and spacing, synonyms included;
 * the first row giving a parameter a value wins. A leading "Comune di" is dropped from the Comune.
 * Raises, besides the table findings of {@link readTable}:
 * - ENTE_PARAMETRO_MANCANTE (errore): a required parameter (Comune, Anno) is absent or blank;
 * - ENTE_ANNO_NON_VALIDO (errore): Anno is not a 4-digit year in 1900..2100 (2024 as number or text is fine);
 * - ENTE_PARAMETRO_SCONOSCIUTO (avviso): a row whose Parametro is not in the list, or is blank; row ignored;
 * - ENTE_PARAMETRO_DUPLICATO (avviso): a parameter given a value twice; the later value is ignored.
 * `ctx` is undefined whenever Comune or Anno cannot be read: no section can be titled without them.
 * An absent sheet (`undefined`) gives no context and no finding: `loadInputs` (src/core/inputs.ts) already reports it.
 */
export function readEnte(sheet: SheetData | undefined): EnteRead {
  if (!sheet) return { findings: [] };
  const table = readTable(sheet, ENTE_SPEC);
  const findings: Finding[] = [...table.findings];
  if (!table.present.has("parametro") || !table.present.has("valore")) return { findings };

  const name = sheet.name;
  const values = new Map<EnteKey, { value: string; row: TableRow }>();
  const blankRows = new Map<EnteKey, TableRow>();
  const unreadable = new Set<EnteKey>();
  // "Totale…" rows make no sense here, but they are still user rows: read them like the others.
  const rows = [...table.rows, ...table.totalRows].sort((a, b) => a.row - b.row);
  for (const row of rows) {
    const label = row.values.parametro;
    const value = row.values.valore;
    if (typeof label !== "string" || label === "") {
      findings.push(avviso("ENTE_PARAMETRO_SCONOSCIUTO", name, row.address("parametro"), `Foglio «${name}», cella ${row.address("parametro")}: il valore «${String(value ?? "")}» non ha il nome del parametro e viene ignorato; attesi i parametri ${allNames()}.`));
      continue;
    }
    const param = ENTE_PARAMETERS.find((p) => labelMatches(label, [p.name, ...p.synonyms]));
    if (!param) {
      findings.push(avviso("ENTE_PARAMETRO_SCONOSCIUTO", name, row.address("parametro"), `Foglio «${name}», cella ${row.address("parametro")}: il parametro «${label}» non è previsto e viene ignorato; attesi ${allNames()}.`));
      continue;
    }
    if (row.invalid.has("valore")) {
      unreadable.add(param.key);
      continue;
    }
    if (typeof value !== "string" || value === "") {
      if (!blankRows.has(param.key)) blankRows.set(param.key, row);
      continue;
    }
    const first = values.get(param.key);
    if (first) {
      findings.push(avviso("ENTE_PARAMETRO_DUPLICATO", name, row.address("parametro"), `Foglio «${name}», cella ${row.address("parametro")}: il parametro «${param.name}» è già indicato alla riga ${first.row.row} («${first.value}»); il valore «${value}» viene ignorato.`));
      continue;
    }
    values.set(param.key, { value, row });
  }

  for (const param of ENTE_PARAMETERS) {
    // An unreadable cell already has its TIPO_NON_VALIDO errore.
    if (!param.required || values.has(param.key) || unreadable.has(param.key)) continue;
    const blank = blankRows.get(param.key);
    const cell = blank ? blank.address("valore") : nextFreeCell(sheet, rows);
    const where = blank ? `la cella ${cell} è vuota` : `manca la riga «${param.name}»`;
    findings.push(errore("ENTE_PARAMETRO_MANCANTE", name, cell, `Foglio «${name}»: ${where}; il parametro «${param.name}» è obbligatorio (${param.description.replace(/\.$/, "")}, ad esempio «${param.example}»).`));
  }

  // The report writes "Comune di {comune}": a name typed as "Comune di Darfo Boario Terme" must not double it.
  const comune = values.get("comune")?.value.replace(/^comune\s+di\s+/i, "");
  const annoEntry = values.get("anno");
  const anno = annoEntry ? parseYear(annoEntry.value) : undefined;
  if (annoEntry && anno === undefined) {
    const cell = annoEntry.row.address("valore");
    findings.push(errore("ENTE_ANNO_NON_VALIDO", name, cell, `Foglio «${name}», cella ${cell}: «${annoEntry.value}» non è un anno valido; atteso un anno di 4 cifre tra ${MIN_YEAR} e ${MAX_YEAR}, ad esempio 2024.`));
  }
  if (comune === undefined || anno === undefined) return { findings };
  const provincia = values.get("provincia")?.value;
  const periodoControlli = values.get("periodoControlli")?.value;
  const esecutoreControlli = values.get("esecutoreControlli")?.value;
  return {
    findings,
    ctx: { comune, anno, ...(provincia !== undefined && { provincia }), ...(periodoControlli !== undefined && { periodoControlli }),
      ...(esecutoreControlli !== undefined && { esecutoreControlli }),
    },
  };
}

/** "2024" → 2024; anything but a 4-digit year in range → undefined. A numeric cell arrives here as its text. */
function parseYear(text: string): number | undefined {
  if (!/^\d{4}$/.test(text)) return undefined;
  const year = Number(text);
  return year >= MIN_YEAR && year <= MAX_YEAR ? year : undefined;
}

/** Where a missing parameter row should be added: the Parametro column of the first row below the sheet's data. */
function nextFreeCell(sheet: SheetData, rows: readonly TableRow[]): string {
  const column = rows.length > 0 ? rows[0].address("parametro").replace(/\d+$/, "") : columnLetters(sheet.firstCol);
  return `${column}${sheet.firstRow + sheet.rows.length}`;
}

function allNames(): string {
  return joinItalian(ENTE_PARAMETERS.map((p) => `«${p.name}»`));
}
