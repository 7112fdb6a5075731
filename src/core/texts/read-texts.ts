import { SheetData } from "../cell";
import { Finding, avviso } from "../finding";
import { readTable } from "../table/read-table";
import { labelMatches } from "../text";
import { joinItalian } from "../narrative/italian";
import { TESTI_SPEC, TEXT_BLOCKS, TextBlockKey } from "./spec";

/** The rows of the "Testi" sheet by block, in sheet order; a block with no text is absent. */
export type TextBlocks = Readonly<Partial<Record<TextBlockKey, readonly string[]>>>;

export interface TextsRead {
  readonly findings: readonly Finding[];
  readonly texts: TextBlocks;
}

/**
 * Reads the "Testi" sheet (Blocco | Testo, see {@link TESTI_SPEC}): each non-empty Testo is one paragraph
 * or list item of the block named in Blocco, matched to {@link TEXT_BLOCKS} ignoring case, accents and
 * spacing, synonyms included. A blank Blocco continues the block of the row above, so a block may be
 * written once (or in merged cells) over several rows. Rows with an empty Testo are skipped silently.
 * Raises, besides the table findings of {@link readTable}:
 * - TESTI_BLOCCO_SCONOSCIUTO (avviso): a Blocco not in the list (or blank on the first row); the row, and the
 *   rows below it with a blank Blocco, are left out.
 * An absent sheet (`undefined`) gives no texts and no finding: `loadInputs` (src/core/inputs.ts) already reports it.
 */
export function readTexts(sheet: SheetData | undefined): TextsRead {
  if (!sheet) return { findings: [], texts: {} };
  const table = readTable(sheet, TESTI_SPEC);
  const findings: Finding[] = [...table.findings];
  const texts: Partial<Record<TextBlockKey, string[]>> = {};
  const name = sheet.name;
  // undefined: no block yet; null: the current block is unknown, its rows are skipped.
  let current: TextBlockKey | null | undefined;
  // A paragraph starting with "Totale…" is still text: read total rows in sheet order with the others.
  const rows = [...table.rows, ...table.totalRows].sort((a, b) => a.row - b.row);
  for (const row of rows) {
    const label = row.values.blocco;
    if (typeof label === "string" && label !== "") {
      const block = TEXT_BLOCKS.find((b) => labelMatches(label, [b.name, ...b.synonyms]));
      current = block ? block.key : null;
      if (!block) {
        const cell = row.address("blocco");
        findings.push(avviso("TESTI_BLOCCO_SCONOSCIUTO", name, cell, `Foglio «${name}», cella ${cell}: il blocco «${label}» non è previsto, quindi questa riga e le seguenti con Blocco vuoto non vengono usate; attesi i blocchi ${blockNames()}.`));
      }
    } else if (current === undefined) {
      const cell = row.address("blocco");
      findings.push(avviso("TESTI_BLOCCO_SCONOSCIUTO", name, cell, `Foglio «${name}», cella ${cell}: manca il nome del blocco, quindi questa riga e le seguenti con Blocco vuoto non vengono usate; attesi i blocchi ${blockNames()}.`));
      current = null;
    }
    const text = row.values.testo;
    if (current === null || typeof text !== "string" || text === "") continue;
    (texts[current] ??= []).push(text);
  }
  return { findings, texts };
}

function blockNames(): string {
  return joinItalian(TEXT_BLOCKS.map((b) => `«${b.name}»`));
}
