/**
 * Writes docs/data-model.md, the user's guide to the input sheets, from the specs in src/core/{@literal *}/spec.ts,
 * so that the document cannot drift from what the code reads (test/docs/data-model.test.ts checks it).
 * Run after changing a spec: `npx tsx scripts/generate-data-model.ts`.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { INPUT_SPECS } from "../src/core/analyze";
import { ENTRATE_SPEC, SPESE_SPEC } from "../src/core/budget/spec";
import { TITOLI_ENTRATE, TITOLI_SPESE, TitoloDef } from "../src/core/budget/titoli";
import { DEMOGRAFIA_SPEC, MOVIMENTO_ITEMS } from "../src/core/demography/spec";
import { ENTE_PARAMETERS, ENTE_SPEC } from "../src/core/ente/spec";
import { GRADE_PREFIX, PARAMETER_DEFINITIONS, PARAMETRI_SPEC } from "../src/core/parameters/spec";
import { ColumnSpec, TableSpec } from "../src/core/table/spec";
import { ColumnType } from "../src/core/table/values";
import { LIST_MARKERS } from "../src/core/texts/report";
import { TESTI_SPEC, TEXT_BLOCKS } from "../src/core/texts/spec";

/** Where the document lives, relative to the repository root. */
export const DATA_MODEL_PATH = join(__dirname, "..", "docs", "data-model.md");

const TYPE_NAMES: Readonly<Record<ColumnType, string>> = {
  integer: "numero intero",
  number: "numero",
  percent: "percentuale",
  text: "testo",
  date: "data",
  boolean: "sì/no",
};

/** A Markdown table cell: pipes escaped, line breaks flattened, "—" for nothing. */
function cell(text: string | undefined): string {
  const t = (text ?? "").replace(/\r?\n/g, " ").replace(/\|/g, "\\|").trim();
  return t === "" ? "—" : t;
}

function table(headers: readonly string[], rows: readonly (readonly (string | undefined)[])[]): string[] {
  return [`| ${headers.join(" | ")} |`, `| ${headers.map(() => "---").join(" | ")} |`, ...rows.map((r) => `| ${r.map(cell).join(" | ")} |`)];
}

const quoted = (names: readonly string[]): string => names.map((n) => `«${n}»`).join(", ");
const yesNo = (b: boolean): string => (b ? "sì" : "no");

function columnType(c: ColumnSpec): string {
  return TYPE_NAMES[c.type] + (c.nonNegative ? " ≥ 0" : "");
}

function columnsTable(spec: TableSpec): string[] {
  return table(
    ["Colonna", "Sinonimi accettati", "Tipo", "Unità", "Obbligatoria", "Descrizione", "Esempio"],
    spec.columns.map((c) => [`**${c.header}**`, quoted(c.synonyms), columnType(c), c.unit, yesNo(c.required), c.description, c.example]),
  );
}

function titoliTable(titoli: readonly TitoloDef[]): string[] {
  return table(["Titolo", "Denominazione"], titoli.map((t) => [String(t.numero), t.nome]));
}

