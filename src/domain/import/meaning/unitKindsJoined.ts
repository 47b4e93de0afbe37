/**
 * A count of one kind of unit joined by «và» to a count of another kind counts only its own kind: «Chi cục có … 03
 * phòng chuyên môn và 01 trạm trực thuộc» has four units under it, and «03» is its rooms, not the units a form's «Số
 * tổ chức trực thuộc» asks for (the words «trực thuộc» after the second count qualify both). The second count may be
 * another figure of the form's own part («05 phòng, đơn vị trực thuộc và 03 đơn vị sự nghiệp»: the form asks for its
 * public-service units apart, «Số đơn vị sự nghiệp»): then each number is its own figure and the first keeps it.
 * Any other kind («01 trạm», «27 khoa», «02 chi cục») leaves the total unwritten: the clerk adds it.
 */
import { syllables } from "./words";

/** «và» then a count (digits, or digits in brackets after its words) and the words it counts, in the same clause. */
const JOINED = /^\)?[^\d;.:()\n]{1,60}?\svà\s+(?:[\p{L}\s]{0,12}\(\s*)?\d{1,3}\s*\)?\s+([\p{L}][\p{L}\s,-]{0,40})/iu;

/** The words of the other counts of units the form asks for beside this one (their labels, as syllables). */
export type SiblingCounts = readonly (readonly string[])[];

/** Whether `counted` (the syllables after the second number) opens with two syllables a sibling's label has in order. */
function namesSibling(counted: readonly string[], siblings: SiblingCounts): boolean {
  const [a, b] = counted;
  if (a === undefined) return false;
  return siblings.some((label) => label.some((w, i) => w === a && (b === undefined || label[i + 1] === b)));
}

/**
 * The number ending at `end` counts one kind of unit beside a count of another kind joined to it by «và», and that
 * other kind is no figure the form asks for beside this one (`siblings`).
 */
export function oneKindOfUnits(text: string, end: number, siblings: SiblingCounts): boolean {
  const m = JOINED.exec(text.slice(end, end + 140));
  if (m === null) return false;
  // The first count's own words run up to «và»: a second count must count units too, not people or files.
  const counted = syllables(m[1]!.split(/[,;]/)[0]!);
  if (counted.length === 0 || !UNIT_HEADS.has(counted[0]!)) return false;
  return !namesSibling(counted, siblings);
}

/** Nouns that head a count of a body's units. */
const UNIT_HEADS = new Set([
  "phòng", "đơn", "tổ", "trạm", "chi", "trung", "ban", "khoa", "đội", "hạt", "cơ", "văn", "bộ", "điểm", "cục", "viện", "trường",
]);

/** The labels of the section's other counts, each as syllables (read once per form, vetoFormWords.ts). */
export function siblingCountLabels(labels: readonly string[]): SiblingCounts {
  return labels.map((l) => syllables(l.replace(/^(?:số lượng|tổng số|số)\s+/iu, "")));
}
