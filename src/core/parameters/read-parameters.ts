import { SheetData } from "../cell";
import { Finding, avviso, errore } from "../finding";
import { formatNumber, formatPercent, joinItalian } from "../narrative/italian";
import { TableRow, readTable } from "../table/read-table";
import { TableSpec } from "../table/spec";
import { ColumnType } from "../table/values";
import { labelMatches, normalizeLabel } from "../text";
import { EsitoThresholds } from "./esito-thresholds";
import { GradeLevel, parseLooseNumber } from "./grade-scale";
import { BEHAVIOUR_COUNT, DEFAULT_PARAMETERS, PerformanceParameters } from "./parameters";
import { GRADE_PREFIX, PARAMETER_DEFINITIONS, PARAMETRI_SPEC, ParameterDefinition, ParameterKey } from "./spec";

/** Outcome of reading the "Parametri" sheet: the parameters to use (defaults where not given) and the findings. */
export interface ParametersRead {
  readonly findings: readonly Finding[];
  readonly params: PerformanceParameters;
}

/** PARAMETRI_SPEC with the Valore column read as `type`, to get numbers and percentages as readTable types them. */
function specWithValue(type: ColumnType): TableSpec {
  return { ...PARAMETRI_SPEC, columns: PARAMETRI_SPEC.columns.map((c) => (c.key === "valore" ? { ...c, type } : c)) };
}

/** Value of the Valore cell of each row (by row number) read as `type`; its findings are those of the text read, not repeated. */
function valuesAs(sheet: SheetData, type: ColumnType): Map<number, unknown> {
  const read = readTable(sheet, specWithValue(type));
  return new Map([...read.rows, ...read.totalRows].map((r) => [r.row, r.values.valore]));
}

const fmt = (v: number): string => formatNumber(v, Number.isInteger(v) ? 0 : 2);

const GRADE_NAME = new RegExp(`^\\s*${GRADE_PREFIX}\\b[\\s:.\\-–]*`, "i");

/** Given values by key, with the row they came from. */
type Given = Map<ParameterKey, { readonly value: number | readonly number[]; readonly row: TableRow }>;

/**
 * Reads the "Parametri" sheet (Parametro | Valore, see {@link PARAMETRI_SPEC} and
 * {@link PARAMETER_DEFINITIONS}) into the {@link PerformanceParameters}; every parameter absent,
 * blank or invalid keeps its default from {@link DEFAULT_PARAMETERS} (the seed's SMVP), so a workbook
 * without the sheet (`undefined`) gets the defaults and no finding. Names are matched ignoring case,
 * accents and spacing. Points are numbers ≥ 0 (the maximum score > 0); thresholds percentages in
 * (0, 100] ("100%", 100, or 1 in a %-formatted cell); score bands a list "60; 70; 80; 90". Rows
 * "Giudizio <livello>" | points define the behaviour scale; any valid one replaces the whole default scale.
 * Findings, besides those of readTable:
 * - PARAM_SCONOSCIUTO (avviso): a row whose Parametro is blank or not known; ignored.
 * - PARAM_DUPLICATO (avviso): a parameter or grade level given twice; the later row is ignored.
 * - PARAM_VALORE_MANCANTE (avviso): a known parameter with a blank Valore; default kept.
 * - PARAM_VALORE_NON_VALIDO (errore): a value of the wrong kind or outside its range (negative points,
 *   threshold not in (0, 100], bands not increasing or not inside (0, punteggio massimo)); default kept.
 * - PARAM_INCOERENTE (errore) when the "parzialmente" threshold is not below the "raggiunto" one (both
 *   defaults kept); (avviso) when the maxima do not add up to the punteggio massimo (dipendenti
 *   obiettivi + comportamenti; responsabili with and without obiettivi di ente) or the top grade × 5
 *   behaviours differs from the comportamenti maximum: the values are used as given.
 */
