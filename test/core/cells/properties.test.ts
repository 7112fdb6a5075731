import fc from "fast-check";
import { CellValue, UNCOMPUTED_FORMULA } from "../../../src/core/cell";
import { ExcelJsValue, fromExcelJsValue } from "../../../src/core/cells/from-exceljs";
import { fromOfficeCell } from "../../../src/core/cells/from-office";
import { parseItalianNumber, parseItalianPercent } from "../../../src/core/cells/italian-text";
import { excelSerialToDate } from "../../../src/core/cells/serial-date";
import { ColumnType, readTyped } from "../../../src/core/table/values";

const RUNS = { numRuns: 2000 };
const COLUMN_TYPES: readonly ColumnType[] = ["integer", "number", "percent", "text", "date", "boolean"];
const VALUE_TYPES = ["Empty", "String", "Double", "Integer", "Boolean", "Error", "RichValue", "Unknown"];

/** Characters people put around and inside numbers, so that generated strings often come close to one. */
const numberish = fc.string({ unit: fc.constantFrom(..."0123456789.,+-−€ %eEuUrR\u00a0xX"), maxLength: 16 });
/** Any text: random code points (lone surrogates included), plus near-numbers. */
const anyText = fc.oneof(fc.string({ unit: "binary" }), numberish);

/** What the adapters may hand to the core, including the odd values a broken file can produce. */
const anyCell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.double(),
  fc.integer(),
  anyText,
  fc.boolean(),
  fc.date(),
  fc.record({ error: fc.string() }),
  fc.record({ error: fc.constant(UNCOMPUTED_FORMULA), formula: fc.string() }),
);

/** A valid core value: what every converter must return. */
function isCellValue(v: CellValue): boolean {
  if (v === null || typeof v === "boolean") return true;
  if (typeof v === "number") return Number.isFinite(v);
  if (typeof v === "string") return v.trim() !== "";
  if (v instanceof Date) return !Number.isNaN(v.getTime());
  return typeof v.error === "string";
}

/**
 * The number an Italian-formatted text denotes, computed independently of the parser: one optional sign
 * and one optional euro mark at either end; the digits, with "." only before groups of exactly three
 * digits and "," as the one decimal mark. Undefined when the text is not such a number.
 */
function oracle(text: string): number | undefined {
  let t = text.trim();
  let negative = false;
  let signs = 0;
  let euros = 0;
  for (let changed = true; changed; ) {
    changed = false;
    const lower = t.toLowerCase();
    if (t.startsWith("-") || t.startsWith("−") || t.startsWith("+")) {
      negative = t[0] !== "+";
      signs++;
      t = t.slice(1).trim();
      changed = true;
    } else if (t.startsWith("€") || lower.startsWith("eur")) {
      t = t.slice(t.startsWith("€") ? 1 : 3).trim();
      euros++;
      changed = true;
    } else if (t.endsWith("€") || lower.endsWith("eur")) {
      t = t.slice(0, t.endsWith("€") ? -1 : -3).trim();
      euros++;
      changed = true;
    }
  }
  if (signs > 1 || euros > 1 || t === "") return undefined;
  const [int, frac, ...more] = t.split(",");
  if (more.length > 0 || frac === "" || (frac !== undefined && !/^\d+$/.test(frac))) return undefined;
  const groups = int.split(".");
  if (!groups.every((g) => /^\d+$/.test(g))) return undefined;
  if (groups.length > 1 && (groups[0].length > 3 || groups.slice(1).some((g) => g.length !== 3))) return undefined;
  const value = Number(groups.join("") + (frac === undefined ? "" : "." + frac));
  if (!Number.isFinite(value)) return undefined;
  return negative && value !== 0 ? -value : value;
}

