/**
 * A report may give each level of government one line, its name first and its figures after a long dash: «Lãnh đạo
 * UBND tỉnh — 01 lượt — 06 người. … tiếp đột xuất: Không phát sinh.», «Thủ trưởng các sở, ban, ngành — 09 lượt — 11
 * người (định kỳ 07, đột xuất 02).». Such a line's name is a heading for what the line says, as a numbered heading is
 * (levelHeadings.ts): a figure on it is that level's, never the whole report's nor another level's. The lines are
 * read as headings one step under the heading they stand beneath, so only two or more such lines side by side, each
 * fitting a level of the form, name levels (levelHeadings.ts' own test of siblings). Line by line; nothing else read.
 * A bulleted line «- Name: …» is such a line too.
 */
import type { Heading } from "../headings";

/** «Name — figure»: a short name opening the line, a long dash (or an en dash) between spaces, then a number. */
const LEAD = /^[ \t]*(\p{Lu}[^\n—–:;.()\d]{2,80}?)[ \t]+[—–][ \t]+\d/u;
/**
 * «- Name: figures and words»: a bulleted line led by the name and a colon, as «- Thủ trưởng các sở, ban, ngành: tiếp
 * 09 lượt với 11 người (07 lượt định kỳ, 02 lượt đột xuất)» (736). Only a name of a group, «các …» or «Lãnh đạo …»:
 * «- Giám đốc Sở Xây dựng: 02 lượt/03 người», «- Phó Chủ tịch UBND tỉnh: …» are one person's lines inside a level (196,
 * 76). The same test of siblings fitting levels applies.
 */
const BULLET_LEAD = /^[ \t]*[-+•–][ \t]*(\p{Lu}[^\n—–:;.()\d]{2,80}?)[ \t]*:[ \t]*\S/u;
const GROUP_NAME = /(?<![\p{L}\p{M}])(?:các|lãnh đạo)(?![\p{L}\p{M}])/iu;
/** A longer name is a sentence, not a line's heading: words as written («UBND» is one, not its four syllables). */
const NAME_WORDS = 10;

/** The document's headings with each «Name — figure» line read as a heading under the heading before it. */
export function withLevelLines(text: string, headings: readonly Heading[]): Heading[] {
  const added: Heading[] = [];
  let offset = 0;
  let h = 0;
  let index = 0;
  let parent: Heading | undefined;
  for (const [n, line] of text.split("\n").entries()) {
    while (h < headings.length && headings[h]!.offset <= offset) {
      parent = headings[h++];
      index = 0;
    }
    const m = LEAD.exec(line) ?? [BULLET_LEAD.exec(line)].find((b) => b !== null && GROUP_NAME.test(b[1]!)) ?? null;
    if (m && parent && (m[1]!.match(/\p{L}+/gu) ?? []).length <= NAME_WORDS && !headings.some((x) => x.offset === offset)) {
      added.push({ level: "letter", written: "", writtenIndex: -1, path: `${parent.path}.~${index++}`, title: m[1]!.trim(), line: n + 1, offset });
    }
    offset += line.length + 1;
  }
  if (added.length === 0) return [...headings];
  return [...headings, ...added].sort((a, b) => a.offset - b.offset);
}

/** «Name — » up to the number it leads: the name as LEAD reads it, then its dash. */
const LED = /^[ \t]*\p{Lu}[^\n—–:;.()\d]{2,80}?[ \t]+[—–][ \t]+$/u;

/**
 * The number at `at` is the first figure of a «Name — figure» line starting at `lineStart`: the figure the name gives
 * («Chủ tịch UBND các xã, phường, đặc khu — 64 lượt — 89 người (…); … xã Cam Lộ (07 lượt)»), whatever follows it.
 */
export function leadsLine(text: string, lineStart: number, at: number): boolean {
  return at > lineStart && at - lineStart <= 120 && LED.test(text.slice(lineStart, at));
}
