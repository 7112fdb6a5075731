import { Finding, errore } from "../finding";
import { parseGrade } from "../parameters/grade-scale";
import { PerformanceParameters } from "../parameters/parameters";
import { TableRow } from "../table/read-table";
import { EPSILON, ObiettivoScore, SchedaDipendente, checkTotale, excludedTail, num, pts, scaleText } from "./scheda";
import { BEHAVIOURS, BehaviourKey, MAX_OBIETTIVI, obiettivoKey } from "./spec";

/**
 * Checks one row of "Schede dipendenti" (see SCHEDE_DIPENDENTI_SPEC) against the SMVP `params` and
 * returns the scheda when every component is readable and within the rules; pushes the findings to
 * `out` (the matricola is checked by the caller). Rules, from the seed's schede "Obiettivi" (/60) and
 * "Valutazione caratteristiche individuali" (/40):
 * - SCHEDA_VALORE_MANCANTE (errore): no objective at all, an objective with assigned points but no
 *   achieved points (or the reverse), a behaviour left blank;
 * - SCHEDA_OTTENUTI_OLTRE_ASSEGNATI (errore): achieved points of an objective above its assigned points;
 * - SCHEDA_PUNTI_ASSEGNATI (errore): assigned points not adding up to params.dipendenti.obiettivi (60);
 * - SCHEDA_GIUDIZIO (errore): a behaviour that is neither a label nor the points of the scale;
 * - SCHEDA_COMPONENTE_OLTRE_MASSIMO (errore): behaviours adding up over params.dipendenti.comportamenti;
 * - SCHEDA_TOTALE_OLTRE_MASSIMO / SCHEDA_TOTALE_DIVERSO (errore): see checkTotale.
 * A cell readTable could not read (TIPO_NON_VALIDO, NUMERO_NEGATIVO) makes the scheda invalid without a new finding.
 */
export function readSchedaDipendente(row: TableRow, sheet: string, matricola: string, params: PerformanceParameters, out: Finding[]): SchedaDipendente | undefined {
  const v = row.values;
  const where = (key: string): string => `Foglio «${sheet}», cella ${row.address(key)}`;
  const tail = excludedTail(row);
  const before = out.length;

  const obiettivi: ObiettivoScore[] = [];
  const assigned: number[] = [];
  let firstAssigned: string | undefined;
  let unreadable = false;
  for (let n = 1; n <= MAX_OBIETTIVI; n++) {
    const ka = obiettivoKey(n, "assegnati");
    const ko = obiettivoKey(n, "ottenuti");
    if (row.invalid.has(ka) || row.invalid.has(ko)) {
      unreadable = true;
      continue;
    }
    const a = num(v[ka]);
    const o = num(v[ko]);
    if (a !== undefined) {
      assigned.push(a);
      firstAssigned ??= ka;
    }
    if (a === undefined && o === undefined) continue;
    if (a === undefined) {
      out.push(errore("SCHEDA_VALORE_MANCANTE", sheet, row.address(ka), `${where(ka)}: l'obiettivo ${n} ha ${pts(o as number)} punti ottenuti ma nessun punteggio assegnato; atteso il punteggio preventivo assegnato. ${tail}`));
    } else if (o === undefined) {
      out.push(errore("SCHEDA_VALORE_MANCANTE", sheet, row.address(ko), `${where(ko)}: l'obiettivo ${n} ha ${pts(a)} punti assegnati ma manca il punteggio ottenuto; atteso un punteggio da 0 a ${pts(a)}. ${tail}`));
    } else if (o > a + EPSILON) {
      out.push(errore("SCHEDA_OTTENUTI_OLTRE_ASSEGNATI", sheet, row.address(ko), `${where(ko)}: l'obiettivo ${n} ha ${pts(o)} punti ottenuti su ${pts(a)} assegnati; atteso un punteggio non superiore a quello assegnato. ${tail}`));
    } else obiettivi.push({ assegnati: a, ottenuti: o });
  }
  const target = params.dipendenti.obiettivi;
  if (!unreadable && assigned.length === 0) {
    const ka = obiettivoKey(1, "assegnati");
    out.push(errore("SCHEDA_VALORE_MANCANTE", sheet, row.address(ka), `${where(ka)}: nessun obiettivo; attesi da 1 a ${MAX_OBIETTIVI} obiettivi con punti assegnati (in tutto ${pts(target)}) e ottenuti. ${tail}`));
  } else if (!unreadable && firstAssigned) {
    const sum = assigned.reduce((s, a) => s + a, 0);
    if (Math.abs(sum - target) > EPSILON) {
      out.push(
        errore("SCHEDA_PUNTI_ASSEGNATI", sheet, row.address(firstAssigned), `${where(firstAssigned)}: i punti assegnati agli obiettivi sommano a ${assigned.map(pts).join(" + ")} = ${pts(sum)}; attesi ${pts(target)} punti in tutto. ${tail}`),
      );
    }
  }

  const comportamenti: Partial<Record<BehaviourKey, number>> = {};
  for (const b of BEHAVIOURS) {
    if (row.invalid.has(b.key)) {
      unreadable = true;
      continue;
    }
    const raw = v[b.key];
    if (raw === null || raw === undefined) {
      out.push(errore("SCHEDA_VALORE_MANCANTE", sheet, row.address(b.key), `${where(b.key)}: manca il giudizio su «${b.header}»; atteso uno tra ${scaleText(params.grades)}. ${tail}`));
      continue;
    }
    const level = parseGrade(String(raw), params.grades);
    if (!level) {
      out.push(errore("SCHEDA_GIUDIZIO", sheet, row.address(b.key), `${where(b.key)}: «${String(raw)}» non è un giudizio della scala per «${b.header}»; atteso uno tra ${scaleText(params.grades)}, o il suo punteggio. ${tail}`));
      continue;
    }
    comportamenti[b.key] = level.points;
  }
  const behaviourPoints = BEHAVIOURS.map((b) => comportamenti[b.key]).filter((p): p is number => p !== undefined);
  const puntiComportamenti = behaviourPoints.reduce((s, p) => s + p, 0);
  const maxComportamenti = params.dipendenti.comportamenti;
  const lastBehaviour = BEHAVIOURS[BEHAVIOURS.length - 1].key;
  if (puntiComportamenti > maxComportamenti + EPSILON) {
    out.push(
      errore(
        "SCHEDA_COMPONENTE_OLTRE_MASSIMO",
        sheet,
        row.address(lastBehaviour),
        `${where(lastBehaviour)}: i comportamenti sommano a ${behaviourPoints.map(pts).join(" + ")} = ${pts(puntiComportamenti)} punti; atteso un totale non superiore a ${pts(maxComportamenti)}. ${tail}`,
      ),
    );
  }

  const complete = !unreadable && out.length === before;
  const puntiObiettivi = obiettivi.reduce((s, o) => s + o.ottenuti, 0);
  const computed = complete ? puntiObiettivi + puntiComportamenti : undefined;
  checkTotale(row, sheet, computed, `obiettivi ${pts(puntiObiettivi)} + comportamenti ${pts(puntiComportamenti)}`, params.punteggioMassimo, out);
  if (!complete || out.length > before || row.invalid.size > 0) return undefined;
  const valutatore = typeof v.valutatore === "string" && v.valutatore !== "" ? v.valutatore : undefined;
  return {
    kind: "dipendente",
    matricola,
    sheet,
    row: row.row,
    totale: computed as number,
    ...(valutatore && { valutatore }),
    obiettivi,
    comportamenti: comportamenti as Record<BehaviourKey, number>,
    puntiObiettivi,
    puntiComportamenti,
  };
}
