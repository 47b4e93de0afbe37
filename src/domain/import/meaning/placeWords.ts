/**
 * Where a figure stands, in words: the paragraph's lead-in, the list's introduction above its bullet, the headings
 * above it, and the subject of a sentence a bracket interrupted before its clause.
 */
import type { Heading } from "../headings";
import { clauseOf } from "./clauseSpans";
import { markLine, type EndNote } from "./endNotes";
import { headingPathFeatures } from "./headingPath";
import { features, syllables } from "./words";

/** How many syllables before an aside name the subject of the clause after it. */
const SUBJECT = 8;

/**
 * «Hai nhà khách trực thuộc (Nhà khách A, Nhà khách B) tự chủ tài chính, có 52 viên chức»: a clause that opens right
 * after a bracket goes on with the sentence the bracket interrupted, whose subject is the words before the bracket.
 */
export function subjectBeforeAside(text: string, from: number, boundaries: readonly number[]): string[] {
  if (text[from - 1] !== ")") return [];
  // Within the line only: «a) …» opens a clause with no bracket before it, and must not send a search up the text.
  const line = text.lastIndexOf("\n", from - 2) + 1;
  const inside = text.slice(line, from - 1);
  const opens = inside.lastIndexOf("(");
  if (opens === -1 || inside.lastIndexOf(")") > opens) return [];
  const open = line + opens;
  const before = clauseOf(boundaries, open, text.length).from;
  if (/\d/.test(text.slice(before, open))) return [];
  return syllables(text.slice(before, open)).slice(-SUBJECT);
}

/**
 * The paragraph's lead-in, the list's introduction above a bullet, and the titles of the headings above. A note
 * typed after the body is read where its mark is (endNotes.ts): the lead-in of the mark's line and its headings.
 */
export function whereFeatures(text: string, at: number, headings: readonly Heading[], notes: readonly EndNote[]): string[] {
  const mark = markLine(text, notes, at);
  if (mark !== null) return [...ownPlace(text, at, []), ...leadFeatures(mark.before), ...headingPathFeatures(headings, mark.mark)];
  return ownPlace(text, at, headingPathFeatures(headings, at));
}

/** The lead-in of a line read up to a place in it: its words before a first «:» or «;», the first 14 syllables. */
function leadFeatures(lineBefore: string): string[] {
  return features(syllables(lineBefore.split(/[:;]/)[0] ?? "").slice(0, 14));
}

function ownPlace(text: string, at: number, above: readonly string[]): string[] {
  const lineFrom = text.lastIndexOf("\n", at - 1) + 1;
  const out = leadFeatures(text.slice(lineFrom, at));
  // A bullet or a table row: the nearest line above that introduces it ("+" items under a "-" item).
  const own = /^\s*([-+*•–])/.exec(text.slice(lineFrom, lineFrom + 4))?.[1];
  if (own !== undefined || /\t|\|/.test(text.slice(lineFrom, text.indexOf("\n", lineFrom) >>> 0))) {
    const introduces = own === "+" ? /^\s*[-+*•–]?/ : /^\s*[-*•–]?/;
    const lower = own === "+" ? /^\s*[+]|\t|\|/ : /^\s*[-+*•–]|\t|\|/;
    let end = lineFrom - 1;
    for (let k = 0; k < 12 && end > 0; k++) {
      const from = text.lastIndexOf("\n", end - 1) + 1;
      const above = text.slice(from, end);
      if (above.trim() !== "" && introduces.test(above) && !lower.test(above)) {
        out.push(...features(syllables(above).slice(0, 20)));
        break;
      }
      end = from - 1;
    }
  }
  for (const f of above) out.push(f);
  return out;
}
