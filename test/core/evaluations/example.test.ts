import { PERSONALE_SHEET } from "../../../examples/darfo-boario-terme-2024/personale";
import { PARAMETRI_SHEET, SCHEDE_DIPENDENTI_SHEET, SCHEDE_RESPONSABILI_SHEET } from "../../../examples/darfo-boario-terme-2024/schede";
import { aggregateEvaluations } from "../../../src/core/evaluations/aggregates";
import { analyzeEvaluations } from "../../../src/core/evaluations/analyze";
import { personaleMatricole } from "../../../src/core/evaluations/personale";
import { evaluationsBlocks } from "../../../src/core/evaluations/report";
import { DEFAULT_PARAMETERS } from "../../../src/core/parameters/parameters";
import { readParameters } from "../../../src/core/parameters/read-parameters";
import { CTX } from "./fixtures";
import { exampleSheetData } from "./sheet-data";

describe("the fictional schede of the reference workbook", () => {
  const personale = personaleMatricole(exampleSheetData(PERSONALE_SHEET));
  const { params, findings: paramFindings } = readParameters(exampleSheetData(PARAMETRI_SHEET));
  const r = analyzeEvaluations({ dipendenti: exampleSheetData(SCHEDE_DIPENDENTI_SHEET), responsabili: exampleSheetData(SCHEDE_RESPONSABILI_SHEET), personale }, params);

  it("say they are fictional", () => {
    expect(SCHEDE_DIPENDENTI_SHEET.titleRows?.[0]).toMatch(/^DATI FITTIZI: /);
    expect(SCHEDE_RESPONSABILI_SHEET.titleRows?.[0]).toMatch(/^DATI FITTIZI: /);
  });

  it("hold the seed's parameters", () => {
    expect(paramFindings).toEqual([]);
    expect(params).toEqual(DEFAULT_PARAMETERS);
  });

  it("give one valid scheda to each of the 73 employees, in the right sheet", () => {
    expect(r.findings).toEqual([]);
    expect(r.schede).toHaveLength(73);
    expect(r.schede.filter((s) => s.kind === "responsabile").map((s) => s.matricola)).toEqual(["D001", "D002", "D003", "D004", "D005"]);
  });

  it("spread over the bands and keep the lone Operatore's score out of the Relazione", () => {
    const agg = aggregateEvaluations(r.schede, params);
    expect(agg.byBand.reduce((s, b) => s + b.count, 0)).toBe(73);
    expect(agg.byBand.filter((b) => b.count > 0)).toHaveLength(5);
    expect(agg.byArea.find((g) => g.key === "operatori")?.stats.count).toBe(1);
    const json = JSON.stringify(evaluationsBlocks(r, params, CTX));
    expect(json).toContain('["degli Operatori (ex categoria A)",1,"n.d. (meno di 3 schede)"');
    expect(json).not.toMatch(/D0\d\d/);
  });
});
