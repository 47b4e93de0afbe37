/**
 * What the metamorphic rewrites share: a seeded random source (the same document and transform always give the same
 * text, so a failure can be replayed), and how a line's role is told (heading, bullet, table row) so that a rewrite
 * keeps headings, lists and tables what they were.
 */

/** A transform's input: the document's text, and a random source seeded by the transform and the document. */
export interface Rewrite {
  (text: string, random: () => number, context: RewriteContext): string;
}

/** What a transform may need beyond the text: the values the truth holds, so that a distractor never repeats one. */
export interface RewriteContext {
  truthValues: ReadonlySet<number>;
  /**
   * The names and descriptions the truth holds (list items, text figures) that carry a number: «Phòng Công chứng số
   * 1», «xã A Lưới 3», «dự án Vành đai 3». A clerk's number habits change how counts are written, never a name.
   */
  truthNames?: readonly string[];
}

/** mulberry32: small, fast and good enough to pick places and words. */
export function seeded(seed: string): () => number {
  let h = 1779033703 ^ seed.length;
  for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 3432918353);
  let a = h >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick<T>(items: readonly T[], random: () => number): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error("pick from an empty list");
  return item;
}

/** Letters and digits around a phrase, Unicode-aware (JavaScript's \b knows only ASCII letters). */
export const NOT_WORD_BEFORE = "(?<![\\p{L}\\p{N}])";
export const NOT_WORD_AFTER = "(?![\\p{L}\\p{N}])";

const BULLET = /^\s*[-+•–▪*·]\s/u;
const HEADING = /^\s*(?:Phần\s+thứ\s+\p{L}+|[IVXLC]+\.|\d+(?:\.\d+)*\.|[a-zđ]\)|[A-ZĐ]\.)\s/u;

export const isBullet = (line: string): boolean => BULLET.test(line);
export const isTableRow = (line: string): boolean => line.includes("\t") || /^\s*\|/.test(line);
export const isHeading = (line: string): boolean => HEADING.test(line) || isCapitalTitle(line);

/** A line in capitals («I. ĐẶC ĐIỂM, TÌNH HÌNH», «BÁO CÁO»): a heading or a title, whatever its mark. */
function isCapitalTitle(line: string): boolean {
  const letters = line.replace(/[^\p{L}]/gu, "");
  return letters.length >= 4 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

/** Where the body starts: the first Roman-numbered heading or «Phần thứ», else the document's start. */
export function bodyStart(lines: readonly string[]): number {
  const at = lines.findIndex((l) => /^\s*(?:[IVX]+\.|Phần\s+thứ)\s/u.test(l));
  return at < 0 ? 0 : at;
}
