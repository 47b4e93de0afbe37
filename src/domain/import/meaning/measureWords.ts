/**
 * Measure words: a noun a Vietnamese count puts before its unit without counting anything else, so the count counts
 * the unit. «84 lượt người» counts people (inspectorates count each person once per visit), «04 lượt công chức»
 * luân chuyển the staff (each move of a person once), «02 lượt đoàn đông
 * người» delegations, «612 lượt hồ sơ» files (each filing, as one-stop statistics count them), «7.315 bộ hồ sơ» files
 * (a file is one «set» of papers), unlike «07 nhóm nhiệm vụ» (groups of tasks) or «02 bộ thủ tục hành chính» (sets of
 * procedures), whose head is what they count. Once a paragraph has said «bộ hồ sơ», clerks go on with the measure
 * word alone: «giải quyết xong 7.046 bộ, trước hạn 4.911 bộ» still counts files.
 *
 * Read from the raw text: the measure word and its unit written side by side after the number, only spaces between.
 * «86 lượt/127 người» says «lượt» of 86 and «người» of 127; syllables read past the slash would join them. A measure
 * word in capitals is a name («03 Bộ, ngành»: ministries), never a measure word.
 */
import { syllables } from "./words";

interface Measure {
  /** The measure word, as written before the unit. */
  word: string;
  /** The unit it measures one of: what the count counts, as the engine's units name it. */
  unit: string;
  /** Said alone for its unit once the paragraph wrote them together. */
  alone: boolean;
}

/**
 * Not «lượt» alone: alone it is the visits of the citizens' reception («12 lượt, 15 người»), whatever people or files
 * the paragraph spoke of.
 */
const MEASURES: readonly Measure[] = [
  { word: "lượt", unit: "người", alone: false },
  { word: "lượt", unit: "đoàn", alone: false },
  { word: "lượt", unit: "hồ sơ", alone: false },
  { word: "lượt", unit: "công chức", alone: false },
  { word: "lượt", unit: "viên chức", alone: false },
  { word: "bộ", unit: "hồ sơ", alone: true },
];

/** What a number measured so counts. */
export interface Measured {
  word: string;
  unit: string;
}

/**
 * Words that go on with the clause after a count, not a noun the measure word could measure: a conjunction, an
 * aspect word or a verb of the files' fate («9 bộ giải quyết quá hạn», «241 bộ đang giải quyết», «1.800 bộ và …»).
 * A noun after it («bộ tiêu chí», «bộ câu hỏi») is what it counts, so the list is closed, not «anything but a unit».
 */
const CLAUSE_GOES_ON = new Set(["và", "đang", "đã", "được", "chưa", "còn", "đạt", "chiếm", "giải", "trả", "bị", "là", "trong", "hiện"]);

/** How far back the paragraph is searched for the measure word written with its unit (a bounded look). */
const SAID_WITHIN = 1500;

/** The words written right after `at`, only spaces between them: «lượt người» of « lượt người đến», «lượt» of « lượt/127». */
const WORD_RUN = /^[ \u00a0]+([\p{L}\p{M}]+)((?:[ \u00a0]+[\p{L}\p{M}]+){0,5})/u;
/** «26/29 lượt người»: the part of a fraction counts what its whole counts. */
const FRACTION_WHOLE = /^[ \u00a0]*\/[ \u00a0]*\d[\d.,]*/u;

/**
 * What the number ending at `end` counts through a measure word: its unit written with it («84 lượt người»), or
 * alone with nothing but the clause's going on after it («4.870 bộ, …») in a paragraph that wrote «bộ hồ sơ».
 */
export function measuredAt(text: string, end: number): Measured | null {
  const whole = FRACTION_WHOLE.exec(text.slice(end, end + 24));
  const from = end + (whole?.[0].length ?? 0);
  const run = WORD_RUN.exec(text.slice(from, from + 80).normalize("NFC"));
  if (!run || run[1] !== run[1]!.toLowerCase()) return null;
  const word = run[1]!;
  const measures = MEASURES.filter((m) => m.word === word);
  if (measures.length === 0) return null;
  const rest = syllables(run[2]!);
  const written = measures.find((m) => startsWith(rest, m.unit));
  if (written) return { word, unit: written.unit };
  if (rest.length > 0 && !CLAUSE_GOES_ON.has(rest[0]!)) return null;
  const said = measures.find((m) => m.alone && saidTogether(text, from, m));
  return said ? { word, unit: said.unit } : null;
}

function startsWith(sylls: readonly string[], unit: string): boolean {
  return syllables(unit).every((s, i) => sylls[i] === s);
}

/** The paragraph before `at` wrote the measure word with its unit, side by side. */
function saidTogether(text: string, at: number, m: Measure): boolean {
  const lineStart = text.lastIndexOf("\n", at) + 1;
  const from = Math.max(lineStart, at - SAID_WITHIN);
  const before = text.slice(from, at).normalize("NFC");
  for (const hit of before.matchAll(new RegExp(`(?<![\\p{L}\\p{M}])${m.word}(?=[ \\u00a0])`, "giu"))) {
    const run = WORD_RUN.exec(before.slice(hit.index + hit[0].length));
    if (run && startsWith(syllables(`${run[1]}${run[2]}`), m.unit)) return true;
  }
  return false;
}

/**
 * A wording's «{N} người» (the figure counts people) read as «{N} lượt người» as well, «{N} đoàn» as «{N} lượt đoàn»:
 * the form's author wrote the unit one way, clerks write it with its measure word. Only the figure's own unit:
 * «{n} người» is another figure's.
 */
export function measuredToo(wording: string): string {
  let out = wording;
  for (const unit of new Set(MEASURES.map((m) => m.unit))) {
    const words = MEASURES.filter((m) => m.unit === unit).map((m) => `${m.word} `);
    out = out.replace(new RegExp(`\\{N\\} (${unit})(?![\\p{L}\\p{M}])`, "gu"), `{N} (?:${words.join("|")})?$1`);
  }
  return out;
}
