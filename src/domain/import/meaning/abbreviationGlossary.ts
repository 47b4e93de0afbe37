/**
 * Abbreviations a report lists together before using them: a glossary, as offices put one under the title or at the
 * end («(Trong báo cáo này: VP là Văn phòng UBND tỉnh; TTHC là thủ tục hành chính; …)», «Chữ viết tắt: CCHC - cải
 * cách hành chính; DVC - dịch vụ công», or one per line under «CÁC CHỮ VIẾT TẮT»). Nghị định 30/2020/NĐ-CP lets a
 * document shorten a phrase it uses often once it has said what the short form stands for; a glossary says it for
 * all of them at once. A short form is taken only inside a glossary (several definitions side by side, or after
 * «viết tắt» / «trong báo cáo này»), only when it is no Vietnamese syllable, and only with a phrase of words (no
 * figure): «LLCT: CC 12, TC 18» is a line of figures, not a definition.
 */
import { notASyllable } from "./abbreviations";
import { runsOf } from "./letterRuns";
import { syllables, wordOf } from "./words";

type Reading = [string[], string[]];

/** «TTHC», «BP1C», «TT&TT», «TT PVHCC»: capitals (a digit or «&» inside), at most two written words. */
const SHORT = String.raw`\p{Lu}[\p{Lu}\p{Ll}\d&]*\p{Lu}[\p{Ll}]?(?:\s\p{Lu}[\p{Lu}\d&]*\p{Lu})?`;
/**
 * One definition: the short form, «là» or a sign, then the phrase it stands for. A bracket after the short form says
 * where it means that: «ĐH (trình độ) - đại học» beside «ĐH - đúng hạn».
 */
const DEFINITION = new RegExp(String.raw`^\s*[-+•*]?\s*(${SHORT})\s*(?:\([^()\d]{1,30}\)\s*)?(?:(là)\s+|[:=–-]\s*)(\p{L}[^\d;()]*?)\s*[.,]?\s*$`, "u");
/**
 * One definition the other way round, the phrase in brackets after its short form: «VP (Văn phòng UBND tỉnh), HS (hồ
 * sơ)», as a clerk lists them after «Các từ viết tắt:». Taken only after such an opening and in an unbroken run from it.
 */
const BRACKETED_DEFINITION = new RegExp(String.raw`^\s*(${SHORT})\s*\(\s*(\p{L}[^\d()]*?)\s*\)\s*(?:[,;]|\.(?=\s|$)|$)`, "u");
/**
 * Between two definitions: «;», or a comma after a phrase's last word and before the next short form and its sign
 * («… - lý luận chính trị, CC (LLCT) - cao cấp, TC - …»); «CVP, PCVP - Chánh, Phó Chánh Văn phòng» is one.
 */
const NEXT_DEFINITION = new RegExp(String.raw`;|(?<=\p{Ll}),(?=\s*${SHORT}\s*(?:\([^()\d]{1,30}\)\s*)?[:=–-]\s*\p{L})`, "u");
/** What opens a glossary: it says the short forms follow. */
const OPENS = /(?:(?:chữ|các từ|từ ngữ)\s+viết tắt|ghi chú\s*:|viết tắt\s*(?:như sau|sau|:)|trong (?:báo cáo|văn bản) này)(?:(?!\s*\p{Lu}{2})[^:;\n]{0,20}:)?\s*/iu;

