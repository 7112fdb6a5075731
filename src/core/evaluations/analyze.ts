import { SheetData } from "../cell";
import { Finding, avviso, errore } from "../finding";
import { countOf, formatNumber, joinItalian } from "../narrative/italian";
import { PerformanceParameters } from "../parameters/parameters";
import { readTable } from "../table/read-table";
import { TableSpec } from "../table/spec";
import { PersonaleEntry } from "./personale";
import { readSchedaDipendente } from "./read-dipendenti";
import { readSchedaResponsabile } from "./read-responsabili";
import { Scheda, excludedTail } from "./scheda";
import { SCHEDE_DIPENDENTI_SPEC, SCHEDE_RESPONSABILI_SPEC } from "./spec";

/** The input sheets of the evaluations, each undefined when the workbook lacks it. */
export interface EvaluationsInput {
  readonly dipendenti?: SheetData;
  readonly responsabili?: SheetData;
  /**
   * The employees of the "Personale" sheet (see personaleMatricole); undefined when that sheet is
   * missing or unreadable: then no cross-check is made and no scheda gets an area or a settore.
   */
  readonly personale?: readonly PersonaleEntry[];
}

/** The valid schede of the year and what was read. */
export interface EvaluationsResult {
  readonly findings: readonly Finding[];
  /** Valid schede, "Schede dipendenti" first, in row order. */
  readonly schede: readonly Scheda[];
  /** Rows left out because of an errore (schede). */
  readonly excluded: number;
  /** Names of the schede sheets actually read (header found); none means the comune gives no schede. */
  readonly sheets: { readonly dipendenti?: string; readonly responsabili?: string };
}

type Kind = "dipendenti" | "responsabili";

const SPECS: Readonly<Record<Kind, TableSpec>> = { dipendenti: SCHEDE_DIPENDENTI_SPEC, responsabili: SCHEDE_RESPONSABILI_SPEC };

const EACH: Readonly<Record<Kind, string>> = {
  dipendenti: "ogni dipendente non in posizione organizzativa",
  responsabili: "ogni responsabile di servizio",
};

/** Matricole named in one SCHEDA_MANCANTE message: with thousands of employees the list would be unreadable. */
export const MAX_LISTED = 20;

/** "A, B e C", or the first {@link MAX_LISTED} and "e altre N" when there are more. */
function listMatricole(missing: readonly string[]): string {
  if (missing.length <= MAX_LISTED) return joinItalian(missing);
  const rest = missing.length - MAX_LISTED;
  return `${missing.slice(0, MAX_LISTED).join(", ")} e ${rest === 1 ? "un'altra" : `altre ${formatNumber(rest)}`}`;
}

/**
 * Reads and validates the individual evaluations: "Schede dipendenti" and "Schede responsabili" (see
 * their specs) against the SMVP `params`, each row by readSchedaDipendente / readSchedaResponsabile,
 * and cross-checks the matricole with the "Personale" list. A missing sheet gives no finding here
 * (loadInputs reports it); a sheet without a recognisable header or a required column only its
 * readTable findings. Rows labelled "Totale…" are ignored. Besides the rules of the row readers:
 * - SCHEDA_MATRICOLA_MANCANTE (errore): blank matricola; the scheda is left out;
 * - SCHEDA_MATRICOLA_DUPLICATA (errore): a matricola already given a scheda, in the same sheet or in
 *   the other one; the later scheda is left out;
 * - SCHEDA_NON_IN_PERSONALE (avviso): a matricola not in "Personale"; the scheda is used, without area and settore;
 * - SCHEDA_FOGLIO_ERRATO (avviso): a responsabile di servizio (per "Personale") in "Schede dipendenti",
 *   or another employee in "Schede responsabili"; the scheda is used with the rules of its sheet;
 * - SCHEDA_MANCANTE (avviso): employees of "Personale" without a scheda in the sheet they belong to
 *   (one finding per sheet listing at most {@link MAX_LISTED} matricole; only for a sheet that was read).
 */
