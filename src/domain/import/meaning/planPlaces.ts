/**
 * Where a report writes what is planned, not what was done: a table's plan column («Kế hoạch quý I», «KH», «Chỉ
 * tiêu», «Dự kiến», «Mục tiêu») beside its done column («Thực hiện», «TH», «Kết quả»), and the closing part on the next
 * period's tasks («III. NHIỆM VỤ QUÝ II NĂM 2026», «V. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ TỚI»: «Tổ chức 12 cuộc giao ban»
 * there is a plan). A figure of what was done takes no number from either. Language knowledge only: no field named.
 */
import { endNotes, markOf, type EndNote } from "./endNotes";

/** A plan column's header: its first words. */
const PLAN_HEADER = /^(?:kế hoạch|kh|chỉ tiêu|dự kiến|mục tiêu|dự toán)(?![\p{L}\p{M}])/iu;

export function planColumn(header: string | null): boolean {
  return header !== null && PLAN_HEADER.test(header.trim());
}

/** A done column's header: its first words («Thực hiện», «TH», «Kết quả», «Đã thực hiện», «Thực tế»). */
const DONE_HEADER = /^(?:thực hiện|th|kết quả|đã thực hiện|thực tế)(?![\p{L}\p{M}])/iu;

/** A cell's number: digits with thousands dots or spaces, nothing else. */
const NUMBER_CELL = /^\s*\d{1,3}(?:[.\s\u00a0]\d{3})*\s*$|^\s*\d+\s*$/u;

/**
 * «Kiểm tra … tại phòng, đơn vị | 01 | 0» under «Kế hoạch | Thực hiện»: the done column's number, where the plan
 * beside it in its row says another, is what was done of the plan, never what is planned; a figure described as
 * planned («dự kiến») takes nothing from it. Where the two agree the done cell states the plan's number too, and
 * without a plan column «Kết quả» may hold any figure, a plan too. `cells` is the number's row, `column` its cell.
 */
export function doneUnlikePlan(cells: readonly string[], column: number, headers: readonly string[]): boolean {
  if (!DONE_HEADER.test((headers[column] ?? "").trim())) return false;
  const value = (cell: string | undefined) => (cell !== undefined && NUMBER_CELL.test(cell) ? Number(cell.replace(/\D/gu, "")) : null);
  const done = value(cells[column]);
  if (done === null) return false;
  return headers.some((h, i) => i !== column && planColumn(h) && value(cells[i]) !== null && value(cells[i]) !== done);
}

/**
 * A part's heading: «III. …» (or «VI- …», «VI – …»), «Phần thứ ba», an appendix («Biểu số 1», «Phụ lục») or the closing «Nơi nhận»; or the
 * rule «_______________» a clerk draws under the body before its notes: the notes and remarks after it are no task.
 */
const PART = /^[ \t]*(?:[IVX]+(?:[.)]|[ \t]*[-–](?=[ \t]))[ \t]*\S|(?:PHẦN|Phần)[ \t]+(?:THỨ|thứ)|(?:Biểu|BIỂU|Phụ lục|PHỤ LỤC)(?![\p{L}])|Nơi nhận|_{5,}[ \t]*$)/u;
/** The next period's tasks: the part's title opens with them (not «Kết quả thực hiện nhiệm vụ»). */
const TASKS = /^[ \t]*(?:[IVX]+(?:[.)]|[ \t]*[-–](?=[ \t]))|(?:PHẦN|Phần)[ \t]+(?:THỨ|thứ)[ \t]+\p{L}+[:.]?)[ \t]*(?:(?:MỘT SỐ|Một số|CÁC|Các)[ \t]+)?(?:PHƯƠNG HƯỚNG|Phương hướng|NHIỆM VỤ|Nhiệm vụ|KẾ HOẠCH|Kế hoạch)(?![\p{L}])/u;

interface Parts {
  text: string;
  parts: Array<{ at: number; tasks: boolean }>;
  /** The notes typed after the body (endNotes.ts), read with the parts: a note stands where its mark is. */
  notes: readonly EndNote[];
}

let memo: Parts | null = null;

function partsOf(text: string): Parts {
  if (memo?.text === text) {
    // An equal text of a later recognition: kept by reference, so the next asks compare identities, not characters.
    memo.text = text;
    return memo;
  }
  const parts: Array<{ at: number; tasks: boolean }> = [];
  for (let at = 0; at < text.length; ) {
    let end = text.indexOf("\n", at);
    if (end === -1) end = text.length;
    // Headings are short lines; a paragraph opening «I. …» is read by its first 120 characters.
    const line = text.slice(at, Math.min(end, at + 120));
    if (PART.test(line)) parts.push({ at, tasks: TASKS.test(line) });
    at = end + 1;
  }
  memo = { text, parts, notes: endNotes(text) };
  return memo;
}

/** The number at `start` stands in the part on the next period's tasks; a note's, where its mark stands (endNotes.ts). */
export function inTasksPart(text: string, start: number): boolean {
  const { parts, notes } = partsOf(text);
  start = markOf(notes, start) ?? start;
  let low = 0;
  let high = parts.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (parts[mid]!.at <= start) low = mid + 1;
    else high = mid;
  }
  return low > 0 && parts[low - 1]!.tasks;
}
