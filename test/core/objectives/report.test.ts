import { paragraph } from "../../../src/core/output/blocks";
import { Objective, analyzeObjectives } from "../../../src/core/objectives/read-objectives";
import { alberoSentence, esitiSentence, objectivesBlocks, objectivesCalcBlocks } from "../../../src/core/objectives/report";
import { summarizeObjectives } from "../../../src/core/objectives/summary";
import { CTX, ObiettivoRow, SEED_INDICATORI, SEED_OBIETTIVI, indicatoriSheet, obiettiviSheet } from "./fixture";

function objectivesOf(rows: readonly ObiettivoRow[] = SEED_OBIETTIVI): readonly Objective[] {
  return analyzeObjectives(obiettiviSheet(rows), indicatoriSheet(SEED_INDICATORI), CTX).objectives ?? [];
}

const PERCENT1 = "0.0%";
const MEASURES_COLUMNS = [{ header: "Indicatore" }, { header: "Target" }, { header: "Consuntivo" }, { header: "Grado di raggiungimento", format: PERCENT1 }];

describe("objectivesBlocks", () => {
  const objs = objectivesOf();
  const blocks = objectivesBlocks(objs, CTX);
  const headingAt = (start: string) => blocks.findIndex((b) => b.kind === "heading" && b.text.startsWith(`OBIETTIVO DI PERFORMANCE: ${start}`));

  test("albero della performance: sentences from the counts and the settore × esito table", () => {
    expect(blocks.slice(0, 6)).toEqual([
      { kind: "heading", level: 2, text: "Albero della performance" },
      paragraph("Per il 2024 il Piano della performance (PIAO) ha fissato 6 obiettivi di performance (1 strategico, 4 gestionali e 1 trasversale), assegnati a 3 settori."),
      paragraph("Di questi, 4 risultano raggiunti e 2 parzialmente raggiunti."),
      {
        kind: "table",
        columns: [
          { header: "Settore" },
          { header: "Raggiunti", format: "#,##0" },
          { header: "Parzialmente raggiunti", format: "#,##0" },
          { header: "Non raggiunti", format: "#,##0" },
          { header: "Totale", format: "#,##0" },
        ],
        rows: [
          ["Trasversale", 1, 0, 0, 1],
          ["Servizi Demografici", 1, 0, 0, 1],
          ["Settore Finanziario e Tributi", 1, 0, 0, 1],
          ["Settore Polizia Locale", 1, 2, 0, 3],
        ],
        totalRows: [["Totale", 4, 2, 0, 6]],
      },
      { kind: "heading", level: 2, text: "Obiettivi strategici e risultati raggiunti" },
      paragraph("RENDICONTAZIONE DEI RESPONSABILI DI SERVIZIO"),
    ]);
  });

  test("one block per objective, in sheet order", () => {
    const titles = blocks.filter((b) => b.kind === "heading" && b.level === 3).map((b) => (b.kind === "heading" ? b.text.slice(0, 50) : ""));
    expect(titles).toEqual([
      "OBIETTIVO DI PERFORMANCE: Aggiornamento in continu",
      "OBIETTIVO DI PERFORMANCE: Indagine AVQ (Aspetti de",
      "OBIETTIVO DI PERFORMANCE: Recupero evasione impost",
      "OBIETTIVO DI PERFORMANCE: Incremento dei controlli",
      "OBIETTIVO DI PERFORMANCE: Rafforzamento dell’attiv",
      "OBIETTIVO DI PERFORMANCE: Costante monitoraggio su",
    ]);
  });

  test("TR-01 in the seed's form, no table without measures, nothing about scostamenti when reached", () => {
    const i = headingAt("Aggiornamento");
    expect(blocks.slice(i + 1, headingAt("Indagine"))).toEqual([
      paragraph("Responsabile: Tutti i Responsabili di servizio, ciascuno per i dati relativi al settore di competenza"),
      paragraph("Chi contribuisce a raggiungere l'obiettivo: Tutte le unità organizzative"),
      paragraph("Tempi di raggiungimento dell'obiettivo: E’ attività da svolgere in continuo e con tempestività"),
      paragraph("Misurazione di raggiungimento dell'obiettivo: Assenza di criticità nelle verifiche svolte dall’organo di controllo"),
      paragraph("Traguardo atteso: Trasparenza dell’attività amministrativa"),
      paragraph("Risultati raggiunti:"),
      paragraph("Il Nucleo di Valutazione ha effettuato la rilevazione al 31/05/2024 e al 30/11/2024 riscontrando sostanziale rispetto degli obblighi di pubblicazione sul sito istituzionale."),
    ]);
  });

  test("PL-03 (segnaletica): measures table 80,8 %, then esito, scostamento and motivazione", () => {
    const i = headingAt("Costante monitoraggio");
    expect(blocks.slice(i)).toEqual([
      {
        kind: "heading",
        level: 3,
        text: "OBIETTIVO DI PERFORMANCE: Costante monitoraggio sulle condizioni della segnaletica stradale, con attivazione immediata di intervento in caso di danneggiamenti o mancanze",
      },
      paragraph("Responsabile: Responsabile del Settore Polizia Locale"),
      paragraph("Chi contribuisce a raggiungere l'obiettivo: Operatori della Polizia Locale"),
      paragraph("Tempi di raggiungimento dell'obiettivo: Entro il 31/12/2024"),
      paragraph("Misurazione di raggiungimento dell'obiettivo: Attesi 1300 interventi di ripristino o nuova installazione di segnaletica stradale"),
      paragraph("Traguardo atteso: Sicurezza della circolazione stradale"),
      paragraph("Risultati raggiunti:"),
      paragraph(
        "Nel corso del 2024 sono stati realizzati circa n. 1050 interventi per ripristino e implementazione della segnaletica stradale sia orizzontale che verticale, nonché manutenzione adeguamento impianti per la sicurezza della viabilità.",
      ),
      { kind: "table", columns: MEASURES_COLUMNS, rows: [["Interventi", "1.300 interventi", "circa 1.050 interventi", 1050 / 1300]] },
      paragraph("Esito: Parzialmente raggiunto."),
      // 1050 − 1300 = −250; 1050 / 1300 = 80,77 %
      paragraph("Scostamento: consuntivo circa 1.050 interventi a fronte di un target di 1.300 interventi (-250 interventi, grado di raggiungimento 80,8%)."),
      paragraph("Motivazione dello scostamento: Interventi programmati per l’autunno rinviati per il maltempo (fixture)."),
    ]);
  });

  test("PL-02: list items in Misurazione and Risultati, two measures with 162,5 % and 54,3 %, overall 77,1 %", () => {
    const i = headingAt("Rafforzamento");
    const part = blocks.slice(i, headingAt("Costante"));
    expect(part[4]).toEqual(paragraph("Misurazione di raggiungimento dell'obiettivo: Attesi 800 interventi sul territorio e 2500 accertamenti per violazione al codice della strada. Ambito degli interventi:"));
    expect(part[5]).toEqual({ kind: "list", items: ["vigilanza della circolazione stradale", "tutela della sicurezza urbana"] });
    expect(part[9]).toEqual({ kind: "list", items: ["oltre 1300 interventi sul territorio;", "1.357 accertamenti per infrazioni del Codice della strada;", "21 rilievi di incidenti stradali;"] });
    const table = part.find((b) => b.kind === "table");
    expect(table).toEqual({
      kind: "table",
      columns: MEASURES_COLUMNS,
      rows: [
        ["Interventi", "800 interventi", "oltre 1.300 interventi", 1.625],
        ["Accertamenti per violazione al codice della strada", "2.500 accertamenti", "1.357 accertamenti", 0.5428],
      ],
      totalRows: [["Grado complessivo (media, ciascun indicatore al massimo 100%)", null, null, expect.closeTo(0.7714, 12)]],
    });
    // only the measure below 100 % is a scostamento: 1357 − 2500 = −1.143
    expect(part).toContainEqual(
      paragraph("Scostamento: per «Accertamenti per violazione al codice della strada», consuntivo 1.357 accertamenti a fronte di un target di 2.500 accertamenti (-1.143 accertamenti, grado di raggiungimento 54,3%)."),
    );
  });

  test("a missing field is left out; Tempi falls back on the scadenza; extra blocks follow the risultati", () => {
    const rows = SEED_OBIETTIVI.map((o) => (o.ID === "DEM-02" ? { ...o, "Chi contribuisce": null, Tempi: null, "Traguardo atteso": "" } : o));
    const objs2 = objectivesOf(rows);
    const extra = (o: Objective) => (o.id === "DEM-02" ? [paragraph("(tabella aggiuntiva)")] : []);
    const b = objectivesBlocks(objs2, CTX, extra);
    const i = b.findIndex((x) => x.kind === "heading" && x.text.includes("Indagine AVQ"));
    expect(b.slice(i + 1, i + 5)).toEqual([
      paragraph("Responsabile: Responsabile Servizi Demografici"),
      paragraph("Tempi di raggiungimento dell'obiettivo: Entro il 30/04/2024"),
      paragraph("Misurazione di raggiungimento dell'obiettivo: Mancanza di criticità"),
      paragraph("Risultati raggiunti:"),
    ]);
    expect(b[i + 9]).toEqual(paragraph("(tabella aggiuntiva)"));
    expect(b[i + 10]).toMatchObject({ kind: "table", rows: [["Conclusione entro la scadenza", "entro il 30/04/2024", "concluso il 30/04/2024", 1]] });
  });

  test("a deadline missed: scostamento in days (30/04 → 15/05 = 15 giorni)", () => {
    const rows = SEED_OBIETTIVI.map((o) => (o.ID === "DEM-02" ? { ...o, "Data di conclusione": "15/05/2024", Esito: "non raggiunto", "Motivazione scostamento": "Famiglie irreperibili." } : o));
    const res = analyzeObjectives(obiettiviSheet(rows), indicatoriSheet(SEED_INDICATORI), CTX);
    expect(res.findings).toEqual([]);
    const b = objectivesBlocks(res.objectives ?? [], CTX);
    const i = b.findIndex((x) => x.kind === "paragraph" && x.text === "Esito: Non raggiunto.");
    expect(b.slice(i - 1, i + 3)).toEqual([
      { kind: "table", columns: MEASURES_COLUMNS, rows: [["Conclusione entro la scadenza", "entro il 30/04/2024", "concluso il 15/05/2024", 0]] },
      paragraph("Esito: Non raggiunto."),
      paragraph("Scostamento: attività conclusa il 15/05/2024, 15 giorni dopo la scadenza del 30/04/2024."),
      paragraph("Motivazione dello scostamento: Famiglie irreperibili."),
    ]);
  });

  test("measures without consuntivo are left out of the table, and the table when none is left", () => {
    const tableOf = (objs: readonly Objective[]) => {
      const b = objectivesBlocks(objs, CTX);
      const i = b.findIndex((x) => x.kind === "heading" && x.text.includes("Rafforzamento"));
      return b.slice(i + 1, b.findIndex((x, k) => k > i && x.kind === "heading")).filter((x) => x.kind === "table");
    };
    const indicatori = SEED_INDICATORI.map((r) => (r["ID obiettivo"] === "PL-02" ? { ...r, Consuntivo: null } : r));
    const partial = analyzeObjectives(obiettiviSheet(SEED_OBIETTIVI), indicatoriSheet(indicatori), CTX).objectives ?? [];
    // the accertamenti row would be «… | 2.500 accertamenti | | »; no grado complessivo without every consuntivo
    expect(tableOf(partial)).toEqual([{ kind: "table", columns: MEASURES_COLUMNS, rows: [["Interventi", "800 interventi", "oltre 1.300 interventi", 1.625]] }]);
    const rows = SEED_OBIETTIVI.map((o) => (o.ID === "PL-02" ? { ...o, Consuntivo: null, Qualificatore: null } : o));
    const none = analyzeObjectives(obiettiviSheet(rows), indicatoriSheet(indicatori), CTX).objectives ?? [];
    expect(none.find((o) => o.id === "PL-02")?.measures).toHaveLength(2);
    expect(tableOf(none)).toEqual([]);
  });

  test("no objectives → no blocks", () => {
    expect(objectivesBlocks([], CTX)).toEqual([]);
  });
});

