import { EnteContext } from "../ente/context";
import { ReportBlock, TableCellValue, heading, paragraph } from "../output/blocks";
import { FORMAT } from "../output/sheet";
import { countOf } from "../narrative/italian";
import { ControlledSettore, Controls } from "./controls";

const PREPOSITION = /^(del|dello|della|dei|degli|delle|dell'|dell’|nel|nello|nella|nei|negli|nelle|nell'|nell’)\b/i;
const ROMAN_START = /^[IVX]+\b/;

/** "secondo semestre 2023" → "del secondo semestre 2023"; "anno 2023" → "dell'anno 2023"; "del 2023" kept as typed. */
function periodPhrase(periodo: string): string {
  const p = periodo.trim();
  if (PREPOSITION.test(p)) return p;
  return /^[aeiouàèéìòù]/i.test(p) && !ROMAN_START.test(p) ? `dell'${p}` : `del ${p}`;
}

const settoreLabel = (s: ControlledSettore): string => (s.nota ? `${s.settore} (${s.nota})` : s.settore);

/**
 * The sentence that introduces the list, as in the reference Relazione: "Nel corso del 2024 è stato
 * effettuato [performedBy,] il controllo successivo di regolarità amministrativa su 57 atti del secondo
 * semestre 2023:". "1 atto" in the singular; without a known total "sugli atti"; the period
 * (ctx.periodoControlli) left out when absent; a zero total gives "non è stato sottoposto … alcun atto".
 * `performedBy` is the agent phrase, e.g. "dal Segretario Generale/Vicesegretario, coadiuvato dalla
 * struttura individuata".
 */
export function controlsSentence(controls: Controls, ctx: EnteContext, performedBy?: string): string {
  const period = ctx.periodoControlli?.trim() ? ` ${periodPhrase(ctx.periodoControlli)}` : "";
  const by = performedBy?.trim() ? ` ${performedBy.trim()},` : "";
  if (controls.totale === 0) {
    return `Nel corso del ${ctx.anno} non è stato sottoposto${by} al controllo successivo di regolarità amministrativa alcun atto${period}.`;
  }
  const acts = controls.totale === undefined ? "sugli atti" : `su ${countOf(controls.totale, "atto", "atti")}`;
  return `Nel corso del ${ctx.anno} è stato effettuato${by} il controllo successivo di regolarità amministrativa ${acts}${period}:`;
}

/**
 * The controlli interni part of the objective "Attuazione del sistema dei controlli interni": the sentence of
 * {@link controlsSentence}, then the table Settore | Atti controllati (the Nota in brackets after the
 * settore; an unknown count blank) with the Totale row (57 in the seed; blank when unknown). With a zero
 * total only the sentence.
 */
export function controlsBlocks(controls: Controls, ctx: EnteContext, performedBy?: string): ReportBlock[] {
  const sentence = paragraph(controlsSentence(controls, ctx, performedBy));
  if (controls.totale === 0) return [sentence];
  return [
    sentence,
    {
      kind: "table",
      columns: [{ header: "Settore" }, { header: "Atti controllati", format: FORMAT.integer }],
      rows: controls.settori.map((s) => [settoreLabel(s), s.atti ?? null]),
      totalRows: [["Totale", controls.totale ?? null]],
    },
  ];
}

/**
 * Content of the output sheet "Calcolo controlli": per settore the atti controllati, their share of the
 * total (ratio, shown as %; left out when the total is unknown or 0) and the source rows, with the total.
 */
export function controlsCalcBlocks(controls: Controls, ctx: EnteContext): ReportBlock[] {
  const total = controls.totale;
  const share = (atti: number | undefined): TableCellValue => (atti === undefined || total === undefined || total === 0 ? null : atti / total);
  const blocks: ReportBlock[] = [heading(1, `Calcolo controlli ${ctx.anno}`)];
  if (ctx.periodoControlli?.trim()) blocks.push(paragraph(`Atti del periodo: ${ctx.periodoControlli.trim()}.`));
  blocks.push({
    kind: "table",
    columns: [{ header: "Settore" }, { header: "Atti controllati", format: FORMAT.integer }, { header: "Quota sul totale", format: FORMAT.percent2 }, { header: "Fonte" }],
    rows: controls.settori.map((s) => [
      settoreLabel(s),
      s.atti ?? null,
      share(s.atti),
      `Foglio «${controls.sheet}», ${s.rows.length === 1 ? "riga" : "righe"} ${s.rows.join(", ")}`,
    ]),
    totalRows: [["Totale", total ?? null, total !== undefined && total > 0 ? 1 : null, "Somma dei settori"]],
  });
  return blocks;
}
