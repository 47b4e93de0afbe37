/** One paragraph of the skeleton as WordprocessingML: literal runs, and a tagged plain-text control per figure. */
import type { Paragraph, ParagraphRun } from "../types";
import { styleId } from "./format";
import { el, escapeXml, val } from "./xml";

const ITALIC = el("w:rPr", {}, el("w:i"));

function textRun(text: string, italic = false): string {
  // xml:space keeps the spaces around figures, which Word would otherwise trim at run edges.
  return el("w:r", {}, italic ? ITALIC : "", `<w:t xml:space="preserve">${escapeXml(text)}</w:t>`);
}

/** Numbers the controls of one document; Word wants each w:id unique. */
export class ControlIds {
  private next = 1;
  take(): number {
    return this.next++;
  }
}

function runXml(run: ParagraphRun, ids: ControlIds): string {
  if (!("field" in run)) return textRun(run.text, run.italic);
  const sdtPr = el("w:sdtPr", {}, val("w:alias", run.label), val("w:tag", run.field), val("w:id", ids.take()), el("w:text"));
  return el("w:sdt", {}, sdtPr, el("w:sdtContent", {}, textRun(run.text)));
}

export function paragraphXml(paragraph: Paragraph, ids: ControlIds): string {
  return el("w:p", {}, el("w:pPr", {}, val("w:pStyle", styleId(paragraph.role))), ...paragraph.runs.map((run) => runXml(run, ids)));
}

/**
 * The short horizontal rule Nghị định 30/2020 draws under the issuing office, the Tiêu ngữ and the summary line:
 * a 1-pt paragraph whose top border is narrowed to `width` by equal side indents. The space before keeps the rule
 * off the text above (LibreOffice draws an exact-height paragraph's border through the line above it).
 */
export function ruleXml(width: number, columnWidth: number, after = 0): string {
  const side = Math.max(0, Math.round((columnWidth - width) / 2));
  const pPr = el(
    "w:pPr",
    {},
    el("w:pBdr", {}, el("w:top", { "w:val": "single", "w:sz": 6, "w:space": 1, "w:color": "000000" })),
    el("w:spacing", { "w:before": 80, "w:after": after }),
    el("w:ind", { "w:left": side, "w:right": side }),
    el("w:rPr", {}, val("w:sz", 2)),
  );
  return el("w:p", {}, pPr);
}

/** Rough width in twips of a line of Times New Roman, enough to size a rule to its text. */
export function estimateWidth(text: string, sizePt: number, capitals: boolean): number {
  const em = capitals ? 0.68 : 0.48;
  return Math.round(text.length * sizePt * em * 20);
}
