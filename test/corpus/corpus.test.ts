import ExcelJS from "exceljs";
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { FIXTURES_DIR, FixtureExpectation } from "../../scripts/generate-fixtures";
import { EXIT, main } from "../../src/cli/main";
import { FINDINGS_CATALOG } from "../../src/core/findings-catalog";
import { EXCEL_CELL_MAX_CHARS } from "../../src/core/narrative/clean-text";
import { fromExcelJs } from "../../src/workbook/exceljs-adapter";
import { SeenFinding, findingsInSummary, findingsInWorkbook, matches, parseExpected, readManifest } from "./expectations";

/** The committed manifest of test/fixtures/. */
const MANIFEST = readManifest();

/**
 * Catalogue codes no workbook can make the command line raise, with the reason. Every other code of
 * src/core/findings-catalog.ts must be expected by at least one fixture, with each of its severities.
 * Today every code can be produced from a workbook, so the list is empty.
 */
const NOT_FROM_A_WORKBOOK: Readonly<Record<string, string>> = {};

interface Run {
  readonly code: number;
  readonly out: string;
  readonly err: string;
  readonly output: string;
}

async function run(fx: FixtureExpectation, dir: string): Promise<Run> {
  const output = join(dir, fx.file.replace(/\.xlsx$/, ""), "risultato.xlsx");
  let out = "";
  let err = "";
  // main() rejecting is a crash: the test fails with its stack.
  const code = await main([join(FIXTURES_DIR, fx.file), "-o", output], (s) => (out += s + "\n"), (s) => (err += s + "\n"));
  return { code, out, err, output };
}

async function load(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** Every non-empty cell of a sheet by address, as the core reads it (dates as ISO text), for before/after comparison. */
function values(ws: ExcelJS.Worksheet): Record<string, unknown> {
  const cells: Record<string, unknown> = {};
  // eachRow/eachCell visit only the cells that exist: much faster than reading the whole rectangle.
  ws.eachRow((row) =>
    row.eachCell((cell) => {
      const v = fromExcelJs(cell.value);
      if (v !== null) cells[cell.address] = v instanceof Date ? v.toISOString() : v;
    }),
  );
  return cells;
}

// Control characters Word and PDF readers paste (line feed aside): none may reach an output cell.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f]/;

const describeFinding = (f: SeenFinding): string => `${f.code}@${f.sheet}!${f.cell} (${f.severity})`;

/** Exit code 2: one clear Italian line naming the file, and nothing written, not even a temporary file. */
function checkFileError(fx: FixtureExpectation, r: Run): void {
  const lines = r.err.trim().split("\n");
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^Errore: /);
  expect(lines[0]).toContain(fx.file);
  // Not a JavaScript error passed through.
  expect(lines[0]).not.toMatch(/\b(undefined|null|Cannot read|is not a function|TypeError|ReferenceError)\b/);
  if (fx.message) expect(lines[0]).toContain(fx.message);
  expect(r.out).toBe("");
  const outDir = join(r.output, "..");
  expect(existsSync(outDir) ? readdirSync(outDir) : []).toEqual([]);
}

/**
 * Exit code 0 or 1: the expected findings are among those of the "Verifica dati" sheet (and the absent
 * codes are not), errors exist exactly when the exit code says so, the printed summary agrees with the
 * sheet, every input sheet comes out as it went in, and the add-in's sheets hold no control character
 * and no text over Excel's limit per cell.
 */
async function checkDataRun(fx: FixtureExpectation, r: Run): Promise<void> {
  expect(r.err).toBe("");
  const output = await load(r.output);
  const found = findingsInWorkbook(output) ?? [];
  const listed = found.map(describeFinding);
  for (const entry of fx.findings) {
    const e = parseExpected(entry);
    if (!found.some((f) => matches(e, f))) throw new Error(`${fx.file}: manca ${entry} tra le segnalazioni:\n  ${listed.join("\n  ")}`);
  }
  for (const code of fx.absent ?? []) expect(found.filter((f) => f.code === code).map(describeFinding)).toEqual([]);
  expect(found.some((f) => f.severity === "errore")).toBe(fx.exitCode === EXIT.dataErrors);

  const printed = findingsInSummary(r.out);
  if (found.length > 0) expect(printed.length).toBeGreaterThan(0);
  for (const p of printed) expect(listed).toContain(describeFinding(p));

  const input = await load(join(FIXTURES_DIR, fx.file));
  for (const ws of input.worksheets) {
    const copy = output.getWorksheet(ws.name);
    expect(copy?.name).toBe(ws.name);
    expect(values(copy!)).toEqual(values(ws));
  }
  const inputNames = new Set(input.worksheets.map((w) => w.name));
  for (const ws of output.worksheets.filter((w) => !inputNames.has(w.name))) {
    const texts = Object.entries(values(ws)).filter((e): e is [string, string] => typeof e[1] === "string");
    expect(texts.filter(([, v]) => CONTROL.test(v)).map(([a, v]) => `${ws.name}!${a}: ${JSON.stringify(v.slice(0, 80))}`)).toEqual([]);
    expect(texts.filter(([, v]) => v.length > EXCEL_CELL_MAX_CHARS).map(([a, v]) => `${ws.name}!${a}: ${v.length}`)).toEqual([]);
  }
}

const dir = mkdtempSync(join(tmpdir(), "rp-corpus-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// One test per fixture: no crash (main rejecting, or "Errore imprevisto"), the expected exit code, then
// the checks of checkFileError or checkDataRun.
describe("the command line on the corpus of broken workbooks (test/fixtures)", () => {
  it.each(MANIFEST.map((fx) => [fx.file, fx] as const))("%s", async (_file, fx) => {
    const r = await run(fx, dir);
    expect(`${r.out}\n${r.err}`).not.toContain("Errore imprevisto");
    expect(r.code).toBe(fx.exitCode);
    if (fx.exitCode === EXIT.fileError) checkFileError(fx, r);
    else await checkDataRun(fx, r);
  });
});


describe("the corpus covers the catalogue", () => {
  it("holds at least 30 workbooks", () => {
    expect(MANIFEST.length).toBeGreaterThanOrEqual(30);
  });

  it("expects every catalogue code, with each of its severities, in some fixture (or says why it cannot)", () => {
    const expected = MANIFEST.flatMap((fx) => fx.findings.map(parseExpected));
    const covered = (code: string, severity: string, single: boolean): boolean =>
      expected.some((e) => e.code === code && (e.severity === severity || (e.severity === undefined && single)));
    const uncovered = FINDINGS_CATALOG.filter((d) => !(d.code in NOT_FROM_A_WORKBOOK)).flatMap((d) =>
      d.severities.filter((s) => !covered(d.code, s, d.severities.length === 1)).map((s) => `${d.code} (${s})`),
    );
    expect(uncovered).toEqual([]);
  });

  it("names only real codes in its exception list", () => {
    for (const code of Object.keys(NOT_FROM_A_WORKBOOK)) expect(FINDINGS_CATALOG.map((d) => d.code)).toContain(code);
  });

  it("expects only codes of the catalogue", () => {
    const codes = new Set(FINDINGS_CATALOG.map((d) => d.code));
    const unknown = MANIFEST.flatMap((fx) => [...fx.findings.map((f) => parseExpected(f).code), ...(fx.absent ?? [])]).filter((c) => !codes.has(c));
    expect(unknown).toEqual([]);
  });
});
