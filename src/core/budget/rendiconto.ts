import { SheetData } from "../cell";
import { EnteContext } from "../ente/context";
import { Finding, avviso, errore } from "../finding";
import { formatEuro, joinItalian } from "../narrative/italian";
import { TableRow, readTable } from "../table/read-table";
import { TableSpec } from "../table/spec";
import { normalizeLabel } from "../text";
import { computeFondoCassaFinale, sumCents } from "./indicators";
import { Budget, BudgetCheck, BudgetLine, BudgetSide, Cents, toCents, toEuro } from "./model";
import { ENTRATE_SPEC, SPESE_SPEC } from "./spec";
import { BudgetSideKind, TitoloDef, findTitolo, parseTitolo, titoliOf } from "./titoli";

/** Result of {@link analyzeBudget}: `budget` is absent when a sheet is missing, unreadable or without titoli. */
export interface BudgetAnalysis {
  readonly findings: readonly Finding[];
  readonly budget?: Budget;
}

type Column = "competenza" | "cassa";
type SpecialKind = "fondoIniziale" | "avanzo" | "disavanzo" | "fondoFinale";

/** A row with an empty Titolo that the sheet may hold, recognised by its Descrizione. */
interface SpecialSpec {
  readonly kind: SpecialKind;
  readonly side: BudgetSideKind;
  /** How messages name it. */
  readonly label: string;
  /** The column that holds its amount. */
  readonly column: Column;
  readonly matches: (normalized: string) => boolean;
}

const FONDO_CASSA = /^fondo (di )?cassa\b/;

function fondoCassaWith(normalized: string, qualifier: RegExp): boolean {
  const m = FONDO_CASSA.exec(normalized);
  if (!m) return false;
  const rest = normalized.slice(m[0].length).trim();
  return rest === "" || qualifier.test(rest);
}

// A bare "Fondo di cassa" is the opening one among the entrate and the closing one among the spese,
// which is where the reference Relazione prints each.
const SPECIALS: readonly SpecialSpec[] = [
  {
    kind: "fondoIniziale",
    side: "entrate",
    label: "fondo di cassa all'inizio dell'esercizio",
    column: "cassa",
    matches: (n) => fondoCassaWith(n, /inizi|\b0?1 gennaio\b|\b0?1 0?1\b/),
  },
  { kind: "avanzo", side: "entrate", label: "avanzo di amministrazione applicato", column: "competenza", matches: (n) => /\bavanzo\b/.test(n) },
  { kind: "disavanzo", side: "spese", label: "disavanzo di amministrazione", column: "competenza", matches: (n) => /\bdisavanzo\b/.test(n) },
  {
    kind: "fondoFinale",
    side: "spese",
    label: "fondo di cassa finale",
    column: "cassa",
    matches: (n) => fondoCassaWith(n, /final|\bfine\b|\b31 dicembre\b|\b31 12\b/),
  },
];

interface LineDraft {
  readonly def: TitoloDef;
  readonly row: TableRow;
  competenza?: Cents;
  cassa?: Cents;
  /** Set by a duplicate row or a failed cross-check: the amount cannot be trusted. */
  dropCompetenza: boolean;
  dropCassa: boolean;
}

interface SpecialDraft {
  readonly row: TableRow;
  amount?: Cents;
  duplicate: boolean;
}

interface SideDraft {
  readonly kind: BudgetSideKind;
  readonly sheet: string;
  readonly spec: TableSpec;
  readonly lines: Map<number, LineDraft>;
  readonly specials: Map<SpecialKind, SpecialDraft>;
  readonly totalRows: readonly TableRow[];
  /** A row with an unreadable or unknown titolo: its amounts belong to no titolo, so Σ titoli is incomplete. */
  rejectedRows: boolean;
  /** A Totale row disagreed with Σ titoli in that column. */
  readonly totalMismatch: Set<Column>;
}

