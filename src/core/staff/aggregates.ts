import { AREAS, AreaCode, areaInfo } from "./areas";
import { Employee, Rapporto, StaffModel } from "./employees";

/** Head count by sex (persons). */
export interface SexCounts {
  readonly maschi: number;
  readonly femmine: number;
  readonly totale: number;
}

/** Row of a table by area: the responsabili di servizio are a row of their own, before the rest of their area. */
export type AreaRowKey = "responsabili" | AreaCode;

export interface AreaRow {
  readonly key: AreaRowKey;
  /** Label as in the Relazione, e.g. "degli Istruttori (ex categoria C)". */
  readonly label: string;
  readonly counts: SexCounts;
}

/** Staff of one kind of rapporto by area × sex (persons); rows are disjoint and add up to `total`. */
export interface AreaTable {
  readonly rows: readonly AreaRow[];
  readonly total: SexCounts;
}

export type AgeBandCode = "fino30" | "da31a40" | "da41a50" | "oltre50";

/** An age band of the Relazione, in completed years at 31/12 (bounds inclusive). */
export interface AgeBand {
  readonly code: AgeBandCode;
  /** Label of the table row, as in the seed ("fino a 30 anni", "31 - 40", ...). */
  readonly label: string;
  readonly min: number;
  /** Undefined for the open band "oltre 50". */
  readonly max?: number;
}

/** The bands of the seed's table "personale distribuito per età anagrafica", youngest first. */
export const AGE_BANDS: readonly AgeBand[] = [
  { code: "fino30", label: "fino a 30 anni", min: 0, max: 30 },
  { code: "da31a40", label: "31 - 40", min: 31, max: 40 },
  { code: "da41a50", label: "41 - 50", min: 41, max: 50 },
  { code: "oltre50", label: "oltre 50", min: 51 },
];

export interface AgeBandRow {
  readonly band: AgeBand;
  readonly counts: SexCounts;
  /** Band total over all staff, as a ratio (0.6438 = 64,38%); undefined when there is no staff. */
  readonly share?: number;
}

/** Part-time class: up to half time included, or more than half time (threshold of the seed's table). */
export type PartTimeClass = "fino50" | "oltre50";

/** Part-time threshold (% of full time): a 50% contract falls in "inferiore o uguale al 50%". */
export const PART_TIME_THRESHOLD = 50;

export interface PartTimeRow {
  readonly rapporto: Rapporto;
  readonly classe: PartTimeClass;
  /** Label as in the seed, e.g. "personale a tempo indeterminato part-time superiore al 50%". */
  readonly label: string;
  readonly counts: SexCounts;
}

/** The four tables of the Relazione's staff paragraph (all figures are persons at 31/12). */
export interface StaffAggregates {
  /** All valid employees by sex. */
  readonly total: SexCounts;
  /** "personale a tempo indeterminato": area × sex. */
  readonly indeterminato: AreaTable;
  /** "personale a tempo determinato": area × sex. */
  readonly determinato: AreaTable;
  /** "personale distribuito per età anagrafica": band × sex, youngest band first. */
  readonly eta: { readonly rows: readonly AgeBandRow[]; readonly total: SexCounts };
  /** "personale in part-time": rapporto × part-time class × sex. */
  readonly partTime: { readonly rows: readonly PartTimeRow[]; readonly total: SexCounts };
}

function countBySex(employees: readonly Employee[]): SexCounts {
  const maschi = employees.filter((e) => e.sesso === "M").length;
  return { maschi, femmine: employees.length - maschi, totale: employees.length };
}

const RESPONSABILI_LABEL = "Responsabili di servizio";

function areaTable(employees: readonly Employee[]): AreaTable {
  const rows: AreaRow[] = [
    { key: "responsabili", label: `${areaInfo("funzionari").label} – ${RESPONSABILI_LABEL}`, counts: countBySex(employees.filter((e) => e.responsabile)) },
    ...AREAS.map((a) => ({ key: a.code, label: a.label, counts: countBySex(employees.filter((e) => e.area === a.code && !e.responsabile)) })),
  ];
  return { rows, total: countBySex(employees) };
}

/** Band of a completed age (years). */
export function ageBandOf(eta: number): AgeBand {
  return AGE_BANDS.find((b) => eta >= b.min && (b.max === undefined || eta <= b.max)) ?? AGE_BANDS[0];
}

