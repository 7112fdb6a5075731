/**
 * Writes the corpus of broken workbooks to test/fixtures/: each file is the reference workbook of Darfo
 * Boario Terme 2024 (examples/build-reference-workbook.ts) with one kind of damage, or a file that is not
 * a workbook at all, plus test/fixtures/manifest.json with what the command line must answer for each
 * (exit code, findings that must be among its findings, codes that must not). test/corpus/corpus.test.ts
 * runs the command line on every file; test/corpus/fixtures.test.ts checks the committed files are the
 * ones this script writes. Run after changing a fixture, the reference workbook or the exceljs version:
 * `npx tsx scripts/generate-fixtures.ts`.
 */
import ExcelJS from "exceljs";
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { deflateRawSync } from "node:zlib";
import { buildReferenceWorkbook } from "../examples/build-reference-workbook";

/** Where the corpus lives, relative to the repository root. */
export const FIXTURES_DIR = join(__dirname, "..", "test", "fixtures");
export const MANIFEST_PATH = join(FIXTURES_DIR, "manifest.json");

/**
 * What the command line must answer for one fixture. `findings` entries read `CODE`, `CODE@Sheet!Cell`
 * (`CODE@Sheet!` for a finding without cell) and may end with ` (errore)` or ` (avviso)` to pin the severity.
 */
export interface FixtureExpectation {
  /** File name inside test/fixtures/. */
  readonly file: string;
  /** What is wrong with the workbook, in one line. */
  readonly description: string;
  /** 0 no errors, 1 errors in the data (outputs still written), 2 file problem (nothing written). */
  readonly exitCode: 0 | 1 | 2;
  /** Findings that must be among those of the run. */
  readonly findings: readonly string[];
  /** Codes that must not appear: what the fixture shows is read as it should be. */
  readonly absent?: readonly string[];
  /** For exit code 2: words the one-line message must contain. */
  readonly message?: string;
}

interface Fixture extends FixtureExpectation {
  /** The file's bytes, before the zip timestamps are fixed. */
  build(): Promise<Buffer>;
}

// ---------------------------------------------------------------------------------------------------
// Building blocks

const FIXED_DATE = new Date(Date.UTC(2025, 0, 1));

async function xlsx(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The reference workbook with `damage` done to it. */
function reference(damage: (wb: ExcelJS.Workbook) => void): () => Promise<Buffer> {
  return async () => {
    const wb = buildReferenceWorkbook();
    damage(wb);
    return xlsx(wb);
  };
}

/** An empty workbook with fixed metadata, for the fixtures that do not start from the reference. */
function bareWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Relazione Performance";
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  return wb;
}

function sheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`Il foglio «${name}» non è nel workbook di riferimento.`);
  return ws;
}

const valueText = (v: ExcelJS.CellValue): string => (v instanceof Date ? v.toISOString() : String(v ?? ""));

/** Row number of the first row (from the top) with a cell equal to `label`; throws when none, so a changed reference fails loudly. */
function rowOf(ws: ExcelJS.Worksheet, label: string | number): number {
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    for (let c = 1; c <= ws.columnCount; c++) if (valueText(row.getCell(c).value) === String(label)) return r;
  }
  throw new Error(`Foglio «${ws.name}»: nessuna riga «${label}».`);
}

/** Column number of the header `header` in the header row (the first row holding it). */
function columnOf(ws: ExcelJS.Worksheet, header: string): number {
  const r = rowOf(ws, header);
  const row = ws.getRow(r);
  for (let c = 1; c <= ws.columnCount; c++) if (row.getCell(c).value === header) return c;
  throw new Error(`Foglio «${ws.name}»: nessuna colonna «${header}».`);
}

/** The cell of the row labelled `rowLabel` under the column headed `header`. */
function cell(wb: ExcelJS.Workbook, sheetName: string, rowLabel: string | number, header: string): ExcelJS.Cell {
  const ws = sheet(wb, sheetName);
  return ws.getRow(rowOf(ws, rowLabel)).getCell(columnOf(ws, header));
}

function set(wb: ExcelJS.Workbook, sheetName: string, rowLabel: string | number, header: string, value: ExcelJS.CellValue): void {
  cell(wb, sheetName, rowLabel, header).value = value;
}

/** Values of row `r`, as an array from column A. */
function rowValues(ws: ExcelJS.Worksheet, r: number): ExcelJS.CellValue[] {
  const row = ws.getRow(r);
  return Array.from({ length: ws.columnCount }, (_, i) => row.getCell(i + 1).value);
}

/** Removes every data row below the header row (the row holding `header`). */
function emptyTable(ws: ExcelJS.Worksheet, header: string): void {
  const h = rowOf(ws, header);
  // One at a time from the bottom: exceljs leaves the rows in place when a splice reaches the sheet's end.
  for (let r = ws.rowCount; r > h; r--) ws.spliceRows(r, 1);
}

function removeSheet(wb: ExcelJS.Workbook, name: string): void {
  wb.removeWorksheet(sheet(wb, name).id);
}

// ---------------------------------------------------------------------------------------------------
// Files that are not workbooks

/** CRC-32 (IEEE 802.3), as zip stores it. */
function crc32(data: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of data) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

const DOS_TIME = 0;
const DOS_DATE = ((FIXED_DATE.getUTCFullYear() - 1980) << 9) | ((FIXED_DATE.getUTCMonth() + 1) << 5) | FIXED_DATE.getUTCDate();

/** A zip of plain files (deflated), which is a valid zip but not an xlsx. */
function zipOf(files: Readonly<Record<string, string>>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(files)) {
    const data = Buffer.from(text, "utf8");
    const packed = deflateRawSync(data);
    const nameBytes = Buffer.from(name, "utf8");
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc32(data), 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    local.copy(central, 8, 6, 26);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, packed);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/**
 * The zip with every entry's modification time set to {@link FIXED_DATE}, so that generating the corpus
 * twice gives the same bytes (exceljs stamps entries with the current time). Other bytes are untouched.
 */