/** An amount in cents as Italian text: 2203806437 → "22.038.064,37". */
const eur = (c: Cents): string => formatEuro(toEuro(c));

const SIDE_NAME: Readonly<Record<BudgetSideKind, string>> = { entrate: "Entrate", spese: "Spese" };

function header(spec: TableSpec, key: Column): string {
  return spec.columns.find((c) => c.key === key)?.header ?? key;
}

function allowedTitoli(kind: BudgetSideKind): string {
  return joinItalian(titoliOf(kind).map((t) => String(t.numero)));
}

/** Reads an amount; a blank cell is BIL_IMPORTO_MANCANTE, an unreadable one was already reported by readTable. */
function readAmount(side: SideDraft, row: TableRow, key: Column, what: string, findings: Finding[]): Cents | undefined {
  if (row.invalid.has(key)) return undefined;
  const v = row.values[key];
  if (typeof v === "number") return toCents(v);
  const other: Column = key === "competenza" ? "cassa" : "competenza";
  const hint =
    typeof row.values[other] === "number"
      ? ` L'importo è nella colonna «${header(side.spec, other)}»: per questa voce va nella colonna «${header(side.spec, key)}».`
      : "";
  const cell = row.address(key);
  findings.push(
    errore(
      "BIL_IMPORTO_MANCANTE",
      side.sheet,
      cell,
      `Foglio «${side.sheet}», cella ${cell}: manca l'importo «${header(side.spec, key)}» di ${what}; atteso un importo in euro (0,00 se nullo).${hint}`,
    ),
  );
  return undefined;
}

function readTitoloRow(side: SideDraft, row: TableRow, text: string, findings: Finding[]): void {
  const cell = row.address("titolo");
  const n = parseTitolo(text);
  const def = n === undefined ? undefined : findTitolo(side.kind, n);
  if (!def) {
    side.rejectedRows = true;
    const why =
      n === undefined
        ? `«${text}» non è un numero di titolo (atteso un numero, anche scritto «Titolo 1», «Titolo I» o «Tit. 1»)`
        : `il titolo ${n} non esiste nello schema delle ${side.kind} del D.Lgs. 118/2011`;
    findings.push(
      errore("BIL_TITOLO_SCONOSCIUTO", side.sheet, cell, `Foglio «${side.sheet}», cella ${cell}: ${why}; titoli ammessi: ${allowedTitoli(side.kind)}. La riga è esclusa.`),
    );
    return;
  }
  const first = side.lines.get(def.numero);
  if (first) {
    first.dropCompetenza = true;
    first.dropCassa = true;
    findings.push(
      errore(
        "BIL_TITOLO_DUPLICATO",
        side.sheet,
        cell,
        `Foglio «${side.sheet}», cella ${cell}: il titolo ${def.numero} compare già alla riga ${first.row.row}; attesa una sola riga per titolo. Gli importi del titolo ${def.numero} non sono utilizzati finché il doppione resta.`,
      ),
    );
    return;
  }
  const what = `titolo ${def.numero}`;
  side.lines.set(def.numero, {
    def,
    row,
    competenza: readAmount(side, row, "competenza", what, findings),
    cassa: readAmount(side, row, "cassa", what, findings),
    dropCompetenza: false,
    dropCassa: false,
  });
}

