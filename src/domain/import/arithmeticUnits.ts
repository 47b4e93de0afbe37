/**
 * What a total counts when its unit is not one the forms know, and which of the numbers after it are its parts.
 * Reports of other offices count «danh hiệu», «học viên», «thẻ», «tin bài»: a total of such a unit followed by
 * «gồm …» was not checked at all («14 danh hiệu, gồm 6 Bằng khen … và 7 Giấy khen»). And a breakdown that names
 * each part's kind with a number of its own («gồm lớp 1 có 90 học viên, lớp 2 có 80 học viên») must not add the
 * kinds' numbers (1, 2) to the parts.
 */
import { syllables } from "./meaning/words";
import type { NumberToken } from "./numbers";

/** Words that follow a number without naming what it counts. */
const NOT_UNITS = new Set([
  "và", "với", "trong", "gồm", "bao", "của", "cho", "là", "có", "được", "đã", "đang", "đạt", "chiếm", "tại", "theo",
  "trên", "dưới", "so", "từ", "đến", "tới", "về", "năm", "tháng", "ngày", "quý", "lần", "người", "thì", "nên", "để",
]);

/**
 * The one or two words right after a number when they are lower-case words that may name a unit («danh hiệu»,
 * «học viên»), or null: capitals are names («6 Bằng khen» is a kind), a following number or sign is not a unit.
 */
export function namedUnit(text: string, token: Pick<NumberToken, "end">): string | null {
  const after = text.slice(token.end, token.end + 30);
  const match = /^[ \u00a0]+([\p{Ll}]+)(?:[ \u00a0]+([\p{Ll}]+))?/u.exec(after);
  if (!match || NOT_UNITS.has(match[1]!)) return null;
  const words = syllables(`${match[1]} ${match[2] ?? ""}`);
  return words.length === 0 ? null : words.slice(0, 2).join(" ");
}

interface Counted {
  token: Pick<NumberToken, "start" | "end">;
}

/**
 * When some parts carry the total's unit («90 học viên»), a number followed by other words («lớp 1 có …») names a
 * kind, it is not a part; a number followed by punctuation («đúng hạn 15, …») still is.
 */
export function partsCounting<T extends Counted>(text: string, unit: string, parts: T[]): T[] {
  const head = unit.split(" ")[0]!;
  const next = (p: T) => syllables(text.slice(p.token.end, p.token.end + 40).split(/[,;:.()%]/)[0] ?? "")[0];
  if (!parts.some((p) => next(p) === head)) return parts;
  return parts.filter((p) => next(p) === head || next(p) === undefined);
}
