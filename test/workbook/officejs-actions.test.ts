import { INPUT_SPECS } from "../../src/core/run";
import { templateSheets } from "../../src/taskpane/template";
import { OfficeJsActions } from "../../src/workbook/officejs-actions";
import { FakeExcel } from "./fake-excel";

/** A host supporting ExcelApi up to `max` (minor version of 1.x). */
const upTo =
  (max: number) =>
  (name: string, version: string): boolean =>
    name === "ExcelApi" && Number(version.split(".")[1]) <= max;

function workbookWithStaff(): FakeExcel {
  const fake = new FakeExcel();
  fake.addSheet("Dipendenti", [["Matricola"], ["D001"]]);
  return fake;
}

describe("OfficeJsActions.addTemplateSheets", () => {
  it("adds every missing input sheet in two syncs, with text headers, notes, frozen header and warning drop-downs", async () => {
    const fake = workbookWithStaff();
    const outcome = await new OfficeJsActions(fake.run, upTo(18)).addTemplateSheets(templateSheets());
    expect(fake.syncs).toBe(2);
    expect(outcome.skipped).toEqual([{ name: "Personale", existing: "Dipendenti" }]);
    expect(outcome.added).toEqual(INPUT_SPECS.map((s) => s.sheet).filter((n) => n !== "Personale"));
    expect(outcome.missing).toEqual([]);
    // the user's sheet is untouched: nothing was written to it
    expect(fake.calls.filter((c) => c.sheet === "Dipendenti")).toEqual([]);
    expect(fake.cell("Dipendenti", "A2")?.value).toBe("D001");

    expect(fake.cell("Entrate", "C1")).toEqual({ value: "Accertamenti", format: "@", formula: false });
    expect(fake.callsOf("freezeRows").map((c) => [c.sheet, c.value])).toContainEqual(["Entrate", 1]);
    const notes = fake.callsOf("addNote").filter((c) => c.sheet === "Entrate");
    expect(notes.map((c) => c.address)).toEqual(["A1", "B1", "C1", "D1"]);
    expect(notes[2].value).toBe("Accertamenti di competenza; per l'avanzo, l'importo applicato. Unità: €. Esempio: 9.593.473,64. Obbligatoria.");

    const validations = fake.callsOf("dataValidation").filter((c) => c.sheet === "Obiettivi");
    expect(validations.find((c) => c.prop === "rule" && c.address === "Q2:Q5001")?.value).toEqual({
      list: { inCellDropDown: true, source: "Raggiunto,Parzialmente raggiunto,Non raggiunto,In corso,Non valutabile" },
    });
    expect(validations.find((c) => c.prop === "errorAlert" && c.address === "Q2:Q5001")?.value).toMatchObject({ showAlert: true, style: "Warning" });
    expect(fake.callsOf("dataValidation").some((c) => c.prop === "prompt")).toBe(false);
  });

  it("without ExcelApi 1.18 puts each note in the header's input prompt and names the missing set", async () => {
    const fake = new FakeExcel();
    const outcome = await new OfficeJsActions(fake.run, upTo(17)).addTemplateSheets(templateSheets());
    expect(outcome.missing).toEqual([{ set: "ExcelApi 1.18", feature: "notes" }]);
    expect(fake.callsOf("addNote")).toEqual([]);
    const prompt = fake.callsOf("dataValidation").find((c) => c.sheet === "Entrate" && c.address === "C1" && c.prop === "prompt");
    expect(prompt?.value).toEqual({
      showPrompt: true,
      title: "Accertamenti",
      message: "Accertamenti di competenza; per l'avanzo, l'importo applicato. Unità: €. Esempio: 9.593.473,64. Obbligatoria.",
    });
    expect(fake.callsOf("dataValidation").some((c) => c.prop === "rule")).toBe(true);
  });

  it("with ExcelApi 1.7 alone writes headers only and names both missing sets", async () => {
    const fake = new FakeExcel();
    const outcome = await new OfficeJsActions(fake.run, upTo(7)).addTemplateSheets(templateSheets());
    expect(outcome.missing).toEqual([
      { set: "ExcelApi 1.8", feature: "validation" },
      { set: "ExcelApi 1.18", feature: "notes" },
    ]);
    expect(fake.callsOf("dataValidation")).toEqual([]);
    expect(fake.callsOf("addNote")).toEqual([]);
    expect(fake.cell("Personale", "D1")?.value).toBe("Sesso");
  });

  it("adds nothing and reports nothing missing when every sheet is already there", async () => {
    const fake = new FakeExcel();
    for (const spec of INPUT_SPECS) fake.addSheet(spec.sheet.toUpperCase());
    const outcome = await new OfficeJsActions(fake.run, upTo(7)).addTemplateSheets(templateSheets());
    expect(outcome).toEqual({ added: [], skipped: INPUT_SPECS.map((s) => ({ name: s.sheet, existing: s.sheet.toUpperCase() })), missing: [] });
    expect(fake.calls).toEqual([]);
  });
});

describe("OfficeJsActions.selectCell", () => {
  it("activates the sheet and selects the cell, or A1", async () => {
    const fake = workbookWithStaff();
    const actions = new OfficeJsActions(fake.run, upTo(18));
    await actions.selectCell("Dipendenti", "A2");
    await actions.selectCell("dipendenti");
    expect(fake.calls).toEqual([
      { op: "activate", sheet: "Dipendenti" },
      { op: "select", sheet: "Dipendenti", address: "A2" },
      { op: "activate", sheet: "Dipendenti" },
      { op: "select", sheet: "Dipendenti", address: "A1" },
    ]);
    expect(fake.syncs).toBe(2);
  });

  it("rejects a sheet that is not there", async () => {
    await expect(new OfficeJsActions(new FakeExcel().run, upTo(18)).selectCell("Manca", "B2")).rejects.toThrow(/ItemNotFound/);
  });
});
