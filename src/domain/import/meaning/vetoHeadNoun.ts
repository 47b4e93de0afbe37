/**
 * The noun right after a number is what it counts; a unit written after that noun only qualifies it. «07 nhóm nhiệm
 * vụ» counts groups (of tasks), not tasks, so it is no figure counted in «nhiệm vụ»; «03 đợt kiểm tra hồ sơ» counts
 * rounds, not files. People written with their post («01 đồng chí Phó Chánh Văn phòng») are one group of units and
 * count the same people. The field's unit is its own (`field.unit`) or the word after the figure in its wording.
 */
import type { FieldDef } from "../../types";
import type { FigurePattern } from "../patterns";
import { plainWording } from "./profiles";
import { sameGroup } from "./score";
import { KNOWN_UNITS, syllables, unitAt } from "./words";

/** Nouns that count groups of things: followed by a unit, they are the head, the unit their complement. */
const COLLECTIVES = ["nhóm", "loại", "đợt", "lĩnh vực", "bộ", "danh mục", "tổ", "đoàn", "khối", "cụm", "gói"];
const HEADS = [...KNOWN_UNITS, ...COLLECTIVES];

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
export function otherHeadNoun(unit: string | null, text: string, end: number): boolean {
  if (!unit) return false;
  const after = syllables(text.slice(end, end + 60).split(/[,;.:()\n\t]/)[0] ?? "");
  const head = unitAt(after, HEADS);
  if (!head || head === unit || sameGroup(head, unit)) return false;
  const rest = after.slice(head.split(" ").length);
  return unitAt(rest, [unit]) === unit;
}
