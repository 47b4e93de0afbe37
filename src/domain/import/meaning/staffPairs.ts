/**
 * A staff group's two figures, the allotted and the present, written as a pair: «công chức được giao (45), có mặt (39);
 * viên chức được giao (14), có mặt (13)», «được giao 78 biên chế công chức, hiện có 71; 26 người làm việc tại các
 * đơn vị sự nghiệp (có mặt 24)». The present figure names no group of its own: it is the group's whose figure it
 * follows, as a reader takes it, so it is described by that group's words too. And the figure it follows, when it
 * does not say so itself, is that group's allotted number: a group's count paired with «có mặt / hiện có» is its quota.
 * Only a figure right after the other, within their sentence, with nothing but the group's words between them.
 */
import type { NumberToken } from "../numbers";
import { syllables } from "./words";

interface Span {
  start: number;
  end: number;
  kind?: string;
}

/** How offices say «đang thực hiện» of staff: «có mặt», «hiện có», «thực hiện», «hiện đang có», «thực có». */
const PRESENT = String.raw`(?:có mặt|hiện(?: đang)? có|(?:đang )?thực hiện|thực có)`;
/** The present figure's words between the two: the group's words after the first figure, «,» or «(», then the present's. */
const PRESENT_AFTER = new RegExp(String.raw`^([^\d.;:\n]{0,60}?)\s*[,(]\s*${PRESENT}\s*(?::|là)?\s*\(?\s*$`, "iu");
/** Words that allot a quota («được giao», «giao»): no words of the present figure. */
const ALLOTTED = new Set(["được", "giao"]);
/** A staff group: the words that say whose quota it is. */
const GROUP = /(?:^| )(?:công chức|viên chức|biên chế|sự nghiệp|người làm việc)(?: |$)/u;
const PRESENT_WORDS = /(?:^| )(?:có mặt|hiện có|đang thực hiện|thực hiện|thực có)(?: |$)/u;
/** How far back a figure's own words reach, and how far after a number its unit may go. */
const REACH = 80;

/** Where the words that describe the number at `start` begin: the last «,», «;», «:», line or sentence before it. */
function ownFrom(text: string, start: number): number {
  const from = Math.max(0, start - REACH);
  let stretch = text.slice(from, start);
  // «công chức được giao (45)»: the bracket holds the number; its words are before it.
  stretch = stretch.replace(/\(\s*$/u, "  ");
  const cut = Math.max(...[",", ";", ":", "\n", "(", ")", ". "].map((c) => stretch.lastIndexOf(c)));
  return cut === -1 ? from : from + cut + 1;
}

/** The words after a number up to its clause's «,» «;» «.» or bracket: its unit, or a group it names. */
function ownAfter(text: string, end: number): string {
  const after = text.slice(end, end + REACH);
  const stop = after.search(/[,;:.()\n]/u);
  return stop === -1 ? after : after.slice(0, stop);
}

/** The group's words of the figure at `first`, when `second` is its present figure (see above); null otherwise. */
function groupOfPair(text: string, first: Span, second: Span): { group: string; allotted: boolean } | null {
  if (second.start - first.end > REACH) return null;
  const pair = PRESENT_AFTER.exec(text.slice(first.end, second.start));
  if (!pair) return null;
  // The present figure names no group of its own («có mặt 35 người», not «hiện có 71 công chức»).
  if (GROUP.test(syllables(ownAfter(text, second.end)).join(" "))) return null;
  const words = syllables(`${text.slice(ownFrom(text, first.start), first.start)} ${pair[1]}`);
  const said = words.join(" ");
  if (!GROUP.test(said) || PRESENT_WORDS.test(said)) return null;
  return { group: words.filter((w) => !ALLOTTED.has(w)).join(" "), allotted: words.includes("giao") };
}

const isCount = (t: Span | undefined): t is Span => t !== undefined && (t.kind === undefined || t.kind === "count");

/**
 * Words a staff figure takes from its pair: the present figure its group's («công chức», «biên chế sự nghiệp»), with
 * the form's «đang» when the clerk wrote a bare «thực hiện»; the allotted figure «được giao» when it names only its
 * group. None for a figure in no such pair.
 */
export function staffPairWords(
  text: string,
  token: Pick<NumberToken, "start" | "end"> & { kind: string },
  previous: Span | undefined,
  next: Span | undefined,
): string[] {
  if (token.kind !== "count") return [];
  const out: string[] = [];
  if (isCount(previous)) {
    const pair = groupOfPair(text, previous, token);
    if (pair) out.push(...syllables(pair.group), "đang", "thực", "hiện");
  }
  if (isCount(next)) {
    const pair = groupOfPair(text, token, next);
    if (pair && !pair.allotted) out.push("được", "giao");
  }
  return out;
}
