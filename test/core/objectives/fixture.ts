import { CellValue, SheetData } from "../../../src/core/cell";
import { EnteContext } from "../../../src/core/ente/context";

/** A sheet whose top-left cell is A1. */
export function sheetOf(name: string, rows: readonly (readonly CellValue[])[]): SheetData {
  return { name, rows, firstRow: 1, firstCol: 1 };
}

export const CTX: EnteContext = { comune: "Darfo Boario Terme", provincia: "Brescia", anno: 2024 };

/** Headers of the "Obiettivi" template, columns A…S. */
export const OBIETTIVI_HEADER = [
  "ID", // A
  "Settore", // B
  "Obiettivo", // C
  "Tipo", // D
  "Responsabile", // E
  "Chi contribuisce", // F
  "Tempi", // G
  "Scadenza", // H
  "Misurazione", // I
  "Traguardo atteso", // J
  "Target", // K
  "Unità", // L
  "Consuntivo", // M
  "Qualificatore", // N
  "Direzione", // O
  "Data di conclusione", // P
  "Esito", // Q
  "Risultati raggiunti", // R
  "Motivazione scostamento", // S
] as const;

export type ObiettivoRow = Partial<Record<(typeof OBIETTIVI_HEADER)[number], CellValue>>;

export const INDICATORI_HEADER = ["ID obiettivo", "Indicatore", "Target", "Unità", "Consuntivo", "Qualificatore", "Direzione"] as const; // A…G

export type IndicatoreRow = Partial<Record<(typeof INDICATORI_HEADER)[number], CellValue>>;

export function obiettiviSheet(rows: readonly ObiettivoRow[], name = "Obiettivi"): SheetData {
  return sheetOf(name, [[...OBIETTIVI_HEADER], ...rows.map((r) => OBIETTIVI_HEADER.map((h) => r[h] ?? null))]);
}

export function indicatoriSheet(rows: readonly IndicatoreRow[], name = "Indicatori"): SheetData {
  return sheetOf(name, [[...INDICATORI_HEADER], ...rows.map((r) => INDICATORI_HEADER.map((h) => r[h] ?? null))]);
}

/**
 * Six objectives of the seed's section 3 (Relazione 2024 of Darfo Boario Terme), texts and figures as
 * printed there. The seed states no esito, tipo or motivazione: those (and the AVQ data di conclusione)
 * are filled in here to be consistent with the figures, and marked "(fixture)" where invented text.
 * Rows 2…7 of "Obiettivi".
 */
