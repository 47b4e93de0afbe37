/**
 * A part of one of the form's sums is told from its total only by its own words: «Bổ nhiệm Phó Trưởng phòng Tổng hợp
 * - Kinh tế» is a part of «Tổng số Phó Trưởng phòng được bổ nhiệm». «bổ nhiệm 01 Trưởng phòng và 02 Phó Trưởng
 * phòng» names no room: the 02 is the total's, never a part's, however well the shared words fit. The words come
 * from the form (labels and wordings); where the number stands is its sentence and the text back to its heading.
 */
import type { ReportDefinition } from "../../report";
import type { FieldId } from "../../types";
import { sentenceAround } from "./vetoText";
import { sumRelations } from "./formSums";
import { scopeBefore } from "./vetoPlace";
import { featureSet } from "./words";

interface PartHolder {
  words: ReadonlySet<string>;
  /** Rooms the field's words name («Phó Trưởng phòng Tổng hợp - Kinh tế» → «tổng hợp - kinh tế»). */
  rooms?: readonly string[];
  partWords: string[][];
}

export function markParts(
  report: ReportDefinition,
  fields: ReadonlyMap<FieldId, PartHolder>,
  single: (words: ReadonlySet<string>) => Set<string>,
): void {
  for (const { total, parts } of sumRelations(report)) {
    const whole = fields.get(total);
    if (!whole) continue;
    const totalWords = single(whole.words);
    for (const id of parts) {
      const part = fields.get(id);
      const label = report.byId.get(id)?.label;
      if (!part || label === undefined) continue;
      // The label's words: a wording carries its sentence's filler («…, chiếm»), which no other clerk need write.
      // A part kept in a section of its own («Tiếp … của lãnh đạo UBND các huyện, thành phố (từ 01/7/2025: Chủ tịch
      // UBND cấp xã, các xã, phường)») is named by that section's words too: a table's row «Chủ tịch UBND các xã,
      // phường» names the part as well as the label's «cấp huyện» would.
      const section = report.byId.get(id)?.section;
      const apart = section !== undefined && section !== report.byId.get(total)?.section;
      // Only the title's words no figure of another section uses («chủ tịch» is the province's too).
      const title = apart ? single(featureSet(report.sections.find((x) => x.id === section)?.title ?? "")) : new Set<string>();
      for (const f of report.fields) if (f.section !== section) for (const w of single(fields.get(f.id)?.words ?? new Set())) title.delete(w);
      let own = [...new Set([...single(featureSet(label)), ...title])].filter((w) => !totalWords.has(w));
      // A room's name is found by its pairs: its syllables alone are everywhere («hợp» of «Tổng hợp» in «hợp nhất»,
      // «văn» of «Văn xã» in «Văn phòng»).
      const rooms = (part.rooms ?? []).filter((r) => !(whole.rooms ?? []).includes(r));
      const pairs = rooms.flatMap((r) => [...featureSet(r)].filter((w) => w.includes(" ") && w.split(" ").some((s) => own.includes(s))));
      if (pairs.length > 0) own = [...new Set(pairs)];
      // A part with no words of its own (the total's wording reused) cannot be told apart this way.
      if (own.length > 0) part.partWords.push(own);
    }
  }
}

/**
 * The number's sentence and the text back to its heading name none of a part's own words for some sum. `words` are
 * those of that text (wordsAround) when already read: they are the same for every part asking.
 */
export function unnamedPart(
  text: string,
  start: number,
  end: number,
  partWords: readonly string[][],
  words: ReadonlySet<string> = partWords.length === 0 ? new Set() : wordsAround(text, start, end),
): boolean {
  if (partWords.length === 0) return false;
  return partWords.some((own) => !own.some((w) => words.has(w)));
}

/** The words of the text back to the number's heading and of its sentence after it. */
export function wordsAround(text: string, start: number, end: number): Set<string> {
  const sentence = sentenceAround(text, start, end);
  return featureSet(`${scopeBefore(text, start)} ${text.slice(end, sentence.to)}`);
}
