import { analyzeEvaluations } from "../../../src/core/evaluations/analyze";
import { SUPPRESSED, SUPPRESSED_COMPLEMENTARY, evaluationsBlocks, evaluationsCalcBlocks } from "../../../src/core/evaluations/report";
import { Scheda, SchedaDipendente, SchedaResponsabile } from "../../../src/core/evaluations/scheda";
import { BEHAVIOURS, BehaviourKey } from "../../../src/core/evaluations/spec";
import { AreaCode } from "../../../src/core/staff/areas";
import { ReportBlock } from "../../../src/core/output/blocks";
import { DEFAULT_PARAMETERS, PerformanceParameters } from "../../../src/core/parameters/parameters";
import { CTX, MATRICOLE, PERSONALE, dipRows, dipSheet, respSheet } from "./fixtures";

const result = (params: PerformanceParameters = DEFAULT_PARAMETERS) =>
  analyzeEvaluations({ dipendenti: dipSheet(), responsabili: respSheet(), personale: PERSONALE }, params);
const tableOf = (blocks: ReportBlock[], title: string) => {
  const t = blocks.find((b) => b.kind === "table" && b.title === title);
  if (!t || t.kind !== "table") throw new Error(`no table ${title}`);
  return t;
};
const texts = (blocks: ReportBlock[]) => blocks.filter((b) => b.kind === "paragraph" || b.kind === "note").map((b) => (b as { text: string }).text);

