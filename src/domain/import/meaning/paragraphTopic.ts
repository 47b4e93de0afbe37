/**
 * «Riêng quý III, Bộ phận Một cửa Văn phòng giải quyết 97/103 hồ sơ …. Trung tâm Phục vụ hành chính công tỉnh giải
 * quyết 47.864/50.382 hồ sơ, đạt 95,00% …» in a nine months' report: a clerk who opens a paragraph's sentence with
 * the report's own quarter goes on writing of it in the paragraph's next sentences until another period is named. So
 * a sentence naming no period is the quarter's when the last period named before it in its paragraph is the report's
 * own, opening its sentence as its topic. Language knowledge only: no field is named.
 */
import { lastIndexWithin } from "./lastIndexWithin";
import { MARKER } from "./periodMarkers";
import type { PeriodScope } from "./reportPeriod";

/** What may stand before a period opening its sentence: the paragraph's start or a stop, then «Riêng», «Trong». */
/** How far back in its paragraph the quarter opening an earlier sentence is looked for. */
const REACH = 1_200;
const OPENS_SENTENCE = /(?:^|[.!?][ \t]+)(?:(?:tính[ \t]+)?riêng[ \t]+|trong[ \t]+)?$/iu;
const AFTER_STOP = /[.!?][ \t]+(?:(?:tính[ \t]+)?riêng[ \t]+|trong[ \t]+)?$/iu;

/**
 * `sentenceFrom`: where the number's sentence starts. `ownOpening` is periodScope.ts ownPeriodOpening (where a text
 * opening with exactly the report's period ends its name, else -1).
 */
export function paragraphOwnTopic(text: string, sentenceFrom: number, ctx: PeriodScope, ownOpening: (head: string, ctx: PeriodScope) => number): boolean {
  // A bounded reach back (a few sentences): a paragraph of one long line read from its start at every number was
  // quadratic in the line's length.
  const newline = lastIndexWithin(text, "\n", sentenceFrom - 1, sentenceFrom - REACH);
  const from = newline === -1 ? Math.max(0, sentenceFrom - REACH) : newline + 1;
  if (from >= sentenceFrom) return false;
  const paragraph = text.slice(from, sentenceFrom);
  let last: RegExpMatchArray | null = null;
  for (const m of paragraph.matchAll(MARKER)) last = m;
  // Cut short of its line's start, the paragraph's first characters open no sentence.
  const opens = newline === -1 && from > 0 ? AFTER_STOP : OPENS_SENTENCE;
  if (last === null || !opens.test(paragraph.slice(0, last.index))) return false;
  return ownOpening(paragraph.slice(last.index), ctx) !== -1;
}
