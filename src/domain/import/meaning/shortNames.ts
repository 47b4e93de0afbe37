/**
 * The short forms a document calls an organisation by, from both places a report says what a short form stands for:
 * - a name written out once and shortened: «Trung tâm Phục vụ hành chính công tỉnh (sau đây gọi tắt là Trung tâm)»,
 *   then «c) Kết quả giải quyết TTHC tại Trung tâm». Nghị định 30/2020/NĐ-CP (Phụ lục I) lets a document write a
 *   long name in full once with its short form, and clerks then use the short form alone, headings included. Such a
 *   short form names the organisation only where it is used alone: «Trung tâm Thông tin - Công báo» is another centre,
 *   so a short form followed by a capitalised word (a longer proper name) names nothing here (`alone`);
 * - capitals read as what they stand for: «TTPVHCC» for the province's service centre, «BP1C của VP» for the office's
 *   one-stop desk, once the report's glossary (abbreviationGlossary.ts) or the shared table (abbreviations.json) has
 *   said so. Such a short form names the organisation wherever it stands, as its full name would (`written`).
 * The precision layer looks for a section's organisation by its name in the text as written (vetoPlace.ts); without
 * these the centre's own figures, under a heading that names it only so, read as «not about the centre».
 * Read with the document's words in force (words.withDocumentWords), once per document and organisation.
 */
import { documentReadings } from "./abbreviations";
import { syllables, wordOf, wordsOf } from "./words";
import { escapeRegExp } from "../text";

export interface ShortForms {
  /** Capitals whose reading holds one of the names, lower case: names of the organisation like its own. */
  written: string[];
  /** Short forms the document defined for the organisation, as patterns: they name it only used alone. */
  alone: RegExp[];
}

/** Written short forms: a run of capitals, with a digit or «&» inside («BP1C», «TT&TT»); two letters at least. */
const CAPITALS = /(?<![\p{L}\d])\p{Lu}[\p{Lu}\d&]*\p{Lu}(?![\p{L}\d])/gu;

/** For the ways the form names an organisation, the document's short forms that stand for it. */
export function shortFormsOf(text: string): (names: readonly string[]) => ShortForms {
  let capitals: Map<string, string> | null = null;
  let defined: Array<[string, string]> | null = null;
  const memo = new Map<string, ShortForms>();
  return (names) => {
    const key = names.join("|");
    const known = memo.get(key);
    if (known) return known;
    capitals ??= capitalReadings(text);
    const spaced = names.map((n) => ` ${n} `);
    const written = [...capitals].flatMap(([short, read]) => (read !== "" && spaced.some((n) => read.includes(n)) && !names.includes(short) ? [short] : []));
    // A defined short form is looked for under every name, its capitals' ones included.
    defined ??= documentReadings(text).map(([short, means]) => [short.join(" "), ` ${means.join(" ")} `]);
    const wanted = [...names, ...written].map((n) => ` ${wordsOf(n).join(" ")} `);
    const shorts = defined.filter(([short, means]) => short.length > 1 && wanted.some((n) => means.includes(n) && !n.includes(` ${short} `)));
    const alone = shorts.map(([short]) => new RegExp(`(?<![\\p{L}\\p{M}])${short.split(" ").map(escapeRegExp).join("[ \\t\\u00a0]+")}(?![\\p{L}\\p{M}])`, "gu"));
    const found = { written, alone };
    memo.set(key, found);
    return found;
  };
}

/** Each run of capitals as written (lower case) with its reading, spaced; "" where it reads as its own letters. */
function capitalReadings(text: string): Map<string, string> {
  const readings = new Map<string, string>();
  for (const m of text.matchAll(CAPITALS)) {
    const written = m[0].normalize("NFC").toLowerCase();
    if (readings.has(written)) continue;
    const read = syllables(m[0]);
    readings.set(written, read.length > 1 ? ` ${read.join(" ")} ` : "");
  }
  return readings;
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
