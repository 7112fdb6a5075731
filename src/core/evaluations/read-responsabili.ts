import { Finding, errore } from "../finding";
import { PerformanceParameters, ResponsabiliMaxima } from "../parameters/parameters";
import { TableRow } from "../table/read-table";
import { EPSILON, SchedaResponsabile, checkTotale, excludedTail, num, pts } from "./scheda";

type Component = "performanceOrganizzativa" | "performanceIndividuale" | "comportamento";

const COMPONENT_NAME: Readonly<Record<Component, string>> = {
  performanceOrganizzativa: "performance organizzativa",
  performanceIndividuale: "performance individuale (obiettivi strategici + gestionali)",
  comportamento: "comportamento organizzativo",
};

/**
 * Checks one row of "Schede responsabili" (see SCHEDE_RESPONSABILI_SPEC) against the maxima of
 * `params.responsabili` for its "Obiettivi di ente attivi" and returns the scheda when valid; pushes the
 * findings to `out` (the matricola is checked by the caller). Rules, from the seed's "Scheda
 * valutativa risultato" (10 / 60 / 30 with obiettivi di ente, else 0 / 65 / 35, total 100):
 * - SCHEDA_VALORE_MANCANTE (errore): "Obiettivi di ente attivi", obiettivi strategici, gestionali or
 *   comportamento blank (0 when none), or performance organizzativa blank with obiettivi di ente attivi;
 * - SCHEDA_OBIETTIVI_ENTE_INCOERENTE (errore): a component that fits the maxima of the other answer to
 *   "Obiettivi di ente attivi" but not those of the answer given (performance organizzativa above 0
 *   without obiettivi di ente; performance individuale or comportamento above 60 / 30 but within 65 / 35
 *   with them), at the component's cell;
 * - SCHEDA_COMPONENTE_OLTRE_MASSIMO (errore): any other component above its maximum;
 * - SCHEDA_TOTALE_OLTRE_MASSIMO / SCHEDA_TOTALE_DIVERSO (errore): see checkTotale.
 * Performance individuale is reported at the "Obiettivi gestionali" cell.
 */
export function readSchedaResponsabile(row: TableRow, sheet: string, matricola: string, params: PerformanceParameters, out: Finding[]): SchedaResponsabile | undefined {
  const v = row.values;
  const where = (key: string): string => `Foglio «${sheet}», cella ${row.address(key)}`;
  const tail = excludedTail(row);
  const before = out.length;
  const missing = (key: string, what: string): void => {
    out.push(errore("SCHEDA_VALORE_MANCANTE", sheet, row.address(key), `${where(key)}: manca ${what}; atteso un valore (0 se non assegnati). ${tail}`));
  };

  const ente = typeof v.obiettiviEnte === "boolean" ? v.obiettiviEnte : undefined;
  if (ente === undefined && !row.invalid.has("obiettiviEnte")) {
    out.push(errore("SCHEDA_VALORE_MANCANTE", sheet, row.address("obiettiviEnte"), `${where("obiettiviEnte")}: non è indicato se sono attivi obiettivi di ente; atteso Sì o No (ne dipendono i punteggi massimi). ${tail}`));
  }
  const number = (key: string, what: string, blankAsZero: boolean): number | undefined => {
    if (row.invalid.has(key)) return undefined;
    const n = num(v[key]);
    if (n === undefined && !blankAsZero) missing(key, what);
    return n ?? (blankAsZero ? 0 : undefined);
  };
  const perfOrg = number("performanceOrganizzativa", "il punteggio della performance organizzativa", ente !== true);
  const strategici = number("obiettiviStrategici", "il punteggio degli obiettivi strategici", false);
  const gestionali = number("obiettiviGestionali", "il punteggio degli obiettivi gestionali", false);
  const comportamento = number("comportamento", "il punteggio del comportamento organizzativo", false);
  const individuale = strategici !== undefined && gestionali !== undefined ? strategici + gestionali : undefined;

  if (ente !== undefined) {
    const own = maximaFor(params, ente);
    const other = maximaFor(params, !ente);
    const check = (component: Component, key: string, value: number | undefined): void => {
      if (value === undefined || value <= own[component] + EPSILON) return;
      const detail = component === "performanceIndividuale" ? ` (${pts(strategici as number)} + ${pts(gestionali as number)})` : "";
      const cell = row.address(key);
      if (value <= other[component] + EPSILON) {
        out.push(
          errore(
            "SCHEDA_OBIETTIVI_ENTE_INCOERENTE",
            sheet,
            cell,
            `${where(key)}: ${COMPONENT_NAME[component]} di ${pts(value)} punti${detail}, ma ${ente ? "con" : "senza"} obiettivi di ente attivi il massimo è ${pts(own[component])} (${pts(other[component])} solo ${ente ? "senza" : "con"} obiettivi di ente); correggere il punteggio o la colonna «Obiettivi di ente attivi». ${tail}`,
          ),
        );
      } else {
        out.push(errore("SCHEDA_COMPONENTE_OLTRE_MASSIMO", sheet, cell, `${where(key)}: ${COMPONENT_NAME[component]} di ${pts(value)} punti${detail}; atteso al massimo ${pts(own[component])} ${maximaContext(ente)}. ${tail}`));
      }
    };
    check("performanceOrganizzativa", "performanceOrganizzativa", perfOrg);
    check("performanceIndividuale", "obiettiviGestionali", individuale);
    check("comportamento", "comportamento", comportamento);
  }

  const parts = [perfOrg, individuale, comportamento];
  const complete = out.length === before && row.invalid.size === 0 && parts.every((p) => p !== undefined);
  const computed = complete ? parts.reduce((s: number, p) => s + (p as number), 0) : undefined;
  const breakdown = `performance organizzativa ${pts(perfOrg ?? 0)} + performance individuale ${pts(individuale ?? 0)} + comportamento ${pts(comportamento ?? 0)}`;
  checkTotale(row, sheet, computed, breakdown, params.punteggioMassimo, out);
  if (!complete || out.length > before) return undefined;
  return {
    kind: "responsabile",
    matricola,
    sheet,
    row: row.row,
    totale: computed as number,
    obiettiviEnte: ente as boolean,
    performanceOrganizzativa: perfOrg as number,
    obiettiviStrategici: strategici as number,
    obiettiviGestionali: gestionali as number,
    performanceIndividuale: individuale as number,
    comportamento: comportamento as number,
  };
}

const maximaContext = (ente: boolean): string => (ente ? "con obiettivi di ente attivi" : "senza obiettivi di ente attivi");

/** The maxima applying to a scheda, by its "Obiettivi di ente attivi". */
function maximaFor(params: PerformanceParameters, obiettiviEnte: boolean): ResponsabiliMaxima {
  return obiettiviEnte ? params.responsabili.conObiettiviEnte : params.responsabili.senzaObiettiviEnte;
}
