import { SheetData, cellAddress } from "../cell";
import { EnteContext } from "../ente/context";
import { Finding, avviso, errore } from "../finding";
import { formatDate, formatNumber } from "../narrative/italian";
import { readTable, TableRow } from "../table/read-table";
import { normalizeLabel } from "../text";
import { AreaCode, areaInfo, parseArea } from "./areas";
import { PERSONALE_SPEC } from "./spec";

export type Sesso = "M" | "F";
export type Rapporto = "indeterminato" | "determinato";

/** Youngest and oldest plausible completed age (years) of an employee at 31/12. */
export const MIN_AGE = 16;
export const MAX_AGE = 75;

/**
 * One valid row of the "Personale" sheet, reduced to what the aggregates need: no matricola or other
 * identifier is kept, so nothing individual can reach the Relazione.
 */
export interface Employee {
  readonly area: AreaCode;
  readonly sesso: Sesso;
  /** Completed age in years at 31/12 of the year. */
  readonly eta: number;
  /** Holder of a posizione organizzativa / elevata qualificazione (responsabile di servizio). */
  readonly responsabile: boolean;
  readonly rapporto: Rapporto;
  /** Share of full time, in % (0 < p < 100); undefined for full-time employees. */
  readonly partTime?: number;
}

/** Staff in service at 31/12 of `anno`, built from the valid rows only. */
export interface StaffModel {
  readonly anno: number;
  /** Sheet the data came from. */
  readonly sheet: string;
  readonly employees: readonly Employee[];
  /** Data rows left out because of an errore (persons). */
  readonly excluded: number;
}

export interface StaffAnalysis {
  readonly findings: readonly Finding[];
  /** Undefined when the sheet is missing or unreadable, or no row is valid. */
  readonly staff?: StaffModel;
}

/** Reads "M", "F", "maschio", "Femmina", "uomo", "donna", "maschile", "femminile". */
export function parseSesso(text: string): Sesso | undefined {
  const n = normalizeLabel(text);
  if (["m", "maschio", "maschile", "uomo", "maschi"].includes(n)) return "M";
  if (["f", "femmina", "femminile", "donna", "femmine"].includes(n)) return "F";
  return undefined;
}

/** Reads "Tempo indeterminato", "indeterminato", "TI", "T.I.", "di ruolo" / "Tempo determinato", "TD", "T.D.". */
export function parseRapporto(text: string): Rapporto | undefined {
  const n = normalizeLabel(text);
  // "indeterminato" contains "determinato": test it first.
  if (n.includes("indeterminat") || n === "ti" || n === "t i" || n === "ruolo" || n === "di ruolo") return "indeterminato";
  if (n.includes("determinat") || n === "td" || n === "t d") return "determinato";
  return undefined;
}

const text = (v: unknown): string => (typeof v === "string" ? v : v === null || v === undefined ? "" : String(v));

/**
 * Completed age at 31/12 of `anno`: every birthday of the year has passed by then, so it is the
 * difference of the years.
 */
export function ageAtYearEnd(birth: Date, anno: number): number {
  return anno - birth.getUTCFullYear();
}

/**
 * Validates the "Personale" sheet (one row per employee in service at 31/12 of `ctx.anno`, see
 * {@link PERSONALE_SPEC}) and returns the valid employees. A missing sheet gives no staff and no finding
 * (loadInputs raises FOGLIO_MANCANTE). Every row with an errore is left out of
 * the model (and so of every aggregate); the others are used.
 * Findings, besides those of readTable (COLONNA_MANCANTE, TIPO_NON_VALIDO, NUMERO_NEGATIVO, ...):
 * - PERS_NESSUN_DIPENDENTE (errore): a header and no data row under it (the staff part would vanish silently).
 * - PERS_MATRICOLA_MANCANTE (errore): blank matricola.
 * - PERS_MATRICOLA_DUPLICATA (errore): matricola already used by an earlier row (the later row is left out).
 * - PERS_AREA (errore): blank area or not one of the four CCNL areas / ex categories ({@link parseArea}).
 * - PERS_SESSO (errore): sesso not M/F.
 * - PERS_RAPPORTO (errore): rapporto not tempo indeterminato / determinato.
 * - PERS_PART_TIME (errore): part-time % outside (0, 100].
 * - PERS_ETA_MANCANTE (errore): neither birth date nor age (once per sheet when both columns are absent).
 * - PERS_DATA_NASCITA_FUTURA (errore): birth date after 31/12 of the year.
 * - PERS_ETA_IMPLAUSIBILE (errore): age at 31/12 below {@link MIN_AGE} or above {@link MAX_AGE}.
 * - PERS_ETA_INCOERENTE (errore): the age typed differs from the one given by the birth date.
 * - PERS_RESPONSABILE_AREA (avviso): responsabile di servizio outside the Funzionari/EQ area (art. 16
 *   CCNL 2019-2021 reserves the incarichi di EQ to that area); the row is counted in its own area.
 */
