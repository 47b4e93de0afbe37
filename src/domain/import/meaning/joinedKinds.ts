/**
 * «Trong quý đã tổ chức 11 cuộc họp giao ban, hội nghị có nội dung về thực hiện dân chủ»: a count of meetings whose
 * noun is joined by «,», «và», «hoặc» or «/» to another kind of meeting, with no count of its own, counts both kinds
 * together (the briefings and the staff conference), not the field's kind alone. Only meetings: they are events apart,
 * while joined nouns of people or letters («công chức, viên chức», «đơn thư, kiến nghị») name one thing twice. The
 * second kind must be none of the field's own words: «cuộc giao ban, họp giao ban» is the field's kind again.
 */
import { countedNounAt } from "./countedKinds";
import { labelSyllables, syllables } from "./words";

/** Kinds whose nouns joined name different things counted together. */
const APART = new Set(["meetings"]);
/** After the number, in its clause: the counted words, the joint, the second noun. No count comes between. */
const JOINED = /^\s*([^,\d]{1,40}?)(?:\s*,|\s+và|\s+hoặc|\s*\/)\s*(?=\p{L})([^,\d]{1,40})/u;

/** The count ending at `end` counts its noun's kind and another of the same kind together (`label`: the field's). */
export function countsJoinedKinds(label: string, text: string, end: number): boolean {
  const clause = text.slice(end, end + 90).split(/[;.:()\n\t|]/u)[0] ?? "";
  const m = JOINED.exec(clause);
  if (m === null) return false;
  const first = syllables(m[1]!);
  const own = countedNounAt(first);
  if (own === null || own.kind === undefined || !APART.has(own.kind) || first.length > 6) return false;
  const other = countedNounAt(syllables(m[2]!));
  if (other === null || other.kind !== own.kind || other.noun === own.noun) return false;
  const words = labelSyllables(label);
  return !other.noun.split(" ").every((w) => words.includes(w));
}