function readSpecialRow(side: SideDraft, row: TableRow, findings: Finding[]): void {
  const desc = typeof row.values.descrizione === "string" ? row.values.descrizione : "";
  const special = SPECIALS.find((s) => s.side === side.kind && s.matches(normalizeLabel(desc)));
  const cell = row.address("descrizione");
  if (!special) {
    const expected = joinItalian(SPECIALS.filter((s) => s.side === side.kind).map((s) => `«${s.label}»`));
    const what = desc === "" ? `la riga ${row.row} non ha né titolo né descrizione` : `la riga ${row.row} non ha un titolo e «${desc}» non è una voce riconosciuta`;
    findings.push(
      avviso(
        "BIL_VOCE_SCONOSCIUTA",
        side.sheet,
        cell,
        `Foglio «${side.sheet}», cella ${cell}: ${what}; attesi un numero di titolo (${allowedTitoli(side.kind)}) oppure una delle voci ${expected}, o «Totale». La riga è ignorata.`,
      ),
    );
    return;
  }
  const first = side.specials.get(special.kind);
  if (first) {
    first.duplicate = true;
    findings.push(
      errore(
        "BIL_VOCE_DUPLICATA",
        side.sheet,
        cell,
        `Foglio «${side.sheet}», cella ${cell}: la voce «${special.label}» compare già alla riga ${first.row.row}; attesa una sola riga. L'importo non è utilizzato finché il doppione resta.`,
      ),
    );
    return;
  }
  side.specials.set(special.kind, { row, amount: readAmount(side, row, special.column, `«${desc}»`, findings), duplicate: false });
}

function readSide(sheet: SheetData | undefined, kind: BudgetSideKind, findings: Finding[]): SideDraft | undefined {
  const spec = kind === "entrate" ? ENTRATE_SPEC : SPESE_SPEC;
  // A missing sheet was reported by loadInputs (FOGLIO_MANCANTE).
  if (!sheet) return undefined;
  const read = readTable(sheet, spec);
  findings.push(...read.findings);
  // Without the required columns readTable has already said why; nothing can be read.
  if (spec.columns.some((c) => c.required && !read.present.has(c.key))) return undefined;
  const side: SideDraft = {
    kind,
    sheet: sheet.name,
    spec,
    lines: new Map(),
    specials: new Map(),
    totalRows: read.totalRows,
    rejectedRows: false,
    totalMismatch: new Set(),
  };
  for (const row of read.rows) {
    const titolo = row.values.titolo;
    if (row.invalid.has("titolo")) side.rejectedRows = true;
    else if (typeof titolo === "string" && titolo !== "") readTitoloRow(side, row, titolo, findings);
    else readSpecialRow(side, row, findings);
  }
  if (side.lines.size === 0) {
    findings.push(
      errore(
        "BIL_NESSUN_TITOLO",
        side.sheet,
        undefined,
        `Il foglio «${side.sheet}» non contiene alcuna riga di titolo; attese le righe dei titoli ${allowedTitoli(kind)} con i loro importi.`,
      ),
    );
    return undefined;
  }
  const absent = titoliOf(kind).filter((t) => !side.lines.has(t.numero));
  if (absent.length > 0) {
    const list = joinItalian(absent.map((t) => String(t.numero)));
    findings.push(
      avviso(
        "BIL_TITOLO_MANCANTE",
        side.sheet,
        undefined,
        `Nel foglio «${side.sheet}» mancano le righe dei titoli ${list}: sono considerati senza importi e non compaiono nelle tabelle; se hanno importi (anche 0,00) aggiungere le righe.`,
      ),
    );
  }
  if (kind === "entrate" && !side.specials.has("fondoIniziale")) {
    findings.push(
      avviso(
        "BIL_VOCE_MANCANTE",
        side.sheet,
        undefined,
        `Nel foglio «${side.sheet}» manca la riga «Fondo di cassa all'inizio dell'esercizio» (importo nella colonna «${header(spec, "cassa")}»): senza di essa non si calcolano il totale delle riscossioni comprensivo del fondo e il fondo di cassa finale.`,
      ),
    );
  }
  return side;
}

function lineAmount(line: LineDraft, column: Column): Cents | undefined {
  return (column === "competenza" ? line.dropCompetenza : line.dropCassa) ? undefined : line[column];
}

function specialAmount(side: SideDraft, kind: SpecialKind): Cents | undefined {
  const s = side.specials.get(kind);
  return s && !s.duplicate ? s.amount : undefined;
}

function titoliSum(side: SideDraft, column: Column): Cents | undefined {
  if (side.rejectedRows) return undefined;
  return sumCents([...side.lines.values()].map((l) => lineAmount(l, column)));
}

