import { Finding } from "../core/finding";
import { joinItalian } from "../core/narrative/italian";
import { countsText } from "./summary";
import { SkippedSheet } from "./workbook-actions";

/** Languages of the pane: Italian, or English when Office (or, outside Office, the browser) speaks English. */
export type Lang = "it" | "en";

/** "en" for an English display language ("en-US", "en-GB"), "it" for anything else. */
export function languageOf(displayLanguage: string | undefined): Lang {
  return displayLanguage?.toLowerCase().startsWith("en") ? "en" : "it";
}

/** Every text the pane shows, in one language. Findings stay in Italian: they name Italian sheets and columns. */
export interface Messages {
  readonly title: string;
  readonly introExcel: string;
  readonly introBrowser: string;
  readonly fileLabel: string;
  readonly fileChosen: (name: string) => string;
  readonly createTemplate: string;
  readonly downloadTemplate: string;
  readonly downloadTemplateAgain: string;
  readonly check: string;
  readonly generate: string;
  readonly working: string;
  readonly readingFile: string;
  readonly savingFile: string;
  readonly failed: string;
  readonly reportDone: string;
  readonly checkDone: string;
  readonly nothingWritten: string;
  readonly counts: (errors: number, warnings: number) => string;
  readonly writtenHeading: string;
  readonly goToSheet: (sheet: string) => string;
  readonly downloadResult: string;
  readonly findingsHeading: string;
  readonly sheetFindings: (sheet: string, errors: number, warnings: number) => string;
  readonly severity: (s: Finding["severity"]) => string;
  readonly goToCell: (place: string) => string;
  readonly templateDone: string;
  readonly templateAdded: (sheets: readonly string[]) => string;
  readonly templateNoneAdded: string;
  readonly templateSkipped: (skipped: readonly SkippedSheet[]) => string;
  readonly missingValidation: (set: string) => string;
  readonly missingNotes: (set: string) => string;
  readonly missingMinimum: (set: string) => string;
  readonly selectFailed: (place: string, reason: string) => string;
  readonly badFile: string;
  readonly passwordFile: string;
}


