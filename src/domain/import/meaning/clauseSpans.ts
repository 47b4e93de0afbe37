/**
 * Where a figure's clause begins and ends: at a semicolon, a line, a tab or table bar, a bracket or a full stop (not
 * a bracket that stands alone, loneBrackets.ts), and at a comma that joins a second sentence to the first: «…
 * hiện có 45 công chức, đồng thời được giao 22 … và hiện có 19 viên chức, cùng với đó …» is three sentences a clerk
 * wrote as one («đồng thời», «cùng với đó», «bên cạnh đó», «ngoài ra» open a statement of their own, never a phrase
 * of the one before). Found once per text, looked up by binary search per figure.
 */
import { loneBracketMarks } from "./loneBrackets";

/** The words that open a statement of its own after a comma. */
const JOINT_WORDS = String.raw`(?:đồng thời|cùng với đó|bên cạnh đó|ngoài ra)(?![\p{L}\p{M}])`;
const HARD = new RegExp(String.raw`[;\n\t|()[\]]|\.(?=\s|$)|,(?=\s*${JOINT_WORDS})`, "gu");
const STATEMENT_JOINT = new RegExp(String.raw`,\s*${JOINT_WORDS}`, "giu");

/**
 * The words of `prefix` (a sentence up to a number) from the last statement joined by «, đồng thời» / «, cùng với
 * đó» on, the earlier ones blanked (same length, so offsets hold): what the sentence says before belongs to the
 * statements before.
 */
export function fromLastJoint(prefix: string): string {
  const joint = [...prefix.matchAll(STATEMENT_JOINT)].at(-1);
  if (!joint) return prefix;
  const from = joint.index + joint[0].length;
  return " ".repeat(from) + prefix.slice(from);
}

export interface Span {
  from: number;
  to: number;
}

export function hardBoundaries(text: string): number[] {
  const lone = loneBracketMarks(text);
  return [...text.matchAll(HARD)].map((m) => m.index).filter((at) => !lone.has(at));
}

/** Last boundary before `at` and first at or after it (binary search). */
export function clauseOf(boundaries: readonly number[], at: number, length: number): Span {
  let low = 0;
  let high = boundaries.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (boundaries[mid]! < at) low = mid + 1;
    else high = mid;
  }
  return { from: low > 0 ? boundaries[low - 1]! + 1 : 0, to: low < boundaries.length ? boundaries[low]! : length };
}

/** The first comma after `from` within the clause, or the clause's end. */
export function commaAfter(text: string, from: number, limit: number): number {
  const comma = text.indexOf(",", from);
  return comma === -1 || comma > limit ? limit : comma;
}