/** Item lists that go with a sheet, after its columns. */
const EXTRAS = new Map<TableSpec, () => string[]>([
  [
    ENTE_SPEC,
    () => [
      "### Parametri",
      "",
      "Un parametro per riga: il nome nella colonna «Parametro», il valore nella colonna «Valore». Senza Comune e Anno validi la Relazione non viene generata.",
      "",
      ...table(
        ["Parametro", "Sinonimi accettati", "Obbligatorio", "Descrizione", "Esempio"],
        ENTE_PARAMETERS.map((p) => [`**${p.name}**`, quoted(p.synonyms), yesNo(p.required), p.description, p.example]),
      ),
    ],
  ],
  [
    DEMOGRAFIA_SPEC,
    () => [
      "### Voci del movimento",
      "",
      "Una voce per riga, nella colonna «Voce», in qualunque ordine.",
      "",
      ...table(
        ["Voce", "Sinonimi accettati", "Obbligatoria", "Descrizione"],
        MOVIMENTO_ITEMS.map((i) => [`**${i.label}**`, quoted(i.synonyms), yesNo(i.required), i.description]),
      ),
    ],
  ],
  [
    ENTRATE_SPEC,
    () => [
      "### Titoli delle entrate",
      "",
      "Schema «Entrate per titoli» del D.Lgs. 118/2011 (non esiste il titolo 8).",
      "",
      ...titoliTable(TITOLI_ENTRATE),
    ],
  ],
  [
    SPESE_SPEC,
    () => ["### Titoli delle spese", "", "Schema «Spese per titoli» del D.Lgs. 118/2011 (non esiste il titolo 6).", "", ...titoliTable(TITOLI_SPESE)],
  ],
  [
    PARAMETRI_SPEC,
    () => [
      "### Parametri del sistema di misurazione e valutazione",
      "",
      "Tutti facoltativi: un parametro assente vale come nel sistema di riferimento (colonna «Esempio»). " +
        `La scala dei giudizi si scrive con righe «${GRADE_PREFIX} <livello>» e i punti del livello (ad esempio «${GRADE_PREFIX} Buona» | 4); se ce n'è almeno una, sostituisce l'intera scala predefinita.`,
      "",
      ...table(
        ["Parametro", "Sinonimi accettati", "Descrizione", "Esempio"],
        PARAMETER_DEFINITIONS.map((p) => [`**${p.name}**`, quoted(p.synonyms), p.description, p.example]),
      ),
    ],
  ],
  [
    TESTI_SPEC,
    () => [
      "### Blocchi di testo",
      "",
      "Ogni riga è un paragrafo del blocco indicato nella colonna «Blocco»; se «Blocco» è vuoto, la riga continua il blocco della riga sopra (così il nome può essere scritto una volta sola, anche in celle unite). " +
        `Le righe consecutive che iniziano con uno dei segni ${quoted(LIST_MARKERS)} formano un elenco puntato. ` +
        "Una cella può contenere più righe (Alt+Invio): una riga vuota separa due paragrafi. I blocchi, nell'ordine della Relazione:",
      "",
      ...table(["Blocco", "Sinonimi accettati", "Descrizione"], TEXT_BLOCKS.map((b) => [`**${b.name}**`, quoted(b.synonyms), b.description])),
    ],
  ],
]);

/** Input sheets in the order the user is told about them. */
const SHEETS: readonly TableSpec[] = INPUT_SPECS;

