/**
 * A table cell written as prose names its own numbers. «Tiếp nhận 64 hồ sơ; đã giải quyết 60 (93,75%), trong đó sớm
 * hạn 12 (20,00%)» under «Kết quả thực hiện quý I/2025», or «Thạc sĩ 21; đại học 30» under «Kết quả»: a reader takes
 * each number by the words written right before it in its cell, and the column's header for what the whole column
 * holds (a period's results, the answers to an outline's questions), not for the number's name. A header is the
 * number's name only where the cell does not give one.
 *
 * The cell names the number over its header only when its own stretch holds a two-word term of the figure that no
 * figure the header names has: «có mặt» over «Công chức: 46» still says which of the staff figures 46 is, since
 * «công chức» is as much the present staff's as the quota's.
 */
import type { FieldId } from "../../types";
import { featureSet } from "./words";

export interface CellLabelForm {
  /** Every field's two-word terms, with the fields that have each. */
  allPairs: ReadonlyMap<string, ReadonlySet<FieldId>>;
  /** A field's own words. */
  wordsOf: (id: FieldId) => ReadonlySet<string> | undefined;
}

/** «,», «;», «(», «)», tab and line break: where a number's stretch of its cell ends. */
const SEPARATOR = /[,;()\t\n]/;

/**
 * The words that name a number in its cell: its own stretch, and for a share in brackets right after a count
 * («sớm hạn 12 (20,00%)», «sớm hạn 20 hồ sơ (26,67%)») the count's stretch, which names the share too.
 */
export function cellStretch(text: string, segment: string, start: number): string {
  const open = /\(\s*$/.exec(text.slice(Math.max(0, start - 4), start));
  if (!open) return segment;
  const before = text.slice(Math.max(0, start - 4 - 120), start - open[0].length);
  // The count may carry its unit: «đúng hạn 55 hồ sơ (73,33%)».
  const count = /\d(?:\s+\p{L}+){0,3}\s*$/u.exec(before);
  if (!count) return segment;
  let from = before.length - count[0].length;
  while (from > 0 && !SEPARATOR.test(before[from - 1]!)) from--;
  return `${before.slice(from).trim()} ${segment}`;
}

/**
 * Whether the number's own stretch of its cell (`stretch`: between separators, as the vetoes cut it) names the field
 * by a term that none of the figures its column's `header` names shares.
 */
export function cellNamesOverHeader(stretch: string, header: string, id: FieldId, own: ReadonlySet<string>, form: CellLabelForm): boolean {
  const named = new Set<FieldId>();
  for (const w of featureSet(header)) {
    if (!w.includes(" ")) continue;
    for (const other of form.allPairs.get(w) ?? []) if (other !== id) named.add(other);
  }
  if (named.size === 0) return false;
  const othersWords = [...named].map((other) => form.wordsOf(other) ?? new Set<string>());
  for (const w of featureSet(stretch)) {
    if (!w.includes(" ") || !own.has(w)) continue;
    if (othersWords.every((theirs) => !theirs.has(w))) return true;
  }
  return false;
}
