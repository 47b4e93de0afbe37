/**
 * The candidates of an unclear figure, as the clerk chooses among them in the pane: the number as written with a
 * few words on each side, the paragraph it is in, and where Word finds it (to select it in the document). The
 * choice itself is the clerk's: the pane binds what is selected in Word, checked by `chosenInput`.
 */
import { parseField } from "../fieldValues";
import type { FieldDef } from "../types";
import { findNumbers, inputOf } from "./numbers";
import type { TextAddress } from "./addresses";
import type { PaneText } from "./paneText";
import type { Occurrence } from "./types";
import { labelColumnOf, tableCell } from "./meaning/tableGrid";

export interface FigureChoice {
  /** The number as written, and up to a few words before and after it, on its line. */
  text: string;
  before: string;
  after: string;
  /** 1-based paragraph, as the clerk counts them. */
  paragraph: number;
  /** In a table: its column's header («Năm 2026», «Quý II»), which tells apart the figures of one row. */
  column?: string;
  /** Where Word finds it; null when no search reaches it (the clerk can still select it by hand). */
  address: (TextAddress & { tag: string; title: string }) | null;
  /** The paragraph's text when read: the address holds while Word still reads this. */
  paragraphText: string;
  /**
   * The recognizer reads it as another period's number: the words naming that period («lũy kế 7 tháng»), or "" when
   * they stand farther away than its sentence (candidatePeriod.ts).
   */
  otherPeriod?: string;
}

const WORDS = 5;

/** Up to WORDS words on each side, as written (spacing and punctuation kept); a table's cells apart with " · ". */
function around(line: string, start: number, end: number): { before: string; after: string } {
  const cells = (text: string) => text.replace(/\t/g, " · ");
  const left = line.slice(0, start);
  const leftWords = [...left.matchAll(/\S+/gu)];
  const from = leftWords.length > WORDS ? leftWords[leftWords.length - WORDS]!.index! : 0;
  const right = line.slice(end);
  const rightWords = [...right.matchAll(/\S+/gu)];
  const to = rightWords.length > WORDS ? rightWords[WORDS - 1]!.index! + rightWords[WORDS - 1]![0].length : right.length;
  return {
    before: `${from > 0 ? "…" : ""}${cells(left.slice(from)).trimStart()}`,
    after: `${cells(right.slice(0, to)).trimEnd()}${to < right.length ? "…" : ""}`,
  };
}

const CELLS_SHOWN = 2;

/**
 * A figure in a table row: the row's name whole (first the row, then the figure), the nearest cells on each side, and
 * no empty cell. Five words before it cut the name off in any row of a few columns («…đơn vị sự nghiệp · 20 · 19»),
 * and the clerk could not tell which row it was. Null outside a tab-separated row, or a row with no name cell.
 */
function rowAround(line: string, start: number, end: number): { before: string; after: string } | null {
  if (!line.includes("\t")) return null;
  const cells = line.split("\t");
  let column = 0;
  for (let from = 0; column < cells.length && start >= from + cells[column]!.length + 1; column++) from += cells[column]!.length + 1;
  const cellStart = cells.slice(0, column).reduce((sum, cell) => sum + cell.length + 1, 0);
  const label = labelColumnOf(cells);
  if (label === -1 || label >= column) return null;
  const own = cells[column]!;
  const filled = (list: readonly string[]) => list.map((c) => c.trim()).filter((c) => c !== "");
  const between = filled(cells.slice(label + 1, column));
  const following = filled(cells.slice(column + 1));
  const shownBetween = between.length > CELLS_SHOWN ? ["…", ...between.slice(-CELLS_SHOWN)] : between;
  const shownAfter = following.length > CELLS_SHOWN ? [...following.slice(0, CELLS_SHOWN), "…"] : following;
  const inCellBefore = own.slice(0, start - cellStart).trimStart();
  const inCellAfter = own.slice(end - cellStart).trimEnd();
  return {
    before: [cells[label]!.trim(), ...shownBetween].map((c) => `${c} · `).join("") + inCellBefore,
    after: inCellAfter + shownAfter.map((c) => ` · ${c}`).join(""),
  };
}

export function choicesOf(
  layout: PaneText,
  paragraphs: readonly string[],
  candidates: readonly Occurrence[],
  addressFor: (o: Occurrence) => FigureChoice["address"],
  periodOf: (o: Occurrence) => string | null = () => null,
): FigureChoice[] {
  return candidates.map((o) => {
    // By offset, not by the engine's line number: a paragraph with a soft break counts as two of its lines.
    const index = layout.lineIndexAt(o.start);
    const line = layout.lines[index] ?? "";
    const offset = o.start - (layout.starts[index] ?? 0);
    const address = addressFor(o);
    const paragraph = address ? address.paragraph : layout.firstParagraph[index] ?? 0;
    const cell = tableCell(layout.text, o);
    const column = cell ? [cell.group, cell.header].filter((h) => h !== "").join(" › ") : "";
    const otherPeriod = periodOf(o);
    return {
      text: o.text,
      ...(rowAround(line, offset, offset + o.text.length) ?? around(line, offset, offset + o.text.length)),
      paragraph: paragraph + 1,
      ...(column !== "" ? { column } : {}),
      address,
      paragraphText: paragraphs[paragraph] ?? "",
      ...(otherPeriod !== null ? { otherPeriod } : {}),
    };
  });
}

/**
 * What the clerk selected in Word, read as the field's figure: one whole number (as clerks write it: 9.780, 9 780,
 * 95,06 %) whose value the field accepts. The input to put in the form, or a Vietnamese reason to refuse.
 */
export function chosenInput(field: FieldDef, selected: string): { ok: true; input: string } | { ok: false; reason: string } {
  const text = selected.trim();
  if (text === "") return { ok: false, reason: "Chưa chọn số nào trong văn bản. Hãy bấm vào một số trong danh sách, hoặc bôi đen con số trong văn bản." };
  // A zero written in words that the field itself reads («không», «không có»): the pane offers such candidates, and
  // the clerk who picks one must be able to bind it.
  if (!/\d/.test(text)) {
    const worded = parseField(field, text);
    if (worded.ok && worded.value !== null) return { ok: true, input: text };
  }
  const tokens = findNumbers(text);
  const token = tokens[0];
  if (tokens.length !== 1 || !token || token.start !== 0 || token.end !== text.length || token.kind === "other") {
    return { ok: false, reason: `Chỗ đang chọn («${text.length > 40 ? `${text.slice(0, 39)}…` : text}») không phải một con số. Hãy chọn đúng con số cần gắn.` };
  }
  const input = inputOf(token);
  const parsed = parseField(field, input);
  if (!parsed.ok) return { ok: false, reason: `«${text}» không hợp với ô «${field.label}»: ${parsed.message}` };
  return { ok: true, input };
}
