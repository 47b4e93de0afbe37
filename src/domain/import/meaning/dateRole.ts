/**
 * The two ends of a stretch of dates: «từ ngày 15/3/2026 đến ngày 14/6/2026» keeps its order. A date field whose
 * label says «từ ngày» takes only a date written after «từ», one that says «đến ngày» only a date after «đến/tới»;
 * a date with neither, or a field with neither or both, is not judged. Language knowledge only.
 */

export type DateRole = "from" | "to";

const FROM_BEFORE = /(?<![\p{L}])(?:từ|kể từ|bắt đầu từ)(?:\s+ngày)?\s*$/iu;
const TO_BEFORE = /(?<![\p{L}])(?:đến|tới|đến hết|cho đến)(?:\s+(?:hết\s+)?ngày)?\s*$/iu;

const DATE = String.raw`\d{1,2}\/\d{1,2}\/\d{4}`;
/** «15/12/2025 - 14/3/2026», «15/12/2025 đến 14/3/2026»: the date before the dash or «đến» starts the stretch. */
const PAIR_AFTER = new RegExp(String.raw`^\s*(?:[-–]|đến(?:\s+ngày)?|tới(?:\s+ngày)?)\s*${DATE}`, "iu");
const PAIR_BEFORE = new RegExp(String.raw`${DATE}\s*(?:[-–]|đến(?:\s+ngày)?|tới(?:\s+ngày)?)\s*$`, "iu");

/** The role the words around a date give it: «từ (ngày)», «đến (ngày)», or its place in a pair of dates. */
export function roleBefore(text: string, start: number, end?: number): DateRole | null {
  const before = text.slice(Math.max(0, start - 24), start);
  if (FROM_BEFORE.test(before)) return "from";
  if (TO_BEFORE.test(before) || PAIR_BEFORE.test(before)) return "to";
  return end !== undefined && PAIR_AFTER.test(text.slice(end, end + 24)) ? "from" : null;
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
export function roleClash(label: string, text: string, start: number, end?: number): boolean {
  const wanted = roleOfLabel(label);
  const found = wanted === null ? null : roleBefore(text, start, end);
  return found !== null && found !== wanted;
}