/** Class of a part-time percentage (0 < p < 100). */
export function partTimeClassOf(percent: number): PartTimeClass {
  return percent <= PART_TIME_THRESHOLD ? "fino50" : "oltre50";
}

const PART_TIME_LABEL: Readonly<Record<PartTimeClass, string>> = {
  fino50: "part-time inferiore o uguale al 50%",
  oltre50: "part-time superiore al 50%",
};

/**
 * Builds the four staff tables of the Relazione (section "L'amministrazione") from the valid
 * employees. Counts are persons; each table's rows are disjoint and sum to its total. A responsabile
 * di servizio is counted in the "Responsabili di servizio" row and not again in the Funzionari row.
 * Age shares are band / all staff, as ratios. Raises nothing: the model holds valid rows only.
 */
export function aggregateStaff(staff: StaffModel): StaffAggregates {
  const all = staff.employees;
  const total = countBySex(all);
  const etaRows = AGE_BANDS.map((band) => {
    const counts = countBySex(all.filter((e) => ageBandOf(e.eta).code === band.code));
    return { band, counts, share: total.totale > 0 ? counts.totale / total.totale : undefined };
  });
  const rapporti: readonly Rapporto[] = ["indeterminato", "determinato"];
  const classes: readonly PartTimeClass[] = ["fino50", "oltre50"];
  const partTimers = all.filter((e) => e.partTime !== undefined);
  const ptRows = rapporti.flatMap((rapporto) =>
    classes.map((classe) => ({
      rapporto,
      classe,
      label: `personale a tempo ${rapporto} ${PART_TIME_LABEL[classe]}`,
      counts: countBySex(partTimers.filter((e) => e.rapporto === rapporto && partTimeClassOf(e.partTime as number) === classe)),
    })),
  );
  return {
    total,
    indeterminato: areaTable(all.filter((e) => e.rapporto === "indeterminato")),
    determinato: areaTable(all.filter((e) => e.rapporto === "determinato")),
    eta: { rows: etaRows, total },
    partTime: { rows: ptRows, total: countBySex(partTimers) },
  };
}

/** Headline indicators of the staff. Ratios are fractions of 1 (0.5753 = 57,53%). */
export interface StaffIndicators {
  /** Employees in service at 31/12 (persons). */
  readonly dipendenti: number;
  /** Responsabili di servizio (titolari di EQ) (persons). */
  readonly responsabili: number;
  /** Women / all staff; undefined with no staff. */
  readonly shareFemmine?: number;
  /** Men / all staff; undefined with no staff. */
  readonly shareMaschi?: number;
  /** Part-time employees (persons). */
  readonly partTime: number;
  /** Part-time employees / all staff. */
  readonly sharePartTime?: number;
  /** Employees older than 50 at 31/12 / all staff. */
  readonly shareOver50?: number;
  /** Mean completed age at 31/12 (years). */
  readonly etaMedia?: number;
  /**
   * Employees per 1.000 residents at 31/12 (‰): dipendenti / residenti × 1.000, the staffing ratio
   * used by the D.M. Interno on the rapporti medi dipendenti-popolazione (art. 263 TUEL).
   * Undefined when the residents are not given or not a positive number.
   */
  readonly dipendentiPerMilleAbitanti?: number;
}

/**
 * Computes the indicators of {@link StaffIndicators}. `residents` is the resident population at
 * 31/12 of the year (persons, ISTAT "popolazione residente", e.g. 15.883 in the seed), from the
 * demography sheet; without it the staffing ratio is left out.
 */
export function staffIndicators(staff: StaffModel, residents?: number): StaffIndicators {
  const all = staff.employees;
  const n = all.length;
  const share = (count: number): number | undefined => (n > 0 ? count / n : undefined);
  const sex = countBySex(all);
  const partTime = all.filter((e) => e.partTime !== undefined).length;
  const validResidents = residents !== undefined && Number.isFinite(residents) && residents > 0;
  return {
    dipendenti: n,
    responsabili: all.filter((e) => e.responsabile).length,
    shareFemmine: share(sex.femmine),
    shareMaschi: share(sex.maschi),
    partTime,
    sharePartTime: share(partTime),
    shareOver50: share(all.filter((e) => ageBandOf(e.eta).code === "oltre50").length),
    etaMedia: n > 0 ? all.reduce((s, e) => s + e.eta, 0) / n : undefined,
    dipendentiPerMilleAbitanti: validResidents ? (n / residents) * 1000 : undefined,
  };
}
