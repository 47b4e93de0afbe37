/**
 * A list opened by its noun alone after a sentence that counted it: «… 09 nhóm công việc, 32 nhiệm vụ cụ thể. Các
 * nhóm:» and bullet lines. The clerk named what is counted once, with its number; «Các nhóm:» says «these groups», the
 * ones just counted, so the list is the one whose words follow that count («nhóm công việc»), and the count is written
 * with it. Only the count of the same noun in the same paragraph, one such count only, and bullet lines as many as it
 * says (lists.ts takes a list only where a count written with it agrees).
 */
import { bulletItems, type ListBody } from "./listItems";
import { targetOf, words, type ListTarget } from "./listHeads";

export interface Restated {
  target: ListTarget;
  list: ListBody;
  count: { start: number; end: number; value: number };
}

/** «Các nhóm:» ending its line, at a line's start or after a sentence. */
const OPENER = /(?<=^|\n|[.;][ \t]|[-+•*–][ \t])[ \t]*(?:Các|các|Những|những)[ \t]+(?<noun>\p{L}+)[ \t]*:[ \t]*(?=\n)/gu;
/** How far back in the paragraph the count is looked for. */
const REACH = 400;

export function restatedLists(text: string, targets: readonly ListTarget[], vocab: ReadonlySet<string>): Restated[] {
  const found: Restated[] = [];
  for (const m of text.matchAll(OPENER)) {
    const noun = m.groups!["noun"]!.normalize("NFC").toLowerCase();
    const from = Math.max(0, m.index - REACH, text.lastIndexOf("\n", m.index - 1) + 1);
    const counts = [...text.slice(from, m.index).matchAll(new RegExp(String.raw`(?<![\d.,/])(\d{1,3})[ \t]+(${noun}(?:[ \t]+[\p{L}\p{M}]+){1,4})`, "giu"))];
    const heads = counts.map((c) => ({ c, target: headTarget(c[2]!, vocab, targets) })).filter((x) => x.target !== null);
    if (heads.length !== 1) continue;
    const { c, target } = heads[0]!;
    const list = bulletItems(text, m.index + m[0].length);
    if (!list) continue;
    const start = from + c.index!;
    found.push({ target: target!, list, count: { start, end: start + c[1]!.length, value: Number(c[1]) } });
  }
  return found;
}

/** The list a count's words name: the run of heading words after the number, as lists.ts reads a heading. */
function headTarget(after: string, vocab: ReadonlySet<string>, targets: readonly ListTarget[]): ListTarget | null {
  const heading: string[] = [];
  for (const w of words(after)) {
    if (!vocab.has(w)) break;
    heading.push(w);
  }
  return heading.length >= 2 ? targetOf(heading, targets) : null;
}
