/**
 * «nhận được ý kiến (thôn A 04, làng B 03, …), đã trả lời tại hội nghị (06) ý kiến, còn lại … trả lời bằng văn bản»:
 * what was received is named first, then what was done with it. A number whose own clause names what was done with
 * the things (answered, resolved, handled), after an earlier clause of the sentence named their receiving, counts
 * those dealt with so: a part, not what was received, whether or not the received count is written. A figure whose
 * own words name that act («đã giải quyết …») may take it; so does a number whose own clause hands them on to be
 * dealt with («…, 03 ý kiến giao Phòng Kinh tế trả lời bằng văn bản»). Language knowledge only.
 */
import { featureSet } from "./words";

const RESPONSES = ["trả lời", "giải quyết", "xử lý", "giải trình", "tiếp thu"];
const RECEIVED = /(?<![\p{L}\p{M}])nhận(?![\p{L}\p{M}])/iu;
const RESPECTIVE = /(?<![\p{L}\p{M}])(?:lần lượt|tương ứng)(?![\p{L}\p{M}])/iu;

/** The field's words (features, read as words.ts reads them: «xử lý» as «xử lí») hold the whole verb. */
const named = (words: ReadonlySet<string>, verb: string) => [...featureSet(verb)].every((f) => words.has(f));

/** The number at `start` counts what was done with things received earlier in its sentence (from `sentenceFrom`). */
export function answeredPart(text: string, start: number, sentenceFrom: number, fieldWords: ReadonlySet<string>): boolean {
  if (!fieldWords.has("nhận")) return false;
  const before = text.slice(sentenceFrom, start);
  // «ý kiến: 14 (đã trả lời tại hội nghị: 11, …)»: a bracket opened right after a count breaks that count down; a
  // bracket after words («đã trả lời trực tiếp (07) ý kiến») is no cut.
  const open = before.lastIndexOf("(");
  const wholeBefore = open !== -1 && /\d[ \u00a0]*$/u.test(before.slice(0, open));
  // «có 14 ý kiến, kiến nghị, trong đó trả lời trực tiếp tại hội nghị 11 ý kiến»: «trong đó» after a count breaks
  // that count down as a bracket does (721).
  const announced = [...before.matchAll(WHOLE_ANNOUNCED)].at(-1);
  const announcedAt = announced ? announced.index + announced[0].length : -1;
  const cut = Math.max(before.lastIndexOf(","), before.lastIndexOf(";"), wholeBefore ? open : -1, announcedAt);
  if (cut === -1) return false;
  const clause = before.slice(cut + 1).toLowerCase();
  // «tiếp nhận, đã giải quyết … lần lượt là 81, 77»: a respective list gives each its own label (respectivePairs.ts).
  if (RECEIVED.test(clause) || RESPECTIVE.test(clause)) return false;
  // The receiving names what was received: «nhận được ý kiến (…)»; «tiếp nhận, xử lý 129 đơn thư» is one act of two verbs.
  const received = [...before.slice(0, cut).matchAll(new RegExp(RECEIVED.source, "giu"))].at(-1);
  // «…: 12 ý kiến, đã trả lời 10 ý kiến tại hội nghị»: a count of the same thing right before the clause is the whole.
  const sameBefore = sameCountBefore(before.slice(0, cut), text.slice(start));
  if (!(wholeBefore && cut === open) && announcedAt === -1 && !sameBefore && (received === undefined || !/[\p{L}]/u.test(before.slice(received.index + received[0].length, cut).replace(/(?<![\p{L}])được(?![\p{L}])/giu, "")))) return false;
  const says = (verb: string, words: string) => !named(fieldWords, verb) && new RegExp(`(?<![\\p{L}\\p{M}])${verb}(?![\\p{L}\\p{M}])`, "u").test(words);
  // «…, 03 ý kiến giao Phòng Kinh tế trả lời bằng văn bản»: the act written after the number, as the part handed on.
  const own = /^[^;.\n]{0,100}/u.exec(text.slice(start))![0].toLowerCase();
  // «…, 03 đơn đang xác minh»: those still being dealt with, a state written after the number (871).
  return RESPONSES.some((verb) => says(verb, clause) || (HANDED.test(own) && says(verb, own))) || (!fieldWords.has("đang") && PENDING_AFTER.test(own));
}

/** The words before a clause end with a count whose first word after it is the number's own: «12 ý kiến» … «10 ý kiến». */
function sameCountBefore(before: string, from: string): boolean {
  const whole = /(?<![\d.,/])\d{1,3}(?:\.\d{3})*[ \u00a0]+(\p{L}+)(?:[ \u00a0]+\p{L}+){0,3}[ \t]*$/u.exec(before);
  const own = /^\d{1,3}(?:\.\d{3})*[ \u00a0]+(\p{L}+)/u.exec(from);
  return whole !== null && own !== null && whole[1]!.toLowerCase() === own[1]!.toLowerCase();
}

/** A count, a few words naming what it counts, then «trong đó»: what follows breaks that count down. */
const WHOLE_ANNOUNCED = /\d[ \u00a0]+[^\d;.()\n]{0,40}?,?[ \t]*(?<![\p{L}\p{M}])trong đó[ \t]*:?/gu;

/** Still being dealt with, said right after the number and its noun: «03 đơn đang xác minh», «02 đơn đang xem xét». */
const PENDING_AFTER = /^\S+[ \t]+(?:\p{L}+[ \t]+){0,2}?đang[ \t]+(?:xác minh|xem xét|giải quyết|xử lý|thụ lý)(?![\p{L}\p{M}])/u;

/** Handed to someone to deal with: «giao», «chuyển». */
const HANDED = /(?<![\p{L}\p{M}])(?:giao|chuyển)(?![\p{L}\p{M}])/u;

/**
 * «Các sở, ngành đã trả lời 37 ý kiến tại hội nghị»: a number an act of answering leads straight to (a few words
 * between, as «trả lời trực tiếp»), in a clause
 * that names no receiving, counts what was done, not what was received, even with no receiving written before it. A
 * figure whose own words name that act may take it.
 */
export function answeredAlone(text: string, start: number, sentenceFrom: number, fieldWords: ReadonlySet<string>): boolean {
  if (!fieldWords.has("nhận")) return false;
  const before = text.slice(sentenceFrom, start);
  const clause = before.slice(Math.max(before.lastIndexOf(";"), before.lastIndexOf(":"), before.lastIndexOf("\n")) + 1).toLowerCase();
  if (RECEIVED.test(clause) || RESPECTIVE.test(clause)) return false;
  // «có 05 ý kiến đề nghị, …, đã tiếp thu, giải quyết 04 ý kiến, 01 ý kiến báo cáo …»: a count stated earlier in the
  // sentence is what the answers split, which answeredPart and the parts' rules weigh; this reads an answer alone.
  if (/\d/u.test(before.replace(/\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?|(?<![\p{L}])năm\s+\d{4}/gu, ""))) return false;
  // «tiếp thu 09 ý kiến», «giải trình»: with nothing received said, taking opinions on is how they were received.
  // Only answering: «giải quyết 25 đơn» with nothing received said is how many a title counts (published bentre
  // thanh tra 8/2021), and vetoing it there hands the figure to a smaller part of the same letters.
  return ["trả lời"].some(
    (verb) => !named(fieldWords, verb) && new RegExp(`(?<![\\p{L}\\p{M}])${verb}(?:\\s+(?:xong|trực tiếp|tại chỗ|được))?\\s*\\(?$`, "u").test(clause),
  );
}
