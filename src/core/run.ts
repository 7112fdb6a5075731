import { INPUT_SPECS, analyzeInputs } from "./analyze";
import { Finding, avviso } from "./finding";
import { loadInputs } from "./inputs";
import { ReportBlock, heading, paragraph } from "./output/blocks";
import { FINDINGS_SHEET, findingsBlocks } from "./output/findings-sheet";
import { renderBlocks } from "./output/render";
import { outputSheetName } from "./output/sheet-name";
import { ProgressListener, WorkbookPort } from "./workbook-port";

export { INPUT_SPECS, OUTPUT_SHEETS } from "./analyze";

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

const FINDINGS_LAYOUT = { columnWidths: [10, 26, 16, 8, 100] };

/** What replaces an earlier output sheet that the last run did not produce again. */
function staleNotice(name: string): ReportBlock[] {
  return [
    heading(1, name),
    paragraph(
      `Foglio non aggiornato: l'ultima esecuzione non ha potuto generarlo (vedere il foglio «${FINDINGS_SHEET}»). ` +
        "Il contenuto precedente è stato rimosso perché non corrisponde più ai dati.",
    ),
  ];
}

/**
 * The main job, the same behind Excel and the command line: reads the input sheets through the port,
 * validates them, computes the indicators, builds the Relazione, and writes the output sheets
 * ("Relazione", "Calcolo …", "Verifica dati") as the add-in's own. Never changes a user's sheet: an
 * output whose name a user's sheet holds goes beside it as "name (2)" with an avviso OUTPUT_NOME_OCCUPATO.
 * Without a valid "Ente" sheet (comune and anno), only "Verifica dati" is written; so it is in mode "verifica".
 * An output sheet of an earlier run that this run does not produce again is emptied to a notice saying so.
 */
export async function runReport(port: WorkbookPort, onProgress: ProgressListener = () => undefined, options: RunOptions = {}): Promise<RunResult> {
  onProgress("Lettura dei fogli", 0);
  const owned = await port.ownedSheetNames();
  const inputs = await loadInputs(port, INPUT_SPECS, owned);
  onProgress("Verifica e calcolo", 0.3);
  const analysis = analyzeInputs(inputs);
  const findings: Finding[] = [...inputs.findings, ...analysis.findings];
  const sheets = options.mode === "verifica" ? [] : analysis.sheets;

  onProgress("Scrittura dei fogli", 0.6);
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
  const names = sheets.map((s) => place(s.title));
  const findingsName = place(FINDINGS_SHEET);
  for (const [i, s] of sheets.entries()) {
    await port.writeOwnedSheet(renderBlocks(names[i], s.blocks, s.layout));
    onProgress("Scrittura dei fogli", 0.6 + (0.4 * (i + 1)) / (sheets.length + 1));
  }
  await port.writeOwnedSheet(renderBlocks(findingsName, findingsBlocks(findings), FINDINGS_LAYOUT));
  // an output of an earlier run that this run could not produce must not pass for current
  const writtenLower = new Set(written.map((w) => w.name.toLowerCase()));
  for (const stale of owned.filter((n) => !writtenLower.has(n.toLowerCase()))) {
    await port.writeOwnedSheet(renderBlocks(stale, staleNotice(stale), FINDINGS_LAYOUT));
  }
  onProgress("Fatto", 1);
  const errors = findings.filter((f) => f.severity === "errore").length;
  return { findings, written, errors, warnings: findings.length - errors };
}
