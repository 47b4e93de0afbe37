/**
 * Headings as many offices number them besides «I.», «1.», «a)» (headings.ts): multi-level decimals («1.1.»,
 * «2.3.1.», with or without the last dot) and numbers followed by a dash («I - KẾT QUẢ», «1- Công tác…»). They
 * were not read at all: a repeated «1.3.» passed unseen. Checked here for the structure only; the sections a figure
 * is located in (headings.ts, which recognition reads) are left as they were.
 *
 * - A decimal heading continues its siblings (same prefix: 1.1, 1.2, 1.3) or opens a new group at .1; a skipped or
 *   repeated last number is an error, counting then goes on from what is written (one slip, one error).
 * - Its prefix is checked against the heading it sits under when there is one to compare with: «2.1.» under «1.» is
 *   an error; under «II.» or «II -» the prefix is 2.
 * - Dashed numbers run in sequence per level (roman, then arabic), an arabic one restarting under each roman one.
 * Lines of a table (tabs, «|») are never headings: a «1.1» there is a row number.
 */
import { ROMAN } from "./headings";
import type { TextProblem } from "./types";

const DECIMAL = /^\s*(\d{1,2}(?:\.\d{1,2}){1,3})\.?\s+(\p{Lu}.*)$/u;
const DASHED = /^\s*([IVX]{1,4}|\d{1,2})\s*[-–—]\s*(\p{Lu}.*)$/u;
const DOTTED_ROMAN = /^\s*([IVX]{1,4})\.\s+\S/u;
const DOTTED_ARABIC = /^\s*(\d{1,2})\.\s+\S/u;
const OUTER = /^\s*(?:[Pp][Hh][Ầầ][Nn]\s+(?:[Tt][Hh][Ứứ]\s+)?\S+|[A-HK-UYĐ]\.\s)/u;

const romanIndex = (written: string) => (ROMAN as readonly string[]).indexOf(written);

export function checkDecimalHeadings(text: string): TextProblem[] {
  const problems: TextProblem[] = [];
  /** The number the current group of decimals must start with, from the heading above («1.», «II -»). */
  let parent: number | null = null;
  /** Last decimal heading seen at each depth, as numbers. */
  const last = new Map<number, number[]>();
  const dashed = { roman: -1, arabic: -1 };
  const lines = text.split("\n");
  lines.forEach((line, i) => {
    if (line.includes("\t") || line.includes("|")) return;
    const where = (label: string, title: string) => `Đề mục «${label} ${title.slice(0, 50)}» (dòng ${i + 1})`;
    const push = (message: string) => problems.push({ key: `structure.numbering:${i + 1}`, severity: "error", message, lines: [i + 1] });
    if (OUTER.test(line)) {
      parent = null;
      last.clear();
      dashed.roman = dashed.arabic = -1;
      return;
    }
    const roman = DOTTED_ROMAN.exec(line);
    const arabic = DOTTED_ARABIC.exec(line);
    if (roman || arabic) {
      parent = roman ? romanIndex(roman[1]!) + 1 : Number(arabic![1]);
      last.clear();
      if (roman) dashed.arabic = -1;
      return;
    }
    const dash = DASHED.exec(line);
    if (dash) {
      const written = dash[1]!;
      const isRoman = /^[IVX]/.test(written);
      const index = isRoman ? romanIndex(written) : Number(written) - 1;
      const level = isRoman ? "roman" : "arabic";
      const expected = dashed[level] + 1;
      if (index >= 0 && index !== expected) {
        const name = isRoman ? (ROMAN[expected] ?? String(expected + 1)) : String(expected + 1);
        push(`${where(`${written} -`, dash[2]!)} ${index < expected ? `lặp lại số ${written}` : `bỏ qua số ${name}`}; đúng ra là ${name} và các đề mục cùng cấp sau đó đánh số tiếp theo.`);
      }
      if (index >= 0) dashed[level] = index;
      if (isRoman) dashed.arabic = -1;
      parent = index + 1;
      last.clear();
      return;
    }
    const decimal = DECIMAL.exec(line);
    if (!decimal) return;
    const numbers = decimal[1]!.split(".").map(Number);
    const depth = numbers.length;
    const prefix = numbers.slice(0, -1);
    const own = numbers.at(-1)!;
    const above = depth === 2 ? (parent === null ? null : [parent]) : (last.get(depth - 1) ?? null);
    const sibling = last.get(depth);
    const sameGroup = sibling !== undefined && sibling.slice(0, -1).join(".") === prefix.join(".");
    const expected = sameGroup ? sibling.at(-1)! + 1 : 1;
    const label = `${decimal[1]}.`;
    if (above && above.join(".") !== prefix.join(".")) {
      const next = sibling !== undefined && sibling.slice(0, -1).join(".") === above.join(".") ? sibling.at(-1)! + 1 : 1;
      push(`${where(label, decimal[2]!)} nằm trong mục ${above.join(".")} nhưng mang số ${prefix.join(".")}; đúng ra là ${above.join(".")}.${next}.`);
    } else if (own !== expected) {
      const why = own < expected ? `lặp lại số ${numbers.join(".")}` : `bỏ qua số ${[...prefix, expected].join(".")}`;
      push(`${where(label, decimal[2]!)} ${why}; đúng ra là ${[...prefix, expected].join(".")} và các đề mục cùng cấp sau đó đánh số tiếp theo.`);
    }
    last.set(depth, numbers);
    for (const d of [...last.keys()]) if (d > depth) last.delete(d);
  });
  return problems;
}

/**
 * The decimal and dashed headings, line by line («1.2», «II»), for saying where a figure stands when the headings
 * recognition reads (I., 1., a)) give none: «phần mở đầu» was printed for figures under «I - KẾT QUẢ» / «1.1.».
 */
export function extraHeadings(text: string): { line: number; label: string }[] {
  const found: { line: number; label: string }[] = [];
  text.split("\n").forEach((line, i) => {
    if (line.includes("\t") || line.includes("|")) return;
    const decimal = DECIMAL.exec(line);
    const dash = decimal ? null : DASHED.exec(line);
    if (decimal || dash) found.push({ line: i + 1, label: decimal ? decimal[1]! : dash![1]! });
  });
  return found;
}
