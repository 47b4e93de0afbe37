/**
 * The two ends of a stretch of dates: «từ ngày 15/3/2026 đến ngày 14/6/2026» keeps its order. A date field whose
 * label says «từ ngày» takes only a date written after «từ», one that says «đến ngày» only a date after «đến/tới»;
 * a date with neither, or a field with neither or both, is not judged. Language knowledge only.
 */

export type DateRole = "from" | "to";

const FROM_BEFORE = /(?<![\p{L}])(?:từ|kể từ|bắt đầu từ)(?:\s+ngày)?\s*$/iu;
const TO_BEFORE = /(?<![\p{L}])(?:đến|tới|đến hết|cho đến)(?:\s+(?:hết\s+)?ngày)?\s*$/iu;

/** The role the words right before a date give it. */
export function roleBefore(text: string, start: number): DateRole | null {
  const before = text.slice(Math.max(0, start - 24), start);
  return FROM_BEFORE.test(before) ? "from" : TO_BEFORE.test(before) ? "to" : null;
}

const FROM_WORD = /(?<![\p{L}])(?:từ|bắt đầu)(?![\p{L}])/iu;
const TO_WORD = /(?<![\p{L}])(?:đến|tới|kết thúc)(?![\p{L}])/iu;

/** The end of a stretch a field's label names: «… tính từ ngày» is the start, «… tính đến ngày» the end. */
export function roleOfLabel(label: string): DateRole | null {
  const from = FROM_WORD.test(label);
  const to = TO_WORD.test(label);
  return from === to ? null : from ? "from" : "to";
}

/** A date written as one end of a stretch bound to a field that asks for the other end. */
export function roleClash(label: string, text: string, start: number): boolean {
  const wanted = roleOfLabel(label);
  const found = wanted === null ? null : roleBefore(text, start);
  return found !== null && found !== wanted;
}
