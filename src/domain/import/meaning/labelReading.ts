/**
 * Label lines read as a whole (labelLines.ts): «- Số lượt/số người: 01 lượt/04 người» under «1. LÃNH ĐẠO UBND TỈNH»
 * is the province's count, the same label under «2. THỦ TRƯỞNG CÁC SỞ» the departments'. Each such number is described
 * by its label, the words after it up to its clause's end and the nearest level above that says something (an earlier
 * label on its line, the line its bullet hangs from, the nearest heading), as a table's cell is by its row and column;
 * the engine's own scoring and assignment (score.ts, assign.ts) then share the numbers out, so a number is bound only
 * when one figure clearly wants it and no other figure nearly as much. A figure whose words the level does not share
 * is not a candidate for it (labelLevels.ts). What this leaves is read as any other number afterwards.
 */
import type { FieldId } from "../../types";
import type { Heading } from "../headings";
import { assign, type Judged } from "./assign";
import type { Candidate } from "./candidates";
import { headingTitles, levelAgainst, type Family } from "./labelLevels";
import { labelItems } from "./labelLines";
import type { FieldProfile, Vocabulary } from "./profiles";
import { earlierTail, earlierTopic } from "./vetoEarlier";
import { features, syllables } from "./words";
import { withoutNextLabel } from "./nextLabel";
import { sameZero, zeroForm } from "./zeroWords";

/** A level's words beside the label count as a table's group header does beside its column's (candidates.ts). */
const LEVEL_WEIGHT = 0.8;
/** Words after the number and its unit, up to the end of its clause: «03 trường hợp», «02 đoàn (…)». */
const RIGHT = /^[^,;.()/\n:]*/u;

export interface LabelReadingInput {
  text: string;
  candidates: readonly Candidate[];
  headings: readonly Heading[];
  /** The figures still open. */
  profiles: readonly FieldProfile[];
  vocab: Vocabulary;
  /** Numbers already bound: those bound here are added. */
  taken: Set<number>;
  judged: Pick<Judged, "refused" | "yields">;
  family: Family;
}

export function readLabelLines(input: LabelReadingInput): Map<FieldId, Candidate[]> {
  const { text, candidates, vocab, judged } = input;
  // A zero written as a label line's value is read with the other label lines: «- Nâng lương trước thời hạn: không
  // có.» beside «- Nâng lương thường xuyên: 02 công chức.» is the former's figure, not a gap the latter's 02 fills.
  const items = labelItems(text, candidates, (c) => zeroForm(c) === "value");
  const titles = headingTitles(input.headings, [...items.keys()]);
  // Each number as its label line describes it, with the number as the text found it (for the precision layer).
  const real = new Map<Candidate, Candidate>();
  const levelOf = new Map<Candidate, string[]>();
  const periodOf = new Map<Candidate, string[]>();
  const partOf = new Map<Candidate, ReadonlySet<string>>();
  const read: Candidate[] = [];
  for (const [c, item] of items) {
    if (c.change || c.whole) continue;
    const label = features(syllables(item.label));
    // A label that names nothing the form counts («tháng 9», «Lũy kế đến nay») divides a figure, it does not name one.
    if (!label.some((f) => vocab.describing.has(f))) continue;
    // …up to a colon: «38 Đang học cao cấp: 03», words before a colon and a number are the next item's (nextLabel.ts).
    const rightText = RIGHT.exec(text.slice(c.token.end))![0];
    const right = features(syllables(text[c.token.end + rightText.length] === ":" ? withoutNextLabel(text, rightText, c.token.end + rightText.length) : rightText));
    // A level of function words only («trong đó») says nothing of whose the figure is.
    const above = [...item.levels, ...(titles.get(c) ?? [])].map((l) => features(syllables(l))).filter((w) => w.some((f) => !f.includes(" ")));
    const near = new Map<string, number>();
    for (const f of above[0] ?? []) near.set(f, LEVEL_WEIGHT);
    for (const f of [...label, ...right]) near.set(f, 1);
    const described: Candidate = { ...c, near, clause: new Set([...label, ...right]), context: new Set(above.flat()) };
    real.set(described, c);
    sameZero(described, c);
    if (above[0]) levelOf.set(described, above[0]);
    if (item.levels.some(statesCount)) partOf.set(described, new Set(label));
    const earlier = earlierPeriod(item.label);
    if (earlier) periodOf.set(described, earlier);
    read.push(described);
  }
  if (read.length === 0) return new Map();
  const as = (c: Candidate) => real.get(c) ?? c;
  const refused = (p: FieldProfile, c: Candidate) => {
    const level = levelOf.get(c);
    const period = periodOf.get(c);
    // «Số hồ sơ tiếp nhận quý trước: 9.102» is the last quarter's, unless the figure itself is («Lượt tiếp tháng trước»).
    if (period !== undefined && !period.some((f) => vocab.own.get(p)!.has(f))) return true;
    // «Cơ cấu 88 công chức hiện có: - Đảng viên: 81 đồng chí»: a line hanging from one that states its own count is a
    // share of that count; the lead's words name the whole, so only a label naming the figure itself may be it.
    const part = partOf.get(c);
    if (part !== undefined && ![...part].some((f) => f.includes(" ") && vocab.own.get(p)!.has(f))) return true;
    return (level !== undefined && levelAgainst(level, p, input.family, vocab)) || (judged.refused?.(p, as(c)) ?? false);
  };
  const yields = (p: FieldProfile, top: Candidate, other: Candidate) => judged.yields?.(p, as(top), as(other)) ?? false;
  const { bound } = assign(input.profiles, read, vocab, input.taken, { refused, yields });
  return new Map([...bound].map(([id, places]) => [id, places.map(as)]));
}

/** A lead that states a number of its own («Cơ cấu 88 công chức hiện có»), a year apart. */
function statesCount(level: string): boolean {
  return /\d/u.test(level.replace(/(?<!\d)(?:19|20)\d\d(?!\d)/gu, ""));
}

/** The earlier period a label names as its topic or its tail («Quý trước», «… cùng kỳ năm trước»), as word pairs. */
function earlierPeriod(label: string): string[] | null {
  if (!earlierTopic(`${label}:`, 0, label.length + 1) && !earlierTail(label, 0, label.length)) return null;
  const words = /(?:cùng kỳ|cùng kì|kỳ trước|kì trước|quý trước|năm trước|năm ngoái|tháng trước|cùng thời điểm)/iu.exec(label);
  return words ? features(syllables(words[0])).filter((f) => f.includes(" ")) : [];
}
