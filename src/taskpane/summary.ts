import { Finding } from "../core/finding";
import { formatNumber, joinItalian, plural } from "../core/narrative/italian";
import { RunResult } from "../core/run";

/** "1 errore e 3 avvisi", "nessun errore e nessun avviso": the counts of a run, in Italian. */
export function countsText(result: Pick<RunResult, "errors" | "warnings">): string {
  const count = (n: number, one: string, many: string): string => (n === 0 ? `nessun ${one}` : `${formatNumber(n)} ${plural(n, one, many)}`);
  return `${count(result.errors, "errore", "errori")} e ${count(result.warnings, "avviso", "avvisi")}`;
}

/** "Fogli scritti: Relazione, Calcolo personale e Verifica dati", or undefined when none was written. */
export function writtenText(result: Pick<RunResult, "written">): string | undefined {
  if (result.written.length === 0) return undefined;
  const label = result.written.length === 1 ? "Foglio scritto" : "Fogli scritti";
  return `${label}: ${joinItalian(result.written.map((w) => w.name))}`;
}

/** Where a finding points, as Excel writes references: "Personale!C7", "'Dati ente'!B2", or the sheet alone. */
export function findingPlace(finding: Pick<Finding, "sheet" | "cell">): string {
  if (!finding.cell) return finding.sheet;
  const sheet = /^[A-Za-z_][A-Za-z0-9_]*$/.test(finding.sheet) ? finding.sheet : `'${finding.sheet.replace(/'/g, "''")}'`;
  return `${sheet}!${finding.cell}`;
}

const SEVERITY_ORDER: Record<Finding["severity"], number> = { errore: 0, avviso: 1 };

/** Findings as the "Verifica dati" sheet lists them: errors first, then by sheet and cell (B9 before B10). */
export function orderedFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      a.sheet.localeCompare(b.sheet, "it") ||
      (a.cell ?? "").localeCompare(b.cell ?? "", "it", { numeric: true }),
  );
}

/** Colour of the outcome banner: red when some figure was left out, amber for warnings only, green otherwise. */
export function outcomeIntent(result: Pick<RunResult, "errors" | "warnings">): "error" | "warning" | "success" {
  return result.errors > 0 ? "error" : result.warnings > 0 ? "warning" : "success";
}
