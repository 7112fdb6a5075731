import { findSheet } from "../core/table/read-table";
import { TemplateSheet } from "./template";
import { SkippedSheet } from "./workbook-actions";

/**
 * Which template sheets to add to a workbook whose sheets are `existing`: those the core would not
 * already find there (by name or synonym, as `findSheet` does), and the others with the sheet that holds them.
 */
export function planTemplate(sheets: readonly TemplateSheet[], existing: readonly string[]): { add: TemplateSheet[]; skipped: SkippedSheet[] } {
  const add: TemplateSheet[] = [];
  const skipped: SkippedSheet[] = [];
  for (const sheet of sheets) {
    const holder = findSheet(existing, { sheet: sheet.name, sheetSynonyms: sheet.synonyms });
    if (holder === undefined) add.push(sheet);
    else skipped.push({ name: sheet.name, existing: holder });
  }
  return { add, skipped };
}
