/**
 * A quarter's (or month's) own report that restates an earlier period's results in a part of its own (held-out 1183:
 * «Phần I / KẾT QUẢ QUÝ TRƯỚC (QUÝ III NĂM 2026) / (Trích Báo cáo số 298/BC-STC …)», then «Phần II / KẾT QUẢ THỰC HIỆN
 * QUÝ IV NĂM 2026»): every number of that part is the earlier period's, written in the same words as the report's own,
 * and came first. The part is headed by «Phần I», «PHẦN THỨ NHẤT» or a Roman numeral in capitals, its title (on the
 * same line or the next, in capitals) naming only an earlier quarter or month, or «quý trước», «kỳ trước», «tháng
 * trước»; it runs to the next heading of its rank. A comparison's heading («SO SÁNH VỚI QUÝ TRƯỚC») is no such part: it
 * sets both periods side by side. Unlike periodParts.ts (a longer span's report), a heading naming a year is a topic
 * here, not a span. The parts are read once per text. Language knowledge only: no field is named.
 */
import type { PeriodScope } from "./reportPeriod";
import { oncePerTextAndScope } from "./scopeMemo";

/** «Phần I», «PHẦN THỨ HAI», «Phần 1», with what follows on its line. */
const PART = /^[ \t]*(?:PHẦN|Phần)[ \t]+(?:[IVX]+|\d|THỨ[ \t]+\p{Lu}+|thứ[ \t]+\p{Ll}+)(?![\p{L}\d])[ \t]*[.:]?[ \t]*(.*)$/u;
/** «II. KẾT QUẢ …» in capitals. */
const ROMAN = /^[ \t]*[IVX]+\.[ \t]+([^\p{Ll}\n]+)$/u;
const CAPITALS = /^[^\p{Ll}\n]*\p{Lu}[^\p{Ll}\n]*$/u;
const RELATION = /(?<![\p{L}])(?:quý|kỳ|kì|tháng)\s+trước(?![\p{L}])/iu;
const QUARTER = /(?<![\p{L}])quý\s+(IV|III|II|I)(?![\p{L}])(?:\s*(?:\/|năm)\s*(\d{4}))?/giu;
const MONTH = /(?<![\p{L}])tháng\s+(\d{1,2})(?:\s*(?:\/|năm)\s*(\d{4}))?(?![\d\p{L}])/giu;
/** Titles that set periods side by side, or span several. */
const NOT_ONE = /(?<![\p{L}])(?:so với|so sánh|lũy kế|luỹ kế|cộng dồn|\d+\s+tháng|từ đầu năm|cả năm)(?![\p{L}])/iu;

interface Heading {
  from: number;
  rank: 0 | 1;
  earlier: boolean;
}

/** Whether `title` names only periods earlier than the report's. */
function namesEarlier(title: string, ctx: PeriodScope): boolean {
  if (NOT_ONE.test(title)) return false;
  let earlier = RELATION.test(title) && (ctx.kind === "quarter" || ctx.kind === "month");
  const before = (index: number, year: number | null) =>
    ctx.index !== null && (year === null || ctx.year === null ? index < ctx.index : year < ctx.year || (year === ctx.year && index < ctx.index));
  for (const m of title.matchAll(QUARTER)) {
    if (ctx.kind !== "quarter" || !before(["I", "II", "III", "IV"].indexOf(m[1]!.toUpperCase()) + 1, m[2] ? Number(m[2]) : null)) return false;
    earlier = true;
  }
  for (const m of title.matchAll(MONTH)) {
    if (ctx.kind !== "month" || !before(Number(m[1]), m[2] ? Number(m[2]) : null)) return false;
    earlier = true;
  }
  return earlier;
}

function headings(text: string, ctx: PeriodScope): Heading[] {
  const found: Heading[] = [];
  const lines = text.split("\n");
  let offset = 0;
  for (let i = 0; i < lines.length; offset += lines[i]!.length + 1, i++) {
    const line = lines[i]!;
    const part = PART.exec(line);
    const roman = part ? null : ROMAN.exec(line);
    if (!part && !roman) continue;
    let title = (part ?? roman)![1]!.trim();
    // «Phần I» alone on its line: its title is the next line, in capitals.
    if (part && title === "") {
      const next = lines.slice(i + 1, i + 3).find((l) => l.trim() !== "") ?? "";
      if (CAPITALS.test(next)) title = next;
    }
    found.push({ from: offset, rank: part ? 0 : 1, earlier: namesEarlier(title, ctx) });
  }
  return found;
}

const spansOf = oncePerTextAndScope((text: string, ctx: PeriodScope): [number, number][] => {
  const spans: [number, number][] = [];
  // Only where a heading names an earlier period is the text walked line by line.
  if (RELATION.test(text) || /quý\s+(?:IV|III|II|I)|tháng\s+\d/iu.test(text)) {
    const all = headings(text, ctx);
    all.forEach((h, k) => {
      if (!h.earlier) return;
      const end = all.slice(k + 1).find((n) => n.rank <= h.rank);
      spans.push([h.from, end?.from ?? text.length]);
    });
  }
  return spans;
});

/** The number at `start` stands in a part of the report headed by an earlier period only. */
export function inEarlierPart(text: string, start: number, ctx: PeriodScope): boolean {
  if (ctx.kind !== "quarter" && ctx.kind !== "month") return false;
  return spansOf(text, ctx).some(([from, to]) => start >= from && start < to);
}
