import { ReportBlock } from "../../../src/core/output/blocks";
import { REPORT_LAYOUT, renderBlocks } from "../../../src/core/output/render";
import { FORMAT } from "../../../src/core/output/sheet";
import { STYLE_LOOK } from "../../../src/core/output/styles";

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

describe("renderBlocks: notices", () => {
  it("draws a notice in a highlighted style of its own, unlike a paragraph or a note", () => {
    const sheet = renderBlocks("Relazione", [{ kind: "notice", text: "[Parte non riportata]" }, { kind: "note", text: "fonte" }], REPORT_LAYOUT);
    expect(sheet.rows[0]).toEqual([{ value: "[Parte non riportata]", style: "notice" }]);
    expect(STYLE_LOOK.notice.fill).toBe("FFF2CC");
    expect(STYLE_LOOK.paragraph.fill).toBeUndefined();
    expect(STYLE_LOOK.note.fill).toBeUndefined();
  });
});

describe("renderBlocks: Excel's limits", () => {
  const sentence = "Nel corso del 2024 sono stati realizzati circa 1.050 interventi di ripristino della segnaletica. ";
  // 700 × 98 characters = 68.600, trimmed to 68.599: more than two cells of 32.767 hold
  const long = sentence.repeat(700).trim();

  it("splits a paragraph longer than a cell across consecutive merged rows, losing no text", () => {
    const sheet = renderBlocks("Relazione", [{ kind: "paragraph", text: long }, { kind: "paragraph", text: "Fine." }], REPORT_LAYOUT);
    const texts = sheet.rows.map((r) => r[0]?.value);
    expect(texts).toHaveLength(4);
    expect(texts[3]).toBe("Fine.");
    for (const t of texts.slice(0, 3)) expect(String(t).length).toBeLessThanOrEqual(32767);
    expect(texts.slice(0, 3).join(" ")).toBe(long);
    expect(sheet.rows.slice(0, 3).every((r) => r[0].style === "paragraph")).toBe(true);
    expect(sheet.merges).toEqual([1, 2, 3, 4].map((row) => ({ row, fromCol: 1, toCol: 6 })));
    // a 32.767-character paragraph needs far more than Excel's 409-point maximum row height
    expect(sheet.rowHeights?.[0]).toBe(409);
  });

  it("gives a table row continuation rows for the rest of a cell longer than Excel's limit", () => {
    const sheet = renderBlocks(
      "Obiettivi",
      [{ kind: "table", columns: [{ header: "Risultati" }, { header: "Valore", format: FORMAT.integer }], rows: [[long, 1050], ["breve", 2]] }],
      REPORT_LAYOUT,
    );
    // header, three rows for the long cell (the number only on the first), the short row, then a blank row
    expect(sheet.rows).toHaveLength(6);
    expect(sheet.rows.slice(0, 5).map((r) => r[1].value)).toEqual(["Valore", 1050, null, null, 2]);
    expect(sheet.rows.slice(1, 4).map((r) => r[0].value).join(" ")).toBe(long);
    expect(sheet.rows.slice(1, 4).every((r) => r.every((c) => c.style === "tableCell"))).toBe(true);
    expect(sheet.rows[4][0].value).toBe("breve");
  });

  it("removes control characters from table cells and headers too", () => {
    const sheet = renderBlocks("X", [{ kind: "table", columns: [{ header: "Voce\u0001" }], rows: [["a\u0007b\tc"]] }], REPORT_LAYOUT);
    expect(sheet.rows[0][0].value).toBe("Voce");
    expect(sheet.rows[1][0].value).toBe("ab c");
  });
});
