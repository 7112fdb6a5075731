import { analyzeBudget } from "./budget/rendiconto";
import { budgetBlocks, budgetCalcBlocks } from "./budget/report";
import { CONTROLLI_SPEC } from "./controls/spec";
import { analyzeControls } from "./controls/controls";
import { controlsBlocks, controlsCalcBlocks } from "./controls/report";
import { analyzeCensus } from "./demography/census";
import { computeDemographicIndicators } from "./demography/indicators";
import { analyzeDemography } from "./demography/movimento";
import { censusBlocks, demographyCalcBlocks, movimentoBlocks, residentsBlocks } from "./demography/report";
import { CENSIMENTI_SPEC, DEMOGRAFIA_SPEC } from "./demography/spec";
import { ENTRATE_SPEC, SPESE_SPEC } from "./budget/spec";
import { readEnte } from "./ente/read-ente";
import { ENTE_SPEC } from "./ente/spec";
import { Finding, avviso } from "./finding";
import { loadInputs } from "./inputs";
import { ReportBlock } from "./output/blocks";
import { FINDINGS_SHEET, findingsBlocks } from "./output/findings-sheet";
import { CALC_LAYOUT, REPORT_LAYOUT, renderBlocks } from "./output/render";
import { outputSheetName } from "./output/sheet-name";
import { readRedazione } from "./redazione/read-redazione";
import { redazioneBlocks } from "./redazione/report";
import { REDAZIONE_SPEC } from "./redazione/spec";
import { relazioneBlocks } from "./report/relazione";
import { analyzeStaff } from "./staff/employees";
import { criticitaBlocks, genderBlocks, staffCalcBlocks, staffTablesBlocks } from "./staff/report";
import { PERSONALE_SPEC } from "./staff/spec";
import { readTexts } from "./texts/read-texts";
import { TESTI_SPEC } from "./texts/spec";
import { ProgressListener, WorkbookPort } from "./workbook-port";

/** Output sheets, by role; names are Italian and fixed so that a rerun finds and replaces them. */
export const OUTPUT_SHEETS = {
  relazione: "Relazione",
  findings: FINDINGS_SHEET,
  demography: "Calcolo demografia",
  staff: "Calcolo personale",
  budget: "Calcolo bilancio",
  controls: "Calcolo controlli",
} as const;

export interface RunResult {
  readonly findings: Finding[];
  /** Sheets written: actual name (may differ from `title` when a user's sheet held it) and role title. */
  readonly written: { name: string; title: string }[];
  readonly errors: number;
  readonly warnings: number;
}

/** "genera" (default) writes every output sheet; "verifica" checks the data and writes only "Verifica dati". */
export interface RunOptions {
  readonly mode?: "genera" | "verifica";
}

/** Every input sheet of the data model, in the order they are read. */
export const INPUT_SPECS = [ENTE_SPEC, DEMOGRAFIA_SPEC, CENSIMENTI_SPEC, PERSONALE_SPEC, ENTRATE_SPEC, SPESE_SPEC, CONTROLLI_SPEC, REDAZIONE_SPEC, TESTI_SPEC];

/**
 * The main job, the same behind Excel and the command line: reads the input sheets through the port,
 * validates them, computes the indicators, builds the Relazione, and writes the output sheets
 * ("Relazione", "Verifica dati", "Calcolo …") as the add-in's own. Never changes a user's sheet: an
 * output whose name a user's sheet holds goes beside it as "name (2)" with an avviso OUTPUT_NOME_OCCUPATO.
 * An error in one sheet leaves out only the figures that depend on it. Without a valid "Ente" sheet
 * (comune and anno), only "Verifica dati" is written; so it is in mode "verifica".
 */
