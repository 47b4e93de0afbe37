/**
 * What «Đánh dấu là số liệu» proposes for the text the clerk selected: a kind from how the text looks, a label and the
 * recognition wording from the words around it in its paragraph. Everything is a proposal the clerk edits.
 */
import { fig } from "../../import/patterns/build";
import type { FieldKind } from "../../types";
import { escapeRegExp } from "../../import/text";

export interface FigureSuggestion {
  kind: FieldKind;
  label: string;
  /** The words around the figure with its placeholder ({N}, {P}…), as the form's `wording` holds it. */
  wording: string;
}

const PLACEHOLDER: Record<FieldKind, string> = { count: "{N}", percent: "{P}", year: "{Y}", date: "{D}", text: "{T}", list: "{L}" };
const COUNT = /^(?:\d{1,3}(?:\.\d{3})+|\d+)$/;
const DATE = /^\d{1,2}\/\d{1,2}\/\d{4}$/;
/* Other figures inside the words around: they change every period, so the wording names them by kind. */
const OTHER_FIGURES = /\d{1,2}\/\d{1,2}\/\d{4}|\d{1,3}(?:,\d{1,2})?\s?%|\d{1,3}(?:\.\d{3})+|\d+/g;

export function guessKind(text: string, before: string): FieldKind {
  const t = text.trim();
  if (/^\d{1,3}(?:,\d{1,2})?\s?%$/.test(t)) return "percent";
  if (DATE.test(t)) return "date";
  if (/^(?:19|20)\d{2}$/.test(t) && /năm\s*$/i.test(before)) return "year";
  if (COUNT.test(t)) return "count";
  return "text";
}


function literal(words: string): string {
  let out = "";
  let last = 0;
  for (const match of words.matchAll(OTHER_FIGURES)) {
    out += escapeRegExp(words.slice(last, match.index));
    const figure = match[0];
    out += DATE.test(figure) ? "{d}" : /%$/.test(figure) ? String.raw`\d{1,3}(?:,\d{1,2})?\s?%` : "{n}";
    last = match.index + figure.length;
  }
  return out + escapeRegExp(words.slice(last));
}

/** Where the selected text stands alone in the paragraph (not inside a larger number); the first such place. */
function positionOf(paragraph: string, text: string): number {
  const joinsNumber = (mark: string, digit: string) => /\d/.test(mark) || (/[.,]/.test(mark) && /\d/.test(digit));
  for (let at = paragraph.indexOf(text); at >= 0; at = paragraph.indexOf(text, at + 1)) {
    const end = at + text.length;
    const free = !joinsNumber(paragraph[at - 1] ?? "", paragraph[at - 2] ?? "") && !joinsNumber(paragraph[end] ?? "", paragraph[end + 1] ?? "");
    if (free) return at;
  }
  return -1;
}

/** Words before the figure (back to a sentence end) and after it (up to the next punctuation). */
function around(paragraph: string, at: number, length: number, wordsBefore: number): { before: string; after: string } {
  const head = paragraph.slice(0, at).split(/[.;!?](?:\s|$)/).at(-1) ?? "";
  const before = head.split(/(?<=\s)/).slice(-wordsBefore).join("");
  const tail = paragraph.slice(at + length).match(/^[^.,;:()!?]*/)?.[0] ?? "";
  const after = tail.split(/(?=\s)/).slice(0, 3).join("").replace(/\s+$/, "");
  return { before, after };
}

export function suggestFigure(paragraph: string, selected: string): FigureSuggestion {
  const text = selected.trim();
  const at = positionOf(paragraph, text);
  if (at < 0) return { kind: guessKind(text, ""), label: "", wording: PLACEHOLDER[guessKind(text, "")] };
  let words = around(paragraph, at, text.length, 4);
  const kind = guessKind(text, words.before);
  const build = (w: typeof words) => `${literal(w.before)}${PLACEHOLDER[kind]}${literal(w.after)}`.replace(/\s+/g, " ").trim();
  let wording = build(words);
  // More words before until the wording finds this figure only (or the sentence has no more).
  for (let n = 5; n <= 12 && matches(wording, paragraph) > 1; n++) {
    words = around(paragraph, at, text.length, n);
    wording = build(words);
  }
  const lead = words.before.trim().replace(/[,:;(]$/, "").replace(/^.*[,:;(]/, "").trim();
  const labelWords = lead.split(/\s+/).slice(-5).join(" ");
  const label = `${labelWords} ${words.after.trim().split(/\s+/).slice(0, 2).join(" ")}`.trim();
  return { kind, label: label.charAt(0).toUpperCase() + label.slice(1), wording };
}

function matches(wording: string, paragraph: string): number {
  try {
    return [...paragraph.matchAll(fig(wording).re)].length;
  } catch {
    return 0; // a wording that does not compile is the clerk's to fix; the form check names it before saving
  }
}
