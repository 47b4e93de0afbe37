/**
 * The noun right after a number is what it counts; a unit written after that noun only qualifies it. «07 nhóm nhiệm
 * vụ» counts groups (of tasks), not tasks, so it is no figure counted in «nhiệm vụ»; «03 đợt kiểm tra hồ sơ» counts
 * rounds, not files. People written with their post («01 đồng chí Phó Chánh Văn phòng») are one group of units and
 * count the same people. The field's unit is its own (`field.unit`) or the word after the figure in its wording.
 */
import type { FieldDef } from "../../types";
import type { FigurePattern } from "../patterns";
import { plainWording } from "./profiles";
import { ANYONE, POSTS, sameGroup } from "./score";
import { KNOWN_UNITS, syllables, unitAt } from "./words";
import { measuredAt } from "./measureWords";
import { withoutNextLabel } from "./nextLabel";

/** Nouns that count groups of things: followed by a unit, they are the head, the unit their complement. */
const COLLECTIVES = ["nhóm", "loại", "đợt", "lĩnh vực", "bộ", "danh mục", "tổ", "đoàn", "khối", "cụm", "gói"];
// «bộ phận» (a division) is its own noun, not the collective «bộ» (a set) before «phận».
const HEADS = [...KNOWN_UNITS, "bộ phận", ...COLLECTIVES];
/**
 * Occasions, not holders: «2 lượt lý luận chính trị cao cấp» counts trips to a course, not people holding the degree.
 * A field that says no unit is still no count of occasions unless its label says so («Lượt tiếp …»).
 */
const OCCASIONS = ["lượt", "lần"];
const HEADS_AND_OCCASIONS = [...HEADS, "lần"];

/** The unit a count field counts, from its definition or its wordings («{N} nhiệm vụ»); null when none says. */
export function fieldUnit(field: FieldDef, patterns: readonly FigurePattern[]): string | null {
  if (field.unit) return unitAt(syllables(field.unit)) ?? null;
  for (const p of patterns) {
    const plain = plainWording(p.wording);
    const at = plain.indexOf("{N}");
    if (at === -1) continue;
    const unit = unitAt(syllables(plain.slice(at + 3).split(/[,;.:()]/)[0] ?? ""));
    if (unit) return unit;
  }
  return null;
}

/** The number at `end` is followed by another head noun, then by the field's unit: it counts that head. */
export function otherHeadNoun(unit: string | null, text: string, end: number, label = ""): boolean {
  // «đ/c» is how clerks shorten «đồng chí».
  // «84 lượt người», «02 lượt đoàn», «842 bộ hồ sơ» count the unit their measure word measures (measureWords.ts):
  // no count of visits nor of sets, a count of that unit in any of its names.
  const measured = measuredAt(text, end);
  if (measured) return unit !== null && unit !== measured.unit && !sameGroup(unit, measured.unit);
  // «38 Đang học cao cấp: 03»: the next item's label is no noun of this number (nextLabel.ts).
  const written = text.slice(end, end + 60).split(/[,;.:()\n\t]/)[0] ?? "";
  const after = syllables(withoutNextLabel(text, written, end + written.length).replace(COMRADE, "đồng chí"));
  const head = unitAt(after, HEADS_AND_OCCASIONS);
  if (!unit) return head !== null && OCCASIONS.includes(head) && !syllables(label).includes(head);
  if (!head || head === unit) return false;
  const rest = after.slice(head.split(" ").length);
  // «01 đ/c Phó Chánh Văn phòng», «01 Phó Chánh Văn phòng»: a post, said alone or after the person, is what is
  // counted; another post than the field's is another figure («Bổ nhiệm … Trưởng phòng»).
  const post = POSTS.has(head) ? head : ANYONE.has(head) ? unitAt(rest, POST_LIST) : null;
  if (POSTS.has(unit) && post !== null && post !== unit) return true;
  if (sameGroup(head, unit)) return false;
  if (unitAt(rest, [unit]) === unit) return true;
  // «đón 27 đoàn khách» for a count of «tổ chức»: a collective right after the number is what it counts, whatever
  // follows (known units clash in the score already; collectives are no unit there).
  return COLLECTIVES.includes(head) && !` ${syllables(label).join(" ")} `.includes(` ${head} `);
}

const COMRADE = /(?<![\p{L}])đ\/c(?![\p{L}])/giu;
const POST_LIST: readonly string[] = [...POSTS].filter((p) => p !== "chuyên viên");

/**
 * «số người làm việc trong đơn vị sự nghiệp được giao 24»: the «số …» opening the number's clause names what it
 * counts (people); the field's unit written after that head (units) only qualifies it.
 */
export function countedBefore(unit: string | null, text: string, start: number): boolean {
  if (!unit) return false;
  const clause = text.slice(Math.max(0, start - 100), start).split(/[,;:.()\n\t]/).pop() ?? "";
  const sylls = syllables(clause);
  const at = sylls.lastIndexOf("số");
  if (at === -1) return false;
  const from = sylls[at + 1] === "lượng" ? at + 2 : at + 1;
  const head = unitAt(sylls.slice(from), HEADS);
  if (!head || head === unit || sameGroup(head, unit)) return false;
  for (let i = from + head.split(" ").length; i < sylls.length; i++) if (unitAt(sylls.slice(i), [unit]) === unit) return true;
  return false;
}
