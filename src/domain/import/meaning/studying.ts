/**
 * «04 đồng chí đang học cao cấp lý luận chính trị», «02 công chức đang học trung cấp …», «hiện đang học 04 đồng chí»,
 * «01 bạn đang đi học trung cấp buổi tối»: people still studying for a level, who do not hold it yet. The level named
 * after «đang học» is what they study: such a count is no count of the level's holders (nor of any other figure not
 * about studying), however well the level's words fit it. Only a figure whose own words say studying («Đang học …»)
 * takes it.
 */
import { withoutNextLabel } from "./nextLabel";

/** Studying, right after the number and its unit (three syllables at most): «04 đồng chí đang học …». */
const STUDYING_AFTER = /^[ \u00a0]+(?:[\p{L}\p{M}]+[ \u00a0]+){0,3}?(?:hiện[ \u00a0]+)?đang[ \u00a0]+(?:(?:theo|đi)[ \u00a0]+)?học(?![\p{L}\p{M}])/iu;
/** Studying, right before the number: «hiện đang học 04 đồng chí», «đang theo học: 05». */
const STUDYING_BEFORE = /(?<![\p{L}\p{M}])đang[ \u00a0]+(?:(?:theo|đi)[ \u00a0]+)?học[ \u00a0]*:?[ \u00a0]*$/iu;
/**
 * Inside a bracket that breaks down a count of those studying, still open before the number: «đang học 05 (cao cấp
 * 02, trung cấp 03)» — the 02 study for «cao cấp», they do not hold it.
 */
const STUDYING_BRACKET = /(?<![\p{L}\p{M}])đang[ \u00a0]+(?:(?:theo|đi)[ \u00a0]+)?học[ \u00a0]*:?[ \u00a0]*\d{1,3}[ \u00a0]*(?:[\p{L}\p{M}.]+[ \u00a0]*){0,2}\([^()\n]{0,60}$/iu;
/** A figure about studying names it so in its label or wording. */
const ABOUT_STUDYING = /(?<![\p{L}\p{M}])(?:đang|theo|đi)[ \u00a0]+học(?![\p{L}\p{M}])/iu;

/**
 * A degree course named right after «đang học» following the count: «07 người đang theo học cao học, nghiên cứu sinh»,
 * «02 người đang học thạc sĩ». Such students are no students of political theory, whose levels are «cao cấp», «trung
 * cấp», «sơ cấp»: a degree and a theory level are two ladders a clerk never mixes in one count.
 */
const DEGREE_COURSE = /^(?:[ \u00a0]*(?:chương[ \u00a0]+trình|lớp|văn[ \u00a0]+bằng[ \u00a0]+2|trình[ \u00a0]+độ)[ \u00a0]+)?(?:cao[ \u00a0]+học|nghiên[ \u00a0]+cứu[ \u00a0]+sinh|thạc[ \u00a0]+s[ĩỹ]|tiến[ \u00a0]+s[ĩỹ]|sau[ \u00a0]+đại[ \u00a0]+học|đại[ \u00a0]+học)(?![\p{L}\p{M}])/iu;

/** A figure about studying political theory names it in its label. */
const ABOUT_THEORY = /(?<![\p{L}\p{M}])lý[ \u00a0]+luận[ \u00a0]+chính[ \u00a0]+trị(?![\p{L}\p{M}])/iu;

/** Whether the figure's words name political theory: a degree's students are not its. */
export function aboutTheory(words: string): boolean {
  return ABOUT_THEORY.test(words);
}

/** Whether the count at [start, end) counts people studying for a degree (the course right after «đang học»). */
export function studiesDegree(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 80);
  const studying = STUDYING_AFTER.exec(after);
  return studying !== null && DEGREE_COURSE.test(after.slice(studying[0].length).replace(/^[ \u00a0]+/u, ""));
}

/** Whether the figure's own words (label and wordings) say studying. */
export function aboutStudying(words: string): boolean {
  return ABOUT_STUDYING.test(words);
}

/** Whether the count at [start, end) counts people still studying. */
export function countsStudying(text: string, start: number, end: number): boolean {
  // «trung cấp: 38 Đang học cao cấp: 03»: the next item's label is no word of this number (nextLabel.ts).
  const after = text.slice(end, end + 40);
  const head = after.split(/[:\n]/u)[0]!;
  const own = head.length < after.length ? withoutNextLabel(text, head, end + head.length) : after;
  const before = text.slice(Math.max(0, start - 100), start);
  return STUDYING_AFTER.test(own) || STUDYING_BEFORE.test(before.slice(-24)) || STUDYING_BRACKET.test(before);
}