describe("alberoSentence and esitiSentence", () => {
  const one = objectivesOf([SEED_OBIETTIVI[5]]);
  test("singular", () => {
    const s = summarizeObjectives(one);
    expect(alberoSentence(s, CTX)).toBe("Per il 2024 il Piano della performance (PIAO) ha fissato 1 obiettivo di performance (1 gestionale), assegnato a 1 settore.");
    expect(esitiSentence(s)).toBe("L'obiettivo risulta parzialmente raggiunto.");
  });

  test("tipo partly missing, transversal settore not counted, all with one esito", () => {
    const s = summarizeObjectives(objectivesOf([{ ...SEED_OBIETTIVI[0] }, { ...SEED_OBIETTIVI[2], Tipo: null }, SEED_OBIETTIVI[3]]));
    expect(alberoSentence(s, CTX)).toBe(
      "Per il 2024 il Piano della performance (PIAO) ha fissato 3 obiettivi di performance (1 gestionale, 1 trasversale e 1 di tipo non indicato), assegnati a 2 settori.",
    );
    expect(esitiSentence(s)).toBe("Tutti risultano raggiunti.");
  });

  test("no tipo at all: no bracket; single esito counts and a missing esito", () => {
    const rows = SEED_OBIETTIVI.slice(3).map((o) => ({ ...o, Tipo: null }));
    const s = summarizeObjectives(objectivesOf([...rows, { ...SEED_OBIETTIVI[2], Esito: null, Tipo: null }]));
    expect(alberoSentence(s, CTX)).toBe("Per il 2024 il Piano della performance (PIAO) ha fissato 4 obiettivi di performance, assegnati a 2 settori.");
    expect(esitiSentence(s)).toBe("Di questi, 1 risulta raggiunto e 2 parzialmente raggiunti, mentre per 1 obiettivo l'esito non è indicato.");
  });

  test("no esito at all → no sentence", () => {
    const s = summarizeObjectives(objectivesOf([{ ...SEED_OBIETTIVI[0], Esito: null }]));
    expect(esitiSentence(s)).toBeUndefined();
  });
});

