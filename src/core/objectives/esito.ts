import { normalizeLabel } from "../text";

/**
 * Esito of a performance objective, as the Relazione reports it (D.Lgs. 150/2009 art. 10 c. 1 lett. b:
 * "risultati organizzativi … raggiunti rispetto ai singoli obiettivi programmati"). `inCorso` is for
 * multi-year objectives still running at year end; `nonValutabile` for those that could not be measured.
 */
export type Esito = "raggiunto" | "parzialmente" | "nonRaggiunto" | "inCorso" | "nonValutabile";

/** Every esito, in the order tables list them. */
export const ESITI: readonly Esito[] = ["raggiunto", "parzialmente", "nonRaggiunto", "inCorso", "nonValutabile"];

/** Italian label of an esito, as written in the report ("Parzialmente raggiunto"). */
export const ESITO_LABEL: Readonly<Record<Esito, string>> = {
  raggiunto: "Raggiunto",
  parzialmente: "Parzialmente raggiunto",
  nonRaggiunto: "Non raggiunto",
  inCorso: "In corso",
  nonValutabile: "Non valutabile",
};

/** Plural column headers for counts by esito ("Raggiunti"). */
export const ESITO_PLURAL: Readonly<Record<Esito, string>> = {
  raggiunto: "Raggiunti",
  parzialmente: "Parzialmente raggiunti",
  nonRaggiunto: "Non raggiunti",
  inCorso: "In corso",
  nonValutabile: "Non valutabili",
};

/** Esiti that leave a gap the Relazione must explain (art. 10 c. 1 lett. b: "rilevazione degli eventuali scostamenti"). */
export function isShortfall(esito: Esito | undefined): boolean {
  return esito === "parzialmente" || esito === "nonRaggiunto";
}

const DONE = "(raggiunt|conseguit|realizzat|completat|rispettat)[oaie]";

// Order matters: "non raggiunto" and "parzialmente raggiunto" contain "raggiunto".
const ESITO_PATTERNS: readonly (readonly [Esito, RegExp])[] = [
  ["nonValutabile", /^(n v|nv|non valutabil[ei]|non valutat[oa]|non misurabile|non rilevabile|non applicabile|n a|na)$/],
  ["inCorso", /^(in corso|in itinere|in svolgimento|in fase di|avviat[oa]|pluriennale)\b/],
  ["nonRaggiunto", new RegExp(`^(non ${DONE}|no|mancat[oa]|fallit[oa])\\b`)],
  ["parzialmente", new RegExp(`^(parzial\\w*|in parte)( ${DONE})?$|^${DONE} (parzialmente|in parte)$`)],
  ["raggiunto", new RegExp(`^((pienamente|totalmente|interamente|completamente) )?${DONE}$|^(si|ok)$`)],
];

/**
 * Reads an esito typed by a person, ignoring case, accents and punctuation: "Raggiunto", "raggiunta",
 * "pienamente raggiunto", "sì" → raggiunto; "parzialmente", "Parzialmente raggiunto", "in parte" →
 * parzialmente; "non raggiunto", "no", "mancato" → nonRaggiunto; "in corso", "in itinere" → inCorso;
 * "n.v.", "non valutabile" → nonValutabile. Undefined for anything else (the caller raises the finding).
 */
export function parseEsito(text: string): Esito | undefined {
  const n = normalizeLabel(text);
  return ESITO_PATTERNS.find(([, re]) => re.test(n))?.[0];
}

/**
 * How a measure's consuntivo compares with its target: `higherIsBetter` (interventi, accertamenti:
 * grado = consuntivo / target), `lowerIsBetter` (tempi di pagamento, arretrati: grado = target /
 * consuntivo), `byDeadline` (an activity to conclude by the scadenza: 100 % or 0 %).
 */
export type Direzione = "higherIsBetter" | "lowerIsBetter" | "byDeadline";

/** Italian label of a direzione, as the template writes it. */
export const DIREZIONE_LABEL: Readonly<Record<Direzione, string>> = {
  higherIsBetter: "più è meglio",
  lowerIsBetter: "meno è meglio",
  byDeadline: "entro la scadenza",
};

const DIREZIONE_PATTERNS: readonly (readonly [Direzione, RegExp])[] = [
  ["higherIsBetter", /^(piu|maggiore|piu alto|piu elevato|crescente|in aumento|aumento|incremento|massimizzare|massimo|alto|positiv[oa])( e meglio)?$/],
  ["lowerIsBetter", /^(meno|minore|piu basso|decrescente|in diminuzione|diminuzione|riduzione|minimizzare|minimo|basso|negativ[oa])( e meglio)?$/],
  ["byDeadline", /^(entro (la|il) (scadenza|termine)|scadenza|termine|rispetto (della scadenza|dei tempi|del termine)|data|entro la data)$/],
];

/**
 * Reads a direzione: "più è meglio", "crescente", "positiva", "+", "↑" → higherIsBetter; "meno è meglio",
 * "decrescente", "negativa", "-", "↓" → lowerIsBetter; "entro la scadenza", "scadenza", "rispetto dei tempi" →
 * byDeadline. Undefined for anything else; a blank cell is the caller's default (higherIsBetter).
 */
export function parseDirezione(text: string): Direzione | undefined {
  const t = text.trim();
  if (/^(\+|↑)$/.test(t)) return "higherIsBetter";
  if (/^(-|−|↓)$/.test(t)) return "lowerIsBetter";
  const n = normalizeLabel(t);
  return DIREZIONE_PATTERNS.find(([, re]) => re.test(n))?.[0];
}

/**
 * Kind of objective in the PIAO: `strategico` (from the DUP's strategic lines), `gestionale` (a
 * settore's operating objective, also called "operativo" or "di mantenimento"), `trasversale` (shared
 * by every settore, e.g. trasparenza, controlli interni).
 */
export type TipoObiettivo = "strategico" | "gestionale" | "trasversale";

/** Every tipo, in the order the report lists them. */
export const TIPI: readonly TipoObiettivo[] = ["strategico", "gestionale", "trasversale"];

const TIPO_PATTERNS: readonly (readonly [TipoObiettivo, RegExp])[] = [
  ["strategico", /^(s|strategic[oaie]|obiettivo strategico|di sviluppo)$/],
  ["gestionale", /^(g|gestional[ei]|operativ[oaie]|obiettivo (gestionale|operativo)|di mantenimento|mantenimento|ordinari[oa])$/],
  ["trasversale", /^(t|trasversal[ei]|obiettivo trasversale|comune a tutti i settori)$/],
];

/** Reads a tipo: "Strategico", "S", "gestionale", "operativo", "trasversale"… Undefined for anything else. */
export function parseTipo(text: string): TipoObiettivo | undefined {
  const n = normalizeLabel(text);
  return TIPO_PATTERNS.find(([, re]) => re.test(n))?.[0];
}
