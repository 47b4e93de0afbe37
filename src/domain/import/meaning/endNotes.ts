/**
 * Notes a clerk types at the end of a report, after the body: a mark glued to the word or figure it annotates
 * («03 Phó Chánh Văn phòng(1)», «đạt 95,31%(8);», «12 cuộc giao ban[7].») and, further down, a line opening with the
 * same mark, «(8) Trong đó trả trước hạn 09 hồ sơ …». A careful reader reads the note where its mark is: its figures
 * belong to the mark's sentence and the headings above the mark, not to the last heading before the notes (often the
 * next period's tasks). The mark itself is no figure: «95,31%(8)» is 95,31 %, and no 8.
 * A line counts as a note only where its mark stands glued before it, in an earlier line, and the mark only where
 * such a line follows: «(1) …» items of a list have no glued mark above them, and «Điều 5 (1)» is no mark.
 * Language knowledge only: no field named.
 */

/** A note's first line: its mark, a space, then its text. */
const NOTE_LINE = /^[ \t]*(?:\((\d{1,2})\)|\[(\d{1,2})\])[ \t]+\S/gmu;
/**
 * A mark glued to a letter, a «%» or a closing bracket, before a space, a stop or the text's end: a bracketed number
 * (BRACKETED), then what stands either side of it. A square one also glued to a figure («9.780[1] hồ sơ»: Word's
 * footnote reference after a number, docx/docxNotes.ts), where «2(3)» is too often a clause and its item. Not one
 * pattern with a lookbehind: tried at every character of the text, it took 60 ms over a report of 200,000; the
 * brackets are found at once.
 */
const BRACKETED = /\((\d{1,2})\)|\[(\d{1,2})\]/gu;
const GLUED_TO = /[\p{L}%)]$/u;
const MARK_END = /^[\s:;,.]/u;

function gluedMarks(text: string): Map<string, number[]> {
  const marks = new Map<string, number[]>();
  for (const m of text.matchAll(BRACKETED)) {
    const end = m.index + m[0].length;
    // The character before, read as a code point (a letter outside the BMP is two units).
    const before = text.slice(Math.max(0, m.index - 2), m.index);
    if (!GLUED_TO.test(before) && !(m[2] !== undefined && /\d$/.test(before))) continue;
    if (end < text.length && !MARK_END.test(text.slice(end, end + 1))) continue;
    const key = `${m[1] !== undefined ? "(" : "["}${m[1] ?? m[2]}`;
    (marks.get(key) ?? marks.set(key, []).get(key)!).push(m.index);
  }
  return marks;
}

export interface EndNote {
  /** The note's line: from its start to its end (the text's end or a line break). */
  from: number;
  to: number;
  /** Where its mark stands in the body. */
  mark: number;
  /** Where the note's own mark, at its line's start, stands. */
  own: number;
}