describe("evaluationsBlocks", () => {
  const blocks = evaluationsBlocks(result(), DEFAULT_PARAMETERS, CTX);

  it("describes the system from the parameters, in the seed's words", () => {
    expect(blocks[0]).toEqual({ kind: "heading", level: 2, text: "Obiettivi individuali" });
    expect(blocks[1]).toEqual({ kind: "paragraph", text: "La misurazione e valutazione della performance si basa sulle seguenti componenti:" });
    expect(blocks[2]).toEqual({
      kind: "list",
      items: [
        "per il personale in posizione organizzativa: performance organizzativa (fino a 10 punti, se attivi obiettivi di ente), performance individuale (obiettivi strategici e gestionali, fino a 60 punti; 65 se non attivi obiettivi di ente) e comportamento manageriale (fino a 30 punti; 35 se non attivi obiettivi di ente);",
        "per il restante personale: obiettivi conseguiti (da 1 a 3, fino a 60 punti) e comportamenti organizzativi (interpretazione del ruolo, rilevazione dei miglioramenti, livelli di interazione, cadenza e ritmi di lavoro, attenzione ai clienti; fino a 40 punti in tutto), ciascuno valutato con un giudizio: Nulla 0 punti, Scarsa 2, Sufficiente 3, Buona 4, Ampia 6, Eccellente 8.",
      ],
    });
    expect(blocks[3]).toEqual({ kind: "paragraph", text: "Ogni scheda di valutazione attribuisce fino a 100 punti." });
  });

  it("follows another comune's parameters", () => {
    const params: PerformanceParameters = {
      ...DEFAULT_PARAMETERS,
      grades: [
        { label: "Insufficiente", points: 2 },
        { label: "Ottimo", points: 10 },
      ],
      dipendenti: { obiettivi: 50, comportamenti: 50 },
      responsabili: {
        conObiettiviEnte: { performanceOrganizzativa: 0, performanceIndividuale: 70, comportamento: 30 },
        senzaObiettiviEnte: { performanceOrganizzativa: 0, performanceIndividuale: 70, comportamento: 30 },
      },
    };
    const list = evaluationsBlocks({ findings: [], schede: [], excluded: 0, sheets: { dipendenti: "Schede dipendenti" } }, params, CTX)[2];
    expect(list).toEqual({
      kind: "list",
      items: [
        "per il personale in posizione organizzativa: performance individuale (obiettivi strategici e gestionali, fino a 70 punti) e comportamento manageriale (fino a 30 punti);",
        "per il restante personale: obiettivi conseguiti (da 1 a 3, fino a 50 punti) e comportamenti organizzativi (interpretazione del ruolo, rilevazione dei miglioramenti, livelli di interazione, cadenza e ritmi di lavoro, attenzione ai clienti; fino a 50 punti in tutto), ciascuno valutato con un giudizio: Insufficiente 2 punti, Ottimo 10.",
      ],
    });
  });

  it("gives the results in aggregate: counts, mean, median (no min or max: each is one person's score)", () => {
    // 506 / 6 = 84,33; median (80 + 90) / 2 = 85
    expect(texts(blocks)[2]).toBe(
      "Per l'anno 2024 sono state valutate 6 schede: 4 del personale non in posizione organizzativa e 2 dei responsabili di servizio. Il punteggio medio è di 84,33 punti su 100 e il punteggio mediano di 85.",
    );
  });

  it("gives the distribution by band with % and a Totale row", () => {
    const t = tableOf(blocks, "distribuzione delle schede per fascia di punteggio");
    expect(t.rows).toEqual([
      ["meno di 60", 0, 0],
      ["da 60 a meno di 70", 0, 0],
      ["da 70 a meno di 80", 2, 2 / 6],
      ["da 80 a meno di 90", 1, 1 / 6],
      ["da 90 a 100", 3, 3 / 6],
    ]);
    expect(t.totalRows).toEqual([["Totale", 6, 1]]);
  });

  it("by area, suppresses the statistics of groups under 3 schede and leaves out empty areas", () => {
    const t = tableOf(blocks, "punteggi delle schede per area");
    expect(t.columns.map((c) => c.header)).toEqual(["area", "schede", "punteggio medio", "mediano"]);
    expect(t.rows).toEqual([
      ["Responsabili di servizio", 2, SUPPRESSED, SUPPRESSED],
      // (76 + 71 + 80) / 3
      ["degli Istruttori (ex categoria C)", 3, 227 / 3, 76],
      ["degli Operatori esperti (ex categoria B e accesso B3)", 1, SUPPRESSED, SUPPRESSED],
    ]);
    expect(SUPPRESSED).toBe("n.d. (meno di 3 schede)");
    expect(t.totalRows).toEqual([["Totale", 6, 506 / 6, 85]]);
    expect(blocks.at(-1)?.kind).toBe("note");
  });

  it("never shows a matricola, nor a suppressed group's score", () => {
    const json = JSON.stringify(blocks);
    for (const m of MATRICOLE) expect(json).not.toContain(m);
    // DIP-003 (Operatori esperti, alone) totals 90: in no table cell.
    const cells = blocks.flatMap((b) => (b.kind === "table" ? [...b.rows, ...(b.totalRows ?? [])].flat() : []));
    expect(cells).not.toContain(90);
  });

  it("with fewer than 3 schede gives no statistics and no table", () => {
    const two = analyzeEvaluations({ responsabili: respSheet() }, DEFAULT_PARAMETERS);
    const b = evaluationsBlocks(two, DEFAULT_PARAMETERS, CTX);
    expect(b.some((x) => x.kind === "table")).toBe(false);
    expect(texts(b).at(-1)).toBe(
      "Per l'anno 2024 sono state valutate 2 schede dei responsabili di servizio. Le schede sono meno di 3: per riservatezza non si riportano il punteggio medio e mediano né la distribuzione per fasce.",
    );
    expect(JSON.stringify(b)).not.toMatch(/9[45]/);
  });

  it("uses the singular for one scheda", () => {
    const one = analyzeEvaluations({ dipendenti: dipSheet(dipRows().slice(0, 2)) }, DEFAULT_PARAMETERS);
    expect(texts(evaluationsBlocks(one, DEFAULT_PARAMETERS, CTX))[2]).toMatch(/^Per l'anno 2024 è stata valutata 1 scheda del personale non in posizione organizzativa\. /);
  });

  it("gives nothing without schede sheets, the description alone without valid schede", () => {
    expect(evaluationsBlocks({ findings: [], schede: [], excluded: 0, sheets: {} }, DEFAULT_PARAMETERS, CTX)).toEqual([]);
    const none = evaluationsBlocks({ findings: [], schede: [], excluded: 2, sheets: { dipendenti: "Schede dipendenti" } }, DEFAULT_PARAMETERS, CTX);
    expect(none.map((b) => b.kind)).toEqual(["heading", "paragraph", "list", "paragraph"]);
  });
});

/**
 * Schede shaped like the seed's areas: 5 responsabili, 5 funzionari, 45 istruttori, 17 operatori
 * esperti and 1 operatore scoring `operatore`; one responsabile scores `lastResponsabile`. Only the
 * totals matter: the components are left at 0.
 */
function referenceLike(operatore: number, lastResponsabile: number): Scheda[] {
  let n = 0;
  const resp = (totale: number): SchedaResponsabile => ({
    kind: "responsabile",
    matricola: `R${++n}`,
    sheet: "Schede responsabili",
    row: n,
    totale,
    obiettiviEnte: false,
    performanceOrganizzativa: 0,
    obiettiviStrategici: 0,
    obiettiviGestionali: 0,
    performanceIndividuale: 0,
    comportamento: 0,
  });
  const comportamenti = Object.fromEntries(BEHAVIOURS.map((b) => [b.key, 0])) as Record<BehaviourKey, number>;
  const dip = (area: AreaCode, totale: number): SchedaDipendente => ({
    kind: "dipendente",
    matricola: `D${++n}`,
    sheet: "Schede dipendenti",
    row: n,
    totale,
    area,
    obiettivi: [],
    comportamenti,
    puntiObiettivi: 0,
    puntiComportamenti: 0,
  });
  const times = (k: number, f: (i: number) => Scheda) => Array.from({ length: k }, (_, i) => f(i));
  return [
    ...[92, 92, 92, 92, lastResponsabile].map(resp),
    ...[77, 77, 78, 78, 77].map((t) => dip("funzionari", t)),
    ...times(45, (i) => dip("istruttori", 74 + (i % 5))),
    ...times(17, (i) => dip("operatoriEsperti", 72 + (i % 7))),
    dip("operatori", operatore),
  ];
}

describe("evaluationsBlocks: complementary suppression", () => {
  const relazione = (schede: Scheda[]) => evaluationsBlocks({ findings: [], schede, excluded: 0, sheets: { dipendenti: "Schede dipendenti" } }, DEFAULT_PARAMETERS, CTX);
  const blocks = relazione(referenceLike(80, 94));
  const t = tableOf(blocks, "punteggi delle schede per area");

  it("withholds the group of 1 and the smallest other group (responsabili, first of the two groups of 5)", () => {
    expect(t.rows.map((r) => r.slice(0, 3))).toEqual([
      ["Responsabili di servizio", 5, SUPPRESSED_COMPLEMENTARY],
      // (77 × 3 + 78 × 2) / 5 = 387 / 5
      ["dei Funzionari e dell'elevata qualificazione (ex categoria D)", 5, 387 / 5],
      // 74..78 nine times each: 76
      ["degli Istruttori (ex categoria C)", 45, 76],
      // 72..78 twice (i < 14, mean 75) then 72, 73, 74: (75 × 14 + 72 + 73 + 74) / 17
      ["degli Operatori esperti (ex categoria B e accesso B3)", 17, (75 * 14 + 72 + 73 + 74) / 17],
      ["degli Operatori (ex categoria A)", 1, SUPPRESSED],
    ]);
    expect(t.rows[0][3]).toBe(SUPPRESSED_COMPLEMENTARY);
    expect(t.rows[4][3]).toBe(SUPPRESSED);
    expect(SUPPRESSED_COMPLEMENTARY).toBe("n.d. (a tutela dei gruppi con meno di 3 schede)");
    expect(texts(blocks).at(-1)).toBe(
      "Per riservatezza, dei gruppi con meno di 3 schede si indica solo il numero: i loro punteggi renderebbero riconoscibili valutazioni individuali. Perché non si possano ricavare per differenza dal totale, si omettono se necessario anche il punteggio medio e mediano di altri gruppi, dai più piccoli, finché i gruppi omessi sono almeno due e contano insieme almeno 3 schede.",
    );
  });

  it("leaves two unknown group sums: the lone operatore's score cannot be derived from what is printed", () => {
    const unknown = t.rows.filter((r) => typeof r[2] !== "number");
    expect(unknown.length).toBeGreaterThanOrEqual(2);
    // Totale sum − printed sums gives only the joint sum of the withheld groups, here 5 + 1 = 6 schede.
    expect(unknown.reduce((s, r) => s + (r[1] as number), 0)).toBeGreaterThanOrEqual(3);
    // Proof by example: moving 4 points from a responsabile (94 → 90, same band) to the operatore
    // (80 → 84, same band) prints exactly the same Relazione.
    expect(relazione(referenceLike(84, 90))).toEqual(blocks);
    expect(relazione(referenceLike(84, 94))).not.toEqual(blocks);
  });
});

describe("evaluationsCalcBlocks", () => {
  const blocks = evaluationsCalcBlocks(result(), DEFAULT_PARAMETERS, CTX);

  it("warns that the sheet is reserved and lists one row per scheda by matricola", () => {
    expect(blocks[0]).toEqual({ kind: "heading", level: 1, text: "Calcolo valutazioni 2024" });
    expect(texts(blocks)[0]).toMatch(/^Foglio riservato all'ufficio del personale/);
    expect(texts(blocks)[1]).toBe("Fonte: foglio «Schede dipendenti» e foglio «Schede responsabili»; 6 schede valide. Nessuna scheda esclusa.");
    const tables = blocks.filter((b) => b.kind === "table");
    const dip = tables[tables.length - 2];
    const resp = tables[tables.length - 1];
    if (dip.kind !== "table" || resp.kind !== "table") throw new Error("tables");
    expect(dip.rows[0]).toEqual(["DIP-001", "Area degli Istruttori", "Settore A", { value: 2, format: "#,##0" }, 51, 25, 76, "da 70 a meno di 80"]);
    expect(resp.rows).toEqual([
      ["RESP-01", "Settore A", "sì", 9, 30, 28, 58, 27, 94, "da 90 a 100"],
      ["RESP-02", "Settore B", "no", 0, 32, 30, 62, 33, 95, "da 90 a 100"],
    ]);
  });

  it("shows every group's statistics, saying which the Relazione leaves out", () => {
    const area = tableOf(blocks, "punteggi per area");
    expect(area.rows[0]).toEqual(["Responsabili di servizio", 2, 94.5, 94.5, 94, 95, "no: meno di 3 schede"]);
    expect(area.rows[2]).toEqual(["degli Istruttori (ex categoria C)", 3, 227 / 3, 76, 71, 80, "sì"]);
    const ref = evaluationsCalcBlocks({ findings: [], schede: referenceLike(80, 94), excluded: 0, sheets: { dipendenti: "Schede dipendenti" } }, DEFAULT_PARAMETERS, CTX);
    expect(tableOf(ref, "punteggi per area").rows.map((r) => r.at(-1))).toEqual([
      "no: a tutela dei gruppi con meno di 3 schede",
      "sì",
      "sì",
      "sì",
      "no: meno di 3 schede",
    ]);
    expect(tableOf(blocks, "punteggi per settore").rows.map((r) => r.slice(0, 3))).toEqual([
      ["Settore A", 4, 80.25],
      ["Settore B", 2, 92.5],
    ]);
  });

  it("lists the parameters used", () => {
    const params = blocks.find((b) => b.kind === "table" && b.columns[0].header === "Parametro");
    if (!params || params.kind !== "table") throw new Error("parameters table");
    expect(params.rows[0]).toEqual(["Giudizi dei comportamenti", "Nulla 0; Scarsa 2; Sufficiente 3; Buona 4; Ampia 6; Eccellente 8"]);
    expect(params.rows.at(-1)).toEqual(["Fasce di punteggio", "60; 70; 80; 90"]);
  });
});