/** Italian form of a number of cents, grouped or not, with sign and euro mark in any of the accepted places. */
const italianAmount = fc
  .record({
    cents: fc.integer({ min: -1e13, max: 1e13 }),
    grouped: fc.boolean(),
    decimals: fc.boolean(),
    euro: fc.constantFrom("", "€ ", "€", " €", "EUR "),
    pad: fc.constantFrom("", " ", "\u00a0"),
  })
  .map(({ cents, grouped, decimals, euro, pad }) => {
    const abs = Math.abs(cents);
    const int = String(Math.floor(abs / 100));
    const intText = grouped ? int.replace(/\B(?=(\d{3})+(?!\d))/g, ".") : int;
    const fracText = decimals ? "," + String(abs % 100).padStart(2, "0") : "";
    const value = decimals ? abs / 100 : Math.floor(abs / 100);
    const body = intText + fracText;
    const text = euro.trim() === "" ? body : euro.startsWith(" ") ? body + euro : euro + body;
    const sign = cents < 0 && value !== 0 ? "-" : "";
    return { text: pad + sign + text + pad, value: sign ? -value : value };
  });

describe("parseItalianNumber (property)", () => {
  it("reads back every Italian-formatted amount exactly", () => {
    fc.assert(
      fc.property(italianAmount, ({ text, value }) => {
        expect(parseItalianNumber(text)).toBe(value);
      }),
      RUNS,
    );
  });

  it("yields a number only for text that is an Italian number, and exactly that number", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const parsed = parseItalianNumber(text);
        if (parsed !== undefined) expect(parsed).toBe(oracle(text));
      }),
      { numRuns: 20000 },
    );
  });

  it("never reads text with letters (other than a EUR mark) or other symbols as a number", () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom(..."aAzZ#$/*()xXe'"), anyText, (before, symbol, after) => {
        expect(parseItalianNumber(before + symbol + after)).toBeUndefined();
      }),
      RUNS,
    );
  });

  it("reads a percentage as the number before the sign", () => {
    fc.assert(
      fc.property(italianAmount.filter(({ text }) => !/€|eur/i.test(text)), fc.constantFrom("%", " %"), ({ text, value }, sign) => {
        expect(parseItalianPercent(text + sign)).toBe(value);
      }),
      RUNS,
    );
  });
});

describe("fromExcelJsValue (property)", () => {
  it("never throws and always returns a valid cell value, whatever it is given", () => {
    fc.assert(
      fc.property(fc.anything({ withDate: true, withMap: true, withSet: true, withBoxedValues: true, withNullPrototype: true, withTypedArray: true }), (v) => {
        expect(isCellValue(fromExcelJsValue(v as ExcelJsValue))).toBe(true);
      }),
      RUNS,
    );
  });

  it("returns a number only when the cell, or the saved result of its formula, is that number", () => {
    const shaped = fc.oneof(
      anyCell,
      fc.record({ formula: fc.string(), result: fc.option(anyCell, { nil: undefined }) }),
      fc.record({ richText: fc.array(fc.record({ text: anyText })) }),
      fc.record({ text: anyText, hyperlink: fc.string() }),
    );
    fc.assert(
      fc.property(shaped, (v) => {
        const out = fromExcelJsValue(v as ExcelJsValue);
        if (typeof out !== "number") return;
        const source = typeof v === "object" && v !== null && "result" in v ? v.result : v;
        expect(source).toBe(out);
      }),
      RUNS,
    );
  });

  it("gives every finite number back unchanged", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
        expect(fromExcelJsValue(n)).toBe(n);
        expect(fromExcelJsValue({ formula: "A1", result: n })).toBe(n);
      }),
      RUNS,
    );
  });
});