/** The notes of the text that have their mark above them, in document order (read anew: callers keep them). */
export function endNotes(text: string): EndNote[] {
  const notes: EndNote[] = [];
  // Most reports have no bracketed mark glued to a word: no note then, and no line is looked at.
  const marks = gluedMarks(text);
  const raised = /[⁰¹²³⁴⁵⁶⁷⁸⁹]/u.test(text) ? raisedNotes(text) : [];
  if (marks.size === 0) return raised;
  const used = new Set<string>();
  for (const m of text.matchAll(NOTE_LINE)) {
    const key = `${m[1] !== undefined ? "(" : "["}${m[1] ?? m[2]}`;
    // A mark is one note's: the first line with it after the mark (a list inside a note reuses the numbers).
    if (used.has(key)) continue;
    const mark = marks.get(key)?.find((at) => text.lastIndexOf("\n", m.index) > at);
    if (mark === undefined) continue;
    used.add(key);
    const end = text.indexOf("\n", m.index);
    notes.push({ from: m.index, to: end < 0 ? text.length : end, mark, own: m.index + m[0].search(/[([]/u) });
  }
  return raised.length === 0 ? notes : [...notes, ...raised].sort((a, b) => a.from - b.from);
}

/**
 * A PDF's footnotes copied into Word (stop 45, held-out 1223): the mark raised after the word or figure («đạt
 * 95,72%⁵;», «Phó Trưởng phòng⁴;») and the note at the page's foot, «⁵ Trả trước hạn 64 hồ sơ (35,75%); …», its
 * lines broken at the page's width until one ends its sentence. A raised digit is no number of the body's, so the
 * marks need no taking out; the note is read where its mark is, as a typed one is.
 */
const RAISED = "⁰¹²³⁴⁵⁶⁷⁸⁹";
const RAISED_MARK = /(?<=[\p{L}\p{N}%).,])([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2})(?![⁰¹²³⁴⁵⁶⁷⁸⁹])/gu;
const RAISED_NOTE = /^[ \t]*([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2})[ \t]*\S/gmu;
/** How many lines a note at a page's foot may have been broken into. */
const NOTE_LINES = 4;

function raisedNotes(text: string): EndNote[] {
  const marks = new Map<string, number[]>();
  for (const m of text.matchAll(RAISED_MARK)) (marks.get(m[1]!) ?? marks.set(m[1]!, []).get(m[1]!)!).push(m.index);
  const notes: EndNote[] = [];
  const used = new Set<string>();
  for (const m of text.matchAll(RAISED_NOTE)) {
    const key = m[1]!;
    if (used.has(key)) continue;
    const mark = marks.get(key)?.find((at) => text.lastIndexOf("\n", m.index) > at);
    if (mark === undefined) continue;
    used.add(key);
    let to = text.indexOf("\n", m.index);
    for (let k = 1; k < NOTE_LINES && to !== -1 && !/[.!?]\s*$/u.test(text.slice(text.lastIndexOf("\n", to - 1) + 1, to)); k++) {
      const next = text.indexOf("\n", to + 1);
      const line = text.slice(to + 1, next === -1 ? text.length : next);
      if (line.trim() === "" || RAISED.includes(line.trim()[0]!) || /^[ \t]*[_-]{4,}/u.test(line)) break;
      to = next;
    }
    notes.push({ from: m.index, to: to === -1 ? text.length : to, mark, own: m.index + m[0].search(/[⁰¹²³⁴⁵⁶⁷⁸⁹]/u) });
  }
  return notes;
}

/**
 * The notes of one text at a time, for a caller that asks of every number of a text (its place, its scope): read
 * once per text, and each caller its own reader, so that one asking of the text as read and another of its soft
 * breaks joined do not evict each other's. A text of a later recognition equal to the last one is compared in full
 * once, then kept by reference (a string's identity is compared first).
 */
export function notesReader(): (text: string) => readonly EndNote[] {
  let last: { text: string; notes: readonly EndNote[] } | null = null;
  return (text) => {
    if (last !== null && last.text === text) {
      last.text = text;
      return last.notes;
    }
    last = { text, notes: endNotes(text) };
    return last.notes;
  };
}

/** Where the note holding `at` has its mark, or null when `at` is in no note (`notes`: the text's endNotes). */
export function markOf(notes: readonly EndNote[], at: number): number | null {
  if (notes.length === 0) return null;
  let low = 0;
  let high = notes.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (notes[mid]!.from <= at) low = mid + 1;
    else high = mid;
  }
  const note = notes[low - 1];
  return note !== undefined && at < note.to ? note.mark : null;
}

/** The numbers of the text but its notes' marks, in the body and at the note's start («(8)» is no figure 8). */
export function withoutNoteMarks<T extends { start: number }>(text: string, tokens: T[]): T[] {
  const notes = endNotes(text);
  if (notes.length === 0) return tokens;
  // The mark's digits start one character after it: «(» or «[».
  const digits = new Set(notes.flatMap((n) => [n.mark + 1, n.own + 1]));
  return tokens.filter((t) => !digits.has(t.start));
}

/**
 * The words a note's figures are read with: what the mark's sentence opens with, up to its first figure, bracket,
 * colon or «;» («Bộ phận một cửa Văn phòng tiếp nhận», «Tại Trung tâm Phục vụ hành chính công tỉnh») — the place
 * the note speaks of, as an item under a list's introduction. "" for a number in no note.
 */
export function markLead(text: string, notes: readonly EndNote[], at: number): string {
  const mark = markLine(text, notes, at);
  if (mark === null) return "";
  const sentence = mark.before.split(/[.!?]\s+(?=\p{Lu})/u).pop()!;
  return /^[^\d(:;]*/u.exec(sentence)![0];
}

/**
 * For a number in a note: where its mark is, and the mark's line up to it, which the note is read with (its lead-in
 * here, its place's words in placeWords.ts); null for a number in no note.
 */
export function markLine(text: string, notes: readonly EndNote[], at: number): { mark: number; before: string } | null {
  const mark = markOf(notes, at);
  return mark === null ? null : { mark, before: text.slice(text.lastIndexOf("\n", mark - 1) + 1, mark) };
}
