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

/** Whether the «và» right before `at` ends an enumeration of what the office has. */
export function endsWhatItHas(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - REACH), at);
  const sentence = before.slice(Math.max(before.lastIndexOf("\n"), before.search(/\.[ \t]+\p{Lu}[^.]*$/u)) + 1);
  const has = HAS.exec(sentence);
  return has !== null && !NOT_HAVING.test(sentence);
}