export function readParameters(sheet: SheetData | undefined): ParametersRead {
  if (!sheet) return { findings: [], params: DEFAULT_PARAMETERS };
  const table = readTable(sheet, PARAMETRI_SPEC);
  const findings: Finding[] = [...table.findings];
  if (!table.present.has("parametro") || !table.present.has("valore")) return { findings, params: DEFAULT_PARAMETERS };

  const name = sheet.name;
  const numbers = valuesAs(sheet, "number");
  const percents = valuesAs(sheet, "percent");
  const given: Given = new Map();
  const grades: { level: GradeLevel; row: TableRow }[] = [];
  const where = (row: TableRow, key = "valore"): string => `Foglio «${name}», cella ${row.address(key)}`;
  const rows = [...table.rows, ...table.totalRows].sort((a, b) => a.row - b.row);

  for (const row of rows) {
    const label = row.values.parametro;
    const text = typeof row.values.valore === "string" ? row.values.valore : "";
    if (typeof label !== "string" || label === "") {
      findings.push(avviso("PARAM_SCONOSCIUTO", name, row.address("parametro"), `${where(row, "parametro")}: il valore «${text}» non ha il nome del parametro e viene ignorato.`));
      continue;
    }
    // An unreadable value already has its TIPO_NON_VALIDO errore; the default stays.
    if (row.invalid.has("valore")) continue;

    if (GRADE_NAME.test(label)) {
      const levelLabel = label.replace(GRADE_NAME, "").trim();
      if (levelLabel === "") {
        findings.push(avviso("PARAM_SCONOSCIUTO", name, row.address("parametro"), `${where(row, "parametro")}: «${label}» non indica il livello; atteso ad esempio «${GRADE_PREFIX} Buona». Riga ignorata.`));
        continue;
      }
      const first = grades.find((g) => normalizeLabel(g.level.label) === normalizeLabel(levelLabel));
      if (first) {
        findings.push(avviso("PARAM_DUPLICATO", name, row.address("parametro"), `${where(row, "parametro")}: il giudizio «${levelLabel}» è già indicato alla riga ${first.row.row}; questa riga viene ignorata.`));
        continue;
      }
      const points = numbers.get(row.row);
      if (text === "") findings.push(avviso("PARAM_VALORE_MANCANTE", name, row.address("valore"), `${where(row)}: manca il punteggio del giudizio «${levelLabel}»; il giudizio non viene usato.`));
      else if (typeof points !== "number" || points < 0) {
        findings.push(errore("PARAM_VALORE_NON_VALIDO", name, row.address("valore"), `${where(row)}: «${text}» non è un punteggio valido per il giudizio «${levelLabel}»; atteso un numero ≥ 0. Il giudizio non viene usato.`));
      } else grades.push({ level: { label: levelLabel, points }, row });
      continue;
    }

    const def = PARAMETER_DEFINITIONS.find((p) => labelMatches(label, [p.name, ...p.synonyms]));
    if (!def) {
      findings.push(avviso("PARAM_SCONOSCIUTO", name, row.address("parametro"), `${where(row, "parametro")}: il parametro «${label}» non è previsto e viene ignorato; attesi ${allNames()} o righe «${GRADE_PREFIX} <livello>».`));
      continue;
    }
    const first = given.get(def.key);
    if (first) {
      findings.push(avviso("PARAM_DUPLICATO", name, row.address("parametro"), `${where(row, "parametro")}: il parametro «${def.name}» è già indicato alla riga ${first.row.row}; questa riga viene ignorata.`));
      continue;
    }
    if (text === "") {
      findings.push(avviso("PARAM_VALORE_MANCANTE", name, row.address("valore"), `${where(row)}: manca il valore di «${def.name}»; si usa il valore predefinito ${def.example}.`));
      continue;
    }
    const value = readValue(def, text, numbers.get(row.row), percents.get(row.row));
    if (typeof value === "string") {
      findings.push(errore("PARAM_VALORE_NON_VALIDO", name, row.address("valore"), `${where(row)}: «${text}» non è un valore valido per «${def.name}»; atteso ${value}. Si usa il valore predefinito ${def.example}.`));
      continue;
    }
    given.set(def.key, { value, row });
  }

  const point = (key: ParameterKey, fallback: number): number => {
    const g = given.get(key);
    return g && typeof g.value === "number" ? g.value : fallback;
  };
  const d = DEFAULT_PARAMETERS;
  const punteggioMassimo = point("punteggioMassimo", d.punteggioMassimo);
  const params: PerformanceParameters = {
    grades: grades.length > 0 ? grades.map((g) => g.level).sort((a, b) => a.points - b.points) : d.grades,
    dipendenti: { obiettivi: point("obiettiviDipendenti", d.dipendenti.obiettivi), comportamenti: point("comportamentiDipendenti", d.dipendenti.comportamenti) },
    responsabili: {
      conObiettiviEnte: {
        performanceOrganizzativa: point("performanceOrganizzativa", d.responsabili.conObiettiviEnte.performanceOrganizzativa),
        performanceIndividuale: point("performanceIndividuale", d.responsabili.conObiettiviEnte.performanceIndividuale),
        comportamento: point("comportamentoResponsabili", d.responsabili.conObiettiviEnte.comportamento),
      },
      senzaObiettiviEnte: {
        performanceOrganizzativa: 0,
        performanceIndividuale: point("performanceIndividualeSenzaEnte", d.responsabili.senzaObiettiviEnte.performanceIndividuale),
        comportamento: point("comportamentoResponsabiliSenzaEnte", d.responsabili.senzaObiettiviEnte.comportamento),
      },
    },
    punteggioMassimo,
    esito: esitoThresholds(given, name, findings),
    fasce: fasce(given, punteggioMassimo, name, findings),
  };
  checkSums(params, given, grades.length > 0 ? grades[0].row : undefined, name, findings);
  return { findings, params };
}