export function glossaryReadings(text: string): Map<string, Reading> {
  const found = new Map<string, Reading>();
  // A short form the glossary defines two ways («ĐH - đúng hạn», «ĐH (trình độ) - đại học») is read use by use
  // (abbreviations.ts), not as either.
  const twice = new Set<string>();
  // A glossary in brackets or on one line: definitions parted by «;».
  for (const block of [...text.matchAll(/\(([^()]{8,1500})\)/gu)].map((m) => m[1]!).concat(text.split("\n"))) {
    const opened = OPENS.exec(block);
    const body = opened ? block.slice(opened.index + opened[0].length) : block;
    // Commas part definitions only after a glossary's opening words: every other line is read as before, and cheaply.
    const defs = body.split(opened !== null ? NEXT_DEFINITION : ";").map((piece) => DEFINITION.exec(piece));
    const taken = defs.filter((d): d is RegExpExecArray => d !== null);
    // Two definitions said «là», or any after a glossary's opening words; one alone is a sentence like any other. After
    // the opening words, two in three are enough: a clerk's glossary joins its last definitions with commas.
    const mostly = taken.length >= defs.length - 1 || (taken.length >= 3 && taken.length * 3 >= defs.length * 2);
    const glossary = opened !== null ? taken.length >= 1 && mostly : taken.filter((d) => d[2]).length >= 2;
    if (glossary) for (const d of taken) add(found, d[1]!, d[3]!, twice);
    else if (opened) for (const [short, phrase] of bracketedRun(body)) add(found, short, phrase, twice);
  }
  // One per line after a line that opens a glossary («CÁC CHỮ VIẾT TẮT»).
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const opened = OPENS.exec(lines[i]!);
    // The opening line says nothing more: the definitions are the lines under it.
    if (!opened || lines[i]!.slice(opened.index + opened[0].length).trim() !== "") continue;
    for (let j = i + 1; j < lines.length; j++) {
      const d = DEFINITION.exec(lines[j]!);
      if (!d) break;
      add(found, d[1]!, d[3]!, twice);
    }
  }
  for (const key of twice) found.delete(key);
  return expanded(found);
}

/** «VP (Văn phòng UBND tỉnh), CBCC (cán bộ, công chức), …»: the definitions from the glossary's start, to the first that is none. */
function bracketedRun(body: string): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  let rest = body;
  for (let d = BRACKETED_DEFINITION.exec(rest); d; d = BRACKETED_DEFINITION.exec(rest)) {
    out.push([d[1]!, d[2]!]);
    rest = rest.slice(d[0].length);
  }
  return out;
}

function add(found: Map<string, Reading>, short: string, phrase: string, twice: Set<string>): void {
  const key = runsOf(short.toLowerCase(), "marks").map(wordOf);
  if (key.length === 0 || !key.every(notASyllable)) return;
  const all = syllables(phrase);
  if (all.length < 2 || all.length > 14) return;
  // «VP là Văn phòng UBND tỉnh»: the short form spells «Văn phòng»; what follows only says whose office it is, and
  // read into every «VP» it would bring in another body (the province's committee).
  const spelt = spelledBy(plain(key.join("")), all.map(plain), 0);
  const reading: Reading = [key, spelt !== null && spelt >= 2 ? all.slice(0, spelt) : all];
  const before = found.get(key.join(" "));
  if (before !== undefined && before[1].join(" ") !== reading[1].join(" ")) twice.add(key.join(" "));
  found.set(key.join(" "), reading);
}

function plain(word: string): string {
  return word.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d");
}

/** The fewest first words whose first letters (one or two each) spell `letters`, or null. */
function spelledBy(letters: string, words: readonly string[], from: number): number | null {
  if (letters === "") return from;
  const word = words[from];
  if (word === undefined) return null;
  for (let k = 1; k <= Math.min(2, word.length, letters.length); k++) {
    if (!letters.startsWith(word.slice(0, k))) continue;
    const rest = spelledBy(letters.slice(k), words, from + 1);
    if (rest !== null) return rest;
  }
  // «Lao động - Thương binh và Xã hội (LĐTBXH)»: a joining word may be left out of the short form.
  return word === "va" || word === "cua" ? spelledBy(letters, words, from + 1) : null;
}

/** «BP1C là Bộ phận Một cửa của VP» where «VP là Văn phòng UBND tỉnh»: a phrase is read with its fellows' meanings. */
function expanded(found: Map<string, Reading>): Map<string, Reading> {
  const out = new Map<string, Reading>();
  for (const [key, [short, means]] of found) {
    const words = means.flatMap((w) => {
      const other = found.get(w);
      return other && w !== key ? other[1] : [w];
    });
    out.set(key, [short, words]);
  }
  return out;
}
