/**
 * «thực hiện điều động, luân chuyển 02 công chức đi nhận công tác tại Sở …»: the form's wording «Luân chuyển {N} công
 * chức» (moves between the office's rooms) is found there, yet the words before the number go on further back into
 * another figure's wording, «điều động, luân chuyển {N} …» (moves out). The longer of two wordings that both end at
 * the number is the one the clerk wrote: the number is not the shorter one's. Read from the form's wordings (the
 * words right before each placeholder); no field is named here.
 */
import type { ReportDefinition } from "../../report";
import type { FieldId } from "../../types";
import type { PatternTable } from "../patterns";
import { plainWording } from "./profiles";
import { syllables } from "./words";

/** Per field: the lead-ins of other fields' wordings that end with one of its own and go further back. */
export type LongerLeads = ReadonlyMap<FieldId, readonly string[][]>;

/** How far back before a number its lead-in is read: the longest wording lead of a form is a short phrase. */
const REACH = 80;

export function longerLeads(report: ReportDefinition, patterns: PatternTable): LongerLeads {
  const leads = new Map<FieldId, string[][]>();
  for (const field of report.fields) leads.set(field.id, (patterns.get(field.id) ?? []).flatMap((p) => leadOf(p.wording)));
  const section = new Map(report.fields.map((f) => [f.id, f.section]));
  const out = new Map<FieldId, string[][]>();
  for (const [id, mine] of leads) {
    const longer: string[][] = [];
    for (const [other, theirs] of leads) {
      // Across sections the place tells figures apart («hồ sơ đang giải quyết» at the desk and at the centre).
      if (other === id || section.get(other) !== section.get(id)) continue;
      for (const lead of theirs) if (mine.some((own) => own.length > 0 && lead.length > own.length && endsWith(lead, own))) longer.push(lead);
    }
    if (longer.length > 0) out.set(id, longer);
  }
  return out;
}

/**
 * The words that open the wording up to its own figure ({N}, {Z}), when they are a lead-in of two words or more; a
 * figure that follows another of the wording («{n} tập thể và {N} cá nhân») has no lead-in of its own.
 */
function leadOf(wording: string): string[][] {
  const plain = plainWording(wording);
  const at = plain.search(/\{[NZ]\}/);
  if (at === -1 || /\{[a-zA-Z]\}/.test(plain.slice(0, at))) return [];
  const lead = syllables(plain.slice(0, at));
  return lead.length >= 2 ? [lead] : [];
}

function endsWith(words: readonly string[], tail: readonly string[]): boolean {
  return tail.every((w, i) => words[words.length - tail.length + i] === w);
}

/** The clause before the number ends with a longer wording's lead-in than this field's own. */
export function longerWordingBefore(text: string, start: number, longer: readonly string[][] | undefined): boolean {
  if (!longer) return false;
  const before = text.slice(Math.max(0, start - REACH), start);
  const clause = before.slice(Math.max(before.lastIndexOf("."), before.lastIndexOf(";"), before.lastIndexOf("\n"), before.lastIndexOf("(")) + 1);
  const words = syllables(clause);
  return longer.some((lead) => words.length >= lead.length && endsWith(words, lead));
}
