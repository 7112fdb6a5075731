import { Finding } from "../core/finding";
import { formatNumber, plural } from "../core/narrative/italian";
import { RunResult } from "../core/run";

/** "1 errore e 3 avvisi", "nessun errore e nessun avviso": the counts of a run, in Italian. */
export function countsText(result: Pick<RunResult, "errors" | "warnings">): string {
  const count = (n: number, one: string, many: string): string => (n === 0 ? `nessun ${one}` : `${formatNumber(n)} ${plural(n, one, many)}`);
  return `${count(result.errors, "errore", "errori")} e ${count(result.warnings, "avviso", "avvisi")}`;
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

/** The findings about one sheet, errors first, with their counts. */
export interface SheetFindings {
  readonly sheet: string;
  readonly errors: number;
  readonly warnings: number;
  readonly findings: Finding[];
}

/** Findings grouped by sheet (sheets in alphabetical order), each group ordered as {@link orderedFindings}. */
export function findingsBySheet(findings: readonly Finding[]): SheetFindings[] {
  const groups = new Map<string, Finding[]>();
  for (const f of orderedFindings(findings)) groups.set(f.sheet, [...(groups.get(f.sheet) ?? []), f]);
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b, "it"))
    .map(([sheet, list]) => {
      const errors = list.filter((f) => f.severity === "errore").length;
      return { sheet, errors, warnings: list.length - errors, findings: list };
    });
}