/** The other accepted form of a Totale: the quadro generale riassuntivo's "totale complessivo", with the special item added. */
function complessivo(side: SideDraft, column: Column): { readonly kind: SpecialKind; readonly phrase: string } | undefined {
  if (side.kind === "entrate") {
    return column === "cassa" ? { kind: "fondoIniziale", phrase: "il fondo di cassa iniziale" } : { kind: "avanzo", phrase: "l'avanzo applicato" };
  }
  return column === "competenza" ? { kind: "disavanzo", phrase: "il disavanzo" } : undefined;
}

function checkTotals(side: SideDraft, findings: Finding[], checks: BudgetCheck[]): void {
  for (const total of side.totalRows) {
    for (const column of ["competenza", "cassa"] as const) {
      const stated = total.values[column];
      const sum = titoliSum(side, column);
      if (typeof stated !== "number" || sum === undefined) continue;
      const left = toCents(stated);
      const extra = complessivo(side, column);
      const extraAmount = extra && specialAmount(side, extra.kind);
      const alt = extraAmount === undefined ? undefined : sum + extraAmount;
      const name = header(side.spec, column);
      const base = `${SIDE_NAME[side.kind]}, riga ${total.row} «Totale», ${name.toLowerCase()}: importo del foglio = somma dei titoli`;
      if (left === sum || left === alt) {
        checks.push({ description: left === sum ? base : `${base} + ${extra?.phrase}`, left, right: left, ok: true });
        continue;
      }
      checks.push({ description: base, left, right: sum, ok: false });
      side.totalMismatch.add(column);
      const cell = total.address(column);
      const altText = alt === undefined ? "" : ` né alla somma dei titoli più ${extra?.phrase} (${eur(alt)})`;
      findings.push(
        errore(
          "BIL_TOTALE_DIVERSO",
          side.sheet,
          cell,
          `Foglio «${side.sheet}», cella ${cell}: il totale «${name}» indicato (${eur(left)}) non corrisponde alla somma dei titoli (${eur(sum)})${altText}; differenza ${eur(left - sum)}. Il totale non è riportato finché titoli e totale non concordano.`,
        ),
      );
    }
  }
}

/**
 * Competenza of entrate titolo `et` must equal competenza of spese titolo `st`. A titolo without a row
 * counts 0 here; when neither has a row, or an amount is unknown, nothing is checked. On a mismatch both
 * amounts are dropped (which of the two is wrong cannot be told).
 */
function crossCheck(
  e: SideDraft,
  s: SideDraft,
  pair: { readonly et: number; readonly st: number; readonly code: string; readonly description: string; readonly why: string },
  findings: Finding[],
  checks: BudgetCheck[],
): void {
  const eLine = e.lines.get(pair.et);
  const sLine = s.lines.get(pair.st);
  if (!eLine && !sLine) return;
  const left = eLine ? lineAmount(eLine, "competenza") : 0;
  const right = sLine ? lineAmount(sLine, "competenza") : 0;
  if (left === undefined || right === undefined) return;
  const ok = left === right;
  checks.push({ description: pair.description, left, right, ok });
  if (ok) return;
  const where = (side: SideDraft, line: LineDraft | undefined): string =>
    line ? `foglio «${side.sheet}», cella ${line.row.address("competenza")}` : `riga assente nel foglio «${side.sheet}»`;
  const [sheet, cell] = eLine ? [e.sheet, eLine.row.address("competenza")] : [s.sheet, sLine?.row.address("competenza")];
  findings.push(
    errore(
      pair.code,
      sheet,
      cell,
      `Gli accertamenti del titolo ${pair.et} delle entrate (${eur(left)}, ${where(e, eLine)}) devono essere uguali agli impegni del titolo ${pair.st} delle spese (${eur(right)}, ${where(s, sLine)}): ${pair.why}. Differenza ${eur(left - right)}; i due importi non sono riportati finché non concordano.`,
    ),
  );
  if (eLine) eLine.dropCompetenza = true;
  if (sLine) sLine.dropCompetenza = true;
}

