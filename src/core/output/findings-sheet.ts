import { Finding } from "../finding";
import { formatNumber, plural } from "../narrative/italian";
import { ReportBlock } from "./blocks";

/** Name of the sheet listing the findings of a run. */
export const FINDINGS_SHEET = "Verifica dati";

const ORDER: Record<Finding["severity"], number> = { errore: 0, avviso: 1 };

/**
 * Content of the "Verifica dati" sheet: a summary line, then one row per finding (Gravità, Codice,
 * Foglio, Cella, Messaggio), errors first, then by sheet and cell.
 */
export function findingsBlocks(findings: readonly Finding[]): ReportBlock[] {
  const errors = findings.filter((f) => f.severity === "errore").length;
  const warnings = findings.length - errors;
  const sorted = [...findings].sort(
    (a, b) => ORDER[a.severity] - ORDER[b.severity] || a.sheet.localeCompare(b.sheet, "it") || (a.cell ?? "").localeCompare(b.cell ?? "", "it", { numeric: true }),
  );
  const summary =
    findings.length === 0
      ? "Nessun problema rilevato nei dati."
      : `${formatNumber(errors)} ${plural(errors, "errore", "errori")} e ${formatNumber(warnings)} ${plural(warnings, "avviso", "avvisi")}. ` +
        "Gli errori escludono il dato dai calcoli; gli avvisi segnalano dati usati ma da controllare.";
  return [
    { kind: "heading", level: 1, text: "Verifica dati" },
    { kind: "paragraph", text: summary },
    ...(findings.length === 0
      ? []
      : [
          {
            kind: "table" as const,
            columns: [{ header: "Gravità" }, { header: "Codice" }, { header: "Foglio" }, { header: "Cella" }, { header: "Messaggio" }],
            rows: sorted.map((f) => [f.severity, f.code, f.sheet, f.cell ?? "", f.message]),
          },
        ]),
  ];
}
