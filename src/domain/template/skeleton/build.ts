/** Shorthands that let the skeleton read like the report it models: one tagged template per paragraph. */
import { tag } from "../../report/build";
import type { Block, Role, Run } from "../types";

/** A field reference by its id without the `bcdc:` prefix. */
export const f = (id: string): Run => ({ field: tag(id) });

/** Italic literal text, for the parentheses and lead-ins the report sets in italics. */
export const it = (text: string): Run => ({ text, italic: true });

type Part = Run | string;

function runsOf(strings: TemplateStringsArray, parts: Part[]): Run[] {
  const runs: Run[] = [];
  strings.forEach((text, i) => {
    if (text !== "") runs.push({ text });
    const part = parts[i];
    if (part !== undefined) runs.push(typeof part === "string" ? { text: part } : part);
  });
  return runs;
}

const paragraph =
  (role: Role) =>
  (strings: TemplateStringsArray, ...parts: Part[]): Block => ({ role, runs: runsOf(strings, parts) });

export const body = paragraph("body");
export const summary = paragraph("summary");
/** Headings are written without their number: `numberHeadings` adds it, so the numbering cannot go wrong. */
export const h1 = paragraph("heading1");
export const h2 = paragraph("heading2");
export const h3 = paragraph("heading3");

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
