import fc from "fast-check";
import { FINDINGS_SHEET } from "../../../src/core/output/findings-sheet";
import { outputSheetName, validSheetName } from "../../../src/core/output/sheet-name";
import { INPUT_SPECS, OUTPUT_SHEETS } from "../../../src/core/run";

describe("validSheetName", () => {
  it("removes characters Excel forbids and keeps 31 characters", () => {
    expect(validSheetName("Bilancio 2024/2025 [consuntivo]")).toBe("Bilancio 2024-2025 -consuntivo-");
    expect(validSheetName("'x'")).toBe("x");
    expect(validSheetName("A".repeat(40))).toHaveLength(31);
    expect(validSheetName("***")).toBe("---");
    expect(validSheetName("a:b\\c?d")).toBe("a-b-c-d");
  });

  it("never leaves an apostrophe or a space at either end, even after cutting to 31 characters", () => {
    expect(validSheetName(" 'x' ")).toBe("x");
    expect(validSheetName("'' Dati ''")).toBe("Dati");
    // 30 letters, a space, an apostrophe: cut to 31 the name would end in a space
    expect(validSheetName(`${"A".repeat(30)} 'B`)).toBe("A".repeat(30));
  });

  it("removes control characters, gives a blank name a default and steps aside from the reserved History", () => {
    expect(validSheetName("Dati\u0007\n2024")).toBe("Dati2024");
    expect(validSheetName("   ")).toBe("Foglio");
    expect(validSheetName("''")).toBe("Foglio");
    expect(validSheetName("History")).toBe("History (1)");
    expect(validSheetName("HISTORY")).toBe("HISTORY (1)");
    expect(validSheetName("Historyx")).toBe("Historyx");
  });

  it("does not cut a name in the middle of a character outside the basic plane", () => {
    // 30 letters then 😀 (two UTF-16 units): cutting at 31 units would leave half of it
    expect(validSheetName(`${"A".repeat(30)}😀`)).toBe("A".repeat(30));
  });

  it("always gives a name Excel accepts, whatever it is given", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 60 }), (name) => {
        const valid = validSheetName(name);
        expect(valid.length).toBeGreaterThan(0);
        expect(valid.length).toBeLessThanOrEqual(31);
        expect(valid).not.toMatch(/[:\\/?*[\]\u0000-\u001f]/);
        expect(valid).not.toMatch(/^['\s]|['\s]$/);
        expect(valid.toLowerCase()).not.toBe("history");
        expect(validSheetName(valid)).toBe(valid);
      }),
      { numRuns: 2000 },
    );
  });

  it("leaves unchanged every sheet name the add-in writes (template and outputs), so no name is built another way", () => {
    const names = [...INPUT_SPECS.map((s) => s.sheet), ...Object.values(OUTPUT_SHEETS), FINDINGS_SHEET];
    for (const n of names) expect(validSheetName(n)).toBe(n);
  });
});

describe("outputSheetName", () => {
  it("reuses the add-in's own sheet and steps aside from a user's sheet of the same name", () => {
    expect(outputSheetName("Relazione", ["Dati", "Relazione"], ["Relazione"])).toEqual({ name: "Relazione", displaced: false });
    expect(outputSheetName("Relazione", ["Dati", "RELAZIONE"], [])).toEqual({ name: "Relazione (2)", displaced: true });
    expect(outputSheetName("Relazione", ["Relazione", "Relazione (2)"], [])).toEqual({ name: "Relazione (3)", displaced: true });
    expect(outputSheetName("Relazione", ["Relazione", "Relazione (2)"], ["Relazione (2)"])).toEqual({ name: "Relazione (2)", displaced: true });
  });
});