const INTRO = [
  "# Modello dei dati",
  "",
  "> Documento generato da `scripts/generate-data-model.ts` a partire dalle specifiche dei fogli (`src/core/*/spec.ts`).",
  "> Non modificarlo a mano: dopo ogni modifica alle specifiche eseguire `npx tsx scripts/generate-data-model.ts`.",
  "",
  "La Relazione sulla performance (D.Lgs. 150/2009, art. 10) è costruita dai dati che l'ente tiene nella propria cartella di lavoro Excel, nei fogli descritti qui sotto. " +
    "Il componente aggiuntivo scrive i risultati in fogli propri e non modifica mai i fogli dell'utente.",
  "",
  "## Come vengono letti i fogli",
  "",
  "- **Nome del foglio.** Ogni foglio è cercato prima con il nome indicato (ad esempio «Demografia»), poi con i nomi alternativi elencati. " +
    "Il confronto non distingue maiuscole e minuscole, lettere accentate, spazi e punteggiatura. I fogli creati dal componente aggiuntivo non sono mai letti come dati.",
  "- **Fogli obbligatori e facoltativi.** Se manca un foglio obbligatorio viene segnalato un errore e le parti della Relazione che ne dipendono non sono generate; " +
    "se manca un foglio facoltativo viene segnalato un avviso e la parte corrispondente è omessa.",
  "- **Tabella o intervallo.** I dati possono stare in una tabella di Excel o in un semplice intervallo di celle: una riga di intestazione seguita da un record per riga. " +
    "Sopra l'intestazione sono ammesse righe di titolo o di note: l'intestazione è la riga, tra le prime 20, che riconosce più colonne. " +
    "L'intestazione può occupare due righe, anche con celle unite: «Accertamenti» sopra «(competenza)», un titolo unito sopra più colonne, una riga di unità («€») sotto i nomi. " +
    "Le righe vuote sono ignorate.",
  "- **Intestazioni.** Le colonne sono riconosciute dal nome, in qualunque ordine, senza distinguere maiuscole e minuscole, lettere accentate, spazi e punteggiatura " +
    "(«Età al 31/12» equivale a «eta al 31 12»); sono accettati anche i sinonimi elencati per ciascuna colonna. " +
    "Una colonna obbligatoria mancante è un errore; le colonne non previste sono ignorate, con un avviso.",
  "- **Righe «Totale».** Le righe la cui etichetta inizia con «Totale» non sono dati: servono da controllo e sono confrontate con i totali calcolati.",
  "- **Righe nascoste e filtri.** Le righe nascoste a mano o da un filtro sono lette come le altre, perché un filtro dimenticato non deve togliere dati " +
    "da una relazione pubblica; un avviso dice quante sono. Per escludere una riga, cancellarla.",
  "- **Numeri.** I numeri vanno scritti come numeri. Un numero memorizzato come testo in forma italiana («15.883», «22.038.064,37», «-0,70», «€ 1.234,56», «1.234,56 €») " +
    "è accettato con un avviso; le forme ambigue come «1.5», «12,345.6» o «1 234» sono rifiutate. Le colonne di tipo «≥ 0» non ammettono valori negativi.",
  "- **Percentuali.** 50, «50%» e «50 %» valgono 50%; un numero tra 0 e 1, come Excel memorizza le celle in formato percentuale, è letto come frazione (0,5 = 50%).",
  "- **Date.** Date di Excel (nel sistema di date 1900 o 1904 della cartella) oppure testo nella forma gg/mm/aaaa («14/03/1968»), " +
    "«14 marzo 1968», «14 mar 1968» o aaaa-mm-gg; l'anno va scritto con quattro cifre.",
  "- **Sì/no.** «Sì» (anche «Si'»), «No», «X», «Vero», «Falso», 1 e 0.",
  "- **Formule.** Di una formula si legge il risultato. Un file salvato da un programma che non calcola le formule ne è privo: " +
    "la cella è segnalata come errore (mai letta come zero) finché il file non viene aperto e salvato in Excel.",
  "- **Dati mancanti o non validi.** Una cella illeggibile (testo al posto di un numero, errore di Excel come #N/D) è segnalata con il foglio e la cella. " +
    "Un dato mancante o non valido non è mai sostituito da zero: la cifra che ne dipende è omessa dalla Relazione.",
  "",
  "## Elenco dei fogli",
  "",
  ...table(
    ["Foglio", "Nomi alternativi", "Obbligatorio", "Contenuto"],
    SHEETS.map((s) => [`[${s.sheet}](#${anchor(s.sheet)})`, quoted(s.sheetSynonyms), yesNo(s.required), s.description]),
  ),
];

/** GitHub's heading anchor for "Foglio «X»". */
function anchor(sheet: string): string {
  return `foglio-${sheet.toLowerCase().replace(/\s+/g, "-")}`;
}

function sheetSection(spec: TableSpec): string[] {
  const need = spec.required
    ? "**Foglio obbligatorio**: senza di esso le parti della Relazione che ne dipendono non sono generate."
    : "**Foglio facoltativo**: se manca, la parte corrispondente della Relazione è omessa.";
  return [
    `## Foglio «${spec.sheet}»`,
    "",
    spec.description,
    "",
    `- ${need}`,
    `- Nomi alternativi del foglio: ${spec.sheetSynonyms.length > 0 ? quoted(spec.sheetSynonyms) : "nessuno"}.`,
    "",
    "### Colonne",
    "",
    ...columnsTable(spec),
    ...(EXTRAS.has(spec) ? ["", ...EXTRAS.get(spec)!()] : []),
  ];
}

/** The whole of docs/data-model.md, in Italian, built from the specs. */
export function renderDataModel(): string {
  return [...INTRO, ...SHEETS.flatMap((s) => ["", ...sheetSection(s)])].join("\n") + "\n";
}

if (require.main === module) {
  writeFileSync(DATA_MODEL_PATH, renderDataModel(), "utf8");
  console.log(`Scritto ${DATA_MODEL_PATH}`);
}
