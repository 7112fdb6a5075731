import * as fs from "fs";
import * as ExcelJS from "exceljs";
import { REFERENCE_WORKBOOK_PATH, buildReferenceWorkbook } from "../../examples/build-reference-workbook";
import { MOTIVAZIONE_NON_RIPORTATA } from "../../examples/darfo-boario-terme-2024/obiettivi";
import { INPUT_SPECS } from "../../src/core/analyze";
import { ENTRATE_SPEC, SPESE_SPEC } from "../../src/core/budget/spec";
import { CellValue, SheetData } from "../../src/core/cell";
import { CONTROLLI_SPEC } from "../../src/core/controls/spec";
import { CENSIMENTI_SPEC, DEMOGRAFIA_SPEC } from "../../src/core/demography/spec";
import { ENTE_SPEC } from "../../src/core/ente/spec";
import { INDICATORI_SPEC, OBIETTIVI_SPEC } from "../../src/core/objectives/spec";
import { REDAZIONE_SPEC } from "../../src/core/redazione/spec";
import { PERSONALE_SPEC } from "../../src/core/staff/spec";
import { TableRead, TableRow, readTable } from "../../src/core/table/read-table";
import { TableSpec } from "../../src/core/table/spec";
import { TESTI_SPEC, TEXT_BLOCKS } from "../../src/core/texts/spec";

/** The data model's input sheets, in the order the reference workbook holds them. */
const SPECS: readonly TableSpec[] = INPUT_SPECS;

/** Writes the workbook to an .xlsx buffer and loads it back, so the test sees what Excel would store. */
async function roundTrip(workbook: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const buffer = await workbook.xlsx.writeBuffer();
  const loaded = new ExcelJS.Workbook();
  await loaded.xlsx.load(buffer as ArrayBuffer);
  return loaded;
}

/** A worksheet as the core sees it: a matrix from A1 (this workbook holds only plain values). */
function sheetData(ws: ExcelJS.Worksheet): SheetData {
  const rows: CellValue[][] = [];
  for (let r = 1; r <= ws.rowCount; r++) {
    const row: CellValue[] = [];
    for (let c = 1; c <= ws.columnCount; c++) {
      const v = ws.getRow(r).getCell(c).value;
      row.push(v === undefined || v === null ? null : (v as CellValue));
    }
    rows.push(row);
  }
  return { name: ws.name, rows, firstRow: 1, firstCol: 1 };
}

/** Every cell value of every sheet, dates as ISO strings, for value-by-value comparison. */
function allValues(workbook: ExcelJS.Workbook): Record<string, unknown[][]> {
  const out: Record<string, unknown[][]> = {};
  workbook.eachSheet((ws) => {
    out[ws.name] = sheetData(ws).rows.map((row) => row.map((v) => (v instanceof Date ? v.toISOString() : v)));
  });
  return out;
}

const cents = (euro: unknown): number => Math.round((euro as number) * 100);

