/**
 * Measure words: a noun a Vietnamese count puts before its unit without counting anything else. One «bộ hồ sơ» is
 * one file (a dossier, the «set» of its papers), so «tiếp nhận 7.315 bộ hồ sơ» counts files, unlike «07 nhóm nhiệm
 * vụ» (groups of tasks) or «02 bộ thủ tục hành chính» (sets of procedures), whose head is what they count. Once a
 * sentence has said «bộ hồ sơ», clerks go on with the measure word alone: «giải quyết xong 7.046 bộ, trước hạn 4.911
 * bộ» still counts files. The capitalised «Bộ» is a ministry («03 Bộ, ngành»), never a measure word. «lượt hồ sơ»
 * (each filing) counts files too.
 */
import { syllables } from "./words";

/** Each measure word with the units it measures one of. */
const MEASURES: ReadonlyMap<string, readonly string[]> = new Map([
  ["bộ", ["hồ sơ"]],
  // «tiếp nhận 612 lượt hồ sơ»: each filing of a file, as one-stop statistics count them.
  ["lượt", ["hồ sơ"]],
]);
/**
 * Measure words said alone for their unit once the paragraph named it. Not «lượt»: alone it is the visits of the
 * citizens' reception («12 lượt, 15 người»), whatever files the paragraph spoke of.
 */
const ALONE: ReadonlySet<string> = new Set(["bộ"]);

/**
 * Words that go on with the clause after a count, not a noun the measure word could measure: a conjunction, an
 * aspect word or a verb of the files' fate («9 bộ giải quyết quá hạn», «241 bộ đang giải quyết», «1.800 bộ và …»).
 * A noun after it («bộ tiêu chí», «bộ câu hỏi») is what it counts, so the list is closed, not «anything but a unit».
 */
const CLAUSE_GOES_ON = new Set(["và", "đang", "đã", "được", "chưa", "còn", "đạt", "chiếm", "giải", "trả", "bị", "là", "trong", "hiện"]);

/** How far back the paragraph is searched for the measure word written with its unit (a bounded look). */
const SAID_WITHIN = 1500;

/**
 * The number ending at `end` is followed by measure word `head` that measures `unit`: written with the unit
 * («842 bộ hồ sơ»), or alone (nothing but the clause's going on after it) after its paragraph wrote it with the unit.
 */
export function measuresUnit(head: string, rest: readonly string[], unit: string, text: string, end: number): boolean {
  if (!MEASURES.get(head)?.includes(unit)) return false;
  const written = text.slice(end, end + 40).match(/^\s*(\p{L}+)/u)?.[1] ?? "";
  if (written !== written.toLowerCase()) return false;
  const units = syllables(unit);
  if (units.every((s, i) => rest[i] === s)) return true;
  if (!ALONE.has(head) || (rest.length > 0 && !CLAUSE_GOES_ON.has(rest[0]!))) return false;
  const lineStart = text.lastIndexOf("\n", end) + 1;
  const before = syllables(text.slice(Math.max(lineStart, end - SAID_WITHIN), end));
  const together = [head, ...units];
  for (let i = 0; i + together.length <= before.length; i++) if (together.every((s, k) => before[i + k] === s)) return true;
  return false;
}

/** «lượt hồ sơ …», «bộ hồ sơ …»: the unit a measure word opening these syllables measures, or null. */
export function measuredUnit(sylls: readonly string[]): string | null {
  for (const unit of MEASURES.get(sylls[0] ?? "") ?? []) if (syllables(unit).every((s, i) => sylls[i + 1] === s)) return unit;
  return null;
}