export const SEED_OBIETTIVI: readonly ObiettivoRow[] = [
  {
    ID: "TR-01",
    Settore: "Trasversale",
    Obiettivo:
      "Aggiornamento in continuo della sezione “Amministrazione Trasparente” sul sito istituzionale, mediante la pubblicazione delle informazioni, dei dati e dei documenti relativi ai singoli obblighi di pubblicazione previsti dalle disposizioni normative",
    Tipo: "Trasversale",
    Responsabile: "Tutti i Responsabili di servizio, ciascuno per i dati relativi al settore di competenza",
    "Chi contribuisce": "Tutte le unità organizzative",
    Tempi: "E’ attività da svolgere in continuo e con tempestività",
    Misurazione: "Assenza di criticità nelle verifiche svolte dall’organo di controllo",
    "Traguardo atteso": "Trasparenza dell’attività amministrativa",
    Esito: "Raggiunto",
    "Risultati raggiunti":
      "Il Nucleo di Valutazione ha effettuato la rilevazione al 31/05/2024 e al 30/11/2024 riscontrando sostanziale rispetto degli obblighi di pubblicazione sul sito istituzionale.",
  },
  {
    ID: "DEM-02",
    Settore: "Servizi Demografici",
    Obiettivo: "Indagine AVQ (Aspetti della Vita Quotidiana)",
    Tipo: "gestionale",
    Responsabile: "Responsabile Servizi Demografici",
    "Chi contribuisce": "Uffici demografici comunali; Rilevatori",
    Tempi: "Entro il 30/04/2024",
    Scadenza: "30/04/2024",
    Misurazione: "Mancanza di criticità",
    "Traguardo atteso": "Studio abitudini cittadini per tempo libero, condizione salute, uso tecnologie",
    Direzione: "entro la scadenza",
    "Data di conclusione": "30/04/2024",
    Esito: "raggiunto",
    "Risultati raggiunti":
      "L’indagine Istat “Aspetti della vita quotidiana” è eseguita su un campione di famiglie.\nNel 2024 le famiglie rientranti nel campione residenti nel Comune di Darfo Boario Terme sono state 32.\n11 famiglie hanno compilato autonomamente on-line l’apposito questionario mentre 21 famiglie sono state intervistate dal rilevatore.\n\nNel complesso non si sono rilevate criticità.",
  },
  {
    ID: "TRI-04",
    Settore: "Settore Finanziario e Tributi",
    Obiettivo: "Recupero evasione imposte locali IMU e TARI",
    Tipo: "gestionale",
    Responsabile: "Responsabile del Settore Finanziario e Tributi",
    "Chi contribuisce": "Ufficio Tributi; Società incaricata degli accertamenti tributari",
    Tempi: "In continuo",
    Misurazione: "Emissione di almeno 100 avvisi di accertamento all’anno",
    "Traguardo atteso": "Assicurare la riscossione delle imposte e l’equità impositiva",
    Target: 100,
    Unità: "avvisi di accertamento",
    Consuntivo: 1129,
    Esito: "Raggiunto",
    "Risultati raggiunti":
      "Nel corso del 2024 sono stati emessi complessivamente n. 1.129 avvisi di accertamento, di cui:\n- TARI n. 824 (n. 706 direttamente dall’ufficio tributi e n. 118 con il supporto della società incaricata);\n- IMU n. 305 (n. 40 direttamente dall’ufficio tributi e n. 265 con il supporto della società incaricata).",
  },
  {
    ID: "PL-01",
    Settore: "Settore Polizia Locale",
    Obiettivo:
      "Incremento dei controlli di polizia stradale, polizia amministrativa e polizia ambientale mediante l’attivazione di servizi aggiuntivi diurni, serali o notturni nei giorni feriali e festivi.",
    Tipo: "gestionale",
    Responsabile: "Responsabile del Settore Polizia Locale",
    "Chi contribuisce": "Operatori della Polizia Locale",
    Tempi: "Entro il 2024",
    Misurazione:
      "Interventi di sicurezza urbana: effettuazione di 30 pattuglie aggiuntive di 4 ore ciascuna, al di fuori dell’orario di lavoro ordinario.\nInterventi di polizia ambientale: effettuazione di 80 ore di servizio aggiuntivo, al di fuori dell’orario di lavoro ordinario",
    "Traguardo atteso": "Innalzamento della qualità della vita cittadina",
    Target: 30,
    Unità: "pattuglie",
    Consuntivo: 30,
    Direzione: "più è meglio",
    Esito: "raggiunto",
    "Risultati raggiunti":
      "Effettuate 30 uscite, dalle ore 20 alle ore 24, svolte da pattuglie composte da 2 operatori: sono state controllate circa 600 persone.\nEffettuate, da cinque operatori, un totale di 80 ore per interventi di polizia ambientale.",
  },
  {
    ID: "PL-02",
    Settore: "Settore Polizia Locale",
    Obiettivo:
      "Rafforzamento dell’attività di controllo del territorio, per un servizio orientato alla sicurezza pubblica con la formula della polizia di prossimità",
    Tipo: "Strategico",
    Responsabile: "Responsabile del Settore Polizia Locale",
    "Chi contribuisce": "Operatori della Polizia Locale",
    Tempi: "Entro il 31/12/2024",
    Scadenza: "31/12/2024",
    Misurazione:
      "Attesi 800 interventi sul territorio e 2500 accertamenti per violazione al codice della strada. Ambito degli interventi:\n- vigilanza della circolazione stradale\n- tutela della sicurezza urbana",
    "Traguardo atteso": "Maggiore sicurezza per la cittadinanza",
    Target: 800,
    Unità: "interventi",
    Consuntivo: 1300,
    Qualificatore: "oltre",
    Esito: "Parzialmente raggiunto",
    "Risultati raggiunti":
      "Nel corso del 2024 sono stati effettuati:\n- oltre 1300 interventi sul territorio;\n- 1.357 accertamenti per infrazioni del Codice della strada;\n- 21 rilievi di incidenti stradali;\nsono state ricevute, gestite e trasmesse all’Autorità di Pubblica Sicurezza competente n. 319 comunicazioni di ospitalità stranieri e/o assunzione e n. 58 comunicazioni di cessione di fabbricato.",
    "Motivazione scostamento": "Accertamenti inferiori all’atteso per l’impiego degli operatori negli interventi sul territorio (fixture).",
  },
  {
    ID: "PL-03",
    Settore: "Settore Polizia Locale",
    Obiettivo: "Costante monitoraggio sulle condizioni della segnaletica stradale, con attivazione immediata di intervento in caso di danneggiamenti o mancanze",
    Tipo: "gestionale",
    Responsabile: "Responsabile del Settore Polizia Locale",
    "Chi contribuisce": "Operatori della Polizia Locale",
    Tempi: "Entro il 31/12/2024",
    Misurazione: "Attesi 1300 interventi di ripristino o nuova installazione di segnaletica stradale",
    "Traguardo atteso": "Sicurezza della circolazione stradale",
    Target: 1300,
    Unità: "interventi",
    Consuntivo: 1050,
    Qualificatore: "circa",
    Esito: "parzialmente raggiunto",
    "Risultati raggiunti":
      "Nel corso del 2024 sono stati realizzati circa n. 1050 interventi per ripristino e implementazione della segnaletica stradale sia orizzontale che verticale, nonché manutenzione adeguamento impianti per la sicurezza della viabilità.",
    "Motivazione scostamento": "Interventi programmati per l’autunno rinviati per il maltempo (fixture).",
  },
];

/** Further measures of PL-01 and PL-02, as the seed's Misurazione states them (rows 2…3 of "Indicatori"). */
export const SEED_INDICATORI: readonly IndicatoreRow[] = [
  { "ID obiettivo": "PL-01", Indicatore: "Ore di servizio aggiuntivo di polizia ambientale", Target: 80, Unità: "ore", Consuntivo: 80 },
  { "ID obiettivo": "PL-02", Indicatore: "Accertamenti per violazione al codice della strada", Target: 2500, Unità: "accertamenti", Consuntivo: 1357, Direzione: "più è meglio" },
];
