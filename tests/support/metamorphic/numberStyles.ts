/**
 * Number habits a clerk has (issue 11 § 1): thousands written 9.780, 9780, «9 780» or with a non-breaking space;
 * leading zeros «08» or «8»; rates «95,06%», «95,06 %», «95.06%». Each rewrite changes how a value is written, never
 * the value: dates, document numbers («4963/UBND»), decimals and heading numbers are left as they are.
 */
import type { Rewrite } from "./text";

const NBSP = "\u00a0";

/** A number with dot thousands (9.780, 12.474), not part of a date «15.12.2025» or a decimal outline «1.2.1». */
const DOTTED = /(?<![\d.,/]|\d[.,])(\d{1,3}(?:\.\d{3})+)(?![\d/]|[.,]\d)/gu;

export const thousandsWith =
  (separator: string): Rewrite =>
  (text) =>
    text.replace(DOTTED, (n: string) => n.replace(/\./g, separator));

export const thousandsPlain = thousandsWith("");
export const thousandsSpace = thousandsWith(" ");
export const thousandsNbsp = thousandsWith(NBSP);

/**
 * 4-digit counts written plain (1024) get a dot, but never a year (1900–2100) nor a number in a code or a date.
 */
export const thousandsDotted: Rewrite = (text) =>
  text.replace(/(?<![\p{L}\d.,/-])(\d)(\d{3})(?![\p{L}\d/-]|[.,]\d)/gu, (n: string, a: string, b: string) =>
    Number(n) >= 1900 && Number(n) <= 2100 ? n : `${a}.${b}`,
  );

/** Outside codes and dates, not a heading's number at the start of a line, not a footnote mark glued to a word. */
const SMALL = /(?<![\p{L}\d.,/:-]|^\s*|\d\s)(0?)(\d)(?![\p{L}\d/:-]|[.,]\d|\s\d{3}(?!\d))/gmu;

export const zerosStripped: Rewrite = (text) => text.replace(SMALL, (n: string, zero: string, d: string) => (zero && d !== "0" ? d : n));
/**
 * «8» → «08» as clerks pad counts, but not a number inside a name the truth holds («Nhà khách số 2», «xã Sơn Kim 1»):
 * no clerk writes «Phòng Công chứng số 01», and padding the truth along with the text would test another name.
 */
export const zerosPadded: Rewrite = (text, _random, context) => {
  const inName = namesAt(text, context.truthNames ?? []);
  return text.replace(SMALL, (n: string, zero: string, d: string, at: number, all: string) =>
    zero || d === "0" || /[)\].]/.test(all[at + n.length] ?? "") || inName(at) ? n : `0${d}`,
  );
};

/** Whether an offset falls inside one of the names as the text writes them. */
function namesAt(text: string, names: readonly string[]): (at: number) => boolean {
  const spans: Array<[number, number]> = [];
  for (const name of names) for (let i = text.indexOf(name); i !== -1; i = text.indexOf(name, i + 1)) spans.push([i, i + name.length]);
  return (at) => spans.some(([from, to]) => at >= from && at < to);
}

/** The rate's number, its separator and its «%»: «95,06%», «95,06 %», «100%». */
const RATE = /(?<![\d.,])(\d+)(?:([.,])(\d{1,2}))?([\s\u00a0]?)%/gu;

export const rateSpaced: Rewrite = (text) => text.replace(RATE, (_m, i: string, sep = "", d = "") => `${i}${d ? sep + d : ""} %`);
export const rateNbsp: Rewrite = (text) => text.replace(RATE, (_m, i: string, sep = "", d = "") => `${i}${d ? sep + d : ""}${NBSP}%`);
export const rateGlued: Rewrite = (text) => text.replace(RATE, (_m, i: string, sep = "", d = "") => `${i}${d ? sep + d : ""}%`);
/** «95,06%» as typed on an English keyboard: «95.06%» (only for rates with decimals, the figure stays a rate). */
export const rateDecimalDot: Rewrite = (text) =>
  text.replace(RATE, (_m, i: string, _sep = "", d = "", space: string) => `${i}${d ? "." + d : ""}${space}%`);
