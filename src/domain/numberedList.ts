/**
 * A list the report numbers in its sentence: «06 nhóm nhiệm vụ: (1) rà soát, đơn giản hóa thủ tục hành chính; (2) công
 * bố, …; (6) thông tin, báo cáo». The numbers are the report's way of writing the list, not part of its items: the
 * recognizer reads the items without them, and the same items numbered are the same list. Walk finding (walk48, F2): an
 * update the clerk never asked for rewrote such a sentence as «A; B; …» and dropped its numbering.
 */

export interface NumberedList {
  items: string[];
  /** The marker of item `i` (0-based) in the report's own style: «(1)», «1)», «a)», «1.». */
  marker: (i: number) => string;
  /** What stands between two items: «; », or a line break for a list one item a line. */
  separator: string;
}

const LETTERS = "abcdđeghiklmnopqrstuvxy";
/** «(1) », «1) », «a) », «1. » at an item's start, and the number or letter in it. */
const MARKER = /^(\()?(\d{1,2}|[a-zđ])([).])\s+/u;

/** The items of a numbered list, or null when the text is not one list numbered 1, 2, 3… (or a, b, c…) in one style. */
export function numberedList(text: string): NumberedList | null {
  const separator = text.includes(";") ? ";" : text.includes("\n") ? "\n" : null;
  if (separator === null) return null;
  const pieces = text.split(separator).map((p) => p.trim()).filter((p) => p !== "");
  if (pieces.length < 2) return null;
  const first = MARKER.exec(pieces[0]!);
  if (first === null) return null;
  const [, open, , close] = first;
  const letters = /^[a-zđ]$/u.test(first[2]!);
  const items: string[] = [];
  for (const [i, piece] of pieces.entries()) {
    const m = MARKER.exec(piece);
    const expected = letters ? LETTERS[i] : String(i + 1);
    if (m === null || m[1] !== open || m[3] !== close || m[2]!.replace(/^0/u, "") !== expected) return null;
    items.push(piece.slice(m[0].length).trim());
  }
  const marker = (i: number) => `${open ?? ""}${letters ? (LETTERS[i] ?? String(i + 1)) : String(i + 1)}${close}`;
  return { items, marker, separator: separator === "\n" ? "\n" : "; " };
}
