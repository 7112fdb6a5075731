import fc from "fast-check";
import { EXCEL_CELL_MAX_CHARS, normalizeText, splitForCells } from "../../../src/core/narrative/clean-text";

describe("normalizeText", () => {
  it("removes control characters pasted from Word or PDF, keeping line breaks", () => {
    expect(normalizeText("Testo\u0007 con\u0000  spazi\u000b\u001f ")).toBe("Testo con spazi");
    expect(normalizeText("riga 1\r\nriga 2\rriga 3\u2028riga 4\u2029riga 5")).toBe("riga 1\nriga 2\nriga 3\nriga 4\nriga 5");
    expect(normalizeText("a\u0085b\u009fc\u007fd")).toBe("abcd");
  });

  it("turns tabs and non-breaking spaces into single spaces, so words stay apart", () => {
    expect(normalizeText("Polizia\tLocale\u00a0\u00a0 2024")).toBe("Polizia Locale 2024");
  });

  it("removes what an .xlsx file cannot carry: unpaired surrogates and U+FFFE/U+FFFF, keeping real emoji", () => {
    expect(normalizeText("a\ud800b\udc00c\ufffed\uffff😀")).toBe("abcd😀");
  });

  it("never cuts text, however long", () => {
    const long = "parola ".repeat(10000).trim();
    expect(normalizeText(long)).toBe(long);
  });

  it("leaves no character an .xlsx file refuses, whatever it is given", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (text) => {
        const clean = normalizeText(text);
        // eslint-disable-next-line no-control-regex
        expect(clean).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\ufffe\uffff]/);
        expect(clean).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
        expect(clean).toBe(clean.trim());
      }),
      { numRuns: 3000 },
    );
  });
});

describe("splitForCells", () => {
  it("keeps text within Excel's cell limit whole", () => {
    expect(splitForCells("Breve.")).toEqual(["Breve."]);
    expect(splitForCells("")).toEqual([""]);
    expect(EXCEL_CELL_MAX_CHARS).toBe(32767);
  });

  it("splits at the last sentence end within the limit", () => {
    // limit 20: "Prima frase. Seconda" has 20 characters; the last sentence end within it is after "frase."
    expect(splitForCells("Prima frase. Seconda frase lunga.", 20)).toEqual(["Prima frase.", "Seconda frase lunga."]);
  });

  it("prefers a line break in the second half of the limit, then a space", () => {
    expect(splitForCells("Uno due tre.\nquattro cinque sei", 16)).toEqual(["Uno due tre.", "quattro cinque", "sei"]);
    expect(splitForCells("aaaa bbbb cccc dddd", 10)).toEqual(["aaaa bbbb", "cccc dddd"]);
  });

  it("cuts a word longer than the limit, but not inside a surrogate pair", () => {
    expect(splitForCells("abcdefghij", 4)).toEqual(["abcd", "efgh", "ij"]);
    expect(splitForCells("abc😀def", 4)).toEqual(["abc", "😀de", "f"]);
  });

  it("splits a paragraph longer than a cell into pieces that fit, losing no text", () => {
    const sentence = "Nel corso del 2024 sono stati realizzati circa 1.050 interventi di ripristino della segnaletica. ";
    const text = normalizeText(sentence.repeat(700)); // 700 × 98 = 68.600 characters
    const pieces = splitForCells(text);
    expect(pieces).toHaveLength(3);
    for (const p of pieces) {
      expect(p.length).toBeLessThanOrEqual(EXCEL_CELL_MAX_CHARS);
      expect(p.endsWith("segnaletica.")).toBe(true);
    }
    expect(pieces.join(" ")).toBe(text);
  });

  it("never loses a character and never exceeds the limit, whatever the text and the limit", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("a", "b", " ", ".", "\n", "😀", "»", "!") }), fc.integer({ min: 2, max: 30 }), (text, max) => {
        const pieces = splitForCells(text, max);
        for (const p of pieces) expect(p.length).toBeLessThanOrEqual(max);
        // whitespace-only text comes back as one empty cell; anything else never yields an empty piece
        if (text.trim() !== "") for (const p of pieces) expect(p).not.toBe("");
        expect(pieces.join("").replace(/\s/g, "")).toBe(text.replace(/\s/g, ""));
        for (const p of pieces) expect(p).not.toMatch(/[\ud800-\udbff]$|^[\udc00-\udfff]/);
      }),
      { numRuns: 3000 },
    );
  });
});