export function analyzeStaff(sheet: SheetData | undefined, ctx: EnteContext): StaffAnalysis {
  // A missing sheet is reported by loadInputs (FOGLIO_MANCANTE).
  if (!sheet) return { findings: [] };
  const read = readTable(sheet, PERSONALE_SPEC);
  const findings: Finding[] = [...read.findings];
  if (read.findings.some((f) => f.code === "INTESTAZIONE_MANCANTE" || f.code === "COLONNA_MANCANTE")) return { findings };

  const name = read.sheet;
  if (read.rows.length === 0) {
    const below = cellAddress((read.headerRow ?? sheet.firstRow) + 1, sheet.firstCol);
    findings.push(
      errore("PERS_NESSUN_DIPENDENTE", name, below, `Il foglio «${name}» non contiene dipendenti sotto l'intestazione: atteso un dipendente in servizio al 31/12/${ctx.anno} per riga. Senza dipendenti la parte sul personale non può essere scritta.`),
    );
    return { findings };
  }
  const noAgeColumns = !read.present.has("dataNascita") && !read.present.has("eta");
  if (noAgeColumns && read.rows.length > 0) {
    findings.push(
      errore("PERS_ETA_MANCANTE", name, undefined, `Nel foglio «${name}» mancano sia la colonna «Data di nascita» sia la colonna «Età»: attesa almeno una delle due per la distribuzione per età. Nessuna riga può essere usata.`),
    );
  }

  const seen = new Map<string, number>();
  const employees: Employee[] = [];
  let excluded = 0;
  for (const row of read.rows) {
    const rowFindings: Finding[] = [];
    const employee = readEmployee(row, name, ctx.anno, seen, rowFindings, !noAgeColumns);
    findings.push(...rowFindings);
    const rowIsValid = employee !== undefined && row.invalid.size === 0 && !rowFindings.some((f) => f.severity === "errore");
    if (rowIsValid) employees.push(employee);
    else excluded++;
  }
  if (employees.length === 0) return { findings };
  return { findings, staff: { anno: ctx.anno, sheet: name, employees, excluded } };
}

/**
 * Checks one row; pushes its findings and returns the employee when every field needed is readable.
 * `reportMissingAge` is false when the sheet has no age column at all (already reported once).
 */