/** The typed value of a parameter, or what was expected (as text) when it does not fit. */
function readValue(def: ParameterDefinition, text: string, asNumber: unknown, asPercent: unknown): number | readonly number[] | string {
  switch (def.kind) {
    case "points": {
      const positive = def.key === "punteggioMassimo";
      if (typeof asNumber !== "number" || asNumber < 0 || (positive && asNumber === 0)) return positive ? "un numero di punti maggiore di 0" : "un numero di punti ≥ 0";
      return asNumber;
    }
    case "percent":
      if (typeof asPercent !== "number" || asPercent <= 0 || asPercent > 100) return "una percentuale maggiore di 0 e non superiore a 100, ad esempio 50%";
      return asPercent / 100;
    case "cuts": {
      const cuts = text.split(/\s*;\s*|,\s+|\s+/).filter((s) => s !== "").map(parseLooseNumber);
      const valid = cuts.length > 0 && cuts.every((c, i) => c !== undefined && c > 0 && (i === 0 || c > (cuts[i - 1] as number)));
      return valid ? (cuts as number[]) : "un elenco di punteggi maggiori di 0 e crescenti, separati da punto e virgola, ad esempio «60; 70; 80; 90»";
    }
  }
}

/** The esito thresholds; when "parzialmente" is not below "raggiunto" both defaults are kept (PARAM_INCOERENTE errore). */
function esitoThresholds(given: Given, sheet: string, findings: Finding[]): EsitoThresholds {
  const d = DEFAULT_PARAMETERS.esito;
  const r = given.get("sogliaRaggiunto");
  const p = given.get("sogliaParzialmente");
  const raggiunto = typeof r?.value === "number" ? r.value : d.raggiunto;
  const parzialmente = typeof p?.value === "number" ? p.value : d.parzialmente;
  if (parzialmente < raggiunto) return { raggiunto, parzialmente };
  const cell = (p ?? r)?.row.address("valore");
  findings.push(
    errore(
      "PARAM_INCOERENTE",
      sheet,
      cell,
      `Foglio «${sheet}», cella ${cell}: la soglia di obiettivo parzialmente raggiunto (${formatPercent(parzialmente, 0)}) non è inferiore a quella di obiettivo raggiunto (${formatPercent(raggiunto, 0)}); attesa una soglia più bassa. Si usano le soglie predefinite ${formatPercent(d.raggiunto, 0)} e ${formatPercent(d.parzialmente, 0)}.`,
    ),
  );
  return d;
}

