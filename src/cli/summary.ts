import { RunResult } from "../core/run";
import { formatNumber, plural } from "../core/narrative/italian";

const SHOWN_FINDINGS = 15;

/** The few lines the command line prints after a run: counts, first findings, sheets written. */
export function formatSummary(result: RunResult, input: string, output: string): string {
  const lines = [
    `Relazione sulla performance: ${input} → ${output}`,
    `${formatNumber(result.errors)} ${plural(result.errors, "errore", "errori")}, ${formatNumber(result.warnings)} ${plural(result.warnings, "avviso", "avvisi")} (dettaglio nel foglio «Verifica dati»)`,
  ];
  const ordered = [...result.findings].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === "errore" ? -1 : 1));
  for (const f of ordered.slice(0, SHOWN_FINDINGS)) {
    lines.push(`  [${f.severity}] ${f.code} ${f.sheet}${f.cell ? "!" + f.cell : ""}: ${f.message}`);
  }
  if (ordered.length > SHOWN_FINDINGS) lines.push(`  … e altri ${formatNumber(ordered.length - SHOWN_FINDINGS)}`);
  lines.push(`Fogli scritti: ${result.written.map((w) => w.name).join(", ")}`);
  return lines.join("\n");
}
