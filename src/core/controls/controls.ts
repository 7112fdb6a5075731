import { SheetData } from "../cell";
import { EnteContext } from "../ente/context";
import { Finding, avviso, errore } from "../finding";
import { formatNumber } from "../narrative/italian";
import { TableRow, readTable } from "../table/read-table";
import { normalizeLabel } from "../text";
import { CONTROLLI_SPEC } from "./spec";

/** One settore whose acts were examined. */
export interface ControlledSettore {
  /** Name as written in the sheet (first spelling when it was repeated). */
  readonly settore: string;
  /** Annotation printed in brackets after the name, e.g. "controllo a cura del Vicesegretario". */
  readonly nota?: string;
  /** Acts examined (atti); undefined when missing or unreadable. */
  readonly atti?: number;
  /** Excel rows the settore was read from (more than one when it was repeated and summed). */
  readonly rows: readonly number[];
}

/** The controllo successivo di regolarità amministrativa (D.Lgs. 267/2000, art. 147-bis, c. 2) by settore. */
export interface Controls {
  /** Sheet name as in the workbook. */
  readonly sheet: string;
  /** Settori in sheet order. */
  readonly settori: readonly ControlledSettore[];
  /** Σ atti, acts; undefined when a count is unknown or the sheet's Totale row disagrees. */
  readonly totale?: number;
}

/** Result of {@link analyzeControls}: `controls` is absent when the sheet is missing, unreadable or empty. */
export interface ControlsAnalysis {
  readonly findings: readonly Finding[];
  readonly controls?: Controls;
}

interface Draft {
  settore: string;
  notes: string[];
  atti?: number;
  rows: number[];
}

function readAtti(row: TableRow, sheet: string, findings: Finding[]): number | undefined {
  if (row.invalid.has("atti")) return undefined;
  const v = row.values.atti;
  if (typeof v === "number") return v;
  const cell = row.address("atti");
  findings.push(
    errore(
      "CTRL_ATTI_MANCANTI",
      sheet,
      cell,
      `Foglio «${sheet}», cella ${cell}: manca il numero di atti controllati del settore «${String(row.values.settore)}»; atteso un numero intero (0 se nessun atto).`,
    ),
  );
  return undefined;
}

/** Σ of counts; undefined when any is unknown. */
function sumAll(values: readonly (number | undefined)[]): number | undefined {
  let total = 0;
  for (const v of values) {
    if (v === undefined) return undefined;
    total += v;
  }
  return total;
}

/**
 * Reads the "Controlli" sheet (CONTROLLI_SPEC): atti examined in the controllo successivo di regolarità
 * amministrativa, one row per settore, with an optional Nota. Rows labelled "Totale…" are checks.
 *
 * A settore written on two or more rows (compared ignoring case, accents and spacing) is summed into one
 * row with an avviso: the sheet may list a settore per semester or per kind of act, while the Relazione
 * reports one line per settore. Its notes are joined with "; ".
 *
 * Findings (besides readTable's; a negative count is NUMERO_NEGATIVO there):
 * - CTRL_SETTORE_MANCANTE (errore): a count without a settore; the row is excluded and the total left out.
 * - CTRL_ATTI_MANCANTI (errore): a settore without a count; that count and the total left out.
 * - CTRL_SETTORE_DUPLICATO (avviso): a settore repeated; the rows are summed.
 * - CTRL_TOTALE_DIVERSO (errore): a Totale row differs from Σ atti; the total left out.
 * - CTRL_NESSUN_SETTORE (avviso): the sheet holds no settore; no controls.
 * A missing sheet (already reported by loadInputs) gives no controls and no finding here.
 */
export function analyzeControls(sheet: SheetData | undefined, ctx: EnteContext): ControlsAnalysis {
  if (!sheet) return { findings: [] };
  const read = readTable(sheet, CONTROLLI_SPEC);
  const findings: Finding[] = [...read.findings];
  if (CONTROLLI_SPEC.columns.some((c) => c.required && !read.present.has(c.key))) return { findings };
  const name = sheet.name;
  const drafts = new Map<string, Draft>();
  let complete = true;
  for (const row of read.rows) {
    const settore = typeof row.values.settore === "string" ? row.values.settore : "";
    if (settore === "") {
      complete = false;
      const cell = row.address("settore");
      findings.push(
        errore("CTRL_SETTORE_MANCANTE", name, cell, `Foglio «${name}», cella ${cell}: la riga ${row.row} non indica il settore; atteso il nome del settore o servizio che ha adottato gli atti. La riga è esclusa.`),
      );
      continue;
    }
    const atti = readAtti(row, name, findings);
    const nota = typeof row.values.nota === "string" && row.values.nota !== "" ? row.values.nota : undefined;
    const key = normalizeLabel(settore);
    const first = drafts.get(key);
    if (!first) {
      drafts.set(key, { settore, notes: nota ? [nota] : [], atti, rows: [row.row] });
      continue;
    }
    const cell = row.address("settore");
    const sum = first.atti !== undefined && atti !== undefined ? first.atti + atti : undefined;
    findings.push(
      avviso(
        "CTRL_SETTORE_DUPLICATO",
        name,
        cell,
        `Foglio «${name}», cella ${cell}: il settore «${settore}» compare già alla riga ${first.rows[0]}; attesa una riga per settore. Le righe sono sommate${sum === undefined ? "" : ` (${formatNumber(sum)} atti)`}.`,
      ),
    );
    first.atti = sum;
    first.rows.push(row.row);
    if (nota && !first.notes.includes(nota)) first.notes.push(nota);
  }
  if (drafts.size === 0) {
    findings.push(
      avviso("CTRL_NESSUN_SETTORE", name, undefined, `Il foglio «${name}» non contiene settori: la Relazione ${ctx.anno} omette l'elenco degli atti sottoposti al controllo successivo.`),
    );
    return { findings };
  }
  const settori: ControlledSettore[] = [...drafts.values()].map((d) => ({
    settore: d.settore,
    nota: d.notes.length > 0 ? d.notes.join("; ") : undefined,
    atti: d.atti,
    rows: d.rows,
  }));
  let totale = complete ? sumAll(settori.map((s) => s.atti)) : undefined;
  for (const t of read.totalRows) {
    const stated = t.values.atti;
    if (typeof stated !== "number" || totale === undefined || stated === totale) continue;
    const cell = t.address("atti");
    findings.push(
      errore(
        "CTRL_TOTALE_DIVERSO",
        name,
        cell,
        `Foglio «${name}», cella ${cell}: il totale indicato (${formatNumber(stated)} atti) non corrisponde alla somma dei settori (${formatNumber(totale)}); il totale non è riportato finché non concordano.`,
      ),
    );
    totale = undefined;
  }
  return { findings, controls: { sheet: name, settori, totale } };
}
