/**
 * A label that opens with what it counts and goes on to say which of them («Viên chức biệt phái»: public employees,
 * those seconded) names a kind of that unit. «Văn phòng bố trí 57 công chức, 16 viên chức và 8 hợp đồng lao động»
 * counts every public employee: none of the words that make them seconded is written in its sentence or above it
 * back to its heading, so its 16 is no count of the seconded ones, however well «viên chức» fits the label. The
 * words come from the form's label (the head unit from words.ts KNOWN_UNITS); the number must be followed by that
 * same unit, so that «Biệt phái: 03» or a table's cell is never asked. Only people are read so: a staff roll names
 * each kind of its people whole, while «07 lượt» under a heading of regular receptions is one kind of visit already.
 */
import { PEOPLE } from "./score";
import { isFunctionWord, syllables, unitAt } from "./words";

export interface QualifiedKind {
  /** The unit the label opens with («viên chức»). */
  unit: string;
  /** The label's other syllables that say which of them (function words left out). */
  which: string[];
}

/**
 * «Người tháng trước»: which period the people are of is no kind of them (the period's own vetoes judge it), and
 * «So với tháng 3 (102 lượt, 95 người)» names it without these words.
 */
const PERIOD = /(?<![\p{L}])(?:tháng|quý|năm|kỳ|tuần|đợt)\s+(?:trước|này|sau|tới|qua)(?![\p{L}])/giu;

/** The unit a count's label opens with and the syllables that qualify it, or null when it opens with no unit. */
export function qualifiedKind(label: string): QualifiedKind | null {
  const sylls = syllables(label.replace(/\([^)]*\)/g, " ").replace(PERIOD, " "));
  const unit = unitAt(sylls);
  if (!unit || !PEOPLE.has(unit)) return null;
  const which = sylls.slice(unit.split(" ").length).filter((s) => !isFunctionWord(s) && !/^\d+$/.test(s));
  return which.length > 0 ? { unit, which } : null;
}

/**
 * The number at `end` counts the label's unit itself («16 viên chức») and `around` (the words of its sentence and of
 * the text back to its heading: partWords.ts wordsAround) names none of the syllables that say which of them.
 */
export function unqualifiedCount(kind: QualifiedKind | null, text: string, end: number, around: () => ReadonlySet<string>): boolean {
  if (!kind) return false;
  const after = syllables((text.slice(end, end + 40).split(/[,;.:()\n\t]/)[0] ?? ""));
  if (unitAt(after) !== kind.unit) return false;
  const words = around();
  return !kind.which.some((w) => words.has(w));
}
