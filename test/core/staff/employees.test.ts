import { CellValue } from "../../../src/core/cell";
import { analyzeStaff, parseRapporto, parseSesso } from "../../../src/core/staff/employees";
import { HEADER, SEED_CTX, seedSheet, staffRows, staffSheet, SEED_GROUPS } from "./seed-staff";

// Columns: A Matricola, B Settore, C Area, D Sesso, E Data di nascita, F Età, G Responsabile, H Rapporto, I Part-time %.
const COL = { matricola: 0, area: 2, sesso: 3, nascita: 4, eta: 5, responsabile: 6, rapporto: 7, partTime: 8 };

/** The seed's 73 rows with row `r` (Excel row, data start in row 2) changed by `edit`. */
function withRow(r: number, edit: (row: CellValue[]) => void) {
  const rows = staffRows(SEED_GROUPS);
  edit(rows[r - 2]);
  return analyzeStaff(staffSheet(rows), SEED_CTX);
}

const codes = (a: ReturnType<typeof analyzeStaff>) => a.findings.map((f) => [f.code, f.severity, f.sheet, f.cell]);

describe("analyzeStaff on the seed's staff", () => {
  it("reads the 73 employees without any finding", () => {
    const a = analyzeStaff(seedSheet(), SEED_CTX);
    expect(a.findings).toEqual([]);
    expect(a.staff?.employees).toHaveLength(73);
    expect(a.staff?.excluded).toBe(0);
    expect(a.staff?.anno).toBe(2024);
  });

  it("keeps no matricola in the model", () => {
    const a = analyzeStaff(seedSheet(), SEED_CTX);
    expect(JSON.stringify(a.staff)).not.toContain("D001");
  });
});