function finishSide(side: SideDraft): BudgetSide {
  const lines: BudgetLine[] = titoliOf(side.kind).flatMap((def) => {
    const l = side.lines.get(def.numero);
    return l ? [{ titolo: def.numero, nome: def.nome, row: l.row.row, competenza: lineAmount(l, "competenza"), cassa: lineAmount(l, "cassa") }] : [];
  });
  const total = (column: Column): Cents | undefined => (side.totalMismatch.has(column) ? undefined : titoliSum(side, column));
  return { kind: side.kind, sheet: side.sheet, lines, competenzaTotal: total("competenza"), cassaTotal: total("cassa") };
}

/** Computes the fondo di cassa finale and compares it with the one stated among the spese, if any. */
function checkFondoFinale(
  s: SideDraft,
  iniziale: Cents | undefined,
  riscossioni: Cents | undefined,
  pagamenti: Cents | undefined,
  ctx: EnteContext,
  findings: Finding[],
  checks: BudgetCheck[],
): Cents | undefined {
  if (iniziale === undefined || riscossioni === undefined || pagamenti === undefined) return undefined;
  const computed = computeFondoCassaFinale(iniziale, riscossioni, pagamenti);
  const stated = specialAmount(s, "fondoFinale");
  if (stated === undefined || computed === undefined) return computed;
  const ok = stated === computed;
  checks.push({ description: `Fondo di cassa al 31/12/${ctx.anno} del foglio = fondo iniziale + riscossioni − pagamenti`, left: stated, right: computed, ok });
  if (ok) return computed;
  const cell = s.specials.get("fondoFinale")?.row.address("cassa");
  findings.push(
    errore(
      "BIL_FONDO_CASSA_FINALE",
      s.sheet,
      cell,
      `Foglio «${s.sheet}», cella ${cell}: il fondo di cassa al 31/12/${ctx.anno} indicato (${eur(stated)}) non corrisponde a fondo iniziale + riscossioni − pagamenti (${eur(iniziale)} + ${eur(riscossioni)} − ${eur(pagamenti)} = ${eur(computed)}); differenza ${eur(stated - computed)}. Il fondo finale non è riportato.`,
    ),
  );
  return undefined;
}

