/**
 * Resolves the skeleton against an office's settings and the report's values: the flat paragraph list that both the
 * .docx writer and the Word gateway write (the gateway in one batch, with one sync).
 */
import type { Values } from "../compute";
import { formatField } from "../fieldValues";
import { placeDateLine, quarterCutoff } from "../period";
import type { ReportDefinition } from "../report";
import { numberHeadings } from "./numbering";
import type { Period } from "../types";
import type { OfficeSettings } from "./settings";
import type { Block, Paragraph, ParagraphRun, Run, SettingRef } from "./types";

import { PLACEHOLDER } from "../placeholder";

export { PLACEHOLDER };
/* The number is written by hand once the report is signed, so "Số:" keeps a gap for it. */
const NUMBER_GAP = "\u00a0".repeat(6);

export interface Dating {
  /** The signing date (ISO). Without it the day is left blank for the văn thư, as offices do. */
  issueDate?: string;
  /** The quarter reported, which gives the month and year of the place-date line when there is no issue date. */
  period?: Period;
}

export function placeDateText(place: string, dating: Dating): string {
  if (dating.issueDate) return placeDateLine(place, dating.issueDate);
  if (!dating.period) return `${place}, ngày ${PLACEHOLDER} tháng ${PLACEHOLDER} năm ${PLACEHOLDER}`;
  // A report is signed just after its data cut-off: same month and year, day to be filled in.
  const full = placeDateLine(place, quarterCutoff(dating.period).end);
  return `${place}, ${full.slice(place.length + 2).replace(/^ngày \d+/, `ngày ${PLACEHOLDER}`)}`;
}

function settingText(ref: SettingRef, settings: OfficeSettings, dating: Dating): string {
  switch (ref) {
    case "symbol":
      return `Số:${NUMBER_GAP}/${settings.symbolSuffix}`;
    case "placeDate":
      return placeDateText(settings.place, dating);
    case "recipients":
      // Only reached for a recipients reference amid other runs; a block of its own becomes one paragraph each.
      return settings.recipients.join("; ");
    default:
      return settings[ref];
  }
}

/** "- Sở Nội vụ (b/c);" … "- Lưu: VT." as Nghị định 30/2020 punctuates the list. */
function recipientParagraphs(settings: OfficeSettings): Paragraph[] {
  return settings.recipients.map((name, i) => ({
    role: "recipient",
    runs: [{ text: `- ${name}${i === settings.recipients.length - 1 ? "." : ";"}` }],
  }));
}

/** The form's new-report text (its skeleton, headings numbered) with the office's details and the figures filled in. */
export function skeletonToParagraphs(report: ReportDefinition, settings: OfficeSettings, values: Values, dating: Dating = {}): Paragraph[] {
  const skeleton = numberHeadings(report.skeleton);
  const fieldRun = (id: string): ParagraphRun => {
    const def = report.byId.get(id);
    if (!def) throw new Error(`The skeleton refers to ${id}, which the report does not define`);
    const value = values.get(id);
    return { field: id, label: def.label, text: value ? formatField(def, value) : PLACEHOLDER };
  };
  const resolve = (run: Run): ParagraphRun => {
    if ("field" in run) return fieldRun(run.field);
    if ("setting" in run) return { text: settingText(run.setting, settings, dating) };
    return run.italic ? { text: run.text, italic: true } : { text: run.text };
  };
  const isRecipients = (block: Block) => block.runs.length === 1 && "setting" in block.runs[0]! && block.runs[0].setting === "recipients";
  return skeleton.flatMap((block): Paragraph[] =>
    isRecipients(block) ? recipientParagraphs(settings) : [{ role: block.role, runs: block.runs.map(resolve) }],
  );
}