export function analyzeEvaluations(input: EvaluationsInput, params: PerformanceParameters): EvaluationsResult {
  const findings: Finding[] = [];
  const schede: Scheda[] = [];
  const sheets: { dipendenti?: string; responsabili?: string } = {};
  const seen = new Map<string, { sheet: string; row: number }>();
  const personale = input.personale ? new Map(input.personale.map((p) => [p.matricola.toUpperCase(), p])) : undefined;
  let excluded = 0;

  for (const kind of ["dipendenti", "responsabili"] as const) {
    const sheet = input[kind];
    if (!sheet) continue;
    const read = readTable(sheet, SPECS[kind]);
    findings.push(...read.findings);
    if (read.findings.some((f) => f.code === "INTESTAZIONE_MANCANTE" || f.code === "COLONNA_MANCANTE")) continue;
    const name = read.sheet;
    sheets[kind] = name;
    for (const row of read.rows) {
      const out: Finding[] = [];
      const matricola = typeof row.values.matricola === "string" ? row.values.matricola.trim() : "";
      const cell = row.address("matricola");
      const where = `Foglio «${name}», cella ${cell}`;
      let usable = true;
      if (matricola === "") {
        usable = false;
        if (!row.invalid.has("matricola")) out.push(errore("SCHEDA_MATRICOLA_MANCANTE", name, cell, `${where}: matricola vuota; attesa la matricola del dipendente come nel foglio «Personale». ${excludedTail(row)}`));
      } else {
        const key = matricola.toUpperCase();
        const first = seen.get(key);
        if (first) {
          usable = false;
          const place = first.sheet === name ? `alla riga ${first.row}` : `nel foglio «${first.sheet}», riga ${first.row}`;
          out.push(errore("SCHEDA_MATRICOLA_DUPLICATA", name, cell, `${where}: la matricola «${matricola}» ha già una scheda ${place}; attesa una sola scheda per dipendente. ${excludedTail(row)}`));
        } else {
          seen.set(key, { sheet: name, row: row.row });
          const entry = personale?.get(key);
          if (personale && !entry) {
            out.push(avviso("SCHEDA_NON_IN_PERSONALE", name, cell, `${where}: la matricola «${matricola}» non è nel foglio «Personale»; attesa la matricola di un dipendente in servizio. La scheda è usata, ma non è attribuita ad alcuna area o settore.`));
          } else if (entry && entry.responsabile !== (kind === "responsabili")) {
            const expected = entry.responsabile ? SCHEDE_RESPONSABILI_SPEC.sheet : SCHEDE_DIPENDENTI_SPEC.sheet;
            const what = entry.responsabile ? "è responsabile di servizio" : "non è responsabile di servizio";
            out.push(avviso("SCHEDA_FOGLIO_ERRATO", name, cell, `${where}: secondo il foglio «Personale» il dipendente «${matricola}» ${what}; la sua scheda va nel foglio «${expected}». La scheda è usata con le regole del foglio «${name}».`));
          }
        }
      }
      const scheda =
        kind === "dipendenti" ? readSchedaDipendente(row, name, matricola, params, out) : readSchedaResponsabile(row, name, matricola, params, out);
      findings.push(...out);
      if (!scheda || !usable) {
        excluded++;
        continue;
      }
      const entry = personale?.get(matricola.toUpperCase());
      schede.push({ ...scheda, ...(entry?.area && { area: entry.area }), ...(entry?.settore && { settore: entry.settore }) });
    }
  }

  for (const kind of ["dipendenti", "responsabili"] as const) {
    const name = sheets[kind];
    if (!name || !input.personale) continue;
    const missing = input.personale.filter((p) => p.responsabile === (kind === "responsabili") && !seen.has(p.matricola.toUpperCase())).map((p) => p.matricola);
    if (missing.length === 0) continue;
    findings.push(
      avviso(
        "SCHEDA_MANCANTE",
        name,
        undefined,
        `Foglio «${name}»: ${countOf(missing.length, "dipendente", "dipendenti")} del foglio «Personale» ${missing.length === 1 ? "non ha" : "non hanno"} una scheda (${listMatricole(missing)}); attesa una scheda per ${EACH[kind]}. Gli aggregati sono calcolati sulle schede presenti.`,
      ),
    );
  }
  return { findings, schede, excluded, sheets };
}