/**
 * Reads and validates the rendiconto by titolo from the "Entrate" and "Spese" sheets (specs ENTRATE_SPEC,
 * SPESE_SPEC; schema of D.Lgs. 118/2011, all. 10). Amounts are kept in cents.
 *
 * Rows: a Titolo cell ("1", "Titolo 1", "TITOLO I", "Tit. 1") makes a titolo row, named with its official
 * name whatever its Descrizione. Rows with an empty Titolo are recognised by the Descrizione: among the
 * entrate "Fondo di cassa all'inizio dell'esercizio" (or "Fondo di cassa [iniziale | al 1° gennaio]",
 * amount in Riscossioni) and "Applicazione avanzo di amministrazione …" (amount in Accertamenti); among the
 * spese "Disavanzo di amministrazione" (amount in Impegni) and, optionally, "Fondo di cassa [finale | al
 * 31/12]" (amount in Pagamenti), which is compared with the computed one. Rows labelled "Totale…" are checks.
 *
 * Totale rows: accertamenti, impegni and pagamenti must equal Σ titoli; riscossioni may equal Σ titoli or
 * Σ titoli + fondo di cassa iniziale (the reference Relazione's form, 24.468.038,60); accertamenti may also
 * equal Σ titoli + avanzo, and impegni Σ titoli + disavanzo (the "totale complessivo" of the quadro generale
 * riassuntivo). Any one matching form passes.
 *
 * A missing sheet (already reported by loadInputs as FOGLIO_MANCANTE) gives no budget and no finding here.
 *
 * Findings (besides readTable's; negative amounts are refused there as NUMERO_NEGATIVO):
 * - BIL_NESSUN_TITOLO (errore): a sheet holds no titolo row; no budget.
 * - BIL_TITOLO_SCONOSCIUTO (errore): Titolo unreadable or not in the schema (entrate 8, spese 6); row excluded
 *   and the side's totals left out.
 * - BIL_TITOLO_DUPLICATO (errore): a titolo on two rows; its amounts and the side's totals left out.
 * - BIL_TITOLO_MANCANTE (avviso): titoli without a row; they count 0 and are not printed.
 * - BIL_IMPORTO_MANCANTE (errore): a blank amount of a titolo or of a special row; that figure left out.
 * - BIL_VOCE_SCONOSCIUTA (avviso): a row without Titolo whose Descrizione is not a known item; ignored.
 * - BIL_VOCE_DUPLICATA (errore): a special item on two rows; its amount left out.
 * - BIL_VOCE_MANCANTE (avviso): no fondo di cassa iniziale row.
 * - BIL_TOTALE_DIVERSO (errore): a Totale row matches no accepted form; that column's total left out.
 * - BIL_PARTITE_DI_GIRO (errore): accertamenti entrate titolo 9 ≠ impegni spese titolo 7 (partite di giro and
 *   servizi per conto terzi balance by construction: principio contabile applicato 4/2 al D.Lgs. 118/2011,
 *   par. 7); both amounts left out.
 * - BIL_ANTICIPAZIONI (errore): accertamenti entrate titolo 7 ≠ impegni spese titolo 5 (each anticipazione di
 *   tesoreria is accertata and its chiusura impegnata for the same amount, principio 4/2); both left out.
 * - BIL_FONDO_CASSA_FINALE (errore): the fondo di cassa finale stated in Spese differs from fondo iniziale +
 *   Σ riscossioni − Σ pagamenti; the fondo finale left out.
 * Deliberately no rule compares competenza with cassa: riscossioni and pagamenti include residui of
 * earlier years, so they may well exceed accertamenti or impegni (seed: titolo 3 entrate).
 */
export function analyzeBudget(entrate: SheetData | undefined, spese: SheetData | undefined, ctx: EnteContext): BudgetAnalysis {
  const findings: Finding[] = [];
  const e = readSide(entrate, "entrate", findings);
  const s = readSide(spese, "spese", findings);
  if (!e || !s) return { findings };
  const checks: BudgetCheck[] = [];
  checkTotals(e, findings, checks);
  checkTotals(s, findings, checks);
  crossCheck(
    e,
    s,
    {
      et: 9,
      st: 7,
      code: "BIL_PARTITE_DI_GIRO",
      description: "Partite di giro: accertamenti entrate titolo 9 = impegni spese titolo 7",
      why: "le entrate e le spese per conto terzi e partite di giro si pareggiano",
    },
    findings,
    checks,
  );
  crossCheck(
    e,
    s,
    {
      et: 7,
      st: 5,
      code: "BIL_ANTICIPAZIONI",
      description: "Anticipazioni di tesoreria: accertamenti entrate titolo 7 = impegni spese titolo 5",
      why: "ogni anticipazione di tesoreria ricevuta è chiusa per lo stesso importo",
    },
    findings,
    checks,
  );
  const entrateSide = finishSide(e);
  const speseSide = finishSide(s);
  const fondoCassaIniziale = specialAmount(e, "fondoIniziale");
  const fondoCassaFinale = checkFondoFinale(s, fondoCassaIniziale, entrateSide.cassaTotal, speseSide.cassaTotal, ctx, findings, checks);
  return {
    findings,
    budget: {
      entrate: entrateSide,
      spese: speseSide,
      fondoCassaIniziale,
      avanzoApplicato: specialAmount(e, "avanzo"),
      disavanzo: specialAmount(s, "disavanzo"),
      fondoCassaFinale,
      checks,
    },
  };
}
