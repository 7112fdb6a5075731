import { analyzeBudget } from "./budget/rendiconto";
import { budgetBlocks, budgetCalcBlocks } from "./budget/report";
import { ENTRATE_SPEC, SPESE_SPEC } from "./budget/spec";
import { analyzeControls } from "./controls/controls";
import { controlsBlocks, controlsCalcBlocks } from "./controls/report";
import { CONTROLLI_SPEC } from "./controls/spec";
import { analyzeCensus } from "./demography/census";
import { computeDemographicIndicators } from "./demography/indicators";
import { analyzeDemography } from "./demography/movimento";
import { censusBlocks, demographyCalcBlocks, movimentoBlocks, residentsBlocks } from "./demography/report";
import { CENSIMENTI_SPEC, DEMOGRAFIA_SPEC } from "./demography/spec";
import { readEnte } from "./ente/read-ente";
import { ENTE_SPEC } from "./ente/spec";
import { Finding } from "./finding";
import { Inputs } from "./inputs";
import { analyzeObjectives } from "./objectives/read-objectives";
import { objectivesBlocks, objectivesCalcBlocks } from "./objectives/report";
import { INDICATORI_SPEC, OBIETTIVI_SPEC } from "./objectives/spec";
import { ReportBlock, notice } from "./output/blocks";
import { joinItalian } from "./narrative/italian";
import { CALC_LAYOUT, REPORT_LAYOUT, RenderLayout } from "./output/render";
import { analyzeEvaluations } from "./evaluations/analyze";
import { personaleMatricole } from "./evaluations/personale";
import { evaluationsBlocks, evaluationsCalcBlocks } from "./evaluations/report";
import { SCHEDE_DIPENDENTI_SPEC, SCHEDE_RESPONSABILI_SPEC } from "./evaluations/spec";
import { readParameters } from "./parameters/read-parameters";
import { PARAMETRI_SPEC } from "./parameters/spec";
import { readRedazione } from "./redazione/read-redazione";
import { redazioneBlocks } from "./redazione/report";
import { REDAZIONE_SPEC } from "./redazione/spec";
import { relazioneBlocks } from "./report/relazione";
import { analyzeStaff } from "./staff/employees";
import { criticitaBlocks, genderBlocks, staffCalcBlocks, staffTablesBlocks } from "./staff/report";
import { PERSONALE_SPEC } from "./staff/spec";
import { TableSpec } from "./table/spec";
import { readTexts } from "./texts/read-texts";
import { textBlocks } from "./texts/report";
import { TESTI_SPEC } from "./texts/spec";

/** Output sheets, by role; names are Italian and fixed so that a rerun finds and replaces them. */
export const OUTPUT_SHEETS = {
  relazione: "Relazione",
  demography: "Calcolo demografia",
  staff: "Calcolo personale",
  budget: "Calcolo bilancio",
  controls: "Calcolo controlli",
  objectives: "Calcolo obiettivi",
  evaluations: "Calcolo valutazioni",
} as const;

/** Every input sheet of the data model, in the order they are read. */
export const INPUT_SPECS: readonly TableSpec[] = [
  ENTE_SPEC,
  DEMOGRAFIA_SPEC,
  CENSIMENTI_SPEC,
  PERSONALE_SPEC,
  ENTRATE_SPEC,
  SPESE_SPEC,
  CONTROLLI_SPEC,
  OBIETTIVI_SPEC,
  INDICATORI_SPEC,
  SCHEDE_DIPENDENTI_SPEC,
  SCHEDE_RESPONSABILI_SPEC,
  PARAMETRI_SPEC,
  REDAZIONE_SPEC,
  TESTI_SPEC,
];

/** An output sheet before layout: its role title, its blocks and the layout to render them with. */
export interface PlannedSheet {
  readonly title: string;
  readonly blocks: readonly ReportBlock[];
  readonly layout: RenderLayout;
}

export interface Analysis {
  readonly findings: readonly Finding[];
  /** Empty when the "Ente" sheet gives no comune and anno: without them no part can be dated. */
  readonly sheets: readonly PlannedSheet[];
}

/**
 * A guard for the parts of the Relazione: a part computed from a sheet with errori would print figures
 * that are wrong or incomplete (a row left out still changes every total), and a public report must not
 * carry them. Such a part is replaced by a visible notice naming the sheets to correct; the calculation
 * sheets still show what could be computed. A part with no content stays empty.
 */
function publishableOnly(inputs: Inputs, findings: readonly Finding[]): (specs: readonly TableSpec[], blocks: readonly ReportBlock[]) => readonly ReportBlock[] {
  const withErrors = new Set(findings.filter((f) => f.severity === "errore").map((f) => f.sheet.toLowerCase()));
  return (specs, blocks) => {
    const sheets = specs.map((s) => inputs.get(s)?.name).filter((n): n is string => n !== undefined && withErrors.has(n.toLowerCase()));
    if (blocks.length === 0 || sheets.length === 0) return blocks;
    const list = joinItalian(sheets.map((n) => `«${n}»`));
    return [
      notice(
        `[Parte non riportata: ${sheets.length === 1 ? "il foglio" : "i fogli"} ${list} ${sheets.length === 1 ? "contiene" : "contengono"} errori ` +
          `(vedere il foglio «Verifica dati»). Correggere i dati e generare di nuovo la Relazione.]`,
      ),
    ];
  };
}