describe("fromOfficeCell (property)", () => {
  it("never throws, always returns a valid cell value, and a number only from that number", () => {
    fc.assert(
      fc.property(
        fc.anything({ withDate: true, withBoxedValues: true, withNullPrototype: true }),
        fc.oneof(fc.constantFrom(...VALUE_TYPES), fc.string()),
        fc.oneof(fc.constantFrom("General", "@", "dd/mm/yyyy", "0.00%", "#,##0.00"), fc.string()),
        fc.boolean(),
        (value, type, format, date1904) => {
          const out = fromOfficeCell(value, type, format, date1904);
          expect(isCellValue(out)).toBe(true);
          if (typeof out === "number") expect(value).toBe(out);
        },
      ),
      RUNS,
    );
  });

  it("gives every finite number in a non-date format back unchanged", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom("General", "#,##0.00", "0.00%", "@"), fc.boolean(), (n, format, date1904) => {
        expect(fromOfficeCell(n, "Double", format, date1904)).toBe(n);
      }),
      RUNS,
    );
  });

  it("reads a date serial as the same day in either date system (1904 serials are 1462 lower)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1462 + 61, max: 2_958_465 }), (serial1900) => {
        const in1900 = fromOfficeCell(serial1900, "Integer", "dd/mm/yyyy", false);
        expect(in1900).toEqual(fromOfficeCell(serial1900 - 1462, "Integer", "dd/mm/yyyy", true));
        // back to the serial: days since 1970-01-01 + 25569
        expect((in1900 as Date).getTime() / 86_400_000 + 25569).toBe(serial1900);
        expect(excelSerialToDate(serial1900)).toEqual(in1900);
      }),
      RUNS,
    );
  });
});

describe("readTyped (property)", () => {
  it("never throws, whatever the cell, the column type and the date system", () => {
    fc.assert(
      fc.property(anyCell, fc.constantFrom(...COLUMN_TYPES), fc.boolean(), (raw, type, date1904) => {
        const out = readTyped(raw, type, date1904);
        if (!out.ok) expect(out.reason.length).toBeGreaterThan(0);
      }),
      { numRuns: 10000 },
    );
  });

  it("never turns a non-number into a number", () => {
    fc.assert(
      fc.property(anyCell, fc.constantFrom(...COLUMN_TYPES), fc.boolean(), (raw, type, date1904) => {
        const out = readTyped(raw, type, date1904);
        if (!out.ok || typeof out.value !== "number") return;
        expect(["integer", "number", "percent"]).toContain(type);
        if (typeof raw === "number") {
          expect(Number.isFinite(raw)).toBe(true);
          expect(out.value).toBe(type === "percent" && raw > 0 && raw <= 1 ? raw * 100 : raw);
          expect(out.numberAsText).toBe(false);
        } else {
          expect(typeof raw).toBe("string");
          const text = String(raw).trim();
          const expected = type === "percent" && text.endsWith("%") ? oracle(text.slice(0, -1)) : oracle(text);
          expect(out.value).toBe(expected);
          expect(out.numberAsText).toBe(true);
        }
      }),
      { numRuns: 10000 },
    );
  });

  it("reads every finite number in a number column as itself, and every integer in an integer column", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
        expect(readTyped(n, "number")).toEqual({ ok: true, value: n, numberAsText: false });
        if (Number.isInteger(n)) expect(readTyped(n, "integer")).toMatchObject({ ok: true, value: n });
      }),
      RUNS,
    );
  });

  it("reads blank text as an empty cell in every column type", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(" ", "\t", "\n", "\u00a0", "\u200b", "\ufeff") }), fc.constantFrom(...COLUMN_TYPES), (text, type) => {
        expect(readTyped(text, type)).toEqual({ ok: true, value: null });
        expect(fromExcelJsValue(text)).toBeNull();
        expect(fromOfficeCell(text, "String", "General", false)).toBeNull();
      }),
      RUNS,
    );
  });

  it("reports a formula without result as FORMULA_SENZA_RISULTATO in every column type, never as a value", () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom(...COLUMN_TYPES), (formula, type) => {
        const out = readTyped({ error: UNCOMPUTED_FORMULA, formula }, type);
        expect(out.ok).toBe(false);
        if (!out.ok) expect(out.problem).toBe("FORMULA_SENZA_RISULTATO");
      }),
      RUNS,
    );
  });
});
