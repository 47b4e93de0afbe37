/**
 * The report's headings (I., 1., a)) as written, and the numbering a correct report would give them. Figures are
 * located with the corrected numbering, so "mục III.1.a" means the same place whether or not the report repeated "II.".
 */
import { lineStarts } from "./text";

export type HeadingLevel = "roman" | "arabic" | "letter";

export interface Heading {
  level: HeadingLevel;
  /** The number as written: "II", "2", "c". */
  written: string;
  /** Position of `written` in its sequence (0-based), or -1 if it is not a valid number of that level. */
  writtenIndex: number;
  /** Path with the numbers a correct sequence gives here: "III.2.c". */
  path: string;
  title: string;
  line: number;
  offset: number;
}

export const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"] as const;
/** Vietnamese administrative lettering skips f, j, w, z and puts đ after d. */
export const LETTERS = ["a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t", "u", "v", "x", "y"] as const;

const PATTERNS: ReadonlyArray<[HeadingLevel, RegExp]> = [
  ["roman", /^\s*([IVX]{1,4})\.\s+(\S.*)$/u],
  ["arabic", /^\s*(\d{1,2})\.\s+(\S.*)$/u],
  ["letter", /^\s*([a-zđ])\)\s+(\S.*)$/u],
];

function indexOf(level: HeadingLevel, written: string): number {
  if (level === "roman") return (ROMAN as readonly string[]).indexOf(written);
  if (level === "letter") return (LETTERS as readonly string[]).indexOf(written);
  const n = Number(written);
  return n >= 1 ? n - 1 : -1;
}

function numberAt(level: HeadingLevel, index: number): string {
  if (level === "roman") return ROMAN[index] ?? String(index + 1);
  if (level === "letter") return LETTERS[index] ?? "?";
  return String(index + 1);
}

export function scanHeadings(text: string): Heading[] {
  const headings: Heading[] = [];
  const counters = { roman: 0, arabic: 0, letter: 0 };
  const path: string[] = [];
  lineStarts(text).forEach((offset, i) => {
    const end = text.indexOf("\n", offset);
    const line = text.slice(offset, end === -1 ? undefined : end);
    for (const [level, pattern] of PATTERNS) {
      const match = pattern.exec(line);
      if (!match) continue;
      const depth = level === "roman" ? 0 : level === "arabic" ? 1 : 2;
      // A new heading restarts the numbering of every level below it.
      if (level === "roman") counters.arabic = counters.letter = 0;
      if (level === "arabic") counters.letter = 0;
      path.length = depth;
      path[depth] = numberAt(level, counters[level]++);
      const written = match[1]!;
      headings.push({
        level,
        written,
        writtenIndex: indexOf(level, written),
        path: path.filter((part) => part !== undefined).join("."),
        title: match[2]!.trim(),
        line: i + 1,
        offset,
      });
      break;
    }
  });
  return headings;
}

/** "mục III.2.c" for an offset, from the last heading before it. */
export function whereAt(headings: readonly Heading[], offset: number): string {
  // Binary search (headings are in document order): a scan per figure was quadratic in a text of many headings.
  let low = 0;
  let high = headings.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (headings[mid]!.offset <= offset) low = mid + 1;
    else high = mid;
  }
  const found = headings[low - 1];
  return found ? `mục ${found.path}` : "phần mở đầu";
}
