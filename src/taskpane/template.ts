import { INPUT_SPECS } from "../core/run";
import { ENTE_PARAMETERS } from "../core/ente/spec";
import { MOVIMENTO_ITEMS } from "../core/demography/spec";
import { BEHAVIOURS } from "../core/evaluations/spec";
import { DIREZIONE_LABEL, ESITI, ESITO_LABEL, TIPI } from "../core/objectives/esito";
import { DEFAULT_GRADES } from "../core/parameters/grade-scale";
import { AREAS } from "../core/staff/areas";
import { ColumnSpec, TableSpec } from "../core/table/spec";
import { TEXT_BLOCKS } from "../core/texts/spec";

/** One column of an empty input sheet: its header, the note that explains it, and the values a drop-down offers. */
export interface TemplateColumn {
  readonly header: string;
  /** What goes in the column, its unit, an example, whether it is required: the header's note. */
  readonly note: string;
  /** Values offered by a drop-down list below the header; others stay allowed, with a warning. */
  readonly list?: readonly string[];
  /** Width in characters. */
  readonly width: number;
}

/** An empty input sheet: its canonical name and its columns, in the data model's order. */
export interface TemplateSheet {
  readonly name: string;
  /** Other names under which the core reads the same sheet: a workbook holding one needs no new sheet. */
  readonly synonyms: readonly string[];
  readonly description: string;
  readonly columns: readonly TemplateColumn[];
}

/**
 * Rows below the header that the drop-down lists cover. Not the whole column: exceljs (command line and
 * browser mode) expands a validated range into one entry per cell when it reads a workbook.
 */
export const TEMPLATE_VALIDATION_ROWS = 5000;

/** Excel refuses a typed list source (values joined by commas) longer than this. */
export const MAX_LIST_SOURCE_CHARS = 255;

const YES_NO = ["Sì", "No"] as const;

/**
 * Columns whose values come from a closed set, by "sheet.key". The lists are the wording the core reads
 * (each value parses: see the template test); where the core also accepts other forms (ex categorie,
 * grades as points, "Giudizio …" rows) the drop-down only suggests and warns.
 */
export const CLOSED_LISTS: Readonly<Record<string, readonly string[]>> = {
  "Ente.parametro": ENTE_PARAMETERS.map((p) => p.name),
  "Demografia.voce": MOVIMENTO_ITEMS.map((m) => m.label),
  "Personale.sesso": ["M", "F"],
  "Personale.area": AREAS.map((a) => a.name),
  "Personale.rapporto": ["Tempo indeterminato", "Tempo determinato"],
  "Obiettivi.tipo": TIPI,
  "Obiettivi.direzione": Object.values(DIREZIONE_LABEL),
  "Obiettivi.esito": ESITI.map((e) => ESITO_LABEL[e]),
  "Indicatori.direzione": [DIREZIONE_LABEL.higherIsBetter, DIREZIONE_LABEL.lowerIsBetter],
  ...Object.fromEntries(BEHAVIOURS.map((b) => [`Schede dipendenti.${b.key}`, DEFAULT_GRADES.map((g) => g.label)])),
  "Testi.blocco": TEXT_BLOCKS.map((t) => t.name),
};

/** The closed list of a column, if any: a boolean column offers Sì/No. Lists too long for Excel are left out. */
export function closedList(spec: TableSpec, column: ColumnSpec): readonly string[] | undefined {
  const list = CLOSED_LISTS[`${spec.sheet}.${column.key}`] ?? (column.type === "boolean" ? YES_NO : undefined);
  return list && list.join(",").length <= MAX_LIST_SOURCE_CHARS ? list : undefined;
}

/** "Descrizione. Unità: €. Esempio: 9.593.473,64. Obbligatoria.": the note on a column's header. */
export function columnNote(column: ColumnSpec): string {
  const parts = [column.description];
  if (column.unit) parts.push(`Unità: ${column.unit}.`);
  if (column.example !== "") parts.push(`Esempio: ${column.example}.`);
  parts.push(column.required ? "Obbligatoria." : "Facoltativa.");
  return parts.join(" ");
}

/** Excel's limits on a data validation's texts, in characters. */
export const VALIDATION_TEXT_MAX = { title: 32, prompt: 255, alert: 225 } as const;

/** `text` cut to `max` characters, with an ellipsis when cut. */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** Title and message of the warning shown when a value outside a column's drop-down list is typed. */
export function listAlert(list: readonly string[]): { title: string; message: string } {
  return { title: "Valore non previsto", message: clip(`Valori previsti: ${list.join(", ")}.`, VALIDATION_TEXT_MAX.alert) };
}

/** Widest a template column gets, in characters; wider text wraps. */
const MAX_WIDTH = 40;

/** The empty sheet of one spec: a header per column, with its note and drop-down list. */
export function templateSheet(spec: TableSpec): TemplateSheet {
  return {
    name: spec.sheet,
    synonyms: spec.sheetSynonyms,
    description: spec.description,
    columns: spec.columns.map((column) => ({
      header: column.header,
      note: columnNote(column),
      list: closedList(spec, column),
      width: Math.min(MAX_WIDTH, Math.max(10, column.header.length + 2, column.example.length + 2)),
    })),
  };
}

/** Every input sheet of the data model ({@link INPUT_SPECS}), empty, in reading order. */
export function templateSheets(): TemplateSheet[] {
  return INPUT_SPECS.map(templateSheet);
}
