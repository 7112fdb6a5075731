import { readFileSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { Severity } from "../../src/core/finding";

/** Repository root, to report files as "src/core/…". */
export const ROOT = join(__dirname, "..", "..");

/** Every .ts/.tsx file under src/, as a path relative to the repository root. */
export function sourceFiles(dir = join(ROOT, "src")): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(e.name) ? [relative(ROOT, full).split("\\").join("/")] : [];
  });
}

/** A call of errore(…) or avviso(…) whose code is not a string literal: its codes must come from somewhere the scan knows. */
export interface IndirectCall {
  readonly file: string;
  /** The first argument as written, e.g. `pair.code`. */
  readonly argument: string;
  readonly severity: Severity;
}

export interface SourceScan {
  /** Severities each raised code is raised with, across src/. */
  readonly raised: ReadonlyMap<string, ReadonlySet<Severity>>;
  /** Calls whose code is an expression; each must be listed in KNOWN_INDIRECT_CALLS. */
  readonly indirect: readonly IndirectCall[];
  /** Codes compared against (`f.code === "X"`): they must be real codes too. */
  readonly compared: ReadonlySet<string>;
  /** Files outside src/core/finding.ts that build a Finding literal (`severity: "errore"`), which the scan would miss. */
  readonly literalFindings: readonly string[];
}

/** Where the codes of a call with a computed code are written. */
export interface KnownIndirectCall {
  readonly file: string;
  /** The first argument as written, e.g. `pair.code`. */
  readonly argument: string;
  /** Only the calls of this severity, when the same argument is passed to both errore and avviso. */
  readonly severity?: Severity;
  /** File holding the codes the argument can take, and the pattern whose first group is one. */
  readonly codesIn: string;
  readonly codes: RegExp;
  /**
   * For a call inside a branch that narrows the argument (`if (out.problem === "X") avviso(out.problem, …)`):
   * the codes it can take there. Each must be among `codes` and be tested as `argument === "X"` in `file`.
   */
  readonly narrowedTo?: readonly string[];
}

/**
 * Calls of errore/avviso with a computed code, and where their codes are written. A new computed call
 * makes the scan fail until it is listed here with the way to find its codes.
 */
export const KNOWN_INDIRECT_CALLS: readonly KnownIndirectCall[] = [
  // The budget cross-checks: pairs written as object literals `{ …, code: "BIL_PARTITE_DI_GIRO", … }`.
  { file: "src/core/budget/rendiconto.ts", argument: "pair.code", codesIn: "src/core/budget/rendiconto.ts", codes: /\bcode:\s*"([^"]*)"/g },
  // An unreadable cell: readTyped says which problem, `{ ok: false, problem: "TIPO_NON_VALIDO", … }`.
  { file: "src/core/table/read-table.ts", argument: "out.problem", severity: "errore", codesIn: "src/core/table/values.ts", codes: /\bproblem:\s*"([^"]*)"/g },
  // …as an avviso only for a formula without result in a text column.
  {
    file: "src/core/table/read-table.ts",
    argument: "out.problem",
    severity: "avviso",
    codesIn: "src/core/table/values.ts",
    codes: /\bproblem:\s*"([^"]*)"/g,
    narrowedTo: ["FORMULA_SENZA_RISULTATO"],
  },
];

/** The entry of KNOWN_INDIRECT_CALLS that explains `call`, if any. */
export function knownCall(call: IndirectCall): KnownIndirectCall | undefined {
  return KNOWN_INDIRECT_CALLS.find((k) => k.file === call.file && k.argument === call.argument && (k.severity === undefined || k.severity === call.severity));
}

/** The codes a known indirect call can raise; throws when a narrowing is not backed by the sources. */
function indirectCodes(k: KnownIndirectCall, callerText: string): string[] {
  const all = [...readFileSync(join(ROOT, k.codesIn), "utf8").matchAll(k.codes)].map((m) => m[1]);
  if (!k.narrowedTo) return all;
  for (const code of k.narrowedTo) {
    if (!all.includes(code) || !callerText.includes(`${k.argument} === "${code}"`)) {
      throw new Error(`${k.file}: ${k.argument} non è ristretto a ${code} come dice KNOWN_INDIRECT_CALLS`);
    }
  }
  return [...k.narrowedTo];
}

// `\b` keeps hasErrors( and similar out; `\s*` lets the code sit on the next line, as prettier puts it.
const LITERAL_CALL = /\b(errore|avviso)\(\s*"([^"]*)"/g;
const COMPUTED_CALL = /\b(errore|avviso)\(\s*([^"\s)][^,)]*)\s*,/g;
// Finding codes always hold an underscore (domain prefix): Node's `e.code === "ENOENT"` is not one.
const COMPARISON = /\bcode\s*[!=]==?\s*"([A-Z][A-Z0-9]*_[A-Z0-9_]+)"/g;
const FINDING_LITERAL = /\bseverity:\s*"(errore|avviso)"/;

/**
 * Scans src/ for the finding codes it raises. Findings are built only through errore()/avviso() of
 * src/core/finding.ts, so a raised code is either the literal first argument of such a call or, for a
 * computed first argument, one of the codes that KNOWN_INDIRECT_CALLS says where to find. Anything the
 * scan cannot follow — an unlisted computed call, a Finding object literal — is returned apart so the
 * test fails on it instead of silently missing codes.
 */
export function scanSources(files: readonly string[] = sourceFiles()): SourceScan {
  const raised = new Map<string, Set<Severity>>();
  const add = (code: string, severity: Severity): void => void (raised.get(code) ?? raised.set(code, new Set()).get(code)!).add(severity);
  const indirect: IndirectCall[] = [];
  const compared = new Set<string>();
  const literalFindings: string[] = [];
  for (const file of files) {
    // finding.ts defines errore/avviso and the Finding type: nothing there raises a code.
    if (file === "src/core/finding.ts") continue;
    const text = readFileSync(join(ROOT, file), "utf8");
    for (const m of text.matchAll(LITERAL_CALL)) add(m[2], m[1] as Severity);
    for (const m of text.matchAll(COMPUTED_CALL)) {
      const call: IndirectCall = { file, argument: m[2].trim(), severity: m[1] as Severity };
      indirect.push(call);
      const known = knownCall(call);
      if (known) for (const code of indirectCodes(known, text)) add(code, call.severity);
    }
    for (const m of text.matchAll(COMPARISON)) compared.add(m[1]);
    if (FINDING_LITERAL.test(text)) literalFindings.push(file);
  }
  return { raised, indirect, compared, literalFindings };
}
