import { excelSerialToDate, isDateSerial } from "../../../src/core/cells/serial-date";
import { isDateFormat } from "../../../src/core/cells/number-format";

const utc = (iso: string): Date => new Date(iso);

describe("excelSerialToDate", () => {
  it.each([
    [1, "1900-01-01T00:00:00Z"],
    [59, "1900-02-28T00:00:00Z"],
    // 60 is Excel's fictitious 29/02/1900, 61 the real 1 March
    [60, "1900-03-01T00:00:00Z"],
    [61, "1900-03-01T00:00:00Z"],
    // 45292 − 25569 = 19723 days after 1970-01-01 = 54 × 365 + 13 leap days → 2024-01-01
    [45292, "2024-01-01T00:00:00Z"],
    [45292.5, "2024-01-01T12:00:00Z"],
    // 2024 is a leap year: 45292 + 365 is 31 December
    [45657, "2024-12-31T00:00:00Z"],
  ])("1900 system: %p → %s", (serial, iso) => {
    expect(excelSerialToDate(serial)).toEqual(utc(iso));
    expect(excelSerialToDate(serial, false)).toEqual(utc(iso));
  });

  it.each([
    [0, "1904-01-01T00:00:00Z"],
    // the same day is 1462 lower in the 1904 system: 45292 − 1462 = 43830
    [43830, "2024-01-01T00:00:00Z"],
    [44195, "2024-12-31T00:00:00Z"],
    // no fictitious leap day in the 1904 system: 59 days after 1904-01-01 is 29 February 1904 (a real one)
    [59, "1904-02-29T00:00:00Z"],
  ])("1904 system: %p → %s", (serial, iso) => {
    expect(excelSerialToDate(serial, true)).toEqual(utc(iso));
  });

  it("reads the same serial as dates four years and a day apart in the two systems", () => {
    expect(excelSerialToDate(43830, true).getTime() - excelSerialToDate(43830).getTime()).toBe(1462 * 86_400_000);
  });
});

describe("isDateSerial", () => {
  it("accepts the serials Excel shows as dates and refuses those it shows as ####", () => {
    expect(isDateSerial(45292)).toBe(true);
    expect(isDateSerial(0)).toBe(true);
    expect(isDateSerial(-1)).toBe(false);
    // 2958465 is 31/12/9999, the last date Excel shows
    expect(isDateSerial(2958465.5)).toBe(true);
    expect(isDateSerial(2958466)).toBe(false);
    expect(isDateSerial(2958465, true)).toBe(false);
    expect(isDateSerial(2958465 - 1462, true)).toBe(true);
    expect(isDateSerial(Number.NaN)).toBe(false);
  });
});

describe("isDateFormat", () => {
  it.each([
    ["dd/mm/yyyy", true],
    ["d-mmm-yy", true],
    ["[$-410]d mmmm yyyy", true],
    ["h:mm", true],
    ["DD/MM/YYYY", true],
    ["General", false],
    ["", false],
    ["@", false],
    ["#,##0.00", false],
    ["0.00%", false],
    ["0.00E+00", false],
    ['#,##0 "giorni"', false],
    ["[Red]#,##0;[Blue]-#,##0", false],
    ["\\d0", false],
    ["#,##0.00 [$€-410]", false],
  ])("%p → %p", (format, expected) => {
    expect(isDateFormat(format)).toBe(expected);
  });
});
