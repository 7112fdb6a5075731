import { aggregateStaff, staffIndicators } from "../../../src/core/staff/aggregates";
import { analyzeStaff, StaffModel } from "../../../src/core/staff/employees";
import { SEED_CTX, SEED_RESIDENTS, seedSheet } from "./seed-staff";

const seedStaff = (): StaffModel => analyzeStaff(seedSheet(), SEED_CTX).staff as StaffModel;
const triple = (c: { maschi: number; femmine: number; totale: number }) => [c.maschi, c.femmine, c.totale];

describe("aggregateStaff on the seed", () => {
  const agg = aggregateStaff(seedStaff());

  it("personale a tempo indeterminato: area × sex, responsabili first", () => {
    expect(agg.indeterminato.rows.map((r) => [r.key, ...triple(r.counts)])).toEqual([
      ["responsabili", 3, 2, 5],
      ["funzionari", 2, 3, 5],
      ["istruttori", 13, 32, 45],
      ["operatoriEsperti", 12, 5, 17],
      ["operatori", 1, 0, 1],
    ]);
    expect(triple(agg.indeterminato.total)).toEqual([31, 42, 73]);
    expect(agg.indeterminato.rows[0].label).toBe("dei Funzionari e dell'elevata qualificazione (ex categoria D) – Responsabili di servizio");
  });

  it("personale a tempo determinato: all zero", () => {
    expect(agg.determinato.rows.every((r) => r.counts.totale === 0)).toBe(true);
    expect(triple(agg.determinato.total)).toEqual([0, 0, 0]);
  });

  it("personale distribuito per età anagrafica, with shares of the total", () => {
    expect(agg.eta.rows.map((r) => [r.band.label, ...triple(r.counts)])).toEqual([
      ["fino a 30 anni", 1, 3, 4],
      ["31 - 40", 2, 6, 8],
      ["41 - 50", 7, 7, 14],
      ["oltre 50", 21, 26, 47],
    ]);
    expect(triple(agg.eta.total)).toEqual([31, 42, 73]);
    // 4/73 = 0,0548; 8/73 = 0,1096; 14/73 = 0,1918; 47/73 = 0,6438
    expect(agg.eta.rows.map((r) => Number(((r.share as number) * 100).toFixed(2)))).toEqual([5.48, 10.96, 19.18, 64.38]);
  });

  it("personale in part-time: rapporto × orario × sex", () => {
    expect(agg.partTime.rows.map((r) => [r.label, ...triple(r.counts)])).toEqual([
      ["personale a tempo indeterminato part-time inferiore o uguale al 50%", 2, 1, 3],
      ["personale a tempo indeterminato part-time superiore al 50%", 2, 16, 18],
      ["personale a tempo determinato part-time inferiore o uguale al 50%", 0, 0, 0],
      ["personale a tempo determinato part-time superiore al 50%", 0, 0, 0],
    ]);
    expect(triple(agg.partTime.total)).toEqual([4, 17, 21]);
  });
});

describe("staffIndicators on the seed", () => {
  it("gives gender, part-time and age shares, mean age and staff per 1.000 residents", () => {
    const ind = staffIndicators(seedStaff(), SEED_RESIDENTS);
    expect(ind.dipendenti).toBe(73);
    expect(ind.responsabili).toBe(5);
    expect(ind.shareFemmine).toBeCloseTo(42 / 73, 12); // 57,53%
    expect(ind.shareMaschi).toBeCloseTo(31 / 73, 12); // 42,47%
    expect(ind.partTime).toBe(21);
    expect(ind.sharePartTime).toBeCloseTo(21 / 73, 12); // 28,77%
    expect(ind.shareOver50).toBeCloseTo(47 / 73, 12); // 64,38%
    // (4×28 + 8×36 + 14×45 + 47×58) / 73 = 3756 / 73 = 51,45
    expect(ind.etaMedia).toBeCloseTo(3756 / 73, 12);
    // 73 / 15.883 × 1.000 = 4,596
    expect(ind.dipendentiPerMilleAbitanti).toBeCloseTo(4.5961, 4);
  });

  it("leaves the staffing ratio out without a valid resident count", () => {
    expect(staffIndicators(seedStaff()).dipendentiPerMilleAbitanti).toBeUndefined();
    expect(staffIndicators(seedStaff(), 0).dipendentiPerMilleAbitanti).toBeUndefined();
  });

  it("puts a 50% part-time in the ≤50% class and a tempo determinato responsabile in the determinato table", () => {
    const staff: StaffModel = {
      anno: 2024,
      sheet: "Personale",
      excluded: 0,
      employees: [
        { area: "funzionari", sesso: "F", eta: 40, responsabile: true, rapporto: "determinato", partTime: 50 },
        { area: "istruttori", sesso: "M", eta: 30, responsabile: false, rapporto: "indeterminato", partTime: 50.01 },
      ],
    };
    const agg = aggregateStaff(staff);
    expect(triple(agg.determinato.rows[0].counts)).toEqual([0, 1, 1]);
    expect(agg.partTime.rows.map((r) => r.counts.totale)).toEqual([0, 1, 1, 0]);
    expect(agg.eta.rows.map((r) => r.counts.totale)).toEqual([1, 1, 0, 0]);
  });
});
