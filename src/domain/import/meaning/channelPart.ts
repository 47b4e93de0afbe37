/**
 * «tiếp nhận 9.302 hồ sơ (trong đó trực tuyến 6.847 hồ sơ, chiếm 73,61%)», «trong đó: trực tuyến 2.641, trực tiếp
 * 854», «gồm qua bưu chính công ích 12 hồ sơ», «trong đó hồ sơ nộp trực tuyến 3.912 hồ sơ»: a breakdown by the way files came in counts one channel's share. A
 * figure whose own words name no channel (received, resolved, withdrawn, late…) never takes it: the share is neither
 * the whole nor any of the form's parts, which split files by outcome, not by channel. Language knowledge only.
 */

/** The channels files come in by, as they close the words before the number. */
const CHANNEL = String.raw`(?:trực\s+tuyến(?:\s+(?:toàn\s+trình|một\s+phần))?|trực\s+tiếp|(?:dịch\s+vụ\s+)?bưu\s+chính(?:\s+công\s+ích)?|dịch\s+vụ\s+công(?:\s+trực\s+tuyến)?|qua\s+mạng)`;
/** A breakdown's opening, then maybe a verb or «qua», then the channel, right before the number. */
const SHARE = new RegExp(
  String.raw`(?:(?<![\p{L}])(?:trong\s+đó|bao\s+gồm|gồm|kể\s+cả)(?![\p{L}])|\()[\s:,]*(?:(?:số\s+)?hồ\s+sơ\s+)?(?:(?:nộp|tiếp\s+nhận|nhận|qua|bằng|theo\s+hình\s+thức|hình\s+thức)\s+){0,2}${CHANNEL}(?:\s+là)?\s*:?\s*$`,
  "iu",
);
const NAMES_CHANNEL = new RegExp(String.raw`(?<![\p{L}])${CHANNEL}(?![\p{L}])`, "iu");

/** A channel alone after a comma, its breakdown opened earlier: «trong đó trực tuyến 2.641, trực tiếp 854». */
const NEXT_CHANNEL = new RegExp(String.raw`^\s*(?:(?:số\s+)?hồ\s+sơ\s+)?(?:(?:nộp|qua|bằng)\s+)?${CHANNEL}\s*:?\s*$`, "iu");
const OPENED = /(?:(?<![\p{L}])(?:trong\s+đó|bao\s+gồm|gồm|kể\s+cả)(?![\p{L}])|\()/iu;

/** The number at `start` is a channel's share in a breakdown, and the field's own words (lower case) name no channel. */
export function channelShare(ownWords: string, text: string, start: number): boolean {
  if (NAMES_CHANNEL.test(ownWords)) return false;
  const before = text.slice(Math.max(0, start - 100), start);
  if (SHARE.test(before)) return true;
  const comma = before.lastIndexOf(",");
  return comma !== -1 && NEXT_CHANNEL.test(before.slice(comma + 1)) && OPENED.test(before.slice(0, comma)) && !/[;\n]|\.(?=\s)/u.test(before.slice(before.search(OPENED), comma));
}

/**
 * «Tỷ lệ hồ sơ nộp trực tuyến đạt 71,3%»: a rate of one channel, no outcome's rate (resolved, pending, late). Its
 * clause, before it, names a rate and a channel; a figure whose own words name a channel may take it.
 */
export function channelRate(ownWords: string, text: string, start: number): boolean {
  if (NAMES_CHANNEL.test(ownWords)) return false;
  const before = text.slice(Math.max(0, start - 80), start);
  // A sentence ends at «. » before a capital; «19.873» is a number's.
  const sentenceEnd = [...before.matchAll(/[.)]\s+(?=\p{Lu})/gu)].at(-1)?.index ?? -1;
  const clause = before.slice(Math.max(before.lastIndexOf(";"), before.lastIndexOf("\n"), before.lastIndexOf(","), sentenceEnd) + 1);
  return /(?<![\p{L}])(?:tỷ lệ|tỉ lệ)(?![\p{L}])/iu.test(clause) && NAMES_CHANNEL.test(clause);
}
