/**
 * A validation finding. `errore` means a figure cannot be trusted and is left out of the outputs;
 * `avviso` means the data was used but deserves a look.
 */
export type Severity = "errore" | "avviso";

export interface Finding {
  readonly severity: Severity;
  /** Stable machine code, e.g. `DEMO_BILANCIO`; documented in docs/findings.md. */
  readonly code: string;
  /** Sheet the finding is about, as named in the workbook. */
  readonly sheet: string;
  /** A1 address of the offending cell, when there is one. */
  readonly cell?: string;
  /** Italian message: what is wrong and what was expected. */
  readonly message: string;
}

export function errore(code: string, sheet: string, cell: string | undefined, message: string): Finding {
  return { severity: "errore", code, sheet, cell, message };
}

export function avviso(code: string, sheet: string, cell: string | undefined, message: string): Finding {
  return { severity: "avviso", code, sheet, cell, message };
}

export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === "errore");
}