function withFixedTimestamps(zip: Buffer): Buffer {
  const out = Buffer.from(zip);
  const end = out.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) return out;
  const count = out.readUInt16LE(end + 10);
  let p = out.readUInt32LE(end + 16);
  for (let i = 0; i < count && out.readUInt32LE(p) === 0x02014b50; i++) {
    out.writeUInt16LE(DOS_TIME, p + 12);
    out.writeUInt16LE(DOS_DATE, p + 14);
    const local = out.readUInt32LE(p + 42);
    if (out.readUInt32LE(local) === 0x04034b50) {
      out.writeUInt16LE(DOS_TIME, local + 10);
      out.writeUInt16LE(DOS_DATE, local + 12);
    }
    p += 46 + out.readUInt16LE(p + 28) + out.readUInt16LE(p + 30) + out.readUInt16LE(p + 32);
  }
  return out;
}

/** First bytes of an OLE compound file: what Excel writes for a password-protected (encrypted) workbook or an old .xls. */
function oleHeader(): Buffer {
  const head = Buffer.alloc(512);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(head);
  head.writeUInt16LE(0x003e, 24);
  head.writeUInt16LE(0x0003, 26);
  head.writeUInt16LE(0xfffe, 28);
  head.writeUInt16LE(9, 30);
  head.writeUInt16LE(6, 32);
  return head;
}

// ---------------------------------------------------------------------------------------------------
// Texts pasted from Word, and one too long for a cell

/** Paragraphs as Word and PDF readers paste them: vertical tab for a manual line break, bell, form feed, NBSP, soft hyphen, zero-width space, CRLF, tabs. */
const WORD_PARAGRAPHS = [
  "Il Comune di Darfo Boario Terme\u000bsi trova in Valle Camonica,\u00a0in provincia di Brescia.\u0007",
  "\u000cLe terme di Boario sono\u00a0note dal XIX se\u00adcolo;\r\nil territorio comprende\u200b la frazione di Montecchio.",
  "\t«Virgolette» e “virgolette inglesi”\t– trattini lunghi — e puntini…\u0000",
];

/** A paragraph of 40.000 characters: more than the 32.767 an Excel cell can hold. */
function longParagraph(): string {
  const sentence = "La Relazione rendiconta i risultati organizzativi e individuali raggiunti rispetto agli obiettivi programmati. ";
  return sentence.repeat(Math.ceil(40000 / sentence.length)).slice(0, 40000);
}

// ---------------------------------------------------------------------------------------------------
// The corpus

