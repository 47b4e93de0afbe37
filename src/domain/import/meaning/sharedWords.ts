/**
 * The words between two figures of one clause, shared: around "và" each takes its side ("01 tập thể và 01 cá nhân");
 * otherwise, if the second figure is described after it ("27 người … thạc sỹ 42 người … đại học"), all are the
 * first's; if not ("từ ngày X đến ngày Y"), the first keeps only its unit and the rest introduces the second.
 */
import { commaAfter } from "./clauseSpans";
import { PARTS_ANNOUNCED, syllables, unitAt } from "./words";

/** Where a figure is written. */
interface Placed {
  start: number;
  end: number;
}

const PARTS_AFTER = new RegExp(`(?<![\\p{L}])(?:${PARTS_ANNOUNCED})(?![\\p{L}])`, "iu");

export function share(text: string, a: Placed, b: Placed, clauseTo: number): { first: string; second: string } {
  const between = text.slice(a.end, b.start);
  // «Biên chế năm 2026: CC giao 64»: what follows a colon introduces the next figure, never the one before it.
  const colon = between.lastIndexOf(":");
  if (colon !== -1) return { first: between.slice(0, colon), second: between.slice(colon + 1) };
  // «03 lãnh đạo cấp phòng gồm 01 Trưởng phòng»: words before «gồm / trong đó» say what the total counts, the part is
  // named after its own number; neither describes the other.
  const parts = PARTS_AFTER.exec(between);
  if (parts) return { first: between.slice(0, parts.index), second: between.slice(parts.index + parts[0].length) };
  const and = /(?<![\p{L}])và(?![\p{L}])/u.exec(between);
  if (and) return { first: between.slice(0, and.index), second: between.slice(and.index + 3) };
  const bRight = text.slice(b.end, Math.min(clauseTo, commaAfter(text, b.end, clauseTo)));
  const bWords = syllables(bRight.split(/\d/)[0] ?? "");
  if (bWords.length > (unitAt(bWords)?.split(" ").length ?? 0)) return { first: between, second: "" };
  const words = syllables(between);
  const unit = unitAt(words);
  if (!unit) return { first: "", second: between };
  const cut = endOfWords(between, unit.split(" ").length);
  return { first: between.slice(0, cut), second: between.slice(cut) };
}

/**
 * Where the text's first `count` syllables end, counted as syllables() reads them: «CC giao 64» holds the unit «công
 * chức» in one written word (words.ts reads abbreviations), so the unit's words cannot be looked for in the text.
 */
function endOfWords(text: string, count: number): number {
  let read = 0;
  for (const word of text.matchAll(/[\p{L}\p{M}]+/gu)) {
    read += syllables(word[0]).length;
    if (read >= count) return word.index! + word[0].length;
  }
  return text.length;
}
