import { ReportBlock } from "../../../src/core/output/blocks";
import { REPORT_LAYOUT, renderBlocks } from "../../../src/core/output/render";
import { FORMAT } from "../../../src/core/output/sheet";

describe("renderBlocks", () => {
  const blocks: ReportBlock[] = [
    { kind: "heading", level: 1, text: "4. Risorse" },
    { kind: "paragraph", text: "Testo\u0007 con  spazi " },
    { kind: "list", items: ["uno", "due"] },
    {
      kind: "table",
      columns: [{ header: "" }, { header: "Accertamenti", format: FORMAT.euro }],
      rows: [["Titolo 1", 9593473.64]],
      totalRows: [["TOTALE", { value: 0.0070, format: FORMAT.percent2 }]],
    },
  ];
  const sheet = renderBlocks("Relazione", blocks, REPORT_LAYOUT);

  it("writes one paragraph per row, merged across the report width, cleaned of control characters", () => {
    expect(sheet.rows[1]).toEqual([{ value: "Testo con spazi", style: "paragraph" }]);
    expect(sheet.rows[2][0].value).toBe("- uno");
    expect(sheet.merges).toContainEqual({ row: 2, fromCol: 1, toCol: 6 });
  });

  it("writes tables as styled grids with their number formats, values only", () => {
    expect(sheet.rows[4].map((c) => c.style)).toEqual(["tableHeader", "tableHeader"]);
    expect(sheet.rows[5][1]).toEqual({ value: 9593473.64, format: "#,##0.00", style: "tableCell" });
    expect(sheet.rows[6][1]).toEqual({ value: 0.007, format: "0.00%", style: "tableTotal" });
  });

  it("names the whole block for pasting into Word", () => {
    expect(sheet.namedBlocks).toEqual([{ name: "RelazionePerformance", fromRow: 1, toRow: sheet.rows.length, fromCol: 1, toCol: 6 }]);
  });
});