/** Every fixture, in the order of the manifest. */
export const FIXTURES: readonly Fixture[] = [
  // Files the command line cannot read: exit 2, one Italian line, nothing written.
  {
    file: "csv-rinominato.xlsx",
    description: "a CSV export renamed to .xlsx",
    exitCode: 2,
    findings: [],
    message: "non è una cartella di lavoro Excel .xlsx",
    build: async () => Buffer.from("Voce;Maschi;Femmine;Totale\r\nNati;46;59;105\r\nMorti;69;68;137\r\n", "latin1"),
  },
  {
    file: "file-vuoto.xlsx",
    description: "an empty file (0 bytes) with the .xlsx extension",
    exitCode: 2,
    findings: [],
    build: async () => Buffer.alloc(0),
  },
  {
    file: "zip-non-xlsx.xlsx",
    description: "a valid zip archive holding a text file, not a workbook",
    exitCode: 2,
    findings: [],
    build: async () => zipOf({ "leggimi.txt": "Questo archivio non è una cartella di lavoro di Excel.\n" }),
  },
  {
    file: "protetto-da-password.xlsx",
    description: "an OLE compound file header, as Excel writes a password-protected workbook",
    exitCode: 2,
    findings: [],
    message: "protetto da password",
    build: async () => oleHeader(),
  },
  {
    file: "xlsx-troncato.xlsx",
    description: "the reference workbook cut in half, as after an interrupted copy",
    exitCode: 2,
    findings: [],
    build: async () => {
      const full = withFixedTimestamps(await xlsx(buildReferenceWorkbook()));
      return full.subarray(0, Math.floor(full.length / 2));
    },
  },

  // The workbook's sheets.
  {
    file: "nessun-foglio.xlsx",
    description: "a workbook with no worksheet at all",
    exitCode: 1,
    findings: ["FOGLIO_MANCANTE@Ente!", "FOGLIO_MANCANTE@Personale!", "FOGLIO_FACOLTATIVO_MANCANTE@Testi!"],
    build: async () => xlsx(bareWorkbook()),
  },
  {
    file: "solo-foglio-vuoto.xlsx",
    description: "a workbook whose only sheet, «Foglio1», is empty (no chart, no data)",
    exitCode: 1,
    findings: ["FOGLIO_MANCANTE@Ente!", "FOGLIO_MANCANTE@Demografia!", "FOGLIO_FACOLTATIVO_MANCANTE@Obiettivi!"],
    build: async () => {
      const wb = bareWorkbook();
      wb.addWorksheet("Foglio1");
      return xlsx(wb);
    },
  },
  {
    file: "foglio-obbligatorio-mancante.xlsx",
    description: "the required sheet «Personale» deleted",
    exitCode: 1,
    findings: ["FOGLIO_MANCANTE@Personale! (errore)"],
    build: reference((wb) => removeSheet(wb, "Personale")),
  },
  {
    file: "fogli-facoltativi-mancanti.xlsx",
    description: "the optional sheets «Controlli», «Censimenti» and «Redazione» deleted",
    exitCode: 0,
    findings: ["FOGLIO_FACOLTATIVO_MANCANTE@Controlli! (avviso)", "FOGLIO_FACOLTATIVO_MANCANTE@Censimenti!", "FOGLIO_FACOLTATIVO_MANCANTE@Redazione!"],
    absent: ["FOGLIO_MANCANTE"],
    build: reference((wb) => ["Controlli", "Censimenti", "Redazione"].forEach((n) => removeSheet(wb, n))),
  },
  {
    file: "nomi-fogli-in-minuscolo.xlsx",
    description: "sheet names differing in case from the model: «demografia», «PERSONALE», «entrate», «schede DIPENDENTI»",
    exitCode: 0,
    findings: [],
    absent: ["FOGLIO_MANCANTE", "FOGLIO_FACOLTATIVO_MANCANTE"],
    build: reference((wb) => {
      // exceljs refuses a name equal to an existing one but for case, its own included: rename in two steps.
      const rename = (from: string, to: string): void => {
        const ws = sheet(wb, from);
        ws.name = `${to} (rinomina)`;
        ws.name = to;
      };
      rename("Demografia", "demografia");
      rename("Personale", "PERSONALE");
      rename("Entrate", "entrate");
      rename("Schede dipendenti", "schede DIPENDENTI");
    }),
  },
  {
    file: "fogli-utente-relazione.xlsx",
    description: "the user's own sheets named «Relazione» and «verifica dati», which the run must not touch",
    exitCode: 0,
    findings: ["OUTPUT_NOME_OCCUPATO@Relazione! (avviso)", "OUTPUT_NOME_OCCUPATO@Verifica dati!"],
    build: reference((wb) => {
      wb.addWorksheet("Relazione").addRows([["Bozza della Relazione scritta a mano"], ["da non cancellare"]]);
      wb.addWorksheet("verifica dati").addRow(["Appunti del Nucleo di valutazione", 2024]);
    }),
  },

  // Kinds of cell.
  {
    file: "formula-senza-risultato.xlsx",
    description: "formulas saved without their computed result: a count (Demografia, Totale of Nati: =B3+C3) and a text (a motivazione =SE(…;\"\";…))",
    exitCode: 1,
    findings: ["FORMULA_SENZA_RISULTATO@Demografia!D3 (errore)", "FORMULA_SENZA_RISULTATO@Obiettivi!S2 (avviso)"],
    build: reference((wb) => {
      set(wb, "Demografia", "Nati", "Totale", { formula: "B3+C3" } as ExcelJS.CellFormulaValue);
      set(wb, "Obiettivi", "TRAS-01", "Motivazione scostamento", { formula: 'IF(Q2="raggiunto","","da motivare")' } as ExcelJS.CellFormulaValue);
    }),
  },
  {
    file: "formule-con-risultato.xlsx",
    description: "formulas with their cached results (a total of the movimento, the TOTALE of the entrate), read as their results",
    exitCode: 0,
    findings: [],
    absent: ["TIPO_NON_VALIDO", "FORMULA_SENZA_RISULTATO", "DEMO_SOMMA_SESSI", "BIL_TOTALE_DIVERSO"],
    build: reference((wb) => {
      set(wb, "Demografia", "Nati", "Totale", { formula: "B3+C3", result: 105 } as ExcelJS.CellFormulaValue);
      set(wb, "Entrate", "TOTALE", "Accertamenti", { formula: "SUM(C4:C11)", result: 22038064.37 } as ExcelJS.CellFormulaValue);
    }),
  },
  {
    file: "valori-di-errore.xlsx",
    description: "Excel error values: #DIV/0! among the entrate, #N/A in a census total",
    exitCode: 1,
    findings: ["TIPO_NON_VALIDO@Entrate!C5 (errore)", "TIPO_NON_VALIDO@Censimenti!D12"],
    build: reference((wb) => {
      set(wb, "Entrate", 2, "Accertamenti", { error: "#DIV/0!" } as ExcelJS.CellErrorValue);
      set(wb, "Censimenti", 1971, "Totale", { error: "#N/A" } as ExcelJS.CellErrorValue);
    }),
  },
  {
    file: "numeri-come-testo.xlsx",
    description: "numbers stored as text with Italian separators: «9.593.473,64», «€ 896.131,52», «46», «50%»",
    exitCode: 0,
    findings: ["NUMERO_COME_TESTO@Entrate!C4 (avviso)", "NUMERO_COME_TESTO@Entrate!D5", "NUMERO_COME_TESTO@Demografia!B3", "NUMERO_COME_TESTO@Personale!H14"],
    absent: ["TIPO_NON_VALIDO", "BIL_TOTALE_DIVERSO", "DEMO_SOMMA_SESSI", "PERS_PART_TIME"],
    build: reference((wb) => {
      set(wb, "Entrate", 1, "Accertamenti", "9.593.473,64");
      set(wb, "Entrate", 2, "Riscossioni", "€ 896.131,52");
      set(wb, "Demografia", "Nati", "Maschi", "46");
      set(wb, "Personale", "D011", "Part-time %", "50%");
    }),
  },
  {
    file: "date-come-testo-e-seriali.xlsx",
    description: "dates typed as text («12/08/1958», «30/04/2024») and as a bare serial number (24189 = 23/03/1966)",
    exitCode: 0,
    findings: [],
    absent: ["TIPO_NON_VALIDO", "PERS_ETA_MANCANTE", "PERS_ETA_IMPLAUSIBILE", "PERS_DATA_NASCITA_FUTURA", "OBJ_SCADENZA_FUORI_ANNO"],
    build: reference((wb) => {
      set(wb, "Personale", "D001", "Data di nascita", "12/08/1958");
      const serial = cell(wb, "Personale", "D002", "Data di nascita");
      serial.value = 24189; // 23/03/1966 in the 1900 date system, in a cell with no date format
      serial.numFmt = "General";
      set(wb, "Obiettivi", "DEM-02", "Scadenza", "30/04/2024");
      set(wb, "Obiettivi", "SOC-01", "Data di conclusione", "10/01/2024");
    }),
  },
  {
    file: "sistema-date-1904.xlsx",
    description: "a workbook in the 1904 date system (old Excel for Mac): every date stored as a 1904 serial",
    exitCode: 0,
    findings: [],
    absent: ["TIPO_NON_VALIDO", "PERS_ETA_IMPLAUSIBILE", "PERS_DATA_NASCITA_FUTURA", "PERS_ETA_MANCANTE", "OBJ_SCADENZA_FUORI_ANNO"],
    build: reference((wb) => (wb.properties.date1904 = true)),
  },
  {
    file: "si-no-e-spazi.xlsx",
    description: "sì/no written as «SI», «x», «NO», 1 and TRUE; blank cells holding only spaces",
    exitCode: 0,
    findings: [],
    absent: ["TIPO_NON_VALIDO", "PERS_PART_TIME", "SCHEDA_FOGLIO_ERRATO", "SCHEDA_VALORE_MANCANTE", "CENS_VALORE_MANCANTE"],
    build: reference((wb) => {
      set(wb, "Personale", "D001", "Responsabile di servizio", "SI");
      set(wb, "Personale", "D002", "Responsabile di servizio", "x");
      set(wb, "Personale", "D003", "Responsabile di servizio", 1);
      set(wb, "Personale", "D004", "Responsabile di servizio", true);
      set(wb, "Personale", "D006", "Responsabile di servizio", "NO");
      set(wb, "Personale", "D001", "Part-time %", "   ");
      set(wb, "Schede responsabili", "D001", "Obiettivi di ente attivi", "si");
      set(wb, "Censimenti", 1861, "Maschi", " ");
    }),
  },
  {
    file: "testo-ricco-e-collegamenti.xlsx",
    description: "rich text (bold runs) in the Comune and in a text, a hyperlink in a text",
    exitCode: 0,
    findings: [],
    absent: ["TIPO_NON_VALIDO", "ENTE_PARAMETRO_MANCANTE", "TESTI_BLOCCO_SCONOSCIUTO"],
    build: reference((wb) => {
      set(wb, "Ente", "Comune", "Valore", { richText: [{ text: "Darfo " }, { font: { bold: true }, text: "Boario Terme" }] });
      const testi = sheet(wb, "Testi");
      testi.addRow(["Contesto esterno", { richText: [{ text: "Il territorio è " }, { font: { italic: true }, text: "montano" }, { text: "." }] }]);
      testi.addRow(["Contesto esterno", { text: "Sito istituzionale del Comune", hyperlink: "https://www.comune.darfoboarioterme.bs.it" }]);
    }),
  },
  {
    file: "titoli-uniti-sopra-intestazione.xlsx",
    description: "merged title cells above the header rows of «Entrate» and «Controlli», with a blank row between",
    exitCode: 0,
    findings: [],
    absent: ["INTESTAZIONE_MANCANTE", "COLONNA_MANCANTE", "COLONNA_SCONOSCIUTA"],
    build: reference((wb) => {
      const entrate = sheet(wb, "Entrate");
      entrate.spliceRows(1, 0, ["COMUNE DI DARFO BOARIO TERME — RENDICONTO 2024: ENTRATE PER TITOLI"], []);
      entrate.mergeCells("A1:D1");
      const controlli = sheet(wb, "Controlli");
      controlli.spliceRows(1, 0, ["Controllo successivo di regolarità amministrativa"], ["secondo semestre 2023"], []);
      controlli.mergeCells("A1:C1");
      controlli.mergeCells("A2:C2");
    }),
  },
  {
    file: "righe-nascoste-e-filtro.xlsx",
    description: "a filter left on «Personale» with two rows hidden",
    exitCode: 0,
    findings: ["RIGHE_NASCOSTE@Personale!A20 (avviso)"],
    build: reference((wb) => {
      const ws = sheet(wb, "Personale");
      ws.autoFilter = `A${rowOf(ws, "Matricola")}:H${ws.rowCount}`;
      ws.getRow(rowOf(ws, "D017")).hidden = true;
      ws.getRow(rowOf(ws, "D018")).hidden = true;
    }),
  },
  {
    file: "totale-in-mezzo.xlsx",
    description: "the TOTALE row of «Spese» moved between titolo 2 and titolo 3: a check, never data",
    exitCode: 0,
    findings: [],
    absent: ["BIL_TOTALE_DIVERSO", "BIL_VOCE_SCONOSCIUTA", "BIL_TITOLO_SCONOSCIUTO"],
    build: reference((wb) => {
      const ws = sheet(wb, "Spese");
      const total = rowOf(ws, "TOTALE");
      const values = rowValues(ws, total);
      ws.spliceRows(total, 1);
      ws.spliceRows(rowOf(ws, 3), 0, values);
    }),
  },
  {
    file: "subtotale-controlli.xlsx",
    description: "a partial «Totale» (19 acts) in the middle of «Controlli», against a sum of 57",
    exitCode: 1,
    findings: ["CTRL_TOTALE_DIVERSO@Controlli!B5 (errore)"],
    absent: ["CTRL_SETTORE_MANCANTE"],
    build: reference((wb) => {
      const ws = sheet(wb, "Controlli");
      ws.spliceRows(5, 0, ["Totale parziale", 19]);
    }),
  },
  {
    file: "colonne-in-piu.xlsx",
    description: "two extra columns the model does not know in «Personale» («Codice fiscale», «Note»)",
    exitCode: 0,
    findings: ["COLONNA_SCONOSCIUTA@Personale!I3 (avviso)"],
    absent: ["COLONNA_MANCANTE"],
    build: reference((wb) => {
      const ws = sheet(wb, "Personale");
      const header = rowOf(ws, "Matricola");
      ws.getRow(header).getCell(9).value = "Codice fiscale";
      ws.getRow(header).getCell(10).value = "Note";
      ws.getRow(header + 1).getCell(9).value = "RSSMRA58M12D251X";
      ws.getRow(header + 1).getCell(10).value = "in quiescenza dal 2025";
    }),
  },
  {
    file: "testo-incollato-da-word.xlsx",
    description: "paragraphs pasted from Word with control characters, NBSP, soft hyphens, zero-width spaces and CRLF",
    exitCode: 0,
    findings: [],
    absent: ["TESTI_BLOCCO_SCONOSCIUTO", "TIPO_NON_VALIDO"],
    build: reference((wb) => {
      const ws = sheet(wb, "Testi");
      for (const p of WORD_PARAGRAPHS) ws.addRow(["Contesto esterno", p]);
    }),
  },
  {
    file: "testo-40000-caratteri.xlsx",
    description: "a 40.000-character paragraph in «Testi», over Excel's 32.767 characters per cell",
    exitCode: 0,
    findings: [],
    absent: ["TESTI_BLOCCO_SCONOSCIUTO"],
    build: reference((wb) => void sheet(wb, "Testi").addRow(["Contesto esterno", longParagraph()])),
  },
  {
    file: "intestazione-mancante.xlsx",
    description: "the header of «Controlli» replaced by words the model does not know",
    exitCode: 1,
    findings: ["INTESTAZIONE_MANCANTE@Controlli!A1 (errore)"],
    build: reference((wb) => {
      const header = sheet(wb, "Controlli").getRow(1);
      ["Ufficio", "Quantità", "Osservazioni"].forEach((h, i) => (header.getCell(i + 1).value = h));
    }),
  },
  {
    file: "colonna-mancante.xlsx",
    description: "the required column «Pagamenti» of «Spese» renamed «Altro»",
    exitCode: 1,
    findings: ["COLONNA_MANCANTE@Spese!A1 (errore)", "COLONNA_SCONOSCIUTA@Spese!D1 (avviso)"],
    build: reference((wb) => (sheet(wb, "Spese").getCell("D1").value = "Altro")),
  },

  {
    file: "colonna-duplicata.xlsx",
    description: "a second «Sesso» column in «Personale» (I3), holding other values: neither is read",
    exitCode: 1,
    findings: ["COLONNA_DUPLICATA@Personale!I3 (errore)", "COLONNA_MANCANTE@Personale!A3 (errore)"],
    absent: ["COLONNA_SCONOSCIUTA", "PERS_SESSO"],
    build: reference((wb) => {
      const ws = sheet(wb, "Personale");
      const header = rowOf(ws, "Matricola");
      ws.getRow(header).getCell(9).value = "Sesso";
      ws.getRow(header + 1).getCell(9).value = "X";
    }),
  },
  {
    file: "data-in-colonna-numerica.xlsx",
    description: "a date (02/01/2024, serial 45293) in the count of «Controlli»: refused, not read as 45.293 atti",
    exitCode: 1,
    findings: ["TIPO_NON_VALIDO@Controlli!B3 (errore)"],
    build: reference((wb) => {
      const c = cell(wb, "Controlli", "Settore Finanziario e Tributi", "Atti controllati");
      c.value = new Date(Date.UTC(2024, 0, 2));
      c.numFmt = "dd/mm/yyyy";
    }),
  },
  {
    file: "cella-vuota-in-ultima-riga.xlsx",
    description: "a cell holding a space at A1048576, the last row of the sheet, in «Controlli»: read at once and ignored",
    exitCode: 0,
    findings: [],
    absent: ["TIPO_NON_VALIDO", "CTRL_SETTORE_MANCANTE"],
    build: reference((wb) => void (sheet(wb, "Controlli").getCell("A1048576").value = " ")),
  },

  // Ente.
  {
    file: "ente-parametri.xlsx",
    description: "an unknown parameter («Sindaco») and a second «Provincia» in «Ente»",
    exitCode: 0,
    findings: ["ENTE_PARAMETRO_SCONOSCIUTO@Ente!A7 (avviso)", "ENTE_PARAMETRO_DUPLICATO@Ente!A8 (avviso)"],
    build: reference((wb) => void sheet(wb, "Ente").addRows([["Sindaco", "Mario Rossi"], ["Provincia", "Bergamo"]])),
  },
  {
    file: "ente-anno-non-valido.xlsx",
    description: "the year of the Relazione written in words («duemilaventiquattro»)",
    exitCode: 1,
    findings: ["ENTE_ANNO_NON_VALIDO@Ente!B4 (errore)"],
    build: reference((wb) => set(wb, "Ente", "Anno", "Valore", "duemilaventiquattro")),
  },
  {
    file: "ente-comune-vuoto.xlsx",
    description: "the Comune left blank",
    exitCode: 1,
    findings: ["ENTE_PARAMETRO_MANCANTE@Ente!B2 (errore)"],
    build: reference((wb) => set(wb, "Ente", "Comune", "Valore", null)),
  },

  // Demografia and Censimenti.
  {
    file: "demografia-voci.xlsx",
    description: "«Nati» renamed to an unknown voce, «Morti» twice, the 1° gennaio row dated 2023",
    exitCode: 1,
    findings: [
      "DEMO_VOCE_SCONOSCIUTA@Demografia!A3 (avviso)",
      "DEMO_VOCE_MANCANTE@Demografia! (errore)",
      "DEMO_VOCE_DUPLICATA@Demografia!A8 (errore)",
      "DEMO_ANNO_VOCE@Demografia!A2 (avviso)",
    ],
    build: reference((wb) => {
      set(wb, "Demografia", "Nati", "Voce", "Nascite e adozioni");
      set(wb, "Demografia", "Popolazione al 1° gennaio", "Voce", "Popolazione al 1° gennaio 2023");
      const ws = sheet(wb, "Demografia");
      ws.addRow(rowValues(ws, rowOf(ws, "Morti")));
    }),
  },
  {
    file: "demografia-somme-e-famiglie.xlsx",
    description: "Maschi + Femmine ≠ Totale for Nati, famiglie on the Nati row, famiglie missing at 31 December",
    exitCode: 1,
    findings: ["DEMO_SOMMA_SESSI@Demografia!D3 (errore)", "DEMO_FAMIGLIE_FUORI_RIGA@Demografia!E3 (avviso)", "DEMO_FAMIGLIE_MANCANTI@Demografia!E7 (avviso)"],
    build: reference((wb) => {
      set(wb, "Demografia", "Nati", "Totale", 106);
      set(wb, "Demografia", "Nati", "Famiglie", 50);
      set(wb, "Demografia", "Popolazione al 31 dicembre", "Famiglie", null);
    }),
  },
  {
    file: "demografia-bilancio.xlsx",
    description: "an Iscritti figure that breaks the demographic balance, and more residents in convivenza than residents",
    exitCode: 1,
    findings: ["DEMO_BILANCIO@Demografia!B7 (errore)", "DEMO_BILANCIO@Demografia!D7", "DEMO_CONVIVENZE_OLTRE_RESIDENTI@Demografia!D8 (errore)"],
    absent: ["DEMO_SOMMA_SESSI"],
    build: reference((wb) => {
      set(wb, "Demografia", "Iscritti", "Maschi", 331);
      set(wb, "Demografia", "Iscritti", "Totale", 622);
      sheet(wb, "Demografia").addRow(["Residenti in convivenza", null, null, 20000]);
    }),
  },
  {
    file: "demografia-celle.xlsx",
    description: "a negative count, a blank count and a count in words in «Demografia»",
    exitCode: 1,
    findings: ["NUMERO_NEGATIVO@Demografia!C4 (errore)", "DEMO_VALORE_MANCANTE@Demografia!B5 (errore)", "TIPO_NON_VALIDO@Demografia!B6 (errore)"],
    build: reference((wb) => {
      set(wb, "Demografia", "Morti", "Femmine", -68);
      set(wb, "Demografia", "Iscritti", "Maschi", null);
      set(wb, "Demografia", "Cancellati", "Maschi", "duecentocinquantadue");
    }),
  },
  {
    file: "censimenti.xlsx",
    description: "a census year repeated, a year before 1861, a census without total",
    exitCode: 1,
    findings: ["CENS_ANNO_DUPLICATO@Censimenti!A9 (errore)", "CENS_ANNO_FUORI_INTERVALLO@Censimenti!A2 (errore)", "CENS_VALORE_MANCANTE@Censimenti!D3 (errore)", "CENS_SOMMA_SESSI@Censimenti!D10 (avviso)"],
    build: reference((wb) => {
      set(wb, "Censimenti", 1936, "Anno", 1931);
      set(wb, "Censimenti", 1861, "Anno", 1851);
      set(wb, "Censimenti", 1871, "Totale", null);
    }),
  },

  // Personale.
  {
    file: "personale-senza-dipendenti.xlsx",
    description: "the header of «Personale» with no employee under it",
    exitCode: 1,
    findings: ["PERS_NESSUN_DIPENDENTE@Personale!A4 (errore)"],
    build: reference((wb) => emptyTable(sheet(wb, "Personale"), "Matricola")),
  },
  {
    file: "personale-anagrafica.xlsx",
    description: "a blank and a repeated matricola, an unknown area, sex and rapporto, a part-time of 120%",
    exitCode: 1,
    findings: [
      "PERS_MATRICOLA_MANCANTE@Personale!A13 (errore)",
      "PERS_MATRICOLA_DUPLICATA@Personale!A14 (errore)",
      "PERS_AREA@Personale!C15 (errore)",
      "PERS_SESSO@Personale!D16 (errore)",
      "PERS_RAPPORTO@Personale!G17 (errore)",
      "PERS_PART_TIME@Personale!H18 (errore)",
    ],
    build: reference((wb) => {
      set(wb, "Personale", "D010", "Matricola", null);
      set(wb, "Personale", "D011", "Matricola", "D009");
      set(wb, "Personale", "D012", "Area", "Dirigenti");
      set(wb, "Personale", "D013", "Sesso", "X");
      set(wb, "Personale", "D014", "Rapporto", "Co.co.co.");
      set(wb, "Personale", "D015", "Part-time %", 120);
    }),
  },
  {
    file: "personale-eta.xlsx",
    description: "an «Età» column contradicting a birth date, a birth date in 2030, an age of 84, no age at all, a responsabile outside the EQ area",
    exitCode: 1,
    findings: [
      "PERS_ETA_INCOERENTE@Personale!I19 (errore)",
      "PERS_DATA_NASCITA_FUTURA@Personale!E20 (errore)",
      "PERS_ETA_IMPLAUSIBILE@Personale!E21 (errore)",
      "PERS_ETA_MANCANTE@Personale!E22 (errore)",
      "PERS_RESPONSABILE_AREA@Personale!F15 (avviso)",
    ],
    build: reference((wb) => {
      const ws = sheet(wb, "Personale");
      ws.getRow(rowOf(ws, "Matricola")).getCell(9).value = "Età";
      ws.getRow(rowOf(ws, "D016")).getCell(9).value = 30;
      set(wb, "Personale", "D017", "Data di nascita", new Date(Date.UTC(2030, 0, 1)));
      set(wb, "Personale", "D018", "Data di nascita", new Date(Date.UTC(1940, 4, 5)));
      set(wb, "Personale", "D019", "Data di nascita", null);
      set(wb, "Personale", "D012", "Responsabile di servizio", "Sì");
    }),
  },

  // Entrate e Spese.
  {
    file: "bilancio-righe.xlsx",
    description: "a titolo 8 among the entrate, titolo 3 of the spese twice, an unknown voce, the avanzo twice, a missing riscossione",
    exitCode: 1,
    findings: [
      "BIL_TITOLO_SCONOSCIUTO@Entrate!A13 (errore)",
      "BIL_VOCE_SCONOSCIUTA@Entrate!B14 (avviso)",
      "BIL_VOCE_DUPLICATA@Entrate!B15 (errore)",
      "BIL_IMPORTO_MANCANTE@Entrate!D5 (errore)",
      "BIL_TITOLO_DUPLICATO@Spese!A11 (errore)",
    ],
    build: reference((wb) => {
      sheet(wb, "Entrate").addRows([
        [8, "Altre entrate", 1000, 1000],
        [null, "Contributi vari", 500, 500],
        [null, "Applicazione avanzo di amministrazione", 1599767.19, null],
      ]);
      set(wb, "Entrate", 2, "Riscossioni", null);
      const spese = sheet(wb, "Spese");
      spese.addRow(rowValues(spese, rowOf(spese, 3)));
    }),
  },
  {
    file: "bilancio-quadrature.xlsx",
    description: "a TOTALE one cent off, partite di giro and anticipazioni that do not match, a fondo di cassa finale one cent off",
    exitCode: 1,
    findings: [
      "BIL_TOTALE_DIVERSO@Entrate!C12 (errore)",
      "BIL_PARTITE_DI_GIRO@Entrate!C11 (errore)",
      "BIL_ANTICIPAZIONI@Entrate!C10 (errore)",
      "BIL_FONDO_CASSA_FINALE@Spese!D10 (errore)",
    ],
    build: reference((wb) => {
      set(wb, "Entrate", "TOTALE", "Accertamenti", 22038064.38);
      set(wb, "Spese", 7, "Impegni", 2821008.12);
      set(wb, "Entrate", 7, "Accertamenti", 1000);
      set(wb, "Spese", "Fondo di cassa finale", "Pagamenti", 690143.43);
    }),
  },
  {
    file: "bilancio-righe-mancanti.xlsx",
    description: "the entrate without the fondo di cassa iniziale and without the row of titolo 7",
    exitCode: 1,
    findings: ["BIL_VOCE_MANCANTE@Entrate! (avviso)", "BIL_TITOLO_MANCANTE@Entrate! (avviso)"],
    build: reference((wb) => {
      const ws = sheet(wb, "Entrate");
      ws.spliceRows(rowOf(ws, 7), 1);
      ws.spliceRows(rowOf(ws, "Fondo di cassa all’inizio dell’esercizio"), 1);
    }),
  },

  // Tables with a header and nothing under it.
  {
    file: "tabelle-vuote.xlsx",
    description: "«Controlli», «Obiettivi» and «Redazione» with only their header, «Spese» without titoli",
    exitCode: 1,
    findings: ["CTRL_NESSUN_SETTORE@Controlli! (avviso)", "OBJ_NESSUN_OBIETTIVO@Obiettivi! (avviso)", "REDAZ_NESSUNA_FASE@Redazione!A2 (avviso)", "BIL_NESSUN_TITOLO@Spese! (errore)"],
    build: reference((wb) => {
      emptyTable(sheet(wb, "Controlli"), "Settore");
      emptyTable(sheet(wb, "Obiettivi"), "ID");
      emptyTable(sheet(wb, "Redazione"), "Fase");
      const spese = sheet(wb, "Spese");
      for (const t of [7, 5, 4, 3, 2, 1]) spese.spliceRows(rowOf(spese, t), 1);
    }),
  },

  // Controlli.
  {
    file: "controlli-righe.xlsx",
    description: "a count without settore, a settore without count, a settore repeated",
    exitCode: 1,
    findings: ["CTRL_SETTORE_MANCANTE@Controlli!A3 (errore)", "CTRL_ATTI_MANCANTI@Controlli!B4 (errore)", "CTRL_SETTORE_DUPLICATO@Controlli!A5 (avviso)"],
    build: reference((wb) => {
      set(wb, "Controlli", "Settore Finanziario e Tributi", "Settore", null);
      set(wb, "Controlli", "Settore Sociali e Istruzione", "Atti controllati", null);
      set(wb, "Controlli", "Settore Lavori Pubblici e Manutenzioni", "Settore", "Settore Amministrativo Affari generali");
    }),
  },

  // Obiettivi and Indicatori.
  {
    file: "obiettivi-campi.xlsx",
    description: "a blank responsabile, a repeated ID, an unknown esito and tipo, a non raggiunto without motivazione",
    exitCode: 1,
    findings: [
      "OBJ_CAMPO_MANCANTE@Obiettivi!E4 (errore)",
      "OBJ_ID_DUPLICATO@Obiettivi!A6 (errore)",
      "OBJ_ESITO_SCONOSCIUTO@Obiettivi!Q7 (errore)",
      "OBJ_TIPO_SCONOSCIUTO@Obiettivi!D8 (errore)",
      "OBJ_MOTIVAZIONE_MANCANTE@Obiettivi!S28 (errore)",
    ],
    build: reference((wb) => {
      set(wb, "Obiettivi", "DEM-01", "Responsabile", null);
      set(wb, "Obiettivi", "DEM-03", "ID", "DEM-02");
      set(wb, "Obiettivi", "DEM-04", "Esito", "quasi");
      set(wb, "Obiettivi", "DIG-01", "Tipo", "prioritario");
      set(wb, "Obiettivi", "SOC-07", "Motivazione scostamento", null);
    }),
  },
  {
    file: "obiettivi-misure.xlsx",
    description: "an unknown direzione, a target without unit, a consuntivo without target, a deadline missing or outside the year, a target 0, a declared esito the figures contradict",
    exitCode: 1,
    findings: [
      "OBJ_DIREZIONE_SCONOSCIUTA@Obiettivi!O3 (errore)",
      "OBJ_UNITA_MANCANTE@Obiettivi!L8 (errore)",
      "OBJ_CONSUNTIVO_SENZA_TARGET@Obiettivi!M4 (avviso)",
      "OBJ_SCADENZA_MANCANTE@Obiettivi!H24 (errore)",
      "OBJ_SCADENZA_FUORI_ANNO@Obiettivi!H26 (avviso)",
      "OBJ_GRADO_NON_CALCOLABILE@Obiettivi!K11 (avviso)",
      "OBJ_ESITO_INCOERENTE@Obiettivi!Q34 (avviso)",
    ],
    build: reference((wb) => {
      set(wb, "Obiettivi", "TRAS-02", "Direzione", "a scalare");
      set(wb, "Obiettivi", "DIG-01", "Unità", null);
      set(wb, "Obiettivi", "DEM-01", "Consuntivo", 5);
      set(wb, "Obiettivi", "SOC-03", "Scadenza", null);
      set(wb, "Obiettivi", "SOC-05", "Scadenza", new Date(Date.UTC(2025, 2, 31)));
      set(wb, "Obiettivi", "DIG-04", "Target", 0);
      set(wb, "Obiettivi", "ABI-06", "Esito", "raggiunto");
    }),
  },
  {
    file: "indicatori-orfani.xlsx",
    description: "an indicator of an objective that is not in «Obiettivi»",
    exitCode: 1,
    findings: ["OBJ_INDICATORE_SENZA_OBIETTIVO@Indicatori!A2 (errore)"],
    build: reference((wb) => set(wb, "Indicatori", "PL-01", "ID obiettivo", "PL-99")),
  },

  // Schede di valutazione.
  {
    file: "schede-dipendenti.xlsx",
    description: "a grade outside the scale, achieved over assigned points, assigned points not adding to 60, a blank score, a wrong and an impossible total",
    exitCode: 1,
    findings: [
      "SCHEDA_GIUDIZIO@Schede dipendenti!I4 (errore)",
      "SCHEDA_OTTENUTI_OLTRE_ASSEGNATI@Schede dipendenti!F5 (errore)",
      "SCHEDA_PUNTI_ASSEGNATI@Schede dipendenti!C6 (errore)",
      "SCHEDA_VALORE_MANCANTE@Schede dipendenti!D7 (errore)",
      "SCHEDA_TOTALE_DIVERSO@Schede dipendenti!N8 (errore)",
      "SCHEDA_TOTALE_OLTRE_MASSIMO@Schede dipendenti!N9 (errore)",
    ],
    build: reference((wb) => {
      const s = "Schede dipendenti";
      set(wb, s, "D006", "Interpretazione del ruolo", "Ottima");
      set(wb, s, "D007", "Obiettivo 2 punti ottenuti", 31);
      set(wb, s, "D008", "Obiettivo 1 punti assegnati", 50);
      set(wb, s, "D009", "Obiettivo 1 punti ottenuti", null);
      set(wb, s, "D010", "Totale", 88);
      set(wb, s, "D011", "Totale", 120);
    }),
  },
  {
    file: "schede-matricole.xlsx",
    description: "schede with a blank, a repeated and an unknown matricola, a responsabile among the dipendenti, employees without scheda",
    exitCode: 1,
    findings: [
      "SCHEDA_MATRICOLA_MANCANTE@Schede dipendenti!A10 (errore)",
      "SCHEDA_MATRICOLA_DUPLICATA@Schede dipendenti!A11 (errore)",
      "SCHEDA_NON_IN_PERSONALE@Schede dipendenti!A12 (avviso)",
      "SCHEDA_FOGLIO_ERRATO@Schede dipendenti!A13 (avviso)",
      "SCHEDA_MATRICOLA_DUPLICATA@Schede responsabili!A4",
      "SCHEDA_MANCANTE@Schede dipendenti! (avviso)",
    ],
    build: reference((wb) => {
      const s = "Schede dipendenti";
      set(wb, s, "D012", "Matricola", null);
      set(wb, s, "D013", "Matricola", "D011");
      set(wb, s, "D014", "Matricola", "X999");
      set(wb, s, "D015", "Matricola", "D001");
    }),
  },
  {
    file: "schede-responsabili.xlsx",
    description: "a performance organizzativa with «Obiettivi di ente attivi» No, a comportamento over 35, a blank score",
    exitCode: 1,
    findings: [
      "SCHEDA_OBIETTIVI_ENTE_INCOERENTE@Schede responsabili!C4 (errore)",
      "SCHEDA_COMPONENTE_OLTRE_MASSIMO@Schede responsabili!F5 (errore)",
      "SCHEDA_VALORE_MANCANTE@Schede responsabili!D6 (errore)",
    ],
    build: reference((wb) => {
      const s = "Schede responsabili";
      set(wb, s, "D001", "Obiettivi di ente attivi", "No");
      set(wb, s, "D002", "Comportamento organizzativo", 40);
      set(wb, s, "D003", "Obiettivi strategici", null);
    }),
  },

  // Parametri.
  {
    file: "parametri-righe.xlsx",
    description: "an unknown parameter, a parameter twice, a blank value, a threshold in words",
    exitCode: 1,
    findings: [
      "PARAM_SCONOSCIUTO@Parametri!A19 (avviso)",
      "PARAM_DUPLICATO@Parametri!A20 (avviso)",
      "PARAM_VALORE_MANCANTE@Parametri!B18 (avviso)",
      "PARAM_VALORE_NON_VALIDO@Parametri!B16 (errore)",
    ],
    build: reference((wb) => {
      sheet(wb, "Parametri").addRows([
        ["Premio di produttività", 1000],
        ["Punteggio massimo scheda", 100],
      ]);
      set(wb, "Parametri", "Fasce di punteggio", "Valore", null);
      set(wb, "Parametri", "Soglia obiettivo raggiunto", "Valore", "molto");
    }),
  },
  {
    file: "parametri-incoerenti.xlsx",
    description: "the «parzialmente raggiunto» threshold equal to «raggiunto», objectives worth 50 points with behaviours worth 40",
    exitCode: 1,
    findings: ["PARAM_INCOERENTE@Parametri!B17 (errore)", "PARAM_INCOERENTE@Parametri!B8 (avviso)"],
    build: reference((wb) => {
      set(wb, "Parametri", "Soglia obiettivo parzialmente raggiunto", "Valore", "100%");
      set(wb, "Parametri", "Punti obiettivi dipendenti", "Valore", 50);
    }),
  },

  // Redazione and Testi.
  {
    file: "redazione-campo-mancante.xlsx",
    description: "a phase of the drafting process without soggetti",
    exitCode: 1,
    findings: ["REDAZ_CAMPO_MANCANTE@Redazione!B3 (errore)"],
    build: reference((wb) => set(wb, "Redazione", "Segretario Generale e Servizio Personale", "Soggetti", null)),
  },
  {
    file: "testi-blocco-sconosciuto.xlsx",
    description: "the first text block renamed to a name the model does not know",
    exitCode: 0,
    findings: ["TESTI_BLOCCO_SCONOSCIUTO@Testi!A2 (avviso)"],
    build: reference((wb) => (sheet(wb, "Testi").getCell("A2").value = "Premessa generale")),
  },
];

/** The manifest: every fixture's expectations, without the builders. */
export function manifest(): FixtureExpectation[] {
  return FIXTURES.map(({ build: _build, ...expectation }) => expectation);
}

/** The bytes written for a fixture: zips with fixed timestamps, anything else as built. */
export async function fixtureBytes(f: Fixture): Promise<Buffer> {
  return withFixedTimestamps(await f.build());
}

async function main(): Promise<void> {
  mkdirSync(FIXTURES_DIR, { recursive: true });
  const names = new Set(FIXTURES.map((f) => f.file));
  for (const old of readdirSync(FIXTURES_DIR)) if (old.endsWith(".xlsx") && !names.has(old)) rmSync(join(FIXTURES_DIR, old));
  for (const f of FIXTURES) writeFileSync(join(FIXTURES_DIR, f.file), await fixtureBytes(f));
  writeFileSync(MANIFEST_PATH, JSON.stringify(manifest(), null, 2) + "\n");
  console.log(`Scritti ${FIXTURES.length} file in ${FIXTURES_DIR}`);
}

if (require.main === module) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  });
}