function joinEnglish(items: string[]): string {
  return items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

function countEnglish(n: number, one: string, many: string): string {
  return n === 0 ? `no ${many}` : `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;
}

const IT: Messages = {
  title: "Relazione sulla performance",
  introExcel:
    "Legge i fogli di dati di questa cartella di lavoro, li verifica e scrive la Relazione e i fogli di calcolo. I fogli di dati non vengono modificati.",
  introBrowser:
    "Fuori da Excel: scegliere una cartella di lavoro .xlsx. Il file è elaborato in questa pagina, senza inviarlo ad alcun server, e il risultato si scarica come nuovo file.",
  fileLabel: "Cartella di lavoro (.xlsx)",
  fileChosen: (name) => `File scelto: ${name}`,
  createTemplate: "Crea modello",
  downloadTemplate: "Scarica modello",
  downloadTemplateAgain: "Scarica di nuovo il modello",
  check: "Verifica dati",
  generate: "Genera relazione",
  working: "Elaborazione in corso",
  readingFile: "Lettura del file",
  savingFile: "Preparazione del file da scaricare",
  failed: "Operazione non riuscita",
  reportDone: "Relazione generata",
  checkDone: "Verifica completata",
  nothingWritten: "Nessun foglio generato",
  counts: (errors, warnings) => `Trovati ${countsText({ errors, warnings })}.`,
  writtenHeading: "Fogli scritti",
  goToSheet: (sheet) => `Vai al foglio «${sheet}»`,
  downloadResult: "Scarica il risultato (.xlsx)",
  findingsHeading: "Segnalazioni",
  sheetFindings: (sheet, errors, warnings) => `Foglio «${sheet}»: ${countsText({ errors, warnings })}`,
  severity: (s) => (s === "errore" ? "Errore" : "Avviso"),
  goToCell: (place) => `Vai a ${place}`,
  templateDone: "Modello creato",
  templateAdded: (sheets) => `${sheets.length === 1 ? "Foglio aggiunto" : "Fogli aggiunti"}: ${joinItalian(sheets.map((n) => `«${n}»`))}.`,
  templateNoneAdded: "Nessun foglio aggiunto: la cartella di lavoro ha già tutti i fogli di dati.",
  templateSkipped: (skipped) =>
    `Già presenti e lasciati come sono: ${joinItalian(skipped.map((s) => (s.existing === s.name ? `«${s.name}»` : `«${s.name}» (foglio «${s.existing}»)`)))}.`,
  missingValidation: (set) => `Questa versione di Excel non supporta ${set}: i fogli sono creati senza elenchi a discesa.`,
  missingNotes: (set) =>
    `Questa versione di Excel non supporta ${set}: la spiegazione di ogni colonna compare come messaggio quando si seleziona l'intestazione, invece che come nota.`,
  missingMinimum: (set) => `Questa versione di Excel non supporta ${set}, che il componente aggiuntivo richiede: aggiornare Excel o usare Excel sul web.`,
  selectFailed: (place, reason) => `Impossibile andare a ${place}: ${reason}`,
  badFile: "Il file non è una cartella di lavoro Excel .xlsx leggibile.",
  passwordFile: "Il file è protetto da password o è nel vecchio formato .xls: salvarlo come .xlsx senza password.",
};

const EN: Messages = {
  title: "Performance report",
  introExcel:
    "Reads the data sheets of this workbook, checks them and writes the Relazione and the calculation sheets. The data sheets are never changed.",
  introBrowser:
    "Outside Excel: choose an .xlsx workbook. The file is processed in this page, without sending it to any server, and the result downloads as a new file.",
  fileLabel: "Workbook (.xlsx)",
  fileChosen: (name) => `Chosen file: ${name}`,
  createTemplate: "Create template",
  downloadTemplate: "Download template",
  downloadTemplateAgain: "Download the template again",
  check: "Check data",
  generate: "Generate report",
  working: "Working",
  readingFile: "Reading the file",
  savingFile: "Preparing the download",
  failed: "The operation failed",
  reportDone: "Report generated",
  checkDone: "Check complete",
  nothingWritten: "No sheet generated",
  counts: (errors, warnings) => `Found ${countEnglish(errors, "error", "errors")} and ${countEnglish(warnings, "warning", "warnings")}.`,
  writtenHeading: "Sheets written",
  goToSheet: (sheet) => `Go to sheet “${sheet}”`,
  downloadResult: "Download the result (.xlsx)",
  findingsHeading: "Findings",
  sheetFindings: (sheet, errors, warnings) => `Sheet “${sheet}”: ${countEnglish(errors, "error", "errors")} and ${countEnglish(warnings, "warning", "warnings")}`,
  severity: (s) => (s === "errore" ? "Error" : "Warning"),
  goToCell: (place) => `Go to ${place}`,
  templateDone: "Template created",
  templateAdded: (sheets) => `${sheets.length === 1 ? "Sheet added" : "Sheets added"}: ${joinEnglish(sheets.map((n) => `“${n}”`))}.`,
  templateNoneAdded: "No sheet added: the workbook already has every data sheet.",
  templateSkipped: (skipped) =>
    `Already there and left as they are: ${joinEnglish(skipped.map((s) => (s.existing === s.name ? `“${s.name}”` : `“${s.name}” (sheet “${s.existing}”)`)))}.`,
  missingValidation: (set) => `This version of Excel does not support ${set}: the sheets are created without drop-down lists.`,
  missingNotes: (set) => `This version of Excel does not support ${set}: each column's explanation shows as a prompt when its header is selected, instead of a note.`,
  missingMinimum: (set) => `This version of Excel does not support ${set}, which the add-in needs: update Excel or use Excel on the web.`,
  selectFailed: (place, reason) => `Cannot go to ${place}: ${reason}`,
  badFile: "The file is not a readable Excel .xlsx workbook.",
  passwordFile: "The file is password-protected or in the old .xls format: save it as .xlsx without a password.",
};

/** The pane's texts in `lang`. */
export function messagesFor(lang: Lang): Messages {
  return lang === "en" ? EN : IT;
}
