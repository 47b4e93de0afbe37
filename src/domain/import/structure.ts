/**
 * The report's skeleton: headings numbered in sequence (I, II, III…; 1, 2, 3…; a, b, c, d, đ, e, g…), no two sibling
 * headings with the same text, and the quarters it names (quarters.ts).
 */
import type { Period } from "../types";
import { LETTERS, LEVELS, numberAt, scanHeadings, type Heading } from "./headings";
import { checkDecimalHeadings } from "./decimalHeadings";
import { headingsWithCaps } from "./capsHeadings";
import { rowsAround } from "./meaning/tableGrid";
import { checkQuarters } from "./quarters";
import { quote } from "./text";
import type { TextProblem } from "./types";

/** Without a period (the title names none and none was given) the quarters are not checked; the caller says so. */
export function checkStructure(text: string, period: Period | null): TextProblem[] {
  // Sections opened by a line in capitals with no number (capsHeadings.ts) restart the numbering under them: «1.»
  // under the second is no repeat of the first's «1.». They have no number of their own to check.
  // A table's rows keep their own numbering («1. Hồ sơ tiếp nhận⇥2.917⇥3.264», «I. Trung tâm …» between its rows):
  // they are no headings of the report's outline.
  const lines = text.split("\n");
  const headings = titledFromNextLine(headingsWithCaps(text, scanHeadings(text)), text).filter((h) => !tableRow(lines, h.line - 1));
  // Quarter mentions are checked against a quarterly report only; other kinds name months or years.
  const quarterly = period !== null && (period.kind === undefined || period.kind === "quarter");
  const numbering = [...checkNumbering(headings, text), ...checkDecimalHeadings(text)].sort((a, b) => a.lines[0]! - b.lines[0]!);
  return [...numbering, ...sameTitles(headings), ...(quarterly ? checkQuarters(text, period) : [])];
}

/**
 * Line `i` (0-based) is a table's row: it splits into cells after its number, or it is a group's title on a line of
 * its own between two rows of one table (as many cells above and below, a figure below).
 */
function tableRow(lines: readonly string[], i: number): boolean {
  const line = lines[i] ?? "";
  if (/\S\t/u.test(line.replace(/^\s*\S+\s/u, ""))) return true;
  return !line.includes("\t") && rowsAround(lines[i - 1] ?? "", lines[i + 1] ?? "", "\t");
}

const label = (h: Heading) =>
  h.level === "part" ? `Phần ${/^\d|^[IVX]+$/i.test(h.written) ? "" : "thứ "}${h.written}` : `${h.written}${h.level === "letter" ? ")" : "."}`;

/**
 * «Phần thứ nhất» is often a line of its own, its title on the next line («TÌNH HÌNH CHUNG»): that line is its title,
 * so two such parts are not taken for two headings with the same (empty) title.
 */
function titledFromNextLine(headings: Heading[], text: string): Heading[] {
  if (headings.every((h) => h.title !== "")) return headings;
  const lines = text.split("\n");
  const headingLines = new Set(headings.map((h) => h.line));
  return headings.map((h) => {
    if (h.title !== "") return h;
    const at = lines.findIndex((line, i) => i >= h.line && line.trim() !== "");
    // A heading on the next line («Phần thứ nhất» then «I. …») is not the part's title.
    return at === -1 || at > h.line + 2 || headingLines.has(at + 1) ? h : { ...h, title: lines[at]!.trim() };
  });
}
const numberName = (h: Heading, index: number) => numberAt(h.level, index);

/** Word's automatic lettering (a, b, c, d, e, f) is a sequence too: "e" and "f" may follow "d" and "e". */
const LATIN = "abcdefghijklmnopqrstuvwxyz";
function latinNext(h: Heading, previous: number): boolean {
  if (h.level !== "letter" || previous < 0) return false;
  const before = LETTERS[previous];
  return before !== undefined && before !== "đ" && LATIN[LATIN.indexOf(before) + 1] === h.written;
}

