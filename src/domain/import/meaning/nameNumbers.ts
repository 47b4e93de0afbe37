/**
 * A number that ends a proper name is part of the name, no figure: «xã Sơn Kim 1», «Khu phố 3», «Phường 12», «Tổ
 * dân phố số 5», «thôn Bắc Sơn 2», «Trường Tiểu học số 2», «Phòng Nghiệp vụ 1», «Cơ sở 2». Read where a place or a unit's noun
 * (with the capitalised words of its name, and «số») stands right before the number and no unit follows it: «xã Sơn
 * Kim 120 suất quà» counts gifts. Language knowledge only: no field is named.
 */

import { syllables, unitAt } from "./words";

/**
 * Nouns of places and bodies that take a number as (part of) their name. A merged office keeps the old one's seat as
 * «Cơ sở 2» (or «Trụ sở 2», a bank's «Chi nhánh 2»): the seats are told apart by number, so it names one, as «Phường
 * 12» does.
 */
const NOUNS = "xã|phường|thị trấn|thôn|bản|ấp|làng|buôn|sóc|khóm|khối|tổ|tổ dân phố|khu phố|khu|tiểu khu|cụm|đội|phòng|trường|điểm trường|trạm|đồn|tiểu đoàn|đại đội|cơ sở|trụ sở|chi nhánh";
/** The noun, the capitalised words of the name (lower-case words inside a school's name: «Tiểu học»), «số». */
const NAME_BEFORE = new RegExp(
  `(?<![\\p{L}\\p{M}])(?:${NOUNS.split("|").map((n) => `[${n[0]}${n[0]!.toUpperCase()}]${n.slice(1)}`).join("|")})(?:[ \\u00a0]+(?:\\p{Lu}[\\p{L}\\p{M}]*|-|tiểu|trung|học|cơ sở|phổ thông|mầm|non|mẫu|giáo|nghiệp|vụ|dân tộc|nội trú))*[ \\u00a0]+(?:số[ \\u00a0]+)?$`,
  // Case matters: a name's words are capitalised.
  "u",
);

/** Lower-case words that may end a name before its number: «số», a place's noun, the end of a school's kind. */
const LAST_WORDS: ReadonlySet<string> = new Set([...NOUNS.split("|").map((n) => n.split(" ").pop()!), "số", "học", "sở", "thông", "non", "giáo", "vụ", "trú", "tộc"]);

export function isNameNumber(text: string, start: number, end: number): boolean {
  if (end - start > 3 || !/^\d{1,3}$/.test(text.slice(start, end))) return false;
  if (numberedName(text, start, end)) return true;
  // Asked for every number: the word right before must be a name's (capitalised, «số», a place's noun) first.
  const word = /([\p{L}\p{M}]+)[ \u00a0]+$/u.exec(text.slice(Math.max(0, start - 16), start))?.[1];
  if (!word || !(/^\p{Lu}/u.test(word) || LAST_WORDS.has(word))) return false;
  const lineFrom = Math.max(text.lastIndexOf("\n", start - 1) + 1, start - 80);
  const before = text.slice(lineFrom, start);
  const m = NAME_BEFORE.exec(before);
  if (!m) return false;
  // The noun must be written as a name's: capitalised («Khu phố 3», «Phường 12»), or followed by a capitalised name
  // or «số» («xã Sơn Kim 1», «tổ số 5»); «giúp đỡ các xã 3 lần» is no name.
  const written = m[0].trim();
  const named = /^\p{Lu}/u.test(written) || /[ \u00a0](?:\p{Lu}|số[ \u00a0]*$)/u.test(written);
  if (!named) return false;
  // «xã Sơn Kim 120 suất quà»: a word after the number that is not a name's next word makes it a count of that word.
  return NAME_AFTER.test(text.slice(end, end + 12));
}

/** What follows a name: punctuation, the line's end, a capital, or a joining word («xã Sơn Kim 1 và xã Kỳ Lạc»). */
const NAME_AFTER = /^(?:[ \u00a0]*(?:[,;.:()\]\n\t]|$)|[ \u00a0]+(?:\p{Lu}|(?:và|là|thuộc|của|huyện|tỉnh|thành phố|trong|tại|đã|được|với|có|đạt|nay|cũ|mới)(?![\p{L}\p{M}])))/u;

/**
 * «…, Điểm tiếp nhận số 2 tại phường Phan Rang», «Phòng Công chứng số 1»: a name, capitalised inside its sentence,
 * of at most four words, then «số» and the number. Any body or place numbered so, whatever its noun: the capital
 * inside a sentence opens a proper name, and «số N» after it numbers it (a count says «N hồ sơ», never «số N hồ sơ»
 * after a name). Not at a sentence's start, where a capital is only the sentence's («Tổng số 25», «Trong đó số …»),
 * nor «tổng số», nor where a unit follows the number («… số 12 hồ sơ» counts files), nor a symbol («số 12/QĐ»).
 */
const NUMBERED_NAME = /(?<=[\p{Ll}\p{M},;(][ \u00a0]*|[\p{Ll}\p{M}][ \u00a0]+)\p{Lu}[\p{L}\p{M}]*(?:[ \u00a0]+[\p{L}\p{M}]+){0,3}?[ \u00a0]+số[ \u00a0]+$/u;

/** «số» and a space right before `start`, as NUMBERED_NAME ends: looked at first, since most numbers have none. */
function afterSo(text: string, start: number): boolean {
  const so = "số";
  let k = start;
  while (k > 0 && (text[k - 1] === " " || text[k - 1] === "\u00a0")) k--;
  return k < start && text.startsWith(so, k - so.length) && (text[k - so.length - 1] === " " || text[k - so.length - 1] === "\u00a0");
}

function numberedName(text: string, start: number, end: number): boolean {
  if (!afterSo(text, start)) return false;
  // The line before the number, 60 characters at most (its start is not looked for further back).
  const near = text.slice(Math.max(0, start - 60), start);
  const m = NUMBERED_NAME.exec(near.slice(near.lastIndexOf("\n") + 1));
  if (!m || /(?<![\p{L}\p{M}])tổng[ \u00a0]+số[ \u00a0]+$/iu.test(m[0])) return false;
  const after = /^[ \u00a0]+([\p{L}\p{M}]+(?:[ \u00a0]+[\p{L}\p{M}]+){0,2})/u.exec(text.slice(end, end + 30));
  // «Quyết định số 12/QĐ-UBND», «số 12.500»: a symbol or a number goes on after it; it is no name's.
  return !/^(?:[/\-–]|[.,]\d)/u.test(text.slice(end, end + 2)) && (after === null || unitAt(syllables(after[1]!)) === null);
}
