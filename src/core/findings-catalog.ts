import { ENTRATE_SPEC, SPESE_SPEC } from "./budget/spec";
import { CONTROLLI_SPEC } from "./controls/spec";
import { CENSIMENTI_SPEC, DEMOGRAFIA_SPEC } from "./demography/spec";
import { ENTE_SPEC } from "./ente/spec";
import { SCHEDE_DIPENDENTI_SPEC, SCHEDE_RESPONSABILI_SPEC } from "./evaluations/spec";
import { Severity } from "./finding";
import { INDICATORI_SPEC, OBIETTIVI_SPEC } from "./objectives/spec";
import { PARAMETRI_SPEC } from "./parameters/spec";
import { REDAZIONE_SPEC } from "./redazione/spec";
import { MAX_AGE, MIN_AGE } from "./staff/employees";
import { PERSONALE_SPEC } from "./staff/spec";
import { TESTI_SPEC } from "./texts/spec";

/** Where the findings of a group come from: the input sheets it is about (none for the workbook-wide groups). */
export interface FindingGroup {
  readonly key: FindingGroupKey;
  /** Italian title of the group in docs/findings.md. */
  readonly title: string;
  /** Sheets of the data model the group's codes are about, as the specs name them. */
  readonly sheets: readonly string[];
}

export type FindingGroupKey =
  | "fogli"
  | "tabelle"
  | "ente"
  | "demografia"
  | "censimenti"
  | "personale"
  | "bilancio"
  | "controlli"
  | "obiettivi"
  | "schede"
  | "parametri"
  | "redazione"
  | "testi"
  | "uscita";

/** One finding code the code can raise, documented for the user. */
export interface FindingDefinition {
  /** The stable code of {@link Finding.code}, e.g. `DEMO_BILANCIO`. */
  readonly code: string;
  /** Severities it is raised with: one for almost every code; a few (PARAM_INCOERENTE, …) are an errore or an avviso by case. */
  readonly severities: readonly Severity[];
  readonly group: FindingGroupKey;
  /** Italian, one line: what is wrong and what happens to the data. */
  readonly meaning: string;
  /** Italian: how to fix the data so that the finding goes away. */
  readonly fix: string;
}

/** Groups in the order of docs/findings.md: the workbook, any table, then the sheets in tab order, then the outputs. */
export const FINDING_GROUPS: readonly FindingGroup[] = [
  { key: "fogli", title: "Cartella di lavoro e fogli", sheets: [] },
  { key: "tabelle", title: "Tabelle e celle (tutti i fogli)", sheets: [] },
  { key: "ente", title: "Dati dell'ente", sheets: [ENTE_SPEC.sheet] },
  { key: "demografia", title: "Movimento della popolazione", sheets: [DEMOGRAFIA_SPEC.sheet] },
  { key: "censimenti", title: "Censimenti", sheets: [CENSIMENTI_SPEC.sheet] },
  { key: "personale", title: "Personale in servizio", sheets: [PERSONALE_SPEC.sheet] },
  { key: "bilancio", title: "Rendiconto per titoli", sheets: [ENTRATE_SPEC.sheet, SPESE_SPEC.sheet] },
  { key: "controlli", title: "Controlli successivi di regolarità amministrativa", sheets: [CONTROLLI_SPEC.sheet] },
  { key: "obiettivi", title: "Obiettivi di performance", sheets: [OBIETTIVI_SPEC.sheet, INDICATORI_SPEC.sheet] },
  { key: "schede", title: "Schede di valutazione individuale", sheets: [SCHEDE_DIPENDENTI_SPEC.sheet, SCHEDE_RESPONSABILI_SPEC.sheet] },
  { key: "parametri", title: "Parametri del sistema di valutazione", sheets: [PARAMETRI_SPEC.sheet] },
  { key: "redazione", title: "Processo di redazione", sheets: [REDAZIONE_SPEC.sheet] },
  { key: "testi", title: "Testi della Relazione", sheets: [TESTI_SPEC.sheet] },
  { key: "uscita", title: "Fogli scritti dal componente aggiuntivo", sheets: [] },
];

const E: readonly Severity[] = ["errore"];
const A: readonly Severity[] = ["avviso"];

/**
 * Every finding code src/ can raise, with its severities, meaning and remedy, in Italian. It is the
 * source of docs/findings.md (scripts/generate-findings-doc.ts); test/corpus/findings-doc.test.ts checks
 * that it lists exactly the codes the sources raise, with the same severities.
 */
