import { TESTI_SPEC, TEXT_BLOCKS, TextBlockKey } from "../../src/core/texts/spec";
import { ExampleSheet, column, entry } from "./sheet";

/**
 * The seed's free text, block by block, one paragraph or list item per entry (PDF line breaks undone,
 * typographic apostrophes and quotes as published). Sentences that the add-in computes from the data
 * are left out: the residents at 31/12, the age shares, the gender distribution of the staff.
 */
const PARAGRAPHS: readonly { readonly block: TextBlockKey; readonly paragraphs: readonly string[] }[] = [
  {
    block: "presentazione",
    paragraphs: [
      "Il Decreto Legislativo 27 ottobre 2009, n. 150, modificato dal D. Lgs. n. 74/2017, nel delineare la disciplina del ciclo della performance ha previsto all’art. 10 la redazione, da parte delle Amministrazioni pubbliche, di una Relazione annuale sulla performance che evidenzi a consuntivo, con riferimento all’anno precedente, i risultati raggiunti rispetto agli obiettivi programmati e alle risorse. Per gli enti locali la Relazione sulla performance può essere unificata al rendiconto della gestione.",
      "Il ciclo di gestione della performance si articola nelle seguenti fasi:",
      "- definizione ed assegnazione degli obiettivi;",
      "- collegamento tra obiettivi e risorse;",
      "- monitoraggio in corso di esercizio;",
      "- misurazione e valutazione della performance organizzativa ed individuale;",
      "- utilizzo dei sistemi premianti;",
      "- rendicontazione dei risultati ottenuti a consuntivo agli organi di indirizzo politico-amministrativo, nonché ai cittadini, agli utenti e ai destinatari dei servizi.",
      "Con deliberazioni di Giunta Comunale n. 21 del 31/01/2024 e n. 106 del 03/07/2024 è stato approvato il Piano Integrativo di Attività e Organizzazione (PIAO) 2024-2026, la cui sottosezione 2.2 è relativa alla Performance.",
      "Con riferimento all’anno 2024, per la definizione del ciclo della performance dell’ente occorre fare riferimento ai seguenti atti:",
      "▪ Regolamento sull’ordinamento generale degli uffici e dei servizi, approvato dalla Giunta Comunale con deliberazione n. 128 del 16/11/2011 e modificato con deliberazioni n. 154 del 30/11/2016 e n. 233 del 15/12/2021;",
      "▪ Sistema di misurazione e valutazione della performance, aggiornato con deliberazione della Giunta Comunale n. 88 del 22/05/2019;",
      "▪ Sottosezione 2.2 “Performance” del PIAO 2024/2026, contenente gli obiettivi individuati per i settori;",
      "▪ Contratto Collettivo Integrativo (CCI) per il triennio 2023-2025, definitivamente sottoscritto il 15/12/2023 su autorizzazione espressa dalla Giunta Comunale con deliberazione n. 234 del 13/12/2023;",
      "▪ Contratto Collettivo Decentrato (CCI) – accordo ripartizione risorse 2024, definitivamente sottoscritto il 16/12/2024 su autorizzazione espressa dalla Giunta Comunale con deliberazione n. 209 del 11/12/2024.",
      "A consuntivo dell’attività svolta, con la presente Relazione sulla performance si evidenziano i risultati raggiunti e si può dare corso alle valutazioni della performance organizzativa ed individuale.",
      "La Relazione è validata dal Nucleo di Valutazione quale condizione per l’accesso agli strumenti premiali per il personale, con riferimento al vigente Regolamento sull’Ordinamento generale degli uffici e dei servizi e all’art. 14 comma 4 lettera c) e comma 6 del D. Lgs. 150/2009.",
      "La Relazione è approvata dall’organo esecutivo.",
    ],
  },
  {
    block: "contesto",
    paragraphs: [
      "Darfo Boario Terme è il comune più popoloso della Valle Camonica ed è articolato in undici frazioni.",
      "Città a vocazione turistica e termale, è caratterizzata da un’economia basata prevalentemente sulle attività ricettive e commerciali.",
    ],
  },
  {
    block: "censimenti",
    paragraphs: [
      "Dal 2008 il Comune di Darfo Boario Terme ha superato i 15.000 abitanti, tale incremento di popolazione è stato registrato legalmente con il censimento del 2011.",
    ],
  },
  {
    block: "amministrazione",
    paragraphs: [
      "L’articolazione della struttura organizzativa dell’Ente risponde a criteri di ampia flessibilità e i Settori, i Servizi e, se attivate, le Unità di Progetto, così come la dotazione organica, sono definiti in funzione del tempestivo adeguamento ai programmi ed obiettivi amministrativi.",
      "La direzione dei settori e dei servizi è affidata a personale incaricato della Responsabilità di posizione organizzativa, ai sensi degli articoli 50 e 109 del D.Lgs. 267/2000.",
      "I suddetti incarichi sono stati attribuiti a funzionari dell’Area dei Funzionari e dell’Elevata Qualificazione (ex categoria D) ed al Segretario Generale, con decreti del Sindaco.",
      "Il Contratto Collettivo Nazionale di Lavoro relativo al personale del comparto Funzioni Locali 2019-2021 stipulato in data 16/11/2022, ha modificato, con effetto dal 1° aprile 2023, il sistema di classificazione del personale non dirigente degli Enti Locali, introducendo un’articolazione in quattro aree, che corrispondono a quattro differenti livelli di conoscenze, abilità e competenze professionali, denominate, rispettivamente:",
      "- Area degli Operatori (ex categoria A);",
      "- Area degli Operatori esperti (ex categorie B, compresa la posizione di accesso B3);",
      "- Area degli Istruttori (ex categoria C);",
      "- Area dei Funzionari e dell’Elevata Qualificazione (ex categoria D).",
    ],
  },
  {
    block: "serviziCittadinanza",
    paragraphs: [
      "- Ufficio relazioni con il pubblico",
      "- Protocollo",
      "- Anagrafe della popolazione",
      "- Stato civile",
      "- Elettorale",
      "- Politiche sociali e istruzione",
      "- Servizi Abitativi Pubblici",
      "- Commercio e attività produttive – Sportello unico delle attività produttive",
      "- Messi notificatori",
      "- Contratti e Appalti",
      "- Tributi",
      "- Biblioteca civica e Cultura",
      "- Turismo e Sport",
      "- Edilizia privata e Sportello Unico Edilizia",
      "- Urbanistica",
      "- Lavori Pubblici",
      "- Agricoltura, Parchi e Territorio montano",
      "- Ecologia",
      "- Servizi Tecnologici",
      "- Manutenzione del territorio e del patrimonio: pulizia urbana, manutenzione immobili di proprietà comunale (scuole, uffici, ecc.), manutenzione del verde",
      "- Gestione del patrimonio",
      "- Politiche Energetiche e Telecomunicazioni",
      "- Polizia Locale",
    ],
  },
  {
    block: "serviziInterni",
    paragraphs: [
      "- Segreteria e attività degli Organi politici",
      "- Finanziari, contabilità e bilancio",
      "- Economato",
      "- Gestione del personale dipendente",
      "- Servizi informatici",
    ],
  },
  {
    block: "criticita",
    paragraphs: [
      "Se da un lato l’apporto professionale di coloro che hanno maturato un’esperienza consolidata risulta importante, dall’altro non sempre favorisce innovazione e flessibilità.",
      "Il considerevole numero dei rapporti di lavoro a tempo parziale, con una tipologia di orario molto variabile, fa emergere la concreta disponibilità dell’Amministrazione nel favorire opportunità di conciliazione tra attività lavorativa ed esigenze di vita e familiari, pur con le difficoltà organizzative che possono conseguirne.",
    ],
  },
  {
    block: "valutazioneIndividuale",
    paragraphs: [
      "Il Sistema di misurazione e valutazione della performance individuale adottato dal Comune prevede la definizione ed assegnazione degli obiettivi ai responsabili di servizio in sede di approvazione del PEG e del Piano della Performance (quest’ultimo confluito nel PIAO); i responsabili di servizio assegnano a loro volta gli obiettivi di lavoro al personale dei servizi di competenza.",
      "La valutazione finale (misurazione e valutazione della performance) è effettuata dall’Organismo di Valutazione per i responsabili di servizio e dai responsabili stessi per il restante personale.",
    ],
  },
  {
    block: "vincoli",
    paragraphs: [
      "Il Comune ha sempre rispettato tutti i vincoli di finanza pubblica nel tempo vigenti. In particolare rispetta:",
      "- gli obiettivi del pareggio di bilancio (art. 9 L. 243/2012 - art. 1, comma 720, della L. 208/2015);",
      "- il tetto della spesa del personale (art. 1, comma 557, L. 296/2006, tuttora in vigore con i limiti di cui all’art. 7, comma 1, del D.M. 17/03/2020);",
      "- i limiti della capacità assunzionale (art. 33, comma 2, D.L 34/2019 convertivo in Legge 58/2019 - D.P.C.M. 17/03/2020);",
      "- il tetto del salario accessorio (art. 23, comma 2, del D. Lgs. 75/2017).",
    ],
  },
  {
    block: "pariOpportunita",
    paragraphs: [
      "Il Comune di Darfo Boario Terme ha da tempo intrapreso un percorso volto al perseguimento e all’applicazione concreta dei principi di pari opportunità, sia all’interno dell’ambiente lavorativo dell’Ente, che con azioni mirate alla cittadinanza.",
      "Ha costituito dal 2011 il Comitato Unico di Garanzia per le pari opportunità, la valorizzazione del benessere di chi lavora e contro le discriminazioni (ultima designazione con deliberazione della Giunta Comunale n. 83 del 10/05/2023).",
      "Dal 2008 adotta con regolarità il Piano triennale delle azioni positive per le pari opportunità. E’ inoltre data attuazione alle previsioni della Direttiva del Ministro per la Pubblica Amministrazione n. 2/2019 “Misure per promuovere le pari opportunità e rafforzare il ruolo dei comitati unici di garanzia nelle amministrazioni pubbliche”.",
      "Lo Statuto comunale è stato adeguato alle previsioni della Legge 23/11/2012, n. 215 “Disposizioni per promuovere il riequilibrio delle rappresentanze di genere nei consigli e nelle giunte degli enti locali e nei consigli regionali. Disposizioni in materia di pari opportunità nella composizione delle commissioni di concorso nelle pubbliche amministrazioni” e al fine di favorire l’effettiva attuazione dei principi di uguaglianza e di parità tra i cittadini (sanciti dagli articoli 3, 27 e 51 della Costituzione) è istituita la “Commissione cittadina per le pari opportunità”.",
      "L’Amministrazione garantisce il rispetto delle pari opportunità nelle procedure di reclutamento del personale, promuove le pari opportunità in materia di formazione, di aggiornamento e di qualificazione professionale e facilita l’utilizzo di forme di flessibilità orarie finalizzate al superamento di specifiche situazioni di disagio.",
      "Si evidenzia che non si sono registrate segnalazioni e/o aperture di vertenze per discriminazioni di genere nell’ambito dell’Amministrazione.",
    ],
  },
  {
    block: "nucleo",
    paragraphs: [
      "Nel corso del 2024 il Nucleo di Valutazione monocratico ha svolto costante monitoraggio sul ciclo della performance, ed ha affrontato i temi di seguito brevemente riassunti:",
      "- Pesatura delle posizioni organizzative istituite dall’ente;",
      "- Validazione Relazione sulla performance dell’anno 2023;",
      "- Valutazione per la retribuzione di risultato 2023 del Segretario Generale e dei responsabili di servizio;",
      "- Verifica sull’assolvimento obblighi di pubblicazione di dati e informazioni sul sito istituzionale, nella sezione “Amministrazione Trasparente” e relative attestazioni.",
    ],
  },
  {
    block: "puntiForza",
    paragraphs: [
      "Il ciclo della performance è un processo che collega la pianificazione, la definizione degli obiettivi, la misurazione dei risultati, la valutazione del personale e il sistema premiante nell’ottica di perseguire il miglioramento dei servizi resi alla cittadinanza.",
      "Tale processo prevede il coinvolgimento degli organi politici, del vertice direzionale, del controllo di gestione, dei cittadini/utenti.",
      "Il sistema è strumento per perseguire l’efficace sviluppo dei servizi pubblici e, se adeguatamente sviluppato e implementato, può svolgere un ruolo fondamentale nella definizione e nel raggiungimento degli obiettivi strategici e nel miglioramento della performance organizzativa.",
      "Consente inoltre di descrivere in una panoramica generale l’attività dell’intera struttura e le priorità dell’azione assegnata alla stessa e anche di renderla più trasparente.",
      "Nel contempo, però, la necessità di formalizzare tanti passaggi comporta il rischio di un aumento degli adempimenti orientati prevalentemente alla riflessione interna. Si auspica sempre una maggiore semplificazione degli adempimenti, in particolare per gli enti di medie dimensioni quale è il Comune di Darfo Boario Terme, affinché l’intera procedura sia meno dispendiosa per i soggetti coinvolti.",
    ],
  },
];

/** "Testi": one row per paragraph or list item, tagged with the block name of the data model. */
export const TESTI_SHEET: ExampleSheet = {
  name: TESTI_SPEC.sheet,
  columns: [column(TESTI_SPEC, "blocco", 30), column(TESTI_SPEC, "testo", 110, undefined, true)],
  rows: PARAGRAPHS.flatMap(({ block, paragraphs }) => paragraphs.map((p) => [entry(TEXT_BLOCKS, block).name, p])),
};