/** The band cuts, each below the maximum score; cuts given beyond it are refused (PARAM_VALORE_NON_VALIDO). */
function fasce(given: Given, max: number, sheet: string, findings: Finding[]): readonly number[] {
  const defaults = DEFAULT_PARAMETERS.fasce.filter((c) => c < max);
  const g = given.get("fasce");
  if (!g) {
    if (defaults.length < DEFAULT_PARAMETERS.fasce.length) {
      findings.push(avviso("PARAM_INCOERENTE", sheet, given.get("punteggioMassimo")?.row.address("valore"), `Foglio «${sheet}»: con punteggio massimo ${fmt(max)} le fasce predefinite (${DEFAULT_PARAMETERS.fasce.map(fmt).join("; ")}) non si applicano tutte; indicare il parametro «Fasce di punteggio».`));
    }
    return defaults;
  }
  const cuts = g.value as readonly number[];
  if (cuts.every((c) => c < max)) return cuts;
  const cell = g.row.address("valore");
  findings.push(errore("PARAM_VALORE_NON_VALIDO", sheet, cell, `Foglio «${sheet}», cella ${cell}: le fasce di punteggio (${cuts.map(fmt).join("; ")}) devono stare sotto il punteggio massimo ${fmt(max)}. Si usano le fasce predefinite.`));
  return defaults;
}

/** PARAM_INCOERENTE avvisi for maxima that do not add up; checked only when the sheet changed one of them. */
function checkSums(p: PerformanceParameters, given: Given, gradeRow: TableRow | undefined, sheet: string, findings: Finding[]): void {
  const max = p.punteggioMassimo;
  const cellOf = (keys: readonly ParameterKey[]): string | undefined => keys.map((k) => given.get(k)?.row.address("valore")).find((c) => c !== undefined);
  const check = (keys: readonly ParameterKey[], parts: readonly number[], what: string): void => {
    if (!keys.some((k) => given.has(k))) return;
    const sum = parts.reduce((s, v) => s + v, 0);
    if (Math.abs(sum - max) < 1e-9) return;
    const cell = cellOf(keys);
    findings.push(avviso("PARAM_INCOERENTE", sheet, cell, `Foglio «${sheet}», cella ${cell}: ${what} ${parts.map(fmt).join(" + ")} = ${fmt(sum)} punti, diverso dal punteggio massimo della scheda (${fmt(max)}); atteso che la somma dei massimi valga ${fmt(max)}. I valori sono usati come indicati.`));
  };
  const { dipendenti: dip, responsabili: resp } = p;
  check(["obiettiviDipendenti", "comportamentiDipendenti", "punteggioMassimo"], [dip.obiettivi, dip.comportamenti], "per il personale non in posizione organizzativa obiettivi + comportamenti danno");
  const con = resp.conObiettiviEnte;
  check(["performanceOrganizzativa", "performanceIndividuale", "comportamentoResponsabili", "punteggioMassimo"], [con.performanceOrganizzativa, con.performanceIndividuale, con.comportamento], "per i responsabili con obiettivi di ente attivi i massimi danno");
  const senza = resp.senzaObiettiviEnte;
  check(["performanceIndividualeSenzaEnte", "comportamentoResponsabiliSenzaEnte", "punteggioMassimo"], [senza.performanceIndividuale, senza.comportamento], "per i responsabili senza obiettivi di ente i massimi danno");

  if (!gradeRow && !given.has("comportamentiDipendenti")) return;
  const top = Math.max(...p.grades.map((g) => g.points));
  if (Math.abs(top * BEHAVIOUR_COUNT - dip.comportamenti) < 1e-9) return;
  const cell = given.get("comportamentiDipendenti")?.row.address("valore") ?? gradeRow?.address("valore");
  findings.push(
    avviso(
      "PARAM_INCOERENTE",
      sheet,
      cell,
      `Foglio «${sheet}», cella ${cell}: il giudizio più alto vale ${fmt(top)} punti, quindi i ${BEHAVIOUR_COUNT} comportamenti arrivano a ${fmt(top * BEHAVIOUR_COUNT)} punti, non ai ${fmt(dip.comportamenti)} del massimo dei comportamenti; atteso che coincidano. I valori sono usati come indicati.`,
    ),
  );
}

function allNames(): string {
  return joinItalian(PARAMETER_DEFINITIONS.map((p) => `«${p.name}»`));
}