export const FINDINGS_CATALOG: readonly FindingDefinition[] = [
  // Cartella di lavoro e fogli (src/core/inputs.ts)
  {
    code: "FOGLIO_MANCANTE",
    severities: E,
    group: "fogli",
    meaning: "Manca un foglio obbligatorio del modello dei dati: le parti della Relazione che ne dipendono non sono generate.",
    fix: "Aggiungere il foglio con il nome previsto, o rinominare il foglio che contiene i dati; maiuscole, accenti e spazi non contano e sono accettati i sinonimi elencati in docs/data-model.md.",
  },
  {
    code: "FOGLIO_FACOLTATIVO_MANCANTE",
    severities: A,
    group: "fogli",
    meaning: "Manca un foglio facoltativo: la parte corrispondente della Relazione è omessa.",
    fix: "Se la parte deve comparire nella Relazione, aggiungere il foglio con il nome previsto (o un sinonimo); altrimenti non serve fare nulla.",
  },
  // Tabelle e celle (src/core/table/read-table.ts)
  {
    code: "INTESTAZIONE_MANCANTE",
    severities: E,
    group: "tabelle",
    meaning: "Nelle prime righe del foglio non c'è una riga di intestazione con i nomi di colonna del modello: il foglio non viene letto.",
    fix: "Scrivere sopra i dati una riga con le intestazioni previste (ad esempio «Voce», «Maschi», «Femmine», «Totale»), entro le prime 20 righe del foglio; le righe di titolo sopra l'intestazione sono ammesse.",
  },
  {
    code: "COLONNA_MANCANTE",
    severities: E,
    group: "tabelle",
    meaning: "Nella riga di intestazione manca una colonna obbligatoria: i dati del foglio non sono utilizzati.",
    fix: "Aggiungere la colonna indicata nel messaggio (se compare più volte, vedi COLONNA_DUPLICATA), o rinominare l'intestazione della colonna che contiene quei dati con il nome previsto o un suo sinonimo (docs/data-model.md).",
  },
  {
    code: "COLONNA_DUPLICATA",
    severities: E,
    group: "tabelle",
    meaning: "Due o più celle della riga di intestazione indicano la stessa colonna (anche con un sinonimo): nessuna viene letta, perché non si può sapere quale contenga i dati giusti; se la colonna è obbligatoria i dati del foglio non sono utilizzati.",
    fix: "Lasciare una sola delle colonne indicate nel messaggio: cancellare l'altra o, se contiene altri dati, cambiarle intestazione.",
  },
  {
    code: "COLONNA_SCONOSCIUTA",
    severities: A,
    group: "tabelle",
    meaning: "La riga di intestazione ha colonne che il modello non prevede: sono ignorate (elencate una volta per foglio).",
    fix: "Nulla, se le colonne servono solo all'ufficio; se contengono dati del modello, dare loro l'intestazione prevista o un suo sinonimo.",
  },
  {
    code: "TIPO_NON_VALIDO",
    severities: E,
    group: "tabelle",
    meaning: "Il contenuto della cella non è del tipo della colonna (una parola al posto di un numero, un decimale dove serve un intero, una data illeggibile, un valore di errore di Excel come #DIV/0!): il valore è escluso.",
    fix: "Scrivere il valore nella forma attesa: numeri come numeri (anche 1.234,56), date come gg/mm/aaaa, sì/no come «Sì» o «No»; per un valore di errore correggere la formula della cella.",
  },
  {
    code: "FORMULA_SENZA_RISULTATO",
    severities: ["errore", "avviso"],
    group: "tabelle",
    meaning:
      "Una formula è salvata senza il suo risultato (succede con i file creati o modificati da programmi che non calcolano le formule, o quando la formula restituisce testo vuoto): errore in una colonna di numeri o date, dove il valore è escluso e mai letto come 0; avviso in una colonna di testo, dove la cella è letta come vuota.",
    fix: "Aprire il file in Excel e salvarlo, così i risultati vengono calcolati, poi ripetere l'elaborazione; se la formula restituisce testo vuoto (\"\"), lasciare la cella vuota.",
  },
  {
    code: "RIGHE_NASCOSTE",
    severities: A,
    group: "tabelle",
    meaning: "Il foglio ha righe di dati nascoste a mano o da un filtro: sono lette come le altre, perché nascondere una riga non la esclude dalla Relazione.",
    fix: "Nulla, se le righe devono contare; altrimenti cancellarle.",
  },
  {
    code: "NUMERO_COME_TESTO",
    severities: A,
    group: "tabelle",
    meaning: "Un numero è memorizzato come testo (ad esempio «15.883» o «€ 1.234,56»): è letto come numero, ma conviene verificarne la lettura.",
    fix: "Convertire la cella in numero (in Excel: «Converti in numero» sul triangolo verde, o digitare di nuovo il valore in una cella con formato numerico).",
  },
  {
    code: "NUMERO_NEGATIVO",
    severities: E,
    group: "tabelle",
    meaning: "Un conteggio o un importo che non può essere negativo ha un valore minore di zero: il valore è escluso.",
    fix: "Correggere il segno del valore; un saldo che può essere negativo va nelle righe previste per questo (ad esempio «Aggiustamento statistico» nel foglio «Demografia»).",
  },
  // Ente (src/core/ente/read-ente.ts)
  {
    code: "ENTE_PARAMETRO_MANCANTE",
    severities: E,
    group: "ente",
    meaning: "Manca, o è vuoto, un parametro obbligatorio (Comune, Anno): senza di esso la Relazione non è generata e si scrive solo il foglio «Verifica dati».",
    fix: "Aggiungere la riga con il nome del parametro nella colonna «Parametro» e il suo valore nella colonna «Valore».",
  },
  {
    code: "ENTE_ANNO_NON_VALIDO",
    severities: E,
    group: "ente",
    meaning: "L'anno della Relazione non è un anno di 4 cifre tra 1900 e 2100: la Relazione non è generata.",
    fix: "Scrivere l'anno di riferimento in cifre, ad esempio 2024.",
  },
  {
    code: "ENTE_PARAMETRO_SCONOSCIUTO",
    severities: A,
    group: "ente",
    meaning: "Una riga ha un nome di parametro non previsto, o nessun nome: la riga è ignorata.",
    fix: "Correggere il nome secondo l'elenco dei parametri (docs/data-model.md) o cancellare la riga.",
  },
  {
    code: "ENTE_PARAMETRO_DUPLICATO",
    severities: A,
    group: "ente",
    meaning: "Lo stesso parametro ha un valore su due righe: vale la prima, la seconda è ignorata.",
    fix: "Tenere una sola riga per parametro, con il valore giusto.",
  },
  // Demografia (src/core/demography/movimento.ts)
  {
    code: "DEMO_VOCE_MANCANTE",
    severities: E,
    group: "demografia",
    meaning: "Manca una voce necessaria al bilancio demografico (popolazione al 1° gennaio, nati, morti, iscritti, cancellati, popolazione al 31 dicembre): il movimento della popolazione non è riportato.",
    fix: "Aggiungere la riga con il nome della voce nella colonna «Voce» e le cifre per sesso e totale.",
  },
  {
    code: "DEMO_VOCE_SCONOSCIUTA",
    severities: A,
    group: "demografia",
    meaning: "Una riga ha una voce non prevista, o nessuna voce: la riga è ignorata.",
    fix: "Rinominare la voce con uno dei nomi previsti (docs/data-model.md) o cancellare la riga; i subtotali non servono.",
  },
  {
    code: "DEMO_VOCE_DUPLICATA",
    severities: E,
    group: "demografia",
    meaning: "La stessa voce compare su due righe: nessuna delle due è usata.",
    fix: "Tenere una sola riga per voce; se i dati sono divisi (ad esempio iscritti da altri comuni e dall'estero), sommarli in una riga.",
  },
  {
    code: "DEMO_ANNO_VOCE",
    severities: A,
    group: "demografia",
    meaning: "La voce indica un anno diverso da quello della Relazione (ad esempio «Popolazione al 1° gennaio 2023» in una Relazione 2024).",
    fix: "Verificare che i dati siano dell'anno giusto; correggere l'anno nella voce, o l'anno nel foglio «Ente».",
  },
  {
    code: "DEMO_VALORE_MANCANTE",
    severities: E,
    group: "demografia",
    meaning: "Una riga del bilancio ha vuota la cella dei maschi, delle femmine o del totale (per i residenti in convivenza, il totale): la voce non è usata.",
    fix: "Scrivere il numero mancante (0 se non ce ne sono).",
  },
  {
    code: "DEMO_SOMMA_SESSI",
    severities: E,
    group: "demografia",
    meaning: "Maschi + femmine non dà il totale della riga: la voce non è usata.",
    fix: "Correggere la cifra sbagliata riprendendola dalla fonte (anagrafe comunale, bilancio demografico ISTAT).",
  },
  {
    code: "DEMO_BILANCIO",
    severities: E,
    group: "demografia",
    meaning: "La popolazione al 31 dicembre non è uguale a popolazione al 1° gennaio + nati − morti + iscritti − cancellati (± aggiustamento statistico): il movimento non è riportato.",
    fix: "Confrontare le cifre con il bilancio demografico ISTAT; se ISTAT riporta rettifiche o un aggiustamento statistico, aggiungere la riga «Aggiustamento statistico» con il suo saldo.",
  },
  {
    code: "DEMO_FAMIGLIE_MANCANTI",
    severities: A,
    group: "demografia",
    meaning: "Il numero di famiglie c'è solo al 1° gennaio o solo al 31 dicembre: le famiglie sono escluse dalla tabella e dagli indicatori.",
    fix: "Scrivere il numero di famiglie in entrambe le righe della popolazione (1° gennaio e 31 dicembre).",
  },
  {
    code: "DEMO_FAMIGLIE_FUORI_RIGA",
    severities: A,
    group: "demografia",
    meaning: "Un numero di famiglie è scritto in una riga diversa da quelle della popolazione al 1° gennaio e al 31 dicembre: è ignorato.",
    fix: "Spostare il numero nella riga giusta o cancellarlo.",
  },
  {
    code: "DEMO_CONVIVENZE_OLTRE_RESIDENTI",
    severities: E,
    group: "demografia",
    meaning: "I residenti in convivenza superano i residenti al 31 dicembre: il dato è escluso.",
    fix: "Correggere il numero dei residenti in convivenza, che sono una parte dei residenti.",
  },
  // Censimenti (src/core/demography/census.ts)
  {
    code: "CENS_SOMMA_SESSI",
    severities: A,
    group: "censimenti",
    meaning: "In un censimento maschi + femmine non dà il totale: il dato è riportato com'è, perché la popolazione legale pubblicata può differire dalla somma per sesso.",
    fix: "Verificare le cifre sulla pubblicazione ISTAT; se sono quelle pubblicate non serve fare nulla.",
  },
  {
    code: "CENS_ANNO_DUPLICATO",
    severities: E,
    group: "censimenti",
    meaning: "Lo stesso anno di censimento compare su più righe: tutte quelle righe sono escluse.",
    fix: "Tenere una sola riga per anno di censimento.",
  },
  {
    code: "CENS_ANNO_FUORI_INTERVALLO",
    severities: E,
    group: "censimenti",
    meaning: "L'anno non è un anno di censimento possibile (prima del 1861, primo censimento del Regno d'Italia, o dopo l'anno in corso): la riga è esclusa.",
    fix: "Correggere l'anno del censimento.",
  },
  {
    code: "CENS_VALORE_MANCANTE",
    severities: E,
    group: "censimenti",
    meaning: "Una riga non ha l'anno o la popolazione totale: la riga è esclusa.",
    fix: "Completare la riga o cancellarla.",
  },
  // Personale (src/core/staff/employees.ts)
  {
    code: "PERS_NESSUN_DIPENDENTE",
    severities: E,
    group: "personale",
    meaning: "Il foglio «Personale» ha l'intestazione ma nessun dipendente sotto di essa: la parte della Relazione sul personale non può essere scritta.",
    fix: "Elencare sotto l'intestazione i dipendenti in servizio al 31/12 dell'anno, uno per riga.",
  },
  {
    code: "PERS_MATRICOLA_MANCANTE",
    severities: E,
    group: "personale",
    meaning: "Un dipendente non ha la matricola: la riga è esclusa dai conteggi.",
    fix: "Scrivere la matricola, o un altro identificativo unico del dipendente.",
  },
  {
    code: "PERS_MATRICOLA_DUPLICATA",
    severities: E,
    group: "personale",
    meaning: "La stessa matricola compare su due righe: la seconda è esclusa dai conteggi.",
    fix: "Indicare ogni dipendente una sola volta; se sono due persone diverse, correggere la matricola sbagliata.",
  },
  {
    code: "PERS_AREA",
    severities: E,
    group: "personale",
    meaning: "L'area è vuota o non è un'area del CCNL Funzioni Locali 2019-2021: la riga è esclusa dai conteggi.",
    fix: "Scrivere «Funzionari e EQ», «Istruttori», «Operatori esperti» o «Operatori» (oppure l'ex categoria D, C, B, A).",
  },
  {
    code: "PERS_SESSO",
    severities: E,
    group: "personale",
    meaning: "Il sesso è vuoto o non è M/F: la riga è esclusa dai conteggi.",
    fix: "Scrivere M o F.",
  },
  {
    code: "PERS_RAPPORTO",
    severities: E,
    group: "personale",
    meaning: "Il rapporto di lavoro è vuoto o non riconosciuto: la riga è esclusa dai conteggi.",
    fix: "Scrivere «Tempo indeterminato» o «Tempo determinato» (accettati anche TI e TD).",
  },
  {
    code: "PERS_PART_TIME",
    severities: E,
    group: "personale",
    meaning: "La percentuale di part-time non è maggiore di 0 e non superiore a 100: la riga è esclusa dai conteggi.",
    fix: "Scrivere la percentuale dell'orario pieno (ad esempio 50%); lasciare vuoto, o 100, per il tempo pieno.",
  },
  {
    code: "PERS_ETA_MANCANTE",
    severities: E,
    group: "personale",
    meaning: "Mancano sia la data di nascita sia l'età (in una riga, o perché il foglio non ha nessuna delle due colonne): la riga è esclusa dai conteggi.",
    fix: "Scrivere la data di nascita (gg/mm/aaaa) o, in alternativa, l'età compiuta al 31/12 nella colonna «Età».",
  },
  {
    code: "PERS_DATA_NASCITA_FUTURA",
    severities: E,
    group: "personale",
    meaning: "La data di nascita è successiva al 31/12 dell'anno della Relazione: la riga è esclusa dai conteggi.",
    fix: "Correggere la data di nascita (spesso giorno e mese scambiati, o l'anno mancante di una cifra).",
  },
  {
    code: "PERS_ETA_IMPLAUSIBILE",
    severities: E,
    group: "personale",
    meaning: `L'età al 31/12 è inferiore a ${MIN_AGE} o superiore a ${MAX_AGE} anni: la riga è esclusa dai conteggi.`,
    fix: "Correggere la data di nascita o l'età.",
  },
  {
    code: "PERS_ETA_INCOERENTE",
    severities: E,
    group: "personale",
    meaning: "L'età scritta non è quella che risulta dalla data di nascita al 31/12: la riga è esclusa dai conteggi.",
    fix: "Correggere una delle due, o lasciare vuota l'età quando c'è la data di nascita.",
  },
  {
    code: "PERS_RESPONSABILE_AREA",
    severities: A,
    group: "personale",
    meaning: "Un responsabile di servizio non è nell'area dei Funzionari e dell'Elevata Qualificazione, l'unica a cui il CCNL riserva gli incarichi di EQ: è contato nella propria area, non tra i responsabili.",
    fix: "Verificare l'area del dipendente o la colonna «Responsabile di servizio».",
  },
  // Entrate e Spese (src/core/budget/rendiconto.ts)
  {
    code: "BIL_TITOLO_SCONOSCIUTO",
    severities: E,
    group: "bilancio",
    meaning: "La cella «Titolo» non indica un titolo dello schema del D.Lgs. 118/2011 (non esistono il titolo 8 delle entrate e il titolo 6 delle spese): la riga è esclusa.",
    fix: "Scrivere il numero del titolo (anche «Titolo 1», «Titolo I» o «Tit. 1»), o lasciare vuota la cella per le voci come il fondo di cassa.",
  },
  {
    code: "BIL_TITOLO_DUPLICATO",
    severities: E,
    group: "bilancio",
    meaning: "Lo stesso titolo compare su due righe: i suoi importi non sono utilizzati.",
    fix: "Tenere una sola riga per titolo, con gli importi complessivi del titolo.",
  },
  {
    code: "BIL_IMPORTO_MANCANTE",
    severities: E,
    group: "bilancio",
    meaning: "Manca l'importo di un titolo o di una voce nella colonna che lo richiede: l'importo e i totali che ne dipendono sono esclusi.",
    fix: "Scrivere l'importo in euro (0,00 se nullo) nella colonna indicata; il fondo di cassa va in «Riscossioni» o «Pagamenti», l'avanzo e il disavanzo in «Accertamenti» o «Impegni».",
  },
  {
    code: "BIL_VOCE_SCONOSCIUTA",
    severities: A,
    group: "bilancio",
    meaning: "Una riga senza titolo ha una descrizione che non è una voce riconosciuta (fondo di cassa, avanzo o disavanzo di amministrazione, totale): la riga è ignorata.",
    fix: "Indicare il numero del titolo, correggere la descrizione, o cancellare la riga se non serve alla Relazione.",
  },
  {
    code: "BIL_VOCE_DUPLICATA",
    severities: E,
    group: "bilancio",
    meaning: "Una voce senza titolo (fondo di cassa, avanzo, disavanzo) compare su due righe: il suo importo non è utilizzato.",
    fix: "Tenere una sola riga per la voce.",
  },
  {
    code: "BIL_NESSUN_TITOLO",
    severities: E,
    group: "bilancio",
    meaning: "Il foglio non contiene alcuna riga di titolo: il rendiconto non è riportato.",
    fix: "Scrivere una riga per ogni titolo, con il numero nella colonna «Titolo» e gli importi.",
  },
  {
    code: "BIL_TITOLO_MANCANTE",
    severities: A,
    group: "bilancio",
    meaning: "Alcuni titoli dello schema non hanno una riga: sono considerati senza importi e non compaiono nelle tabelle.",
    fix: "Aggiungere le righe dei titoli mancanti, anche con importi 0,00.",
  },
  {
    code: "BIL_VOCE_MANCANTE",
    severities: A,
    group: "bilancio",
    meaning: "Nelle entrate manca il fondo di cassa all'inizio dell'esercizio: non si calcolano le riscossioni comprensive del fondo né il fondo di cassa finale.",
    fix: "Aggiungere la riga «Fondo di cassa all'inizio dell'esercizio», con la cella «Titolo» vuota e l'importo nella colonna «Riscossioni».",
  },
  {
    code: "BIL_TOTALE_DIVERSO",
    severities: E,
    group: "bilancio",
    meaning: "La riga «Totale» non corrisponde alla somma dei titoli (neppure contando avanzo, disavanzo o fondo di cassa): il totale non è riportato.",
    fix: "Correggere il titolo o il totale sbagliato confrontandoli con il rendiconto approvato.",
  },
  {
    code: "BIL_PARTITE_DI_GIRO",
    severities: E,
    group: "bilancio",
    meaning: "Gli accertamenti del titolo 9 delle entrate non sono uguali agli impegni del titolo 7 delle spese (le partite di giro si pareggiano): i due importi non sono riportati.",
    fix: "Correggere l'importo sbagliato confrontandolo con il rendiconto approvato.",
  },
  {
    code: "BIL_ANTICIPAZIONI",
    severities: E,
    group: "bilancio",
    meaning: "Gli accertamenti del titolo 7 delle entrate non sono uguali agli impegni del titolo 5 delle spese (le anticipazioni di tesoreria ricevute si chiudono per lo stesso importo): i due importi non sono riportati.",
    fix: "Correggere l'importo sbagliato confrontandolo con il rendiconto approvato.",
  },
  {
    code: "BIL_FONDO_CASSA_FINALE",
    severities: E,
    group: "bilancio",
    meaning: "Il fondo di cassa finale scritto nelle spese non è uguale a fondo iniziale + riscossioni − pagamenti: il fondo finale non è riportato.",
    fix: "Correggere il fondo finale, il fondo iniziale o le riscossioni e i pagamenti confrontandoli con il conto del tesoriere.",
  },
  // Controlli (src/core/controls/controls.ts)
  {
    code: "CTRL_SETTORE_MANCANTE",
    severities: E,
    group: "controlli",
    meaning: "Una riga ha il numero di atti ma non il settore: la riga e il totale sono esclusi.",
    fix: "Scrivere il nome del settore o servizio che ha adottato gli atti.",
  },
  {
    code: "CTRL_ATTI_MANCANTI",
    severities: E,
    group: "controlli",
    meaning: "Un settore non ha il numero di atti controllati: quel numero e il totale sono esclusi.",
    fix: "Scrivere il numero di atti controllati (0 se nessuno).",
  },
  {
    code: "CTRL_SETTORE_DUPLICATO",
    severities: A,
    group: "controlli",
    meaning: "Lo stesso settore compare su più righe: le righe sono sommate in una.",
    fix: "Nulla, se le righe vanno sommate (ad esempio una per semestre); altrimenti correggere il nome del settore.",
  },
  {
    code: "CTRL_TOTALE_DIVERSO",
    severities: E,
    group: "controlli",
    meaning: "Una riga «Totale» non corrisponde alla somma degli atti dei settori: il totale non è riportato.",
    fix: "Correggere il totale o i numeri dei settori; un subtotale in mezzo ai dati va tolto, perché è confrontato con la somma di tutti i settori.",
  },
  {
    code: "CTRL_NESSUN_SETTORE",
    severities: A,
    group: "controlli",
    meaning: "Il foglio non contiene settori: la Relazione omette l'elenco degli atti controllati.",
    fix: "Scrivere sotto l'intestazione una riga per settore con il numero di atti controllati.",
  },
  // Obiettivi e Indicatori (src/core/objectives/read-objectives.ts)
  {
    code: "OBJ_CAMPO_MANCANTE",
    severities: E,
    group: "obiettivi",
    meaning: "Manca un campo obbligatorio dell'obiettivo (ID, settore, obiettivo, responsabile, esito, risultati) o dell'indicatore (ID obiettivo, indicatore, target): il campo manca nella Relazione.",
    fix: "Compilare la cella indicata nel messaggio.",
  },
  {
    code: "OBJ_ID_DUPLICATO",
    severities: E,
    group: "obiettivi",
    meaning: "Lo stesso ID è usato da due obiettivi: il secondo è escluso.",
    fix: "Dare a ogni obiettivo un codice univoco (maiuscole, spazi e trattini non distinguono due codici).",
  },
  {
    code: "OBJ_ESITO_SCONOSCIUTO",
    severities: E,
    group: "obiettivi",
    meaning: "L'esito non è riconosciuto: l'obiettivo non è conteggiato tra gli esiti.",
    fix: "Scrivere «raggiunto», «parzialmente raggiunto», «non raggiunto», «in corso» o «non valutabile».",
  },
  {
    code: "OBJ_DIREZIONE_SCONOSCIUTA",
    severities: E,
    group: "obiettivi",
    meaning: "La direzione dell'indicatore non è riconosciuta (nel foglio «Indicatori» non è ammessa «entro la scadenza»): il grado di raggiungimento non è calcolato.",
    fix: "Scrivere «più è meglio», «meno è meglio» o, solo nel foglio «Obiettivi», «entro la scadenza»; vuoto vale «più è meglio».",
  },
  {
    code: "OBJ_TIPO_SCONOSCIUTO",
    severities: E,
    group: "obiettivi",
    meaning: "Il tipo di obiettivo non è riconosciuto: il tipo è omesso.",
    fix: "Scrivere «strategico», «gestionale» o «trasversale», o lasciare vuoto.",
  },
  {
    code: "OBJ_UNITA_MANCANTE",
    severities: E,
    group: "obiettivi",
    meaning: "Un target non ha l'unità di misura: l'indicatore e il grado dell'obiettivo sono esclusi.",
    fix: "Scrivere nella colonna «Unità» l'unità di target e consuntivo (ad esempio «interventi», «ore», «giorni»).",
  },
  {
    code: "OBJ_CONSUNTIVO_SENZA_TARGET",
    severities: A,
    group: "obiettivi",
    meaning: "C'è un consuntivo ma non il target: il consuntivo non entra nel grado di raggiungimento.",
    fix: "Scrivere il target, o togliere il consuntivo se l'obiettivo non ha un indicatore numerico.",
  },
  {
    code: "OBJ_SCADENZA_MANCANTE",
    severities: E,
    group: "obiettivi",
    meaning: "La direzione è «entro la scadenza» ma manca la scadenza: il grado non è calcolato.",
    fix: "Scrivere la scadenza come data gg/mm/aaaa, o cambiare la direzione.",
  },
  {
    code: "OBJ_SCADENZA_FUORI_ANNO",
    severities: A,
    group: "obiettivi",
    meaning: "Con «entro la scadenza», la scadenza non cade nell'anno della Relazione.",
    fix: "Verificare la data; per un obiettivo pluriennale indicare l'esito «in corso».",
  },
  {
    code: "OBJ_GRADO_NON_CALCOLABILE",
    severities: A,
    group: "obiettivi",
    meaning: "Target e consuntivo non permettono di calcolare il grado di raggiungimento (target 0 con «più è meglio», valori negativi): il grado dell'indicatore non è calcolato.",
    fix: "Verificare target, consuntivo e direzione dell'indicatore.",
  },
  {
    code: "OBJ_ESITO_INCOERENTE",
    severities: A,
    group: "obiettivi",
    meaning: "L'esito dichiarato è diverso da quello che danno target e consuntivi con le soglie in uso.",
    fix: "Verificare esito, target e consuntivi; se l'esito dichiarato è giusto, spiegarne il motivo nei risultati o nella motivazione.",
  },
  {
    code: "OBJ_MOTIVAZIONE_MANCANTE",
    severities: E,
    group: "obiettivi",
    meaning: "Un obiettivo parzialmente o non raggiunto non ha la motivazione dello scostamento, che la Relazione deve riportare (D.Lgs. 150/2009, art. 10, c. 1, lett. b).",
    fix: "Scrivere nella colonna «Motivazione scostamento» le cause dello scostamento.",
  },
  {
    code: "OBJ_INDICATORE_SENZA_OBIETTIVO",
    severities: E,
    group: "obiettivi",
    meaning: "Un indicatore si riferisce a un ID che non è nel foglio «Obiettivi»: la riga è ignorata.",
    fix: "Correggere l'ID obiettivo dell'indicatore, o aggiungere l'obiettivo nel foglio «Obiettivi».",
  },
  {
    code: "OBJ_NESSUN_OBIETTIVO",
    severities: A,
    group: "obiettivi",
    meaning: "Il foglio «Obiettivi» non contiene obiettivi: la Relazione omette la rendicontazione degli obiettivi.",
    fix: "Scrivere sotto l'intestazione una riga per obiettivo.",
  },
  // Schede di valutazione (src/core/evaluations/)
  {
    code: "SCHEDA_MATRICOLA_MANCANTE",
    severities: E,
    group: "schede",
    meaning: "Una scheda non ha la matricola: è esclusa dagli aggregati.",
    fix: "Scrivere la matricola del dipendente come nel foglio «Personale».",
  },
  {
    code: "SCHEDA_MATRICOLA_DUPLICATA",
    severities: E,
    group: "schede",
    meaning: "La stessa matricola ha già una scheda, nello stesso foglio o nell'altro: la seconda scheda è esclusa.",
    fix: "Tenere una sola scheda per dipendente; se sono due persone diverse, correggere la matricola sbagliata.",
  },
  {
    code: "SCHEDA_NON_IN_PERSONALE",
    severities: A,
    group: "schede",
    meaning: "La matricola della scheda non è nel foglio «Personale»: la scheda è usata, ma non è attribuita ad alcuna area o settore.",
    fix: "Correggere la matricola, o aggiungere il dipendente nel foglio «Personale».",
  },
  {
    code: "SCHEDA_FOGLIO_ERRATO",
    severities: A,
    group: "schede",
    meaning: "La scheda di un responsabile di servizio è tra le schede dei dipendenti, o il contrario (secondo il foglio «Personale»): è valutata con le regole del foglio in cui si trova.",
    fix: "Spostare la scheda nel foglio giusto, o correggere la colonna «Responsabile di servizio» del foglio «Personale».",
  },
  {
    code: "SCHEDA_MANCANTE",
    severities: A,
    group: "schede",
    meaning: "Alcuni dipendenti del foglio «Personale» non hanno una scheda: gli aggregati sono calcolati sulle schede presenti.",
    fix: "Aggiungere le schede dei dipendenti elencati nel messaggio, se sono stati valutati.",
  },
  {
    code: "SCHEDA_VALORE_MANCANTE",
    severities: E,
    group: "schede",
    meaning: "Manca un punteggio o un giudizio della scheda (nessun obiettivo, punti assegnati senza punti ottenuti o viceversa, un comportamento non valutato, «Obiettivi di ente attivi» vuoto): la scheda è esclusa dagli aggregati.",
    fix: "Completare la cella indicata (0 per i punteggi non assegnati).",
  },
  {
    code: "SCHEDA_OTTENUTI_OLTRE_ASSEGNATI",
    severities: E,
    group: "schede",
    meaning: "I punti ottenuti su un obiettivo superano quelli assegnati: la scheda è esclusa dagli aggregati.",
    fix: "Correggere i punti ottenuti o quelli assegnati.",
  },
  {
    code: "SCHEDA_PUNTI_ASSEGNATI",
    severities: E,
    group: "schede",
    meaning: "I punti assegnati agli obiettivi non sommano al massimo previsto per gli obiettivi (60 nel sistema di riferimento): la scheda è esclusa dagli aggregati.",
    fix: "Correggere i punti assegnati, o il parametro «Punti obiettivi dipendenti» nel foglio «Parametri».",
  },
  {
    code: "SCHEDA_GIUDIZIO",
    severities: E,
    group: "schede",
    meaning: "Un comportamento ha un giudizio che non è nella scala dei giudizi, né come nome né come punteggio: la scheda è esclusa dagli aggregati.",
    fix: "Scrivere uno dei giudizi della scala (ad esempio «Buona») o il suo punteggio; la scala si può cambiare nel foglio «Parametri».",
  },
  {
    code: "SCHEDA_COMPONENTE_OLTRE_MASSIMO",
    severities: E,
    group: "schede",
    meaning: "Una componente della scheda (comportamenti, performance organizzativa o individuale, comportamento organizzativo) supera il suo massimo: la scheda è esclusa dagli aggregati.",
    fix: "Correggere il punteggio, o il massimo nel foglio «Parametri».",
  },
  {
    code: "SCHEDA_OBIETTIVI_ENTE_INCOERENTE",
    severities: E,
    group: "schede",
    meaning: "Un punteggio di un responsabile rispetta i massimi previsti con la risposta opposta a «Obiettivi di ente attivi», non con quella data: la scheda è esclusa dagli aggregati.",
    fix: "Correggere la colonna «Obiettivi di ente attivi» (Sì/No) o il punteggio.",
  },
  {
    code: "SCHEDA_TOTALE_OLTRE_MASSIMO",
    severities: E,
    group: "schede",
    meaning: "Il totale della scheda, scritto o calcolato dalle componenti, supera il punteggio massimo: la scheda è esclusa dagli aggregati.",
    fix: "Correggere i punteggi, o i massimi nel foglio «Parametri».",
  },
  {
    code: "SCHEDA_TOTALE_DIVERSO",
    severities: E,
    group: "schede",
    meaning: "Il totale scritto non è la somma delle componenti della scheda: la scheda è esclusa dagli aggregati.",
    fix: "Correggere il totale o le componenti; il totale si può anche lasciare vuoto, perché è calcolato.",
  },
  // Parametri (src/core/parameters/read-parameters.ts)
  {
    code: "PARAM_SCONOSCIUTO",
    severities: A,
    group: "parametri",
    meaning: "Una riga ha un nome di parametro non previsto, o nessun nome, o un «Giudizio» senza livello: la riga è ignorata.",
    fix: "Correggere il nome secondo l'elenco dei parametri (docs/data-model.md) o cancellare la riga.",
  },
  {
    code: "PARAM_DUPLICATO",
    severities: A,
    group: "parametri",
    meaning: "Lo stesso parametro o lo stesso giudizio compare su due righe: vale la prima.",
    fix: "Tenere una sola riga per parametro o giudizio.",
  },
  {
    code: "PARAM_VALORE_MANCANTE",
    severities: A,
    group: "parametri",
    meaning: "Un parametro non ha il valore: si usa il valore predefinito (per un giudizio, il giudizio non è usato).",
    fix: "Scrivere il valore, o cancellare la riga per usare il valore predefinito.",
  },
  {
    code: "PARAM_VALORE_NON_VALIDO",
    severities: E,
    group: "parametri",
    meaning: "Il valore non è del tipo o nell'intervallo previsto (punti negativi, soglia non compresa tra 0 e 100%, fasce non crescenti o oltre il punteggio massimo): si usa il valore predefinito.",
    fix: "Scrivere il valore nella forma dell'esempio di docs/data-model.md (punti come numeri, soglie come percentuali, fasce come «60; 70; 80; 90»).",
  },
  {
    code: "PARAM_INCOERENTE",
    severities: ["errore", "avviso"],
    group: "parametri",
    meaning:
      "I parametri non sono coerenti tra loro: errore se la soglia di «parzialmente raggiunto» non è inferiore a quella di «raggiunto» (si usano le soglie predefinite); avviso se i massimi delle componenti non sommano al punteggio massimo, se il giudizio più alto per i 5 comportamenti non dà il massimo dei comportamenti o se le fasce predefinite superano il punteggio massimo (i valori sono usati come indicati).",
    fix: "Correggere le soglie o i punteggi massimi in modo che tornino; con un punteggio massimo diverso da 100 indicare anche le «Fasce di punteggio».",
  },
  // Redazione (src/core/redazione/read-redazione.ts)
  {
    code: "REDAZ_CAMPO_MANCANTE",
    severities: E,
    group: "redazione",
    meaning: "Una fase del processo di redazione non ha la fase, i soggetti o i tempi: la riga non è riportata.",
    fix: "Compilare la cella indicata.",
  },
  {
    code: "REDAZ_NESSUNA_FASE",
    severities: A,
    group: "redazione",
    meaning: "Il foglio non contiene fasi sotto l'intestazione: la tabella del processo di redazione non è scritta.",
    fix: "Scrivere una riga per fase con soggetti e tempi, o togliere il foglio.",
  },
  // Testi (src/core/texts/read-texts.ts)
  {
    code: "TESTI_BLOCCO_SCONOSCIUTO",
    severities: A,
    group: "testi",
    meaning: "Il nome del blocco non è previsto (o manca nella prima riga): la riga e le seguenti con «Blocco» vuoto non sono usate.",
    fix: "Scrivere nella colonna «Blocco» uno dei nomi previsti (docs/data-model.md).",
  },
  // Fogli di uscita (src/core/run.ts)
  {
    code: "OUTPUT_NOME_OCCUPATO",
    severities: A,
    group: "uscita",
    meaning: "Un foglio dell'utente ha il nome di un foglio di risultato: il foglio dell'utente non è toccato e il risultato è scritto accanto, ad esempio in «Relazione (2)».",
    fix: "Nulla; per avere il risultato con il nome standard, rinominare il proprio foglio.",
  },
];

