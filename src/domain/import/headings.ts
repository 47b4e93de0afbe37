/**
 * The report's headings (I., 1., a)) as written, and the numbering a correct report would give them. Figures are
 * located with the corrected numbering, so "mục III.1.a" means the same place whether or not the report repeated "II.".
 */
import { lineStarts } from "./text";

/**
 * The levels offices write, outermost first: «Phần thứ nhất», «A.», «I.», «1.», «a)». Bullets («-», «+») carry no
 * number and are not headings. Only roman, arabic and letter headings make the path ("III.2.c") that locates a
 * figure; parts and capital letters restart the numbering under them.
 */
export type HeadingLevel = "part" | "upper" | "roman" | "arabic" | "letter";

export const LEVELS: readonly HeadingLevel[] = ["part", "upper", "roman", "arabic", "letter"];

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

/** «Phần thứ nhất», «PHẦN THỨ HAI», «Phần I», «Phần 2». */
export const ORDINALS = ["nhất", "hai", "ba", "tư", "năm", "sáu", "bảy", "tám", "chín", "mười"] as const;
/** Capital-letter headings: Vietnamese order, without I, V, X (read as roman numerals). */
export const UPPER = ["A", "B", "C", "D", "Đ", "E", "G", "H", "K", "L", "M", "N"] as const;

const PATTERNS: ReadonlyArray<[HeadingLevel, RegExp]> = [
  ["part", /^\s*phần\s+(?:thứ\s+)?(nhất|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín|mười|[IVX]{1,4}|\d{1,2})(?![\p{L}\d])[.:]?\s*(.*)$/iu],
  ["upper", /^\s*([A-HK-UYĐ])\.\s+(\S.*)$/u],
  ["roman", /^\s*([IVX]{1,4})\.\s+(\S.*)$/u],
  ["arabic", /^\s*(\d{1,2})\.\s+(\S.*)$/u],
  ["letter", /^\s*([a-zđ])\)\s+(\S.*)$/u],
];

function indexOf(level: HeadingLevel, written: string): number {
  if (level === "roman") return (ROMAN as readonly string[]).indexOf(written);
  if (level === "letter") return (LETTERS as readonly string[]).indexOf(written);
  if (level === "upper") return (UPPER as readonly string[]).indexOf(written);
  if (level === "part") {
    const word = written.toLowerCase() === "bốn" ? "tư" : written.toLowerCase();
    const ordinal = (ORDINALS as readonly string[]).indexOf(word);
    if (ordinal !== -1) return ordinal;
    const roman = (ROMAN as readonly string[]).indexOf(written.toUpperCase());
    return roman !== -1 ? roman : Number(written) >= 1 ? Number(written) - 1 : -1;
  }
  const n = Number(written);
  return n >= 1 ? n - 1 : -1;
}

export function numberAt(level: HeadingLevel, index: number): string {
  if (level === "roman") return ROMAN[index] ?? String(index + 1);
  if (level === "letter") return LETTERS[index] ?? "?";
  if (level === "upper") return UPPER[index] ?? "?";
  if (level === "part") return `thứ ${ORDINALS[index] ?? index + 1}`;
  return String(index + 1);
}

/**
 * `unnumbered`: lines (0-based) read as headings of the roman level though written with no number, by title
 * (capsHeadings.ts); their `written` is "" and their `writtenIndex` -1.
 */
export function scanHeadings(text: string, unnumbered?: ReadonlyMap<number, string>): Heading[] {
  const headings: Heading[] = [];
  const counters = { part: 0, upper: 0, roman: 0, arabic: 0, letter: 0 };
  const path: string[] = [];
  lineStarts(text).forEach((offset, i) => {
    const end = text.indexOf("\n", offset);
    const line = text.slice(offset, end === -1 ? undefined : end);
    const title = unnumbered?.get(i);
    for (const [level, pattern] of PATTERNS) {
      const match = title === undefined ? pattern.exec(line) : level === "roman" ? ["", "", title] : null;
      if (!match) continue;
      // A new heading restarts the numbering of every level below it.
      for (const below of LEVELS.slice(LEVELS.indexOf(level) + 1)) counters[below] = 0;
      const depth = LEVELS.indexOf(level) - 2;
      const number = numberAt(level, counters[level]++);
      if (depth >= 0) {
        path.length = depth;
        path[depth] = number;
      } else path.length = 0;
      const written = match[1]!;
      headings.push({
        level,
        written,
        writtenIndex: written === "" ? -1 : indexOf(level, written),
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
