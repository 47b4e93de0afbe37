/**
 * Words a clerk swaps without changing what is said: connectives of a breakdown («trong đó», «bao gồm», «gồm có»),
 * of resolved and pending files, of early / late, and spelling variants (tỷ/tỉ, sỹ/sĩ, hòa/hoà). Each swap rewrites
 * every form of a group to one member, the case of the first letter kept.
 */
import { NOT_WORD_AFTER, NOT_WORD_BEFORE, pick, type Rewrite } from "./text";

/** Members of a group, longest first so that «đã giải quyết xong» is one match, not «đã giải quyết» + «xong». */
function swapGroup(members: readonly string[], to: string): Rewrite {
  const sorted = [...members].sort((a, b) => b.length - a.length);
  const re = new RegExp(`${NOT_WORD_BEFORE}(?:${sorted.join("|")})${NOT_WORD_AFTER}`, "giu");
  const capital = to.charAt(0).toUpperCase() + to.slice(1);
  return (text) => text.replace(re, (m: string) => (m.charAt(0) !== m.charAt(0).toLowerCase() ? capital : to));
}

/** One target per document, seeded: each document gets one clerk's habit. */
function swapSeeded(members: readonly string[], targets: readonly string[]): Rewrite {
  return (text, random, context) => swapGroup(members, pick(targets, random))(text, random, context);
}

const INCLUDES = ["trong đó có", "trong đó", "bao gồm", "gồm có"];
export const breakdownWords = swapSeeded(INCLUDES, ["trong đó", "bao gồm", "gồm có"]);

const RESOLVED = ["đã giải quyết xong", "đã được giải quyết", "đã giải quyết", "giải quyết xong"];
export const resolvedWords = swapSeeded(RESOLVED, ["đã giải quyết", "giải quyết xong", "đã được giải quyết"]);

const PENDING = ["đang giải quyết", "đang xử lý", "đang được giải quyết"];
export const pendingWords = swapSeeded(PENDING, ["đang giải quyết", "đang xử lý", "đang được giải quyết"]);

/** Not «nâng lương trước thời hạn»: a pay rise is not a file returned early. */
const EARLY = ["sớm hạn", "(?<!lương )trước hạn", "(?<!lương )trước thời hạn"];
const ON_TIME = ["đúng hạn", "đúng thời hạn"];
/** «trễ hạn» and «quá hạn» as one, but not inside «trễ và quá hạn», «trễ, quá hạn» (that would say it twice). */
const LATE = ["trễ hạn", "(?<!trễ và |trễ, |trễ hoặc )quá hạn"];
export const deadlineWords: Rewrite = (text, random, context) => {
  const early = swapSeeded(EARLY, ["trước hạn", "sớm hạn", "trước thời hạn"])(text, random, context);
  const onTime = swapSeeded(ON_TIME, ON_TIME)(early, random, context);
  return swapSeeded(LATE, ["trễ hạn", "quá hạn"])(onTime, random, context);
};

/** Spelling both ways are in use (Quyết định 1989/QĐ-BGDĐT left «i/y» and the tone's place to habit). */
const SPELLING: ReadonlyArray<readonly [RegExp, string]> = [
  [/(?<![\p{L}])([Tt])ỷ(?![\p{L}])/gu, "$1ỉ"],
  [/(?<![\p{L}])([Ss])ỹ(?![\p{L}])/gu, "$1ĩ"],
  [/òa/gu, "oà"],
  [/óa/gu, "oá"],
  [/ủy/gu, "uỷ"],
  [/Ủy/gu, "Uỷ"],
  [/ùy/gu, "uỳ"],
];
export const spellingVariants: Rewrite = (text) => SPELLING.reduce((t, [re, to]) => t.replace(re, to), text);
