/**
 * Drafts that went through review carry a reviewer's note in brackets beside a figure («03 cá nhân [đ/c Phó CVP …
 * đề nghị kiểm tra lại số này: Tờ trình … ghi 04 cá nhân]»). Such a note alone withdraws nothing: the figure written
 * stands until someone says otherwise, and a compiler's note may settle it («cuộc giao ban mở rộng … đã tính trong 09
 * cuộc»). But when a note elsewhere in the document says the check is still open («Số đơn: … đang xác minh, chưa
 * thống nhất», «… chưa thống nhất giữa 49 và 51»), the report itself leaves the figure unsettled: it is no value to
 * import, and the clerk decides. The note is tied to the questioned figure by the value it names or by «số» and the
 * figure's unit («Số cá nhân …» for «03 cá nhân»), so a note on another figure leaves this one alone; the numbers of
 * such a note («Trung tâm báo cáo 2.546 hồ sơ; Hệ thống … hiển thị 2.564 hồ sơ; chưa thống nhất được») are the open
 * question's, no value either.
 */

/**
 * A bracket that questions the figure before it: a recheck asked for, a question mark, or another value proposed and
 * left for the leaders («Phòng … đề nghị sửa thành 03, …; chờ Lãnh đạo Văn phòng cho ý kiến»).
 */
const DOUBT = /(?<![\p{L}])(?:kiểm tra lại|xác định lại|xem lại|rà soát lại|đối chiếu lại|đề nghị (?:sửa|điều chỉnh)|chờ(?![\p{L}])[^()[\]]{0,60}?ý kiến)(?![\p{L}])|\?/iu;
/** Words that say a check has not settled a figure yet. */
// «Phòng … chưa gửi lại số liệu»: the figure awaited from whoever was asked to recheck it.
const OPEN = /(?<![\p{L}])(?:chưa thống nhất|chưa có kết quả|chưa xác định được|chưa chốt|chưa (?:gửi|báo cáo|cung cấp)(?: lại)? số liệu)(?![\p{L}])/iu;
/** A bracket of one line, square or round. */
const BRACKET = /\[[^[\]\n]*\]|\([^()\n]*\)/gu;
/** A written number, with its decimals, grouping and percent sign. */
const NUMBER = /(?<![\p{L}\d.,])\d+(?:[.,]\d+)*%?/gu;
/** How far before its bracket the questioned number may stand, within its clause. */
const REACH = 160;

interface Span {
  from: number;
  to: number;
}

let lastText: string | null = null;
let lastSpans: Span[] = [];

/**
 * The written number at `start` is questioned and left open, or stands in the note that leaves it open (a text
 * field's value may run on past the number, into the bracket itself).
 */
export function unsettledFigure(text: string, start: number): boolean {
  if (text !== lastText) {
    lastSpans = unsettledSpans(text);
    lastText = text;
  }
  return lastSpans.some((s) => s.from <= start && start < s.to);
}

/** The places of the text's unsettled numbers: each questioned number, and each note that leaves one open. */
function unsettledSpans(text: string): Span[] {
  const notes = openNotes(text);
  if (notes.length === 0) return [];
  const spans: Span[] = [];
  for (const b of text.matchAll(BRACKET)) {
    if (!DOUBT.test(b[0].slice(1, -1))) continue;
    // The clause before the bracket: back to a semicolon, a sentence's end or the line's start.
    const near = text.slice(Math.max(0, b.index - REACH), b.index);
    const cut = Math.max(near.lastIndexOf(";"), near.lastIndexOf("\n"), near.search(/\.\s+\S[^.]*$/u));
    const from = b.index - near.length + cut + 1;
    const clause = text.slice(from, b.index);
    for (const n of clause.matchAll(NUMBER)) {
      const at = from + n.index;
      // The unit after the number, one or two words («đơn», «cá nhân», «hồ sơ», «xã, phường» read as «xã»).
      const words = /^\s+(\p{L}+)(?:\s+(\p{L}+))?/u.exec(clause.slice(n.index + n[0].length))?.slice(1).filter((w) => w !== undefined) ?? [];
      const units = words.length === 0 ? [] : [words.join(" "), words[0]!].map((w) => w.normalize("NFC").toLowerCase());
      const valueAt = new RegExp(`(?<![\\d.,])${n[0].replace(/\./gu, "\\.")}(?!\\d|[.,]\\d)`, "u");
      const tied = notes.filter(
        // A note is no bracket of the number's own clause («21 [tổng chưa khớp? …]»).
        (note) => !(note.from < b.index + b[0].length && note.to > from) && (valueAt.test(note.lower) || units.some((u) => new RegExp(`(?<![\\p{L}])số ${u}(?![\\p{L}])`, "u").test(note.lower))),
      );
      if (tied.length === 0) continue;
      // The bracket questions its clause from there on: «đang giải quyết 2.546 hồ sơ, chiếm 4,87% [… kiểm tra lại số
      // này]» leaves the rate drawn from the figure as open as the figure, and the bracket's own rival value («báo cáo
      // tháng 02 … (41 Quyết định)») is no more settled than the one it questions.
      spans.push({ from: at, to: b.index + b[0].length }, ...tied);
      break;
    }
  }
  return spans;
}

/** The sentences of the text that say a check is still open. */
function openNotes(text: string): Array<Span & { lower: string }> {
  const found: Array<Span & { lower: string }> = [];
  for (const m of text.matchAll(/[^\n]+/gu)) {
    if (!OPEN.test(m[0])) continue;
    let from = m.index;
    for (const s of m[0].split(/(?<=[.!?])\s+(?=\p{Lu})/u)) {
      const at = text.indexOf(s, from);
      if (OPEN.test(s)) found.push({ from: at, to: at + s.length, lower: s.normalize("NFC").toLowerCase() });
      from = at + s.length;
    }
  }
  return found;
}