/**
 * Validates and computes everything the input sheets allow: each domain reads its sheet, reports its
 * findings and leaves out the figures its errors touch, so an error in one sheet never stops the
 * outputs of the others; in the Relazione, a part whose sheet has errori becomes a notice (see
 * {@link publishableOnly}). Returns the findings and the output sheets to write (Relazione first).
 */
export function analyzeInputs(inputs: Inputs): Analysis {
  const ente = readEnte(inputs.get(ENTE_SPEC));
  const ctx = ente.ctx;
  if (!ctx) return { findings: ente.findings, sheets: [] };

  const demo = analyzeDemography(inputs.get(DEMOGRAFIA_SPEC), ctx);
  const census = analyzeCensus(inputs.get(CENSIMENTI_SPEC), ctx.anno);
  const indicators = demo.movimento ? computeDemographicIndicators(demo.movimento) : undefined;
  const residents = demo.movimento?.fine.totale;
  const staff = analyzeStaff(inputs.get(PERSONALE_SPEC), ctx);
  const budget = analyzeBudget(inputs.get(ENTRATE_SPEC), inputs.get(SPESE_SPEC), ctx);
  const controls = analyzeControls(inputs.get(CONTROLLI_SPEC), ctx);
  const parameters = readParameters(inputs.get(PARAMETRI_SPEC));
  const params = parameters.params;
  const thresholds = params.esito;
  const objectives = analyzeObjectives(inputs.get(OBIETTIVI_SPEC), inputs.get(INDICATORI_SPEC), ctx, thresholds);
  const evaluations = analyzeEvaluations(
    {
      dipendenti: inputs.get(SCHEDE_DIPENDENTI_SPEC),
      responsabili: inputs.get(SCHEDE_RESPONSABILI_SPEC),
      personale: personaleMatricole(inputs.get(PERSONALE_SPEC)),
    },
    params,
  );
  const redazione = readRedazione(inputs.get(REDAZIONE_SPEC));
  const texts = readTexts(inputs.get(TESTI_SPEC));
  const findings = [
    ...ente.findings,
    ...demo.findings,
    ...census.findings,
    ...staff.findings,
    ...budget.findings,
    ...controls.findings,
    ...parameters.findings,
    ...objectives.findings,
    ...evaluations.findings,
    ...redazione.findings,
    ...texts.findings,
  ];

  const guard = publishableOnly(inputs, findings);
  const controlsReport = guard([CONTROLLI_SPEC], controls.controls ? controlsBlocks(controls.controls, ctx, ctx.esecutoreControlli) : []);
  const relazione = relazioneBlocks(ctx, texts.texts, {
    residents: guard([DEMOGRAFIA_SPEC], residentsBlocks(demo.movimento, ctx)),
    census: guard([CENSIMENTI_SPEC], census.census ? censusBlocks(census.census) : []),
    movimento: guard([DEMOGRAFIA_SPEC], demo.movimento && indicators ? movimentoBlocks(demo.movimento, indicators, ctx) : []),
    staffTables: guard([PERSONALE_SPEC], staff.staff ? staffTablesBlocks(staff.staff, ctx) : []),
    criticita: guard([PERSONALE_SPEC], staff.staff ? criticitaBlocks(staff.staff) : []),
    // the controls table belongs to the objective on controlli interni, as in the reference report
    objectives: guard(
      [OBIETTIVI_SPEC, INDICATORI_SPEC, PARAMETRI_SPEC],
      objectives.objectives ? objectivesBlocks(objectives.objectives, ctx, (o) => (/controlli interni/i.test(o.titolo ?? "") ? controlsReport : [])) : [],
    ),
    evaluations: guard(
      [SCHEDE_DIPENDENTI_SPEC, SCHEDE_RESPONSABILI_SPEC, PARAMETRI_SPEC, PERSONALE_SPEC],
      evaluationsBlocks(evaluations, params, ctx, textBlocks(texts.texts, "valutazioneIndividuale")),
    ),
    controls: objectives.objectives?.some((o) => /controlli interni/i.test(o.titolo ?? "")) ? [] : controlsReport,
    budget: guard([ENTRATE_SPEC, SPESE_SPEC], budget.budget ? budgetBlocks(budget.budget, ctx, residents) : []),
    gender: guard([PERSONALE_SPEC], staff.staff ? genderBlocks(staff.staff) : []),
    redazione: guard([REDAZIONE_SPEC], redazione.phases ? redazioneBlocks(redazione.phases) : []),
  });

  const sheets: PlannedSheet[] = [{ title: OUTPUT_SHEETS.relazione, blocks: relazione, layout: REPORT_LAYOUT }];
  const calc = (title: string, blocks: readonly ReportBlock[]): void => void sheets.push({ title, blocks, layout: CALC_LAYOUT });
  if (demo.movimento || census.census) calc(OUTPUT_SHEETS.demography, demographyCalcBlocks(demo.movimento, indicators, census.census, ctx));
  if (staff.staff) calc(OUTPUT_SHEETS.staff, staffCalcBlocks(staff.staff, ctx, residents));
  if (budget.budget) calc(OUTPUT_SHEETS.budget, budgetCalcBlocks(budget.budget, ctx, residents));
  if (controls.controls) calc(OUTPUT_SHEETS.controls, controlsCalcBlocks(controls.controls, ctx));
  if (objectives.objectives) calc(OUTPUT_SHEETS.objectives, objectivesCalcBlocks(objectives.objectives, ctx, thresholds));
  if (evaluations.sheets.dipendenti || evaluations.sheets.responsabili) calc(OUTPUT_SHEETS.evaluations, evaluationsCalcBlocks(evaluations, params, ctx));
  return { findings, sheets };
}