describe("objectivesCalcBlocks", () => {
  const blocks = objectivesCalcBlocks(objectivesOf(), CTX);
  const tableAfter = (title: string) => {
    const i = blocks.findIndex((b) => b.kind === "heading" && b.text === title);
    return blocks.slice(i).find((b) => b.kind === "table");
  };

  test("heading and the rules with the thresholds in use", () => {
    expect(blocks[0]).toEqual({ kind: "heading", level: 1, text: "Calcolo obiettivi 2024" });
    expect(blocks[2]).toEqual(paragraph("Esito calcolato: raggiunto da 100%, parzialmente raggiunto da 50%, non raggiunto sotto. Nei conteggi vale l'esito dichiarato; quello calcolato serve da verifica."));
    expect(objectivesCalcBlocks([], CTX, { raggiunto: 0.9, parzialmente: 0.6 })[2]).toEqual(
      paragraph("Esito calcolato: raggiunto da 90%, parzialmente raggiunto da 60%, non raggiunto sotto. Nei conteggi vale l'esito dichiarato; quello calcolato serve da verifica."),
    );
  });

  test("one row per objective: esiti, grado capped and uncapped, scostamento, note", () => {
    const t = tableAfter("Obiettivi");
    expect(t?.kind === "table" && t.columns.map((c) => c.header)).toEqual(["ID", "Settore", "Esito dichiarato", "Grado (max 100%)", "Grado non limitato", "Esito calcolato", "Scostamento", "Note"]);
    expect(t?.kind === "table" && t.rows).toEqual([
      ["TR-01", "Trasversale", "Raggiunto", null, null, null, null, "Nessun indicatore numerico né scadenza: grado non calcolato, vale l'esito dichiarato."],
      ["DEM-02", "Servizi Demografici", "Raggiunto", 1, 1, "Raggiunto", "0 giorni", null],
      // 1129 / 100; 1129 − 100 = +1.029
      ["TRI-04", "Settore Finanziario e Tributi", "Raggiunto", 1, expect.closeTo(11.29, 12), "Raggiunto", "+1.029 avvisi di accertamento", null],
      ["PL-01", "Settore Polizia Locale", "Raggiunto", 1, 1, "Raggiunto", "0 pattuglie; 0 ore", "Grado dell'obiettivo: media di 2 indicatori, ciascuno al massimo 100%."],
      // (1 + 0,5428) / 2 capped; (1,625 + 0,5428) / 2 uncapped
      ["PL-02", "Settore Polizia Locale", "Parzialmente raggiunto", expect.closeTo(0.7714, 12), expect.closeTo(1.0839, 12), "Parzialmente raggiunto", "+500 interventi; -1.143 accertamenti", "Grado dell'obiettivo: media di 2 indicatori, ciascuno al massimo 100%."],
      ["PL-03", "Settore Polizia Locale", "Parzialmente raggiunto", 1050 / 1300, 1050 / 1300, "Parzialmente raggiunto", "-250 interventi", null],
    ]);
  });

  test("indicators with their source row", () => {
    const t = tableAfter("Indicatori");
    expect(t?.kind === "table" && t.rows[5]).toEqual(["PL-02", "Accertamenti per violazione al codice della strada", "più è meglio", 2500, 1357, "accertamenti", 0.5428, 0.5428, "-1.143 accertamenti", "Foglio «Indicatori», riga 3"]);
  });

  test("by esito with shares, and the indicatore sintetico by settore", () => {
    const byEsito = tableAfter("Obiettivi per esito");
    expect(byEsito?.kind === "table" && byEsito.rows.slice(0, 2)).toEqual([
      ["Raggiunto", 4, 4 / 6],
      ["Parzialmente raggiunto", 2, 2 / 6],
    ]);
    expect(byEsito?.kind === "table" && byEsito.totalRows).toEqual([["Totale", 6, 1]]);
    const perf = tableAfter("Performance organizzativa per settore (indicatore sintetico)");
    expect(perf?.kind === "table" && perf.rows).toEqual([
      ["Trasversale", 1, 0, null],
      ["Servizi Demografici", 1, 1, 1],
      ["Settore Finanziario e Tributi", 1, 1, 1],
      // (1 + 0,7714 + 0,80769) / 3
      ["Settore Polizia Locale", 3, 3, expect.closeTo(0.859697, 6)],
    ]);
  });
});