describe("analyzeStaff validation", () => {
  it("gives no staff and leaves the report of a missing sheet to loadInputs", () => {
    const a = analyzeStaff(undefined, SEED_CTX);
    expect(a.findings).toEqual([]);
    expect(a.staff).toBeUndefined();
  });

  it("PERS_NESSUN_DIPENDENTE on a header with no row under it (blank rows do not count)", () => {
    const a = analyzeStaff(staffSheet([HEADER.map(() => null)]), SEED_CTX);
    expect(codes(a)).toEqual([["PERS_NESSUN_DIPENDENTE", "errore", "Personale", "A2"]]);
    expect(a.findings[0].message).toContain("non contiene dipendenti sotto l'intestazione");
    expect(a.staff).toBeUndefined();
  });

  it("PERS_AREA on an unknown area, row left out, the rest used", () => {
    const a = withRow(5, (row) => (row[COL.area] = "Dirigente"));
    expect(codes(a)).toEqual([["PERS_AREA", "errore", "Personale", "C5"]]);
    expect(a.findings[0].message).toContain("«Dirigente»");
    expect(a.staff?.employees).toHaveLength(72);
    expect(a.staff?.excluded).toBe(1);
  });

  it("PERS_AREA on a blank area", () => {
    expect(codes(withRow(7, (row) => (row[COL.area] = null)))).toEqual([["PERS_AREA", "errore", "Personale", "C7"]]);
  });

  it("PERS_SESSO when sesso is not M/F", () => {
    expect(codes(withRow(3, (row) => (row[COL.sesso] = "X")))).toEqual([["PERS_SESSO", "errore", "Personale", "D3"]]);
  });

  it("accepts sesso and rapporto in words", () => {
    expect(parseSesso("Femmina")).toBe("F");
    expect(parseSesso("maschile")).toBe("M");
    expect(parseRapporto("T.D.")).toBe("determinato");
    expect(parseRapporto("tempo indeterminato")).toBe("indeterminato");
    expect(parseRapporto("Indeterminato")).toBe("indeterminato");
  });

  it("PERS_RAPPORTO when rapporto is neither indeterminato nor determinato", () => {
    expect(codes(withRow(10, (row) => (row[COL.rapporto] = "Collaborazione")))).toEqual([["PERS_RAPPORTO", "errore", "Personale", "H10"]]);
  });

  it.each([
    [0, "I4"],
    [150, "I4"],
  ])("PERS_PART_TIME on %s%%", (value, cell) => {
    const a = withRow(4, (row) => (row[COL.partTime] = value));
    expect(codes(a)).toEqual([["PERS_PART_TIME", "errore", "Personale", cell]]);
    expect(a.staff?.employees).toHaveLength(72);
  });

  it("PERS_MATRICOLA_DUPLICATA on the later row, naming the first", () => {
    const a = withRow(9, (row) => (row[COL.matricola] = "d002"));
    expect(codes(a)).toEqual([["PERS_MATRICOLA_DUPLICATA", "errore", "Personale", "A9"]]);
    expect(a.findings[0].message).toContain("riga 3");
    expect(a.staff?.employees).toHaveLength(72);
  });

  it("PERS_MATRICOLA_MANCANTE on a blank matricola", () => {
    expect(codes(withRow(6, (row) => (row[COL.matricola] = "  ")))).toEqual([["PERS_MATRICOLA_MANCANTE", "errore", "Personale", "A6"]]);
  });

  it("PERS_ETA_MANCANTE with neither birth date nor age", () => {
    const a = withRow(8, (row) => {
      row[COL.nascita] = null;
      row[COL.eta] = null;
    });
    expect(codes(a)).toEqual([["PERS_ETA_MANCANTE", "errore", "Personale", "E8"]]);
  });

  it("PERS_ETA_MANCANTE once for the sheet when both age columns are absent, and no staff", () => {
    const rows = staffRows(SEED_GROUPS).map((r) => r.filter((_, c) => c !== COL.nascita && c !== COL.eta));
    const header = HEADER.filter((_, c) => c !== COL.nascita && c !== COL.eta);
    const a = analyzeStaff(staffSheet(rows, header), SEED_CTX);
    expect(codes(a)).toEqual([["PERS_ETA_MANCANTE", "errore", "Personale", undefined]]);
    expect(a.staff).toBeUndefined();
  });

  it("PERS_DATA_NASCITA_FUTURA on a birth date after 31/12 of the year", () => {
    const a = withRow(2, (row) => {
      row[COL.nascita] = new Date(Date.UTC(2025, 0, 1));
      row[COL.eta] = null;
    });
    expect(codes(a)).toEqual([["PERS_DATA_NASCITA_FUTURA", "errore", "Personale", "E2"]]);
  });

  it("computes the completed age at 31/12: born 31/12/2008 is 16, accepted; born 1/1/2009 is 15, refused", () => {
    const ok = withRow(2, (row) => {
      row[COL.nascita] = new Date(Date.UTC(2008, 11, 31));
      row[COL.eta] = 16;
    });
    expect(ok.findings).toEqual([]);
    const young = withRow(2, (row) => {
      row[COL.nascita] = new Date(Date.UTC(2009, 0, 1));
      row[COL.eta] = null;
    });
    expect(codes(young)).toEqual([["PERS_ETA_IMPLAUSIBILE", "errore", "Personale", "E2"]]);
  });

  it.each([
    [15, "F3"],
    [76, "F3"],
  ])("PERS_ETA_IMPLAUSIBILE on a typed age of %s", (age, cell) => {
    // Row 3 holds the age only (no birth date).
    const a = withRow(3, (row) => (row[COL.eta] = age));
    expect(codes(a)).toEqual([["PERS_ETA_IMPLAUSIBILE", "errore", "Personale", cell]]);
  });

  it("PERS_ETA_INCOERENTE when age and birth date disagree", () => {
    // Row 4 holds both; its birth year is 2024 - 58 = 1966, so 59 is wrong.
    const a = withRow(4, (row) => (row[COL.eta] = 59));
    expect(codes(a)).toEqual([["PERS_ETA_INCOERENTE", "errore", "Personale", "F4"]]);
    expect(a.findings[0].message).toContain("58 anni");
  });

  it("PERS_RESPONSABILE_AREA (avviso) for a responsabile outside the Funzionari area; the row is counted in its area", () => {
    // Row 8 is a male Istruttore (group "Istruttori", 8th person).
    const a = withRow(8, (row) => (row[COL.responsabile] = "Sì"));
    expect(codes(a)).toEqual([["PERS_RESPONSABILE_AREA", "avviso", "Personale", "G8"]]);
    expect(a.staff?.employees).toHaveLength(73);
    expect(a.staff?.employees.filter((e) => e.responsabile)).toHaveLength(5);
  });

  it("leaves out a row with an unreadable cell, without a second finding", () => {
    const a = withRow(5, (row) => (row[COL.nascita] = "ieri"));
    expect(codes(a)).toEqual([["TIPO_NON_VALIDO", "errore", "Personale", "E5"]]);
    expect(a.staff?.employees).toHaveLength(72);
  });

  it("returns no staff when a required column is missing", () => {
    const rows = staffRows(SEED_GROUPS).map((r) => r.filter((_, c) => c !== COL.sesso));
    const a = analyzeStaff(staffSheet(rows, HEADER.filter((_, c) => c !== COL.sesso)), SEED_CTX);
    expect(a.findings.map((f) => f.code)).toEqual(["COLONNA_MANCANTE"]);
    expect(a.staff).toBeUndefined();
  });
});
