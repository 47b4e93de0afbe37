/**
 * «Số hồ sơ tồn của kỳ trước chuyển sang: 67 hồ sơ», «kỳ trước chuyển sang 1.200 hồ sơ», «165 hồ sơ tồn từ quý trước»:
 * what the earlier period left to this one is a part of what the period handled (received with the new ones), never
 * what was received, resolved or withdrawn in it. A figure whose own words name what is carried over («tồn», «chuyển
 * sang») may take it. Language knowledge only: vetoEarlier.ts leaves these to the period as its own.
 */
const CARRIED = /(?<![\p{L}])(?:tồn(?:\s+đọng)?\s+(?:(?:từ|của)\s+)?(?:kỳ|kì|quý|tháng|năm)\s+trước|(?:kỳ|kì|quý|tháng|năm)\s+trước\s+chuyển\s+(?:sang|qua))(?![\p{L}])/iu;
const NAMES_CARRIED = /(?<![\p{L}])(?:tồn|chuyển sang|chuyển qua)(?![\p{L}])/iu;

/** The number at [start, end) is what an earlier period carried over, in its own words before or after it. */
export function carriedOver(ownWords: string, text: string, start: number, end: number): boolean {
  if (NAMES_CARRIED.test(ownWords)) return false;
  const before = text.slice(Math.max(0, start - 80), start);
  const own = before.slice(Math.max(before.lastIndexOf(","), before.lastIndexOf(";"), before.lastIndexOf("("), before.lastIndexOf("\n"), before.search(/\.\s[^.]*$/u)) + 1);
  const after = text.slice(end, end + 60).split(/[,;()\n]|\.(?=\s|$)/u)[0] ?? "";
  return CARRIED.test(own) || CARRIED.test(after);
}