/** After a wrong number the count goes on from what is written, so one slip is reported once, not for every later heading. */
function checkNumbering(headings: Heading[], text: string): TextProblem[] {
  const problems: TextProblem[] = [];
  const last: Record<Heading["level"], number> = { part: -1, upper: -1, roman: -1, arabic: -1, letter: -1 };
  const lineOfIndex = new Map<string, number>();
  // «Văn phòng có 06 tổ chức trực thuộc, gồm:⏎a) Phòng Tổng hợp;⏎…⏎Và 03 đơn vị sự nghiệp công lập:⏎a) …»: lettered
  // items a line ending with «:» opens, the first ending with «;» or «,», are an enumeration numbered apart from the
  // outline (Word restarts such a list at «a)» by itself); it goes on while its letters follow one another, up to an
  // item ending with «.». A heading «a) Điều động, bổ nhiệm» under a sentence ending «như sau:» is the outline's still.
  let list: { written: string; ended: boolean } | null = null;
  // Under a section with no number (capsHeadings.ts) the numbering below may start again at 1 or go on from the
  // section before: an outline's questions are numbered through its parts («PHẦN B.» opens at «8.»).
  const restart = new Set<Heading["level"]>();
  for (const h of headings) {
    const below = LEVELS.slice(LEVELS.indexOf(h.level) + 1);
    if (h.written === "") {
      for (const level of below) restart.add(level);
      continue;
    }
    const follows = (previous: string) => h.written === LATIN[LATIN.indexOf(previous) + 1] || LETTERS[(LETTERS as readonly string[]).indexOf(previous) + 1] === h.written;
    if (list !== null && (list.ended || h.level !== "letter" || !follows(list.written))) list = null;
    if (list !== null) {
      list = { written: h.written, ended: /\.\s*$/u.test(h.title) };
      continue;
    }
    if (h.level === "letter" && h.writtenIndex === 0 && /[;,]\s*$/u.test(h.title) && opensList(text, h.offset)) {
      list = { written: h.written, ended: false };
      continue;
    }
    for (const level of below) last[level] = -1;
    if (restart.delete(h.level) && h.writtenIndex === 0) last[h.level] = -1;
    if (h.writtenIndex !== last.letter + 1 && latinNext(h, last.letter)) {
      // Counting goes on so that the next Latin or Vietnamese letter is accepted ("f" → "g", "j" → "k").
      const after = LATIN[LATIN.indexOf(h.written) + 1];
      last.letter = h.writtenIndex !== -1 ? h.writtenIndex : (after ? (LETTERS as readonly string[]).indexOf(after) : LETTERS.length) - 1;
      continue;
    }
    const expected = last[h.level] + 1;
    const where = `Đề mục «${label(h)} ${quote(h.title, 50)}» (dòng ${h.line})`;
    if (h.writtenIndex === -1) {
      problems.push(numbering(h, `${where}: «${label(h)}» không có trong thứ tự đánh số (chữ cái: a, b, c, d, đ, e, g, h…).`));
    } else if (h.writtenIndex !== expected) {
      const earlier = lineOfIndex.get(`${h.level}:${h.path.split(".").slice(0, -1).join(".")}:${h.writtenIndex}`);
      const why = h.writtenIndex < expected ? `lặp lại số ${h.written}${earlier ? ` đã dùng ở dòng ${earlier}` : ""}` : `bỏ qua số ${numberName(h, expected)}`;
      problems.push(numbering(h, `${where} ${why}; đúng ra là ${numberName(h, expected)} và các đề mục cùng cấp sau đó đánh số tiếp theo.`));
    }
    if (h.writtenIndex !== -1) last[h.level] = h.writtenIndex;
    lineOfIndex.set(`${h.level}:${h.path.split(".").slice(0, -1).join(".")}:${h.writtenIndex}`, h.line);
  }
  return problems;
}

/** The last line with words before `offset` ends with «:», announcing items. */
function opensList(text: string, offset: number): boolean {
  const before = text.slice(Math.max(0, offset - 400), offset).trimEnd();
  return before.endsWith(":") && !/\n\s*\n\s*$/u.test(text.slice(Math.max(0, offset - 400), offset));
}

function numbering(h: Heading, message: string): TextProblem {
  return { key: `structure.numbering:${h.line}`, severity: "error", message, lines: [h.line] };
}

function sameTitles(headings: Heading[]): TextProblem[] {
  const problems: TextProblem[] = [];
  const seen = new Map<string, Heading>();
  for (const h of headings) {
    // A heading without a title has no title to repeat; one without a number is no numbered heading.
    if (h.title === "" || h.written === "") continue;
    const parent = h.path.split(".").slice(0, -1).join(".");
    const key = `${h.level}|${parent}|${h.title.toLowerCase().replace(/\s+/g, " ")}`;
    const first = seen.get(key);
    if (!first) {
      seen.set(key, h);
      continue;
    }
    problems.push({
      key: `structure.sameTitle:${first.line}-${h.line}`,
      severity: "error",
      message: `Đề mục ${label(first)} (dòng ${first.line}) và ${label(h)} (dòng ${h.line}) có cùng tiêu đề «${quote(h.title, 60)}»: một trong hai cần đặt lại tên.`,
      lines: [first.line, h.line],
    });
  }
  return problems;
}
