/**
 * «… quý này họp được mười hai cuộc, ngoài ra họp giao ban với khu phố hai cuộc»: a clause opened by «ngoài ra» (or
 * «bên cạnh đó») inside a sentence adds something besides what the sentence has already counted. When the sentence
 * counted the same thing before it (a count with the same unit, «cuộc», in digits or in words), that earlier count
 * is the sentence's own figure and the added one is another kind of the same — meetings with the residential
 * quarters beside the committee's own briefings. The added count is not taken for the figure the first one fits.
 * Not judged: «Ngoài ra» opening its sentence (a statement of its own), a sentence with no earlier count of that unit.
 * Language knowledge only: no field is named.
 */
import { isFunctionWord, syllables } from "./words";

/** «ngoài ra» after a comma or «;» inside the sentence («bên cạnh đó» joins statements of their own too often). */
const BESIDES = /[,;]\s*ngoài ra(?![\p{L}])/giu;
/** The unit right after the number: its first word. */
const UNIT_AFTER = /^[^\S\n]*(\p{L}+)/u;
/** A count written in words, as clerks write small counts («hai», «mười hai», «ba mươi lăm»). */
const SPELLED = "(?:một|hai|ba|bốn|tư|năm|lăm|sáu|bảy|tám|chín|mười|mươi|trăm|linh|lẻ)";
const COUNT = `(?:\\d[\\d.,]*|${SPELLED}(?:\\s+${SPELLED})*)`;
/** One syllable of a count in words: not a word that names what was done. */
const SPELLED_WORD = new RegExp(`^${SPELLED}$`, "iu");
/**
 * «làm» of «đang làm việc», «làm công tác phục vụ»: says that people work, not what was done; shared by «số viên chức
 * đang làm việc là 35 người; ngoài ra, số lao động hợp đồng … làm công tác phục vụ … là 21 người», it makes the
 * contract workers no second count of the civil servants.
 */
const WORKS = "làm";

/** The number [start, end) in its sentence [sentenceFrom, sentenceTo) is a count added «ngoài ra» to one counted before it. */
export function addedBesidesCounted(text: string, sentenceFrom: number, start: number, end: number): boolean {
  const before = text.slice(sentenceFrom, start);
  let opened = -1;
  for (const m of before.matchAll(BESIDES)) opened = m.index;
  if (opened === -1) return false;
  // The added clause reaches the number: no «;» nor a full stop closes it before.
  if (/[;]/u.test(before.slice(opened + 1))) return false;
  const unit = UNIT_AFTER.exec(text.slice(end, end + 30))?.[1];
  if (unit === undefined || /^\d/u.test(unit)) return false;
  // The clause right before «ngoài ra» counted the same unit, and the added clause repeats one of its words: the
  // same act done besides («họp được mười hai cuộc, ngoài ra họp giao ban với khu phố hai cuộc»), not another act
  // joined on («điều động 02 công chức …, ngoài ra luân chuyển 02 công chức …»).
  const previous = before.slice(0, opened).split(/[,;(]/u).at(-1) ?? "";
  const counted = new RegExp(`(?<![\\p{L}\\d])${COUNT}\\s+${unit}(?![\\p{L}])`, "iu");
  if (!counted.test(previous)) return false;
  const words = (t: string) => new Set(syllables(t).filter((w) => !isFunctionWord(w) && w !== unit.toLowerCase() && !SPELLED_WORD.test(w)));
  const earlier = words(previous);
  return [...words(before.slice(opened))].some((w) => w !== "ngoài" && w !== "ra" && w !== WORKS && earlier.has(w));
}
