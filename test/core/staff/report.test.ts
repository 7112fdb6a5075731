import { ReportBlock } from "../../../src/core/output/blocks";
import { FORMAT } from "../../../src/core/output/sheet";
import { Employee, StaffModel, analyzeStaff } from "../../../src/core/staff/employees";
import { criticitaBlocks, genderBlocks, isGenderBalanced, staffCalcBlocks, staffTablesBlocks } from "../../../src/core/staff/report";
import { SEED_CTX, SEED_RESIDENTS, seedSheet } from "./seed-staff";

const seedStaff = (): StaffModel => analyzeStaff(seedSheet(), SEED_CTX).staff as StaffModel;
const texts = (blocks: ReportBlock[]) => blocks.map((b) => (b.kind === "paragraph" || b.kind === "note" ? b.text : b.kind));
const tableOf = (blocks: ReportBlock[], title: string) => {
  const t = blocks.find((b) => b.kind === "table" && b.title === title);
  if (!t || t.kind !== "table") throw new Error(`no table ${title}`);
  return t;
};

/** A staff of `n` people with the given ages and sexes (everyone else irrelevant). */
function staffOf(people: readonly [Employee["sesso"], number, number?][]): StaffModel {
  return {
    anno: 2024,
    sheet: "Personale",
    excluded: 0,
    employees: people.map(([sesso, eta, partTime]) => ({ area: "istruttori", sesso, eta, responsabile: false, rapporto: "indeterminato", partTime })),
  };
}

describe("staffTablesBlocks", () => {
  const blocks = staffTablesBlocks(seedStaff(), SEED_CTX);

  it("opens with the seed's sentence and gives the four tables in order", () => {
    expect(blocks[0]).toEqual({ kind: "paragraph", text: "Personale dipendente in servizio presso l'Ente al 31/12/2024:" });
    expect(blocks.slice(1).map((b) => (b.kind === "table" ? b.title : b.kind))).toEqual([
      "personale a tempo indeterminato",
      "personale a tempo determinato",
      "personale distribuito per età anagrafica",
      "personale in part-time",
    ]);
  });

  it("writes the seed's figures with Totale generale rows", () => {
    const ti = tableOf(blocks, "personale a tempo indeterminato");
    expect(ti.columns.map((c) => c.header)).toEqual(["area", "maschi", "femmine", "totale"]);
    expect(ti.rows.map((r) => r.slice(1))).toEqual([
      [3, 2, 5],
      [2, 3, 5],
      [13, 32, 45],
      [12, 5, 17],
      [1, 0, 1],
    ]);
    expect(ti.rows[2][0]).toBe("degli Istruttori (ex categoria C)");
    expect(ti.totalRows).toEqual([["Totale generale", 31, 42, 73]]);
    expect(tableOf(blocks, "personale a tempo determinato").totalRows).toEqual([["Totale generale", 0, 0, 0]]);
    const eta = tableOf(blocks, "personale distribuito per età anagrafica");
    expect(eta.rows).toEqual([
      ["fino a 30 anni", 1, 3, 4],
      ["31 - 40", 2, 6, 8],
      ["41 - 50", 7, 7, 14],
      ["oltre 50", 21, 26, 47],
    ]);
    expect(eta.totalRows).toEqual([["Totale generale", 31, 42, 73]]);
    const pt = tableOf(blocks, "personale in part-time");
    expect(pt.rows.map((r) => r.slice(1))).toEqual([
      [2, 1, 3],
      [2, 16, 18],
      [0, 0, 0],
      [0, 0, 0],
    ]);
    expect(pt.totalRows).toEqual([["Totale generale", 4, 17, 21]]);
  });
});

describe("criticitaBlocks", () => {
  it("reproduces the seed's age sentence and states the part-time figures", () => {
    expect(texts(criticitaBlocks(seedStaff()))).toEqual([
      // età media 3756 / 73 = 51,45 → 51,5
      "L'analisi dei dati relativi al personale per età anagrafica mostra che il 64,38% del personale si colloca oltre i 50 anni, il 19,18% dai 41 ai 50 anni, il 10,96% dai 31 ai 40 anni e solamente il 5,48% non oltre i 30 anni.",
      // 21 / 73 = 28,77%
      "Si contano 21 rapporti di lavoro a tempo parziale, pari al 28,77% del personale in servizio: 3 con orario non superiore al 50% e 18 con orario superiore al 50%.",
    ]);
  });

  it("names empty bands apart, elides the article and drops 'solamente' when the last band is not the smallest", () => {
    // 12 people: 3 men of 60, 8 women of 45, 1 woman of 60 at 80% part-time
    const staff = staffOf([...Array.from({ length: 3 }, () => ["M", 60] as ["M", number]), ...Array.from({ length: 8 }, () => ["F", 45] as ["F", number]), ["F", 60, 80]]);
    expect(texts(criticitaBlocks(staff))).toEqual([
      // 4/12 = 33,33% over 50; 8/12 = 66,67% aged 41-50; mean (4×60 + 8×45) / 12 = 50
      "L'analisi dei dati relativi al personale per età anagrafica mostra che il 33,33% del personale si colloca oltre i 50 anni e il 66,67% dai 41 ai 50 anni. Nessun dipendente rientra nelle fasce «31 - 40» e «fino a 30 anni».",
      // 1/12 = 8,33%
      "Si conta 1 rapporto di lavoro a tempo parziale, pari all'8,33% del personale in servizio, con orario superiore al 50%.",
    ]);
  });

  it("says 'tutto il personale' for a single band and reports no part-time", () => {
    expect(texts(criticitaBlocks(staffOf([["M", 30], ["F", 25]])))).toEqual([
      "L'analisi dei dati relativi al personale per età anagrafica mostra che tutto il personale si colloca non oltre i 30 anni.",
      "Non vi sono rapporti di lavoro a tempo parziale.",
    ]);
  });

  it("says 'tutti' when every part-timer is in one class", () => {
    const [, pt] = texts(criticitaBlocks(staffOf([["M", 30, 50], ["F", 25, 30], ["F", 40]])));
    // 2/3 = 66,67%
    expect(pt).toBe("Si contano 2 rapporti di lavoro a tempo parziale, pari al 66,67% del personale in servizio, tutti con orario non superiore al 50%.");
  });
});

