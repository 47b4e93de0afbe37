/**
 * «trước hạn/đúng hạn/rút, trả lại: 12.410/1.309/186», «CC: giao/có mặt: 62/58», «TN/GQ/đang GQ: 138/129/08»: a
 * hurried clerk's labels joined by slashes, a colon, then as many counts joined by slashes, each the count of the
 * label in its place («lần lượt» unsaid). So read, «138/129/08» is three counts, not a date, and each has its own
 * label (meaning/respective.ts). Labels hold letters and no digit; the groups have two to six members, as many
 * labels as counts.
 */
export interface SlashGroup {
  labels: string[];
  /** Where the labels start: what comes before on the line («- CC:») says whose they are. */
  labelsStart: number;
  /** Each count's start and end, in the labels' order. */
  values: Array<{ start: number; end: number }>;
}

const LABEL = String.raw`[^\d\n:;()/]{1,40}`;
const GROUP = new RegExp(String.raw`(${LABEL}(?:/${LABEL}){1,5}):[ \t]*(\d+(?:\.\d{3})*(?:[ \t]*/[ \t]*\d+(?:\.\d{3})*){1,5})(?![\d/])`, "gu");

/** What every group holds: a colon, then counts joined by a slash. GROUP tried at each start of a long line is dear. */
const COUNTS_AFTER_COLON = /:[ \t]*\d+(?:\.\d{3})*[ \t]*\/[ \t]*\d/u;

/** The slash groups of one line. */
export function slashGroupsOfLine(line: string, offset: number): SlashGroup[] {
  if (!COUNTS_AFTER_COLON.test(line)) return [];
  const groups: SlashGroup[] = [];
  for (const m of line.matchAll(GROUP)) {
    const labels = m[1]!.split("/").map((l) => l.trim().replace(/^[-+•*]\s*/u, ""));
    if (labels.some((l) => !/\p{L}/u.test(l))) continue;
    const valuesAt = m.index + m[0].length - m[2]!.length;
    const values: SlashGroup["values"] = [];
    for (const v of m[2]!.matchAll(/\d+(?:\.\d{3})*/gu)) values.push({ start: offset + valuesAt + v.index, end: offset + valuesAt + v.index + v[0].length });
    if (values.length !== labels.length) continue;
    groups.push({ labels, labelsStart: offset + m.index + (m[1]!.length - m[1]!.trimStart().length), values });
  }
  return groups;
}

/** Every slash group of a text. */
export function slashGroups(text: string): SlashGroup[] {
  if (!/[^\d\s]\/[^\d\s]/u.test(text)) return [];
  const groups: SlashGroup[] = [];
  let offset = 0;
  for (const line of text.split("\n")) {
    groups.push(...slashGroupsOfLine(line, offset));
    offset += line.length + 1;
  }
  return groups;
}

/** The counts' starts of the last text asked about: every slash-adjacent number of a text asks, once per text. */
let counted: { text: string; starts: Set<number> } | null = null;

/** Whether the number at `start` is a count of a slash group on its line. */
export function inSlashGroup(text: string, start: number): boolean {
  if (counted?.text !== text) counted = { text, starts: new Set(slashGroups(text).flatMap((g) => g.values.map((v) => v.start))) };
  return counted.starts.has(start);
}
