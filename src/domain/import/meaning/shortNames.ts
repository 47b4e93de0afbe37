/**
 * An organisation called by the short name the document gave it: «Trung tâm Phục vụ hành chính công tỉnh (sau đây
 * gọi tắt là Trung tâm)», then «c) Kết quả giải quyết TTHC tại Trung tâm». Nghị định 30/2020/NĐ-CP (Phụ lục I) lets a
 * document write a long name in full once with its short form, and clerks then use the short form alone, headings
 * included: a figure under such a heading is the organisation's, as if its full name were written there.
 * The short form names it only where it is used alone: «Trung tâm Thông tin - Công báo» is another centre, so a short
 * form followed by a capitalised word (a longer proper name) names nothing here.
 */
import { documentReadings } from "./abbreviations";
import { wordOf, wordsOf } from "./words";

/** For each way the form names an organisation, the document's short forms whose meaning contains that name. */
export function shortNamesOf(text: string): (names: readonly string[]) => RegExp[] {
  let readings: Array<[string, string]> | null = null;
  const byNames = new Map<string, RegExp[]>();
  return (names) => {
    const key = names.join("|");
    const known = byNames.get(key);
    if (known) return known;
    readings ??= documentReadings(text).map(([short, means]) => [short.join(" "), ` ${means.join(" ")} `]);
    const wanted = names.map((n) => ` ${wordsOf(n).join(" ")} `);
    const shorts = readings.filter(([short, means]) => short.length > 1 && wanted.some((n) => means.includes(n) && !n.includes(` ${short} `)));
    const found = shorts.map(([short]) => new RegExp(`(?<![\\p{L}\\p{M}])${short.split(" ").map(escape).join("[ \\t\\u00a0]+")}(?![\\p{L}\\p{M}])`, "gu"));
    byNames.set(key, found);
    return found;
  };
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The scope (as written, brackets left out) calls the organisation by one of its short names. */
export function namedByShortName(scope: string, shorts: readonly RegExp[]): boolean {
  if (shorts.length === 0) return false;
  const parts = scope.normalize("NFC").split(/(\s+)/);
  const lower = parts.map((w) => (/\p{L}/u.test(w) ? wordOf(w) : w)).join("");
  const cased = parts.map((w) => (/\p{L}/u.test(w) ? keepCase(w) : w)).join("");
  // The two spellings differ only in the case of first letters: an offset in one is the same in the other.
  return shorts.some((r) => [...lower.matchAll(r)].some((m) => !LONGER.test(cased.slice(m.index + m[0].length, m.index + m[0].length + 4))));
}
const LONGER = /^[ \t\u00a0]+\p{Lu}/u;

/** The word as `wordOf` spells it, its first letter's case kept (a capital says a proper name goes on). */
function keepCase(w: string): string {
  const plain = wordOf(w);
  return /^\p{Lu}/u.test(w) ? plain.charAt(0).toUpperCase() + plain.slice(1) : plain;
}