describe("reference workbook of Darfo Boario Terme 2024", () => {
  let workbook: ExcelJS.Workbook;
  const read = new Map<string, TableRead>();

  beforeAll(async () => {
    workbook = await roundTrip(buildReferenceWorkbook());
    for (const spec of SPECS) read.set(spec.sheet, readTable(sheetData(workbook.getWorksheet(spec.sheet)!), spec));
  });

  const rowsOf = (spec: TableSpec): readonly TableRow[] => read.get(spec.sheet)!.rows;
  const byLabel = (spec: TableSpec, key: string, label: string): TableRow => {
    const row = [...read.get(spec.sheet)!.rows, ...read.get(spec.sheet)!.totalRows].find((r) => r.values[key] === label);
    if (!row) throw new Error(`${spec.sheet}: no row «${label}»`);
    return row;
  };

  it("has one sheet per input sheet of the data model, in order", () => {
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual(SPECS.map((s) => s.sheet));
  });

  it("is read by the core's table reader without any finding", () => {
    for (const spec of SPECS) {
      const r = read.get(spec.sheet)!;
      expect({ sheet: spec.sheet, findings: r.findings }).toEqual({ sheet: spec.sheet, findings: [] });
      // Personale gives the birth date, so its alternative column Età is left out.
      const omitted = spec === PERSONALE_SPEC ? ["eta"] : [];
      expect(r.present).toEqual(new Set(spec.columns.map((c) => c.key).filter((k) => !omitted.includes(k))));
    }
  });

  it("has bold headers and Excel number formats", () => {
    const entrate = workbook.getWorksheet(ENTRATE_SPEC.sheet)!;
    expect(entrate.getCell("A1").font?.bold).toBe(true);
    expect(entrate.getCell("C4").value).toBe(9593473.64); // titolo 1 accertamenti
    expect(entrate.getCell("C4").numFmt).toBe("#,##0.00");
    const demografia = workbook.getWorksheet(DEMOGRAFIA_SPEC.sheet)!;
    expect(demografia.getCell("D7").value).toBe(15883);
    expect(demografia.getCell("D7").numFmt).toBe("#,##0");
    const personale = workbook.getWorksheet(PERSONALE_SPEC.sheet)!;
    expect(personale.getCell("A1").value).toBe(
      "DATI FITTIZI: dipendenti inventati per riprodurre gli aggregati della Relazione 2024; nessun dato personale reale.",
    );
    expect(personale.getCell("A3").font?.bold).toBe(true);
    expect(personale.getCell("E4").value).toBeInstanceOf(Date);
    expect(personale.getCell("E4").numFmt).toBe("dd/mm/yyyy");
    expect(personale.getCell("H4").numFmt).toBe("0.00%");
  });

  it("holds the Ente parameters", () => {
    const values = Object.fromEntries(rowsOf(ENTE_SPEC).map((r) => [r.values.parametro, r.values.valore]));
    expect(values).toEqual({
      Comune: "Darfo Boario Terme",
      Provincia: "Brescia",
      Anno: "2024",
      "Periodo atti controllati": "secondo semestre 2023",
      "Esecutore dei controlli": "dal Segretario Generale/Vicesegretario, coadiuvato dalla struttura individuata",
    });
  });

  it("holds the movimento demografico 2024", () => {
    const inizio = byLabel(DEMOGRAFIA_SPEC, "voce", "Popolazione al 1° gennaio").values;
    const fine = byLabel(DEMOGRAFIA_SPEC, "voce", "Popolazione al 31 dicembre").values;
    expect([inizio.maschi, inizio.femmine, inizio.totale, inizio.famiglie]).toEqual([7833, 7940, 15773, 6839]);
    expect([fine.maschi, fine.femmine, fine.totale, fine.famiglie]).toEqual([7888, 7995, 15883, 6888]);
    // 15.773 + 105 nati − 137 morti + 621 iscritti − 479 cancellati = 15.883
    const v = (label: string) => byLabel(DEMOGRAFIA_SPEC, "voce", label).values.totale as number;
    expect(v("Popolazione al 1° gennaio") + v("Nati") - v("Morti") + v("Iscritti") - v("Cancellati")).toBe(15883);
  });

  it("holds the censuses, 1951 as published and the footnote on 1861-1921", () => {
    const rows = rowsOf(CENSIMENTI_SPEC);
    expect(rows.map((r) => r.values.anno)).toEqual([1861, 1871, 1881, 1901, 1911, 1921, 1931, 1936, 1951, 1961, 1971, 1981, 1991, 2001, 2011]);
    expect(rows.filter((r) => r.values.nota !== null).map((r) => r.values.anno)).toEqual([1861, 1871, 1881, 1901, 1911, 1921]);
    const r1951 = rows.find((r) => r.values.anno === 1951)!.values;
    expect([r1951.maschi, r1951.femmine, r1951.totale]).toEqual([4698, 5151, 9585]);
    expect(rows.at(-1)!.values.totale).toBe(15524);
  });

  describe("Personale (fictional employees)", () => {
    // By 31 December everyone born in year Y has had the 2024 birthday: the completed age is 2024 − Y.
    const ageAt31Dec2024 = (birth: Date): number => 2024 - birth.getUTCFullYear();
    const count = <T extends string>(rows: readonly TableRow[], key: (r: TableRow) => T | undefined) => {
      const out: Record<string, number> = {};
      for (const r of rows) {
        const k = key(r);
        if (k !== undefined) out[k] = (out[k] ?? 0) + 1;
      }
      return out;
    };

    it("has 73 tempo indeterminato employees D001…D073", () => {
      const rows = rowsOf(PERSONALE_SPEC);
      expect(rows).toHaveLength(73);
      expect(rows.map((r) => r.values.matricola)).toEqual(Array.from({ length: 73 }, (_, i) => `D${String(i + 1).padStart(3, "0")}`));
      expect(new Set(rows.map((r) => r.values.rapporto))).toEqual(new Set(["Tempo indeterminato"]));
    });

    it("reproduces the seed's area × sex table", () => {
      const area = (r: TableRow): string => (r.values.responsabile === true ? "Responsabili di servizio" : (r.values.area as string));
      expect(count(rowsOf(PERSONALE_SPEC), (r) => `${area(r)} ${r.values.sesso}`)).toEqual({
        "Responsabili di servizio M": 3,
        "Responsabili di servizio F": 2,
        "Funzionari e EQ M": 2,
        "Funzionari e EQ F": 3,
        "Istruttori M": 13,
        "Istruttori F": 32,
        "Operatori esperti M": 12,
        "Operatori esperti F": 5,
        "Operatori M": 1,
      });
      expect(count(rowsOf(PERSONALE_SPEC), (r) => r.values.sesso as string)).toEqual({ M: 31, F: 42 });
    });

    it("reproduces the seed's age × sex table at 31/12/2024", () => {
      const band = (age: number): string => (age <= 30 ? "≤30" : age <= 40 ? "31-40" : age <= 50 ? "41-50" : ">50");
      const ages = rowsOf(PERSONALE_SPEC).map((r) => ageAt31Dec2024(r.values.dataNascita as Date));
      expect(count(rowsOf(PERSONALE_SPEC), (r) => `${band(ageAt31Dec2024(r.values.dataNascita as Date))} ${r.values.sesso}`)).toEqual({
        "≤30 M": 1,
        "≤30 F": 3,
        "31-40 M": 2,
        "31-40 F": 6,
        "41-50 M": 7,
        "41-50 F": 7,
        ">50 M": 21,
        ">50 F": 26,
      });
      // Plausible ages: spread over many values, not only the band edges 30/31/40/41/50/51.
      expect(new Set(ages).size).toBeGreaterThan(20);
      expect(ages.filter((a) => [30, 31, 40, 41, 50, 51].includes(a)).length).toBeLessThan(10);
    });

    it("reproduces the seed's part-time table", () => {
      const kind = (r: TableRow): string | undefined => {
        const pt = r.values.partTime as number | null;
        return pt === null || pt >= 100 ? undefined : `${pt <= 50 ? "≤50%" : ">50%"} ${r.values.sesso}`;
      };
      expect(count(rowsOf(PERSONALE_SPEC), kind)).toEqual({ "≤50% M": 2, "≤50% F": 1, ">50% M": 2, ">50% F": 16 });
      // 0,5 stored in a 0.00% cell is read as 50 (the ≤ 50% band), 0,8333 as 83,33.
      const shares = rowsOf(PERSONALE_SPEC).map((r) => r.values.partTime).filter((v): v is number => v !== null);
      expect(shares).toContain(50);
      expect(shares.some((s) => Math.abs(s - 83.33) < 1e-9)).toBe(true);
    });
  });

  it("holds the entrate: Σ titoli = TOTALE 22.038.064,37, riscossioni + fondo iniziale = 24.468.038,60", () => {
    const titoli = rowsOf(ENTRATE_SPEC).filter((r) => r.values.titolo !== null);
    expect(titoli.map((r) => r.values.titolo)).toEqual(["1", "2", "3", "4", "5", "6", "7", "9"]);
    const total = read.get(ENTRATE_SPEC.sheet)!.totalRows;
    expect(total).toHaveLength(1);
    expect(cents(total[0].values.competenza)).toBe(2203806437);
    expect(cents(total[0].values.cassa)).toBe(2446803860);
    expect(titoli.reduce((s, r) => s + cents(r.values.competenza), 0)).toBe(2203806437);
    const fondo = byLabel(ENTRATE_SPEC, "descrizione", "Fondo di cassa all’inizio dell’esercizio").values;
    expect(fondo.titolo).toBeNull();
    // 19.930.111,55 riscossioni dei titoli + 4.537.927,05 fondo = 24.468.038,60
    expect(titoli.reduce((s, r) => s + cents(r.values.cassa), 0) + cents(fondo.cassa)).toBe(2446803860);
    expect(cents(byLabel(ENTRATE_SPEC, "descrizione", "Applicazione avanzo di amministrazione").values.competenza)).toBe(159976719);
  });

  it("holds the spese: TOTALE 24.623.991,46 | 23.777.895,18 and fondo di cassa finale 690.143,42", () => {
    const titoli = rowsOf(SPESE_SPEC).filter((r) => r.values.titolo !== null);
    expect(titoli.map((r) => r.values.titolo)).toEqual(["1", "2", "3", "4", "5", "7"]);
    const total = read.get(SPESE_SPEC.sheet)!.totalRows;
    expect([cents(total[0].values.competenza), cents(total[0].values.cassa)]).toEqual([2462399146, 2377789518]);
    expect(titoli.reduce((s, r) => s + cents(r.values.competenza), 0)).toBe(2462399146);
    expect(titoli.reduce((s, r) => s + cents(r.values.cassa), 0)).toBe(2377789518);
    expect(byLabel(SPESE_SPEC, "descrizione", "Disavanzo di amministrazione").values.competenza).toBe(0);
    const finale = byLabel(SPESE_SPEC, "descrizione", "Fondo di cassa finale").values;
    // 24.468.038,60 − 23.777.895,18 = 690.143,42
    expect([finale.competenza, cents(finale.cassa)]).toEqual([null, 2446803860 - 2377789518]);
  });

  it("holds the 57 acts of the controllo successivo in 9 settori", () => {
    const rows = rowsOf(CONTROLLI_SPEC);
    expect(rows).toHaveLength(9);
    expect(rows.reduce((s, r) => s + (r.values.atti as number), 0)).toBe(57);
    expect(rows.at(-1)!.values).toMatchObject({ atti: 3, nota: "controllo a cura del Vicesegretario" });
  });

  describe("Obiettivi and Indicatori (section 3)", () => {
    const utc = (y: number, m: number, d: number): Date => new Date(Date.UTC(y, m - 1, d));
    const obiettivo = (id: string): TableRow => {
      const row = rowsOf(OBIETTIVI_SPEC).find((r) => r.values.id === id);
      if (!row) throw new Error(`Obiettivi: no row «${id}»`);
      return row;
    };
    const countBy = (key: string): Record<string, number> => {
      const out: Record<string, number> = {};
      for (const r of rowsOf(OBIETTIVI_SPEC)) out[r.values[key] as string] = (out[r.values[key] as string] ?? 0) + 1;
      return out;
    };

    it("holds the seed's 48 «OBIETTIVO DI PERFORMANCE», in order, with unique IDs", () => {
      const rows = rowsOf(OBIETTIVI_SPEC);
      expect(rows).toHaveLength(48);
      expect(new Set(rows.map((r) => r.values.id)).size).toBe(48);
      expect(rows[0].values).toMatchObject({ id: "TRAS-01", settore: "Trasversale", tipo: "trasversale" });
      expect(rows[0].values.titolo).toMatch(/^Aggiornamento in continuo della sezione “Amministrazione Trasparente” sul sito istituzionale/);
      expect(rows.at(-1)!.values.titolo).toBe(
        "Costante monitoraggio sulle condizioni della segnaletica stradale, con attivazione immediata di intervento in caso di danneggiamenti o mancanze",
      );
    });

    it("assigns every objective to a settore of the Relazione", () => {
      expect(countBy("settore")).toEqual({
        Trasversale: 2,
        "Settore Servizi Demografici e contratti": 4,
        "Servizio Transizione Digitale": 7,
        "Settore Amministrativo Affari generali": 2,
        "Settore Finanziario e Tributi": 5,
        "Settore Sociali e Istruzione": 7,
        "Settore Politiche Abitative, Energetiche e Telecomunicazioni": 9,
        "Settore Lavori Pubblici e Manutenzioni": 5,
        "Settore Urbanistica ed Edilizia Privata, Patrimonio, Commercio e attività produttive": 4,
        "Settore Polizia Locale": 3,
      });
      // The settori of the objectives are those of the Controlli sheet (the Relazione's own list), Demografici aside.
      const controlli = new Set(rowsOf(CONTROLLI_SPEC).map((r) => r.values.settore));
      const outside = new Set(rowsOf(OBIETTIVI_SPEC).map((r) => r.values.settore as string).filter((s) => !controlli.has(s)));
      expect(outside).toEqual(new Set(["Trasversale", "Settore Servizi Demografici e contratti"]));
    });

    it("reads an esito from every objective's results", () => {
      // 36 + 8 + 3 + 1 = 48
      expect(countBy("esito")).toEqual({ raggiunto: 36, "parzialmente raggiunto": 8, "non raggiunto": 3, "in corso": 1 });
      expect(countBy("tipo")).toEqual({ trasversale: 2, strategico: 46 });
    });

    it("holds the segnaletica objective: circa 1.050 interventi against 1.300, parzialmente raggiunto", () => {
      expect(obiettivo("PL-03").values).toMatchObject({
        target: 1300,
        unita: "interventi sulla segnaletica",
        consuntivo: 1050,
        qualificatore: "circa",
        direzione: "più è meglio",
        esito: "parzialmente raggiunto",
        scadenza: utc(2024, 12, 31),
        motivazione: MOTIVAZIONE_NON_RIPORTATA,
      });
    });

    it("holds the seed's numeric targets and consuntivi", () => {
      const figures = (id: string) => {
        const v = obiettivo(id).values;
        return [v.target, v.unita, v.consuntivo, v.qualificatore];
      };
      expect(figures("DIG-01")).toEqual([14, "servizi migrati in cloud", 14, null]);
      expect(figures("DIG-02")).toEqual([50, "servizi su AppIO", 50, null]);
      expect(figures("DIG-04")).toEqual([2, "avvisi su SEND", 2, null]);
      expect(figures("DIG-05")).toEqual([2, "API su PDND", 2, null]);
      expect(figures("DIG-07")).toEqual([300, "comunicazioni", 300, "circa"]);
      expect(figures("FIN-04")).toEqual([100, "avvisi di accertamento", 1129, null]);
      expect(figures("ABI-06")).toEqual([25, "utenze", 9, null]);
      expect(figures("PL-01")).toEqual([30, "pattuglie aggiuntive", 30, null]);
      expect(figures("PL-02")).toEqual([800, "interventi sul territorio", 1300, "oltre"]);
      // Every consuntivo has its target: a consuntivo alone measures nothing.
      for (const r of rowsOf(OBIETTIVI_SPEC)) if (r.values.consuntivo !== null) expect({ id: r.values.id, target: typeof r.values.target }).toEqual({ id: r.values.id, target: "number" });
    });

    it("holds the second measures of PL-01 and PL-02 in Indicatori", () => {
      const rows = rowsOf(INDICATORI_SPEC).map((r) => r.values);
      expect(rows).toEqual([
        { id: "PL-01", indicatore: "Ore di servizio aggiuntivo per interventi di polizia ambientale", target: 80, unita: "ore", consuntivo: 80, qualificatore: null, direzione: "più è meglio" },
        { id: "PL-02", indicatore: "Accertamenti per violazione al codice della strada", target: 2500, unita: "accertamenti", consuntivo: 1357, qualificatore: null, direzione: "più è meglio" },
      ]);
    });

    it("explains every esito other than raggiunto", () => {
      const open = rowsOf(OBIETTIVI_SPEC).filter((r) => r.values.esito !== "raggiunto");
      expect(open.map((r) => r.values.id)).toEqual(["SOC-02", "SOC-04", "SOC-06", "SOC-07", "ABI-03", "ABI-06", "LP-02", "LP-03", "URB-01", "URB-02", "PL-02", "PL-03"]);
      for (const r of open) expect({ id: r.values.id, motivazione: typeof r.values.motivazione }).toEqual({ id: r.values.id, motivazione: "string" });
      // Where the results give the cause, it is quoted.
      expect(obiettivo("LP-02").values.motivazione).toBe(
        "La diminuzione del personale dell’ufficio e l’aumento di attività indifferibile non hanno reso possibile dislocare il personale necessario per l’effettuazione dell’attività programmata.",
      );
    });

    it("gives deadline objectives a scadenza in 2024 and the date they were concluded", () => {
      const deadline = rowsOf(OBIETTIVI_SPEC).filter((r) => r.values.direzione === "entro la scadenza");
      expect(deadline.map((r) => [r.values.id, r.values.scadenza, r.values.dataConclusione])).toEqual([
        ["SOC-01", utc(2024, 1, 31), utc(2024, 1, 10)],
        ["SOC-03", utc(2024, 9, 30), utc(2024, 7, 31)],
        ["SOC-05", utc(2024, 12, 31), utc(2024, 7, 3)],
        ["ABI-01", utc(2024, 12, 31), utc(2024, 11, 19)],
      ]);
    });

    it("keeps the texts as printed: paragraphs on their own lines, no PDF line breaks or double spaces", () => {
      const textKeys = ["titolo", "responsabile", "contributori", "tempi", "misurazione", "traguardo", "risultati", "motivazione"];
      for (const r of rowsOf(OBIETTIVI_SPEC)) {
        for (const key of textKeys) {
          const v = r.values[key];
          if (typeof v === "string") expect({ id: r.values.id, key, ok: !/ {2}|\s\n|\n\s|\n\n|^\s|\s$/.test(v) }).toEqual({ id: r.values.id, key, ok: true });
        }
      }
      expect(obiettivo("FIN-04").values.risultati).toBe(
        [
          "Nel corso del 2024 sono stati emessi complessivamente n. 1.129 avvisi di accertamento, di cui:",
          "- TARI n. 824 (n. 706 direttamente dall’ufficio tributi e n. 118 con il supporto della società incaricata);",
          "- IMU n. 305 (n. 40 direttamente dall’ufficio tributi e n. 265 con il supporto della società incaricata).",
        ].join("\n"),
      );
      expect(obiettivo("DEM-04").values.titolo).toBe("preparazione per subentro in ANSC.");
    });
  });

  it("holds the 6 phases of the redazione", () => {
    const rows = rowsOf(REDAZIONE_SPEC);
    expect(rows).toHaveLength(6);
    expect(rows[1].values).toMatchObject({ fase: "Elaborazione Relazione sulla performance 2024", soggetti: "Segretario Generale e Servizio Personale", tempi: "Entro maggio 2025" });
  });

  it("holds the free texts, one paragraph per row, in every block", () => {
    const rows = rowsOf(TESTI_SPEC);
    expect(new Set(rows.map((r) => r.values.blocco))).toEqual(new Set(TEXT_BLOCKS.map((b) => b.name)));
    for (const r of rows) expect(r.values.testo).not.toMatch(/\n| {2}|\s$/);
    const texts = rows.map((r) => r.values.testo as string);
    expect(texts).toContain("Darfo Boario Terme è il comune più popoloso della Valle Camonica ed è articolato in undici frazioni.");
    expect(texts.some((t) => t.startsWith("Se da un lato l’apporto professionale"))).toBe(true);
    // The computed sentence on the gender distribution is left to the add-in.
    expect(texts.some((t) => t.includes("equilibrata distribuzione di genere"))).toBe(false);
  });

  it("is committed as built: the .xlsx holds the same values as a fresh build", async () => {
    const committed = new ExcelJS.Workbook();
    await committed.xlsx.load(fs.readFileSync(REFERENCE_WORKBOOK_PATH) as unknown as ArrayBuffer);
    expect(allValues(committed)).toEqual(allValues(workbook));
  });
});
