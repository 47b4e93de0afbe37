/**
 * Vietnamese numbers written in words, as offices write a count twice («03 (ba) cá nhân», the style of legal texts)
 * or once («bốn Phó Chánh Văn phòng», «mười hai cuộc giao ban»). Read strictly: every word must be a numeral and
 * the words must make a number as Vietnamese says it («hai mươi mốt», «một trăm linh năm»); anything else is no
 * number, so an ordinary word is never read as one.
 */

const DIGITS: Readonly<Record<string, number>> = {
  không: 0, một: 1, hai: 2, ba: 3, bốn: 4, tư: 4, năm: 5, sáu: 6, bảy: 7, bẩy: 7, tám: 8, chín: 9,
};
/** Unit digits after «mươi»/«mười»: «mốt» (1), «tư» (4), «lăm»/«nhăm» (5) are their forms there. */
const AFTER_TENS: Readonly<Record<string, number>> = { ...DIGITS, mốt: 1, lăm: 5, nhăm: 5 };

export const NUMERAL_WORDS: ReadonlySet<string> = new Set([
  ...Object.keys(AFTER_TENS), "mười", "mươi", "trăm", "linh", "lẻ", "nghìn", "ngàn",
]);

/** The value of a run of numeral words below a thousand, or null when they do not make a number. */
function belowThousand(words: readonly string[]): number | null {
  let i = 0;
  let value = 0;
  const digit = (w: string | undefined) => (w === undefined ? undefined : DIGITS[w]);
  // Hundreds: «ba trăm», «một trăm linh năm».
  if (words[i + 1] === "trăm" && digit(words[i]) !== undefined) {
    value += digit(words[i])! * 100;
    i += 2;
    if (i === words.length) return value;
    if (words[i] === "linh" || words[i] === "lẻ") {
      const unit = digit(words[i + 1]);
      return unit !== undefined && unit > 0 && i + 2 === words.length ? value + unit : null;
    }
  }
  // Tens: «mười», «mười hai», «hai mươi», «hai mươi mốt».
  if (words[i] === "mười") {
    value += 10;
    i += 1;
  } else if (words[i + 1] === "mươi" && (digit(words[i]) ?? 0) >= 2) {
    value += digit(words[i])! * 10;
    i += 2;
  } else {
    const unit = digit(words[i]);
    if (unit === undefined || i + 1 !== words.length) return null;
    return value + unit;
  }
  if (i === words.length) return value;
  const unit = AFTER_TENS[words[i]!];
  // «mười mốt» is no number (eleven is «mười một»); «hai mươi mốt» is.
  if (unit === undefined || unit === 0 || i + 1 !== words.length || (words[i] === "mốt" && value === 10)) return null;
  return value + unit;
}

/** The value of numeral words («ba», «mười hai», «một nghìn hai trăm»), or null. */
export function spelledValue(written: string): number | null {
  const words = written.normalize("NFC").toLowerCase().trim().split(/\s+/);
  if (words.length === 0 || !words.every((w) => NUMERAL_WORDS.has(w))) return null;
  const thousand = words.findIndex((w) => w === "nghìn" || w === "ngàn");
  if (thousand === -1) return belowThousand(words);
  const high = belowThousand(words.slice(0, thousand));
  if (high === null || high === 0) return null;
  const rest = words.slice(thousand + 1);
  if (rest.length === 0) return high * 1000;
  const low = belowThousand(rest[0] === "không" && rest[1] === "trăm" ? rest.slice(2) : rest);
  return low === null ? null : high * 1000 + low;
}
