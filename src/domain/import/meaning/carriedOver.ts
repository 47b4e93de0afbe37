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

/**
 * «Số hồ sơ tiếp nhận trong kỳ là 5.679 hồ sơ», «tiếp nhận mới 11.415 hồ sơ» in a report that writes what the earlier
 * period carried over: the new ones alone, a part of the received total the form asks for (which counts the carried
 * ones with them: the corpus's ruling on 08 and 581). A figure whose own words say «mới» or «trong kỳ» may take it
 * (namesNew); with no carry-over written anywhere, «trong kỳ» only says when.
 */
export function newOnly(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 60), start);
  const own = before.slice(Math.max(before.lastIndexOf(","), before.lastIndexOf(";"), before.lastIndexOf("("), before.lastIndexOf("\n")) + 1);
  return RECEIVED_NEW.test(own) && CARRIED_ANYWHERE.test(text);
}

/** The figure's own words (lower case) say «mới» or «trong kỳ»: the new ones are its. */
export function namesNew(ownWords: string): boolean {
  return NAMES_NEW.test(ownWords);
}

const NAMES_NEW = /(?<![\p{L}])(?:mới|trong kỳ)(?![\p{L}])/iu;
/** «tiếp nhận mới», «tiếp nhận trong kỳ (là)», right before the number. */
const RECEIVED_NEW = /(?<![\p{L}])(?:tiếp nhận|nhận)\s+(?:mới(?:\s+trong\s+kỳ)?|trong\s+kỳ)(?:\s+là)?\s*:?\s*$/iu;
const CARRIED_ANYWHERE = new RegExp(`${CARRIED.source}|(?<![\\p{L}])chuyển\\s+sang(?![\\p{L}])`, "iu");
