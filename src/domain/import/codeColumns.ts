/**
 * A statistical template names each indicator by a code and numbers its rows and columns: «STT | Chỉ tiêu | Mã số |
 * Đơn vị tính | Quý II/2026 | Lũy kế | Ghi chú» over «(1) | (2) | … | (7)», a row «3 | Công chức hiện có | 03 | Người
 * | 104 | -», a total «(01 = 03 + 05 + 06)» in its label, «(Mã số 02)» in a sentence. A code, a row's number and a
 * column's number are names, never counts: they stand between an indicator's words and its figure and repeat other
 * figures' values, so they are read as blank, one character for one (every offset found stays the document's):
 * - in a table (cells parted by tabs or bars) whose header has a cell «Mã số», «Mã», «Mã chỉ tiêu» or «MS», that
 *   column's numbers «03», «34.1», «2.3.a» on the rows under it, up to the table's end, and those of its row numbers'
 *   column («STT», «TT»): where the code names the indicator, the row's number is only its place. A table with no
 *   code column keeps its row numbers, which nest its rows under their parts («III | Lý luận chính trị» over «1 |
 *   Cao cấp»);
 * - a row of the columns' numbers «(1) (2) (3)…» (three or more, in order, each bracketed);
 * - a sum of codes in brackets within a row that opens with its left side, the row's own code («(39 = 40 + 45)» in
 *   code 39's row, «(1.6 = 1.2 + 1.4)» in row «1.6.»): a row's figures are never written as its code;
 * - «mã số 01» in a sentence, with the sum of codes it equals («Mã số 56 = 53 + 54 + 55»): the words say that what
 *   follows is a code;
 * - the codes closing a header's cells where the indicators are columns and the periods rows («Tiếp nhận (40) | Đã
 *   giải quyết (41) | Trước hạn (43)»): three cells or more of a row of words so closed.
 * A header's own words are left as written, so the readers of tables still find their columns.
 */

const CODE = String.raw`\d{1,3}(?:\.\d{1,3})*(?:\.\p{Ll})?`;
const CODE_CELL = new RegExp(`^${CODE}\\.?$`, "u");
const CODE_HEAD = /^(?:mã số|mã|mã chỉ tiêu|ms)\.?$/iu;
const NUMBER_HEAD = /^(?:stt|tt|số tt|số thứ tự)\.?$/iu;
const COLUMN_NUMBER = /^\((\d{1,2})\)$/u;
const SUM = new RegExp(`\\([ \\t]*(${CODE})[ \\t]*=[ \\t]*${CODE}(?:[ \\t]*[+\\-][ \\t]*(?:${CODE}|…|\\.\\.\\.))+[ \\t]*\\)`, "gu");
const HEAD_CODE = new RegExp(`(?<=[\\p{L}\\p{M}%)][ \\t]*)\\((${CODE})\\)$`, "u");
const NAMED = new RegExp(`(?<=(?<![\\p{L}\\p{M}])mã số[ \\t]+)${CODE}(?:[ \\t]*=[ \\t]*${CODE}(?:[ \\t]*[+\\-][ \\t]*(?:${CODE}|…|\\.\\.\\.))+)?(?![\\p{L}\\p{M}\\d])`, "giu");

interface Cell {
  start: number;
  text: string;
}

/** A line's cells, by its tabs or else its bars; null for a line of one cell. */
function cells(line: string): Cell[] | null {
  const parting = line.includes("\t") ? "\t" : line.includes("|") ? "|" : null;
  if (parting === null) return null;
  const out: Cell[] = [];
  let start = 0;
  for (const part of line.split(parting)) {
    const lead = part.length - part.trimStart().length;
    out.push({ start: start + lead, text: part.trim() });
    start += part.length + 1;
  }
  return out.length >= 3 ? out : null;
}

const blank = (s: string) => s.replace(/[^\n]/g, " ");

function blankAt(line: string, start: number, length: number): string {
  return line.slice(0, start) + " ".repeat(length) + line.slice(start + length);
}

/** A row of the columns' numbers: «(1) (2) (3)…», in order. */
function columnNumbers(row: Cell[]): boolean {
  const filled = row.filter((c) => c.text !== "");
  if (filled.length < 3) return false;
  const numbers = filled.map((c) => COLUMN_NUMBER.exec(c.text)?.[1]);
  return numbers.every((n, i) => n !== undefined && (i === 0 || Number(n) === Number(numbers[i - 1]) + 1));
}

/** The row's own code: its code columns' cell, or the number that opens its first label. */
function ownCodes(row: Cell[], columns: readonly number[]): string[] {
  const codes = columns.map((k) => row[k]?.text ?? "").filter((t) => CODE_CELL.test(t));
  const opening = new RegExp(`^(${CODE})\\.?[ \\t]`, "u");
  for (const c of row) {
    const m = opening.exec(c.text);
    if (m) codes.push(m[1]!);
  }
  return codes.map((c) => c.replace(/\.$/u, ""));
}

export function withoutCodeColumns(text: string): string {
  if (!/[\t|]/.test(text)) return named(text);
  const lines = text.split("\n");
  let columns: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!;
    const row = cells(line);
    if (row === null) {
      columns = [];
      lines[i] = named(line);
      continue;
    }
    const closing = row.map((c) => HEAD_CODE.exec(c.text));
    if (closing.filter(Boolean).length >= 3 && row.every((c) => !/^[\d.,%-]+$/u.test(c.text))) {
      row.forEach((c, k) => {
        const m = closing[k];
        if (m) line = blankAt(line, c.start + m.index, m[0].length);
      });
      lines[i] = line;
      continue;
    }
    if (row.some((c) => CODE_HEAD.test(c.text))) {
      columns = row.flatMap((c, k) => (CODE_HEAD.test(c.text) || NUMBER_HEAD.test(c.text) ? [k] : []));
      continue;
    }
    if (columnNumbers(row)) {
      for (const c of row) line = blankAt(line, c.start, c.text.length);
      lines[i] = line;
      continue;
    }
    const codes = ownCodes(row, columns);
    for (const k of columns) {
      const c = row[k];
      if (c && CODE_CELL.test(c.text)) line = blankAt(line, c.start, c.text.length);
    }
    line = line.replace(SUM, (written, left: string) => (codes.includes(left) ? blank(written) : written));
    lines[i] = line;
  }
  return lines.join("\n");
}

/**
 * «mã số 01», «(Mã số 02)» in a sentence: the code after the words. A table's row keeps them: there they tell apart
 * rows of the same words under two parts («- Trả đúng hạn (Mã số 44)» at the desk, «(Mã số 54)» at the centre).
 */
function named(text: string): string {
  return text.replace(NAMED, blank);
}
