/**
 * «Thanh tra tỉnh có Chánh Thanh tra, 04 Phó Chánh Thanh tra và 06 phòng chuyên môn, nghiệp vụ: …»: the «và» that
 * ends an enumeration of what the office HAS (opened by «có» / «gồm» in the same sentence) opens a heading of its
 * units as the first item would. «kiểm tra tại Phòng X và 02 đơn vị trực thuộc: …» names places visited, and no «có»
 * opens it. Bounded to the sentence before the «và» (at most REACH characters back).
 */
const REACH = 200;
/** «có» / «gồm» as a verb of having, then the enumeration: names, counts, commas, brackets; no clause ends. */
const HAS = /(?<![\p{L}\p{M}])(?:có|gồm)[ \t]+[^.;:\n]*$/iu;
/** What turns the enumeration into another act: a place visited, a plan. */
const NOT_HAVING = /(?<![\p{L}\p{M}])(?:tại|kiểm tra|dự kiến|kế hoạch)(?![\p{L}\p{M}])/iu;

/**
 * «…; Phòng E; và 03 đơn vị sự nghiệp trực thuộc: …», «…gồm:» over names one a line and «và 04 đơn vị sự nghiệp,
 * gồm:»: a «và» after the last name of a list (its «;» or its line) ends the enumeration that list began, however
 * many «;», «:» and lines the list took. Bounded to the paragraph (at most LIST_REACH characters back).
 */
const LIST_REACH = 1500;
const AFTER_NAME = /\p{L}[^\n;:,.]{0,120}(?:;[ \t]*\n?|[ \t]*\n)[ \t]*và[ \t]*$/u;
const HAS_WORD = /(?<![\p{L}\p{M}])(?:có|gồm)(?![\p{L}\p{M}])/iu;

function endsListItHas(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - LIST_REACH), at);
  if (!AFTER_NAME.test(before.slice(-140))) return false;
  const paragraph = before.slice(Math.max(before.lastIndexOf("\n\n"), before.search(/\.\s+\p{Lu}[^.]*$/u)) + 1);
  // The acts in lower case: a list's names hold the same words capitalised («Phòng Kế hoạch - Tài chính»).
  const opening = paragraph.trimStart();
  return HAS_WORD.test(paragraph) && !ACTS.test(opening.charAt(0).toLowerCase() + opening.slice(1));
}
const ACTS = new RegExp(NOT_HAVING.source, "u");

/**
 * «UBND xã có Chủ tịch, 02 Phó Chủ tịch (…), 04 cơ quan chuyên môn …», «Cơ cấu tổ chức của Sở gồm Lãnh đạo Sở (…), 06
 * phòng …»: a comma inside an enumeration of what the office has opens the next thing it has as «và» does. Where the
 * enumeration's «có»/«gồm» ends (for whose the things are, listOwner.ts), or -1 when no such enumeration runs up to `at`.
 */
export function enumerationFrom(text: string, at: number): number {
  const before = text.slice(Math.max(0, at - REACH), at);
  const start = Math.max(before.lastIndexOf("\n"), before.search(/\.[ \t]+\p{Lu}[^.]*$/u)) + 1;
  const sentence = before.slice(start);
  const has = HAS.exec(sentence);
  if (has === null || NOT_HAVING.test(sentence)) return -1;
  return at - before.length + start + has.index + /^\S+[ \t]*/u.exec(has[0])![0].length;
}

/** Whether the «và» right before `at` ends an enumeration of what the office has. */
export function endsWhatItHas(text: string, at: number): boolean {
  if (endsListItHas(text, at)) return true;
  const before = text.slice(Math.max(0, at - REACH), at);
  const sentence = before.slice(Math.max(before.lastIndexOf("\n"), before.search(/\.[ \t]+\p{Lu}[^.]*$/u)) + 1);
  const has = HAS.exec(sentence);
  return has !== null && !NOT_HAVING.test(sentence);
}