describe("genderBlocks", () => {
  it("states the seed's distribution as balanced", () => {
    // 42/73 = 57,53%; 31/73 = 42,47%
    expect(texts(genderBlocks(seedStaff()))).toEqual([
      "Al 31/12/2024 il personale dipendente è composto da 42 donne (57,53%) e 31 uomini (42,47%): la distribuzione di genere è equilibrata, poiché nessuno dei due sessi è sotto il 40% del totale.",
    ]);
  });

  it("states an unbalanced distribution and agrees singular nouns", () => {
    // 1/4 = 25% men
    expect(texts(genderBlocks(staffOf([["M", 40], ["F", 40], ["F", 40], ["F", 40]])))).toEqual([
      "Al 31/12/2024 il personale dipendente è composto da 3 donne (75,00%) e 1 uomo (25,00%): la distribuzione di genere non è equilibrata, poiché gli uomini sono sotto il 40% del totale.",
    ]);
    expect(texts(genderBlocks(staffOf([["F", 40], ["F", 40]])))).toEqual([
      "Al 31/12/2024 il personale dipendente è composto soltanto da 2 donne: la distribuzione di genere non è equilibrata.",
    ]);
  });

  it("uses 40% as an inclusive lower bound", () => {
    expect(isGenderBalanced({ maschi: 2, femmine: 3, totale: 5 })).toBe(true); // 40%
    expect(isGenderBalanced({ maschi: 39, femmine: 61, totale: 100 })).toBe(false);
  });
});

describe("staffCalcBlocks", () => {
  it("gives the tables with age shares and the indicators with units", () => {
    const blocks = staffCalcBlocks(seedStaff(), SEED_CTX, SEED_RESIDENTS);
    expect(blocks[0]).toEqual({ kind: "heading", level: 1, text: "Calcolo personale" });
    const eta = tableOf(blocks, "personale distribuito per età anagrafica");
    expect(eta.columns.map((c) => c.header)).toEqual(["età", "maschi", "femmine", "totale", "% sul totale"]);
    expect(eta.rows.map((r) => r[4])).toEqual([4 / 73, 8 / 73, 14 / 73, 47 / 73].map((v) => ({ value: v, format: FORMAT.percent2 })));
    const ind = blocks.find((b) => b.kind === "table" && b.title === undefined);
    if (!ind || ind.kind !== "table") throw new Error("no indicators");
    const byName = new Map(ind.rows.map((r) => [r[0] as string, r]));
    expect(byName.get("Dipendenti in servizio al 31/12/2024")?.[1]).toEqual({ value: 73, format: FORMAT.integer });
    expect(byName.get("Quota di personale in part-time")?.slice(1, 3)).toEqual([{ value: 21 / 73, format: FORMAT.percent2 }, "%"]);
    expect(byName.get("Quota di personale oltre i 50 anni")?.[1]).toEqual({ value: 47 / 73, format: FORMAT.percent2 });
    expect(byName.get("Quota di donne")?.[1]).toEqual({ value: 42 / 73, format: FORMAT.percent2 });
    expect(byName.get("Distribuzione di genere")?.[1]).toBe("equilibrata");
    const perMille = byName.get("Dipendenti per 1.000 abitanti");
    expect(perMille?.[1]).toEqual({ value: (73 / 15883) * 1000, format: FORMAT.decimal2 });
    expect(perMille?.[2]).toBe("‰");
    expect(perMille?.[3]).toBe("dipendenti / residenti al 31/12/2024 (15.883) × 1.000");
    expect(blocks.some((b) => b.kind === "note")).toBe(false);
  });

  it("leaves the staffing ratio out with a note when the residents are missing", () => {
    const blocks = staffCalcBlocks(seedStaff(), SEED_CTX);
    expect(JSON.stringify(blocks)).not.toContain("Dipendenti per 1.000 abitanti\"");
    expect(texts(blocks)).toContain("Dipendenti per 1.000 abitanti non calcolato: manca la popolazione residente al 31/12/2024.");
  });

  it("never shows a matricola", () => {
    const all = JSON.stringify([...staffCalcBlocks(seedStaff(), SEED_CTX, SEED_RESIDENTS), ...staffTablesBlocks(seedStaff(), SEED_CTX), ...criticitaBlocks(seedStaff()), ...genderBlocks(seedStaff())]);
    expect(all).not.toMatch(/D0\d\d/);
  });
});
