import { escapeRegExp } from "../text";
/**
 * A figure whose label names an emulation movement («Cá nhân khen thưởng phong trào phòng cháy, chữa cháy») counts
 * the awards of that movement, and clerks name it where they give them: «… trong phong trào toàn dân tham gia phòng
 * cháy, chữa cháy», «phong trào PCCC: 01 CN», «(phong trào phòng cháy, chữa cháy)». A number whose sentence names no
 * part of the movement, nor its initials, is another award's: «Chủ tịch UBND tỉnh tặng Bằng khen cho 07 cá nhân …
 * có thành tích trong công tác sắp xếp đơn vị hành chính», «Bộ trưởng Bộ Tư pháp tặng Bằng khen cho 03 cá nhân có
 * thành tích trong công tác tư pháp». Only in the final demotion, as for a numbered event (vetoEvent.ts): the figure
 * is left to the clerk, the number is not sent on to another figure. The movement is read from the label alone.
 */

/** «phong trào <the movement>» in a label, up to a bracket or its end. */
const MOVEMENT = /(?<![\p{L}])phong trào\s+(?:thi đua\s+)?([^()]+)/iu;

/**
 * The ways a label's movement is named: each of its parts of two syllables or more («phòng cháy», «chữa cháy»), and
 * the initials of them all, as clerks shorten it («pccc»); lower case. Empty for a label naming no movement.
 */
export function movementNames(label: string): string[] {
  const m = MOVEMENT.exec(label.normalize("NFC"));
  if (!m) return [];
  const parts = m[1]!
    .toLowerCase()
    .split(/\s*(?:,|;|(?<![\p{L}])và(?![\p{L}]))\s*/u)
    .map((p) => p.trim().split(/\s+/u).filter((w) => /\p{L}/u.test(w)))
    .filter((p) => p.length >= 2);
  if (parts.length === 0) return [];
  const initials = parts.flat().map((w) => w[0]!).join("");
  return [...parts.map((p) => p.join(" ")), ...(initials.length >= 3 ? [initials] : [])];
}


/** The sentence names none of the movement's names (`movementNames`). */
export function movementUnnamed(names: readonly string[], sentence: string): boolean {
  if (names.length === 0) return false;
  const lower = sentence.normalize("NFC").toLowerCase();
  return !names.some((n) => new RegExp(`(?<![\\p{L}])${escapeRegExp(n).replace(/ /g, "\\s+")}(?![\\p{L}])`, "u").test(lower));
}