export async function runReport(port: WorkbookPort, onProgress: ProgressListener = () => undefined, options: RunOptions = {}): Promise<RunResult> {
  onProgress("Lettura dei fogli", 0);
  const owned = await port.ownedSheetNames();
  const inputs = await loadInputs(port, INPUT_SPECS, owned);
  const findings: Finding[] = [...inputs.findings];
  const sheets: { title: string; blocks: ReportBlock[]; layout: typeof CALC_LAYOUT }[] = [];

  onProgress("Verifica e calcolo", 0.3);
  const ente = readEnte(inputs.get(ENTE_SPEC));
  findings.push(...ente.findings);
  const ctx = ente.ctx;
  if (ctx) {
    const demo = analyzeDemography(inputs.get(DEMOGRAFIA_SPEC), ctx);
    const census = analyzeCensus(inputs.get(CENSIMENTI_SPEC), ctx.anno);
    const indicators = demo.movimento ? computeDemographicIndicators(demo.movimento) : undefined;
    const residents = demo.movimento?.fine.totale;
    const staff = analyzeStaff(inputs.get(PERSONALE_SPEC), ctx);
    const budget = analyzeBudget(inputs.get(ENTRATE_SPEC), inputs.get(SPESE_SPEC), ctx);
    const controls = analyzeControls(inputs.get(CONTROLLI_SPEC), ctx);
    const redazione = readRedazione(inputs.get(REDAZIONE_SPEC));
    const texts = readTexts(inputs.get(TESTI_SPEC));
    findings.push(...demo.findings, ...census.findings, ...staff.findings, ...budget.findings, ...controls.findings, ...redazione.findings, ...texts.findings);

    const relazione = relazioneBlocks(ctx, texts.texts, {
      residents: residentsBlocks(demo.movimento, ctx),
      census: census.census ? censusBlocks(census.census) : [],
      movimento: demo.movimento && indicators ? movimentoBlocks(demo.movimento, indicators, ctx) : [],
      staffTables: staff.staff ? staffTablesBlocks(staff.staff, ctx) : [],
      criticita: staff.staff ? criticitaBlocks(staff.staff) : [],
      controls: controls.controls ? controlsBlocks(controls.controls, ctx, ctx.esecutoreControlli) : [],
      budget: budget.budget ? budgetBlocks(budget.budget, ctx, residents) : [],
      gender: staff.staff ? genderBlocks(staff.staff) : [],
      redazione: redazione.phases ? redazioneBlocks(redazione.phases) : [],
    });
    sheets.push({ title: OUTPUT_SHEETS.relazione, blocks: relazione, layout: REPORT_LAYOUT });
    if (demo.movimento || census.census) {
      sheets.push({ title: OUTPUT_SHEETS.demography, blocks: demographyCalcBlocks(demo.movimento, indicators, census.census, ctx), layout: CALC_LAYOUT });
    }
    if (staff.staff) sheets.push({ title: OUTPUT_SHEETS.staff, blocks: staffCalcBlocks(staff.staff, ctx, residents), layout: CALC_LAYOUT });
    if (budget.budget) sheets.push({ title: OUTPUT_SHEETS.budget, blocks: budgetCalcBlocks(budget.budget, ctx, residents), layout: CALC_LAYOUT });
    if (controls.controls) sheets.push({ title: OUTPUT_SHEETS.controls, blocks: controlsCalcBlocks(controls.controls, ctx), layout: CALC_LAYOUT });
  }

  onProgress("Scrittura dei fogli", 0.7);
  const existing = await port.sheetNames();
  const written: { name: string; title: string }[] = [];
  const place = (title: string): string => {
    const { name, displaced } = outputSheetName(title, existing, owned);
    if (displaced) {
      findings.push(avviso("OUTPUT_NOME_OCCUPATO", title, undefined, `Il foglio «${title}» appartiene all'utente e non viene toccato: il risultato è scritto nel foglio «${name}».`));
    }
    existing.push(name);
    written.push({ name, title });
    return name;
  };
  if (options.mode === "verifica") sheets.length = 0;
  const names = sheets.map((s) => place(s.title));
  const findingsName = place(OUTPUT_SHEETS.findings);
  for (const [i, s] of sheets.entries()) await port.writeOwnedSheet(renderBlocks(names[i], s.blocks, s.layout));
  await port.writeOwnedSheet(renderBlocks(findingsName, findingsBlocks(findings), { columnWidths: [10, 26, 16, 8, 100] }));
  onProgress("Fatto", 1);
  const errors = findings.filter((f) => f.severity === "errore").length;
  return { findings, written, errors, warnings: findings.length - errors };
}
