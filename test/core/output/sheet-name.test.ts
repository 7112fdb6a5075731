import { outputSheetName, validSheetName } from "../../../src/core/output/sheet-name";

describe("validSheetName", () => {
  it("removes characters Excel forbids and keeps 31 characters", () => {
    expect(validSheetName("Bilancio 2024/2025 [consuntivo]")).toBe("Bilancio 2024-2025 -consuntivo-");
    expect(validSheetName("'x'")).toBe("x");
    expect(validSheetName("A".repeat(40))).toHaveLength(31);
    expect(validSheetName("***")).toBe("---");
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
