/** Heading numbers as Vietnamese administrative documents write them: I., II.…; 1., 2.… within each; a), b)… within those. */
import type { Block } from "./types";

/* Vietnamese alphabetical numbering skips f, j, w, z and puts đ after d. */
const LETTERS = ["a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t", "u", "v", "x", "y"];
const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"];

function label(list: readonly string[], index: number, level: number): string {
  const item = list[index];
  if (item === undefined) throw new Error(`Too many level-${level} headings for the numbering scheme`);
  return item;
}

/** Numbers headings I., II.…; 1., 2.… within each; a), b)… within each of those. */
export function numberHeadings(blocks: readonly Block[]): Block[] {
  const counters = [0, 0, 0];
  return blocks.map((block) => {
    const level = ["heading1", "heading2", "heading3"].indexOf(block.role);
    if (level < 0) return block;
    counters[level]! += 1;
    counters.fill(0, level + 1);
    const n = counters[level]! - 1;
    const prefix = level === 0 ? `${label(ROMAN, n, 1)}. ` : level === 1 ? `${n + 1}. ` : `${label(LETTERS, n, 3)}) `;
    const [first, ...rest] = block.runs;
    // One run for "1. Title" keeps the paragraph as Word would type it; a field or italic first run stays apart.
    if (first && "text" in first && !first.italic) return { role: block.role, runs: [{ text: prefix + first.text }, ...rest] };
    return { role: block.role, runs: [{ text: prefix }, ...block.runs] };
  });
}