function readEmployee(row: TableRow, sheet: string, anno: number, seen: Map<string, number>, out: Finding[], reportMissingAge: boolean): Employee | undefined {
  const v = row.values;
  const tail = `La riga ${row.row} è esclusa dai conteggi.`;
  const at = (key: string): string => row.address(key);
  const where = (key: string): string => `Foglio «${sheet}», cella ${at(key)}`;

  const matricola = text(v.matricola).trim();
  if (matricola === "") {
    out.push(errore("PERS_MATRICOLA_MANCANTE", sheet, at("matricola"), `${where("matricola")}: matricola vuota; atteso un identificativo unico del dipendente. ${tail}`));
  } else {
    const key = matricola.toUpperCase();
    const first = seen.get(key);
    if (first !== undefined) {
      out.push(errore("PERS_MATRICOLA_DUPLICATA", sheet, at("matricola"), `${where("matricola")}: la matricola «${matricola}» compare già alla riga ${first}; ogni dipendente va indicato una sola volta. ${tail}`));
    } else seen.set(key, row.row);
  }

  const areaText = text(v.area).trim();
  const area = parseArea(areaText);
  if (!area) {
    const got = areaText === "" ? "area vuota" : `area «${areaText}» non riconosciuta`;
    out.push(errore("PERS_AREA", sheet, at("area"), `${where("area")}: ${got}; attesa un'area del CCNL Funzioni Locali 2019-2021 (Funzionari e EQ, Istruttori, Operatori esperti, Operatori) o un'ex categoria (D, C, B, A). ${tail}`));
  }

  const sessoText = text(v.sesso).trim();
  const sesso = parseSesso(sessoText);
  if (!sesso) {
    const got = sessoText === "" ? "sesso vuoto" : `sesso «${sessoText}» non valido`;
    out.push(errore("PERS_SESSO", sheet, at("sesso"), `${where("sesso")}: ${got}; atteso M o F. ${tail}`));
  }

  const rapportoText = text(v.rapporto).trim();
  const rapporto = parseRapporto(rapportoText);
  if (!rapporto) {
    const got = rapportoText === "" ? "rapporto vuoto" : `rapporto «${rapportoText}» non riconosciuto`;
    out.push(errore("PERS_RAPPORTO", sheet, at("rapporto"), `${where("rapporto")}: ${got}; atteso «Tempo indeterminato» o «Tempo determinato». ${tail}`));
  }

  let partTime: number | undefined;
  if (typeof v.partTime === "number") {
    if (v.partTime <= 0 || v.partTime > 100) {
      out.push(errore("PERS_PART_TIME", sheet, at("partTime"), `${where("partTime")}: part-time del ${formatNumber(v.partTime, Number.isInteger(v.partTime) ? 0 : 2)}%; attesa una percentuale maggiore di 0 e non superiore a 100 (vuoto o 100 per il tempo pieno). ${tail}`));
    } else if (v.partTime < 100) partTime = v.partTime;
  }

  const eta = readAge(row, sheet, anno, out, tail, reportMissingAge);

  const responsabile = v.responsabile === true;
  if (responsabile && area && area !== "funzionari") {
    out.push(
      avviso("PERS_RESPONSABILE_AREA", sheet, at("responsabile"), `${where("responsabile")}: responsabile di servizio inquadrato nell'${areaInfo(area).name}; gli incarichi di elevata qualificazione spettano all'${areaInfo("funzionari").name}. Il dipendente è contato nella propria area, non tra i responsabili di servizio.`),
    );
  }

  if (!area || !sesso || !rapporto || eta === undefined) return undefined;
  return { area, sesso, eta, responsabile: responsabile && area === "funzionari", rapporto, partTime };
}

/** Completed age at 31/12 from the birth date, else from the age column; undefined (with findings) when unknown or implausible. */
function readAge(row: TableRow, sheet: string, anno: number, out: Finding[], tail: string, reportMissing: boolean): number | undefined {
  const v = row.values;
  const where = (key: string): string => `Foglio «${sheet}», cella ${row.address(key)}`;
  const birth = v.dataNascita instanceof Date ? v.dataNascita : undefined;
  const typed = typeof v.eta === "number" ? v.eta : undefined;
  const yearEnd = `31/12/${anno}`;

  if (birth && birth.getTime() > Date.UTC(anno, 11, 31)) {
    out.push(errore("PERS_DATA_NASCITA_FUTURA", sheet, row.address("dataNascita"), `${where("dataNascita")}: data di nascita ${formatDate(birth)} successiva al ${yearEnd}; attesa una data non successiva al ${yearEnd}. ${tail}`));
    return undefined;
  }
  if (birth === undefined && typed === undefined) {
    // An unreadable date or age already raised TIPO_NON_VALIDO: do not report the row twice.
    if (reportMissing && !row.invalid.has("dataNascita") && !row.invalid.has("eta")) {
      out.push(errore("PERS_ETA_MANCANTE", sheet, row.address("dataNascita"), `${where("dataNascita")}: mancano sia la data di nascita sia l'età; serve almeno una delle due per la distribuzione per età. ${tail}`));
    }
    return undefined;
  }
  const eta = birth ? ageAtYearEnd(birth, anno) : (typed as number);
  const cell = birth ? "dataNascita" : "eta";
  if (birth && typed !== undefined && typed !== eta) {
    out.push(
      errore("PERS_ETA_INCOERENTE", sheet, row.address("eta"), `${where("eta")}: età ${formatNumber(typed)} anni, ma la data di nascita ${formatDate(birth)} dà ${formatNumber(eta)} anni compiuti al ${yearEnd}; correggere una delle due (o lasciare vuota l'età). ${tail}`),
    );
    return undefined;
  }
  if (eta < MIN_AGE || eta > MAX_AGE) {
    out.push(errore("PERS_ETA_IMPLAUSIBILE", sheet, row.address(cell), `${where(cell)}: età di ${formatNumber(eta)} anni al ${yearEnd}; attesa un'età tra ${MIN_AGE} e ${MAX_AGE} anni. ${tail}`));
    return undefined;
  }
  return eta;
}
