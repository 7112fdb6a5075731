import { readFileSync } from "node:fs";
import { FINDINGS_DOC_PATH, renderFindingsDoc } from "../../scripts/generate-findings-doc";
import { FINDINGS_CATALOG, FINDING_GROUPS } from "../../src/core/findings-catalog";
import { KNOWN_INDIRECT_CALLS, knownCall, scanSources } from "./source-codes";

const scan = scanSources();
const catalogued = new Map(FINDINGS_CATALOG.map((d) => [d.code, d]));

describe("docs/findings.md", () => {
  test("is the document the catalogue generates", () => {
    // A checkout with Windows line endings is still up to date.
    const onDisk = readFileSync(FINDINGS_DOC_PATH, "utf8").replace(/\r\n/g, "\n");
    if (onDisk !== renderFindingsDoc()) {
      throw new Error("docs/findings.md non corrisponde al catalogo: eseguire `npx tsx scripts/generate-findings-doc.ts` e includere il file aggiornato.");
    }
  });

  test("lists every code once, under a group, with its severity, meaning and remedy", () => {
    const doc = renderFindingsDoc();
    for (const d of FINDINGS_CATALOG) {
      expect(doc.split(`| \`${d.code}\` |`)).toHaveLength(2);
      expect(FINDING_GROUPS.map((g) => g.key)).toContain(d.group);
      expect(d.severities.length).toBeGreaterThan(0);
      expect(d.meaning.trim()).not.toBe("");
      expect(d.fix.trim()).not.toBe("");
    }
    expect(doc).toContain("| `PARAM_INCOERENTE` | errore o avviso |");
    expect(doc).toContain("## Rendiconto per titoli (fogli «Entrate» e «Spese»)");
  });
});

describe("the findings catalogue matches the sources", () => {
  test("codes are unique, UPPER_SNAKE and prefixed as the house rules say", () => {
    const codes = FINDINGS_CATALOG.map((d) => d.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of [...codes, ...scan.raised.keys()]) expect(code).toMatch(/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)+$/);
  });

  test("the scan can follow every finding src/ builds", () => {
    // A computed code the scan does not know where to find, or a Finding built as an object literal,
    // would hide codes from this test: list the first in KNOWN_INDIRECT_CALLS, replace the second with errore()/avviso().
    expect(scan.indirect.filter((c) => !knownCall(c))).toEqual([]);
    expect(scan.literalFindings).toEqual([]);
    // Each listed indirect call still exists, so the list cannot rot.
    for (const k of KNOWN_INDIRECT_CALLS) expect(scan.indirect.some((c) => knownCall(c) === k)).toBe(true);
  });

  test("every code raised in src/ is in the catalogue, with the severities it is raised with", () => {
    const missing = [...scan.raised.keys()].filter((c) => !catalogued.has(c));
    expect(missing).toEqual([]);
    for (const [code, severities] of scan.raised) {
      expect({ code, severities: [...catalogued.get(code)!.severities].sort() }).toEqual({ code, severities: [...severities].sort() });
    }
  });

  test("every catalogue code is raised somewhere in src/", () => {
    expect(FINDINGS_CATALOG.map((d) => d.code).filter((c) => !scan.raised.has(c))).toEqual([]);
  });

  test("code comparisons in src/ name real codes", () => {
    expect([...scan.compared].filter((c) => !scan.raised.has(c))).toEqual([]);
  });

  test("the scan sees the constructions it claims to (it can fail)", () => {
    // Codes written on the line after the call, and the budget pairs reached only through `pair.code`.
    expect(scan.raised.get("INTESTAZIONE_MANCANTE")).toEqual(new Set(["errore"]));
    expect(scan.raised.get("BIL_PARTITE_DI_GIRO")).toEqual(new Set(["errore"]));
    expect(scan.raised.get("BIL_ANTICIPAZIONI")).toEqual(new Set(["errore"]));
    expect(scan.raised.get("PARAM_INCOERENTE")).toEqual(new Set(["errore", "avviso"]));
    // Reached only through `out.problem`, an avviso only in the branch that narrows it.
    expect(scan.raised.get("TIPO_NON_VALIDO")).toEqual(new Set(["errore"]));
    expect(scan.raised.get("FORMULA_SENZA_RISULTATO")).toEqual(new Set(["errore", "avviso"]));
    expect(scan.compared).toContain("COLONNA_MANCANTE");
  });
});
