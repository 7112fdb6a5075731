/**
 * True when an Excel number format code shows a date or time: it contains d, m, y, h or s outside
 * quoted text, escaped characters (`\x`, `_x`, `*x`) and bracketed parts (`[Red]`, `[$-410]`).
 * "General" and "@" are not dates. The rule exceljs applies when it reads .xlsx files (plus escapes
 * and upper-case codes), so both adapters see the same cells as dates. Source: ECMA-376 Part 1,
 * §18.8.31 (number format codes).
 */
export function isDateFormat(format: string): boolean {
  if (format === "" || format.toLowerCase() === "general") return false;
  let inQuotes = false;
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    if (inQuotes) {
      if (ch === '"') inQuotes = false;
    } else if (ch === '"') {
      inQuotes = true;
    } else if (ch === "\\" || ch === "_" || ch === "*") {
      i++;
    } else if (ch === "[") {
      const close = format.indexOf("]", i);
      i = close < 0 ? format.length : close;
    } else if ("dmyhsDMYHS".includes(ch)) {
      return true;
    }
  }
  return false;
}
