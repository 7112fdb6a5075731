/**
 * Writes docs/findings.md, the user's guide to the findings of the "Verifica dati" sheet, from the
 * catalogue in src/core/findings-catalog.ts, so that the document cannot drift from the code
 * (test/corpus/findings-doc.test.ts checks it). Run after changing the catalogue:
 * `npx tsx scripts/generate-findings-doc.ts`.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { FINDINGS_CATALOG, FINDING_GROUPS, FindingGroup } from "../src/core/findings-catalog";

/** Where the document lives, relative to the repository root. */
export const FINDINGS_DOC_PATH = join(__dirname, "..", "docs", "findings.md");

/** A Markdown table cell: pipes escaped, line breaks flattened. */
function cell(text: string): string {
  return text.replace(/\r?\n/g, " ").replace(/\|/g, "\\|").trim();
}

const quoted = (names: readonly string[]): string => names.map((n) => `«${n}»`).join(" e ");

function groupHeading(g: FindingGroup): string {
  if (g.sheets.length === 0) return `## ${g.title}`;
  return `## ${g.title} (${g.sheets.length === 1 ? "foglio" : "fogli"} ${quoted(g.sheets)})`;
}

/** The whole document, in Italian. */
export function renderFindingsDoc(): string {
  const lines = [
    "# Segnalazioni della verifica dei dati",
    "",
    "<!-- Generato da scripts/generate-findings-doc.ts dal catalogo src/core/findings-catalog.ts: non modificare a mano. -->",
    "",
    "Ogni esecuzione scrive il foglio «Verifica dati» con una riga per ogni problema trovato nei dati: gravità, codice, foglio, cella e un messaggio che dice che cosa non va e che cosa era atteso, citando le cifre.",
    "",
    "- **errore**: il dato non è affidabile ed è escluso dai calcoli; le parti della Relazione che ne dipendono sono omesse, le altre sono scritte. Da riga di comando l'esecuzione termina con codice 1.",
    "- **avviso**: il dato è usato, ma merita un controllo. Da riga di comando l'esecuzione termina con codice 0 se non ci sono errori.",
    "",
    "Un file che non si può leggere o scrivere (inesistente, aperto in Excel, non .xlsx, protetto da password) non produce segnalazioni: la riga di comando lo spiega in una riga e termina con codice 2, senza scrivere nulla.",
    "",
    "I nomi dei fogli e delle colonne, con i sinonimi accettati, sono descritti in [docs/data-model.md](data-model.md).",
    "",
  ];
  for (const g of FINDING_GROUPS) {
    const entries = FINDINGS_CATALOG.filter((d) => d.group === g.key);
    if (entries.length === 0) continue;
    lines.push(groupHeading(g), "", "| Codice | Gravità | Significato | Come correggere |", "| --- | --- | --- | --- |");
    for (const d of entries) lines.push(`| \`${d.code}\` | ${d.severities.join(" o ")} | ${cell(d.meaning)} | ${cell(d.fix)} |`);
    lines.push("");
  }
  return lines.join("\n");
}

if (require.main === module) {
  writeFileSync(FINDINGS_DOC_PATH, renderFindingsDoc());
  console.log(`Scritto ${FINDINGS_DOC_PATH}`);
}
