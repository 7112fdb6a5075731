/** Days between Excel's 1900-system serial 0 (1899-12-30 once the 1900 leap-year bug is accounted for) and 1970-01-01. */
const EXCEL_EPOCH_OFFSET_DAYS = 25569;
/** Days from 1900-system serial 0 to 1904-01-01, serial 0 of the 1904 system: serial1900 = serial1904 + 1462. */
const DATE1904_OFFSET_DAYS = 1462;
const MS_PER_DAY = 86_400_000;
/** Serial of 1900-03-01: below it Excel counts the non-existent 29 February 1900, so serials are one day ahead. */
const FIRST_SERIAL_AFTER_FAKE_LEAP_DAY = 61;
/** Serial of 9999-12-31 in the 1900 system, the last date Excel shows. */
const LAST_SERIAL_1900 = 2_958_465;

/**
 * Excel date serial → the same calendar date and time as a UTC `Date`. In the 1900 system (the default)
 * 45292 → 2024-01-01T00:00Z, 45292.5 → 2024-01-01T12:00Z, 1 → 1900-01-01, and serial 60, Excel's
 * fictitious 29/02/1900, becomes 1900-03-01. In the 1904 system (`date1904`) serial 0 is 1904-01-01,
 * so 43830 → 2024-01-01. Time is rounded to the millisecond. Source: ECMA-376 Part 1, §18.17.4
 * (date systems) and Microsoft's "Differences between the 1900 and the 1904 date system in Excel".
 */
export function excelSerialToDate(serial: number, date1904 = false): Date {
  const serial1900 = date1904 ? serial + DATE1904_OFFSET_DAYS : serial;
  const fakeLeapDay = !date1904 && serial1900 < FIRST_SERIAL_AFTER_FAKE_LEAP_DAY ? 1 : 0;
  return new Date(Math.round((serial1900 - EXCEL_EPOCH_OFFSET_DAYS + fakeLeapDay) * MS_PER_DAY));
}

/**
 * True when `serial` is a date Excel can show in the given date system: from day 0 (shown as
 * 00/01/1900 or 01/01/1904) to 31/12/9999. Excel shows anything else in a date format as ####.
 */
export function isDateSerial(serial: number, date1904 = false): boolean {
  const last = date1904 ? LAST_SERIAL_1900 - DATE1904_OFFSET_DAYS : LAST_SERIAL_1900;
  return Number.isFinite(serial) && serial >= 0 && serial < last + 1;
}
