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

/** How offices say «đang thực hiện» of staff: «có mặt», «hiện có (mặt)», «(hiện đang) thực hiện», «thực có». */
const PRESENT = String.raw`(?:(?:hiện )?có mặt|hiện(?: đang)? có(?: mặt)?|(?:hiện )?(?:đang )?thực hiện|thực có|có)`;
/**
 * The present figure's words between the two: the group's words after the first figure, a separator, then the
 * present's. «,» or «(» as in prose; «;» (a terse line, «CC giao 68; có mặt 61») and «→» (a slide's arrow, «giao 92 →
 * có mặt 85») also separate items of another kind, so after them the present figure must count people or nothing.
 */
const PRESENT_AFTER = new RegExp(String.raw`^([^\d.;:\n]{0,60}?)\s*([,(]|;|→)\s*${PRESENT}\s*(?::|là)?\s*\(?\s*$`, "iu");
/** What a present figure after «;» or «→» may be followed by: nothing, or people. */
const PEOPLE_OR_NOTHING = /^\s*(?:người|đ\/c|đồng chí)?\s*$/iu;
/** Words that allot a quota («được giao (là)», «giao»): no words of the present figure. */
const ALLOTTED = new Set(["được", "giao", "là"]);
/** A staff group: the words that say whose quota it is (syllables as words.ts reads them). */
const GROUP_NOUN = String.raw`(?:công chức|viên chức|biên chế|sự nghiệp|người làm việc)`;
const GROUP = new RegExp(String.raw`(?:^| )${GROUP_NOUN}(?: |$)`, "u");
const GROUP_FIRST = new RegExp(String.raw`^(?:người )?${GROUP_NOUN}(?: |$)`, "u");
const GROUP_LAST = new RegExp(String.raw`(?:^| )${GROUP_NOUN}$`, "u");
/** Words that already say the group is a staffing quota. */
const STAFFING = /(?:^| )(?:biên chế|người làm việc)(?: |$)/u;
/** A group named by its nouns alone: «sự nghiệp», «viên chức sự nghiệp», «công chức». */
const SHORT_GROUP = /^(?:(?:công chức|viên chức|sự nghiệp) ?)+$/u;
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
function groupOfPair(text: string, first: Span, second: Span): { group: string; allotted: boolean; labelled: boolean; staffing: boolean } | null {
  if (second.start - first.end > REACH) return null;
  const pair = PRESENT_AFTER.exec(text.slice(first.end, second.start));
  if (!pair) return null;
  // The present figure names no group of its own («có mặt 35 người», not «hiện có 71 công chức»).
  if (GROUP.test(syllables(ownAfter(text, second.end)).join(" "))) return null;
  if (pair[2] !== "," && pair[2] !== "(" && !PEOPLE_OR_NOTHING.test(ownAfter(text, second.end))) return null;
  const from = ownFrom(text, first.start);
  const own = syllables(text.slice(from, first.start));
  const right = syllables(pair[1]!);
  // «- Công chức: giao 55, có mặt 46»: with nothing but «giao» after its colon, the line's label names the group.
  const label = right.length === 0 && own.every((w) => ALLOTTED.has(w)) ? labelBefore(text, from) : [];
  const left = [...label, ...own];
  // What the first figure counts is the group: the words right after it («78 biên chế công chức», «26 người làm việc
  // …»), or, with none, the words it closes («công chức được giao (45)»). «120 đại biểu được triệu tập, có mặt 115»
  // at a «Hội nghị cán bộ, công chức» counts delegates, not the group.
  const counted = right.length > 0 ? right.join(" ") : left.filter((w) => !ALLOTTED.has(w)).join(" ");
  if (right.length > 0 ? !GROUP_FIRST.test(counted) : !GROUP_LAST.test(counted)) return null;
  const words = [...left, ...right];
  const said = words.join(" ");
  if (PRESENT_WORDS.test(said)) return null;
  // The words before the first figure (whose staff: «Trung tâm Thông tin có 12 viên chức») and the group's own nouns
  // after it: «… tại các đơn vị sự nghiệp công lập» gives «biên chế … sự nghiệp», not «công lập».
  const nouns = [...right.join(" ").matchAll(new RegExp(GROUP_NOUN, "gu"))].map((m) => m[0]);
  const named = [...left.filter((w) => !ALLOTTED.has(w)), ...nouns].join(" ");
  // A quota paired with its present count is a staffing quota, «biên chế», whatever short name the clerk gave the
  // group: «- Sự nghiệp: giao 22, có mặt 19» is «biên chế sự nghiệp», as «- Công chức: giao 55, …» is «biên chế công chức».
  // Only a group named by its nouns alone: «Trung tâm Thông tin có 12 viên chức, có mặt 11» counts a unit's people.
  const short = !STAFFING.test(named) && SHORT_GROUP.test(named);
  const group = short ? `biên chế ${named}` : named;
  return { group, allotted: words.includes("giao"), labelled: label.length > 0, staffing: !short };
}

/** A present count said of a group named by its nouns alone, opening its clause: «sự nghiệp có mặt 13 (người)». */
const SHORT_PRESENT = /(?:^|[,;:(\n])[ \t]*((?:(?:công chức|viên chức|sự nghiệp)[ \t]*)+?)[ \t]+(?:(?:hiện[ \t]+)?có[ \t]+mặt|hiện(?:[ \t]+đang)?[ \t]+có(?:[ \t]+mặt)?|thực[ \t]+có)[ \t]*(?::|là)?[ \t]*$/iu;

/** The short group whose present count the number at `token` is, said alone (`SHORT_PRESENT`); null otherwise. */
function shortGroupPresent(text: string, token: Span): string | null {
  const m = SHORT_PRESENT.exec(text.slice(Math.max(0, token.start - REACH), token.start));
  return m !== null && PEOPLE_OR_NOTHING.test(ownAfter(text, token.end)) ? m[1]!.trim().toLowerCase() : null;
}

/** The label of a «label: …» line or clause whose colon ends just before `from`: its words, its bullet left out; none otherwise. */
function labelBefore(text: string, from: number): string[] {
  if (text[from - 1] !== ":") return [];
  // The label's own clause: the line's, or the one after its last «;», «:» or sentence's end («…; viên chức sự
  // nghiệp: được giao 27, …», «1. Tổ chức, biên chế: công chức năm 2026: giao 41, có mặt 39»); the year it is for,
  // the line's outline number and the comma of «cán bộ, công chức» say no other group.
  const opened = Math.max(text.lastIndexOf("\n", from - 2), text.lastIndexOf(";", from - 2), text.lastIndexOf(":", from - 2), text.lastIndexOf(". ", from - 2) + 1);
  const line = text
    .slice(opened + 1, from - 1)
    .replace(/(?<![\p{L}\p{M}])năm\s+(?:19|20)\d\d\s*$/iu, "")
    .replace(/^\s*(?:\d{1,2}(?:\.\d{1,2})*\.?|[a-zđ]\))\s+/u, "")
    .replace(/cán bộ,\s*công chức/iu, "cán bộ công chức")
    // «- VC (biên chế SN): giao 46; …»: a bracket of words after a short label glosses it, naming the same group.
    .replace(/\(([^()\d\n]{2,40})\)/gu, " $1 ");
  if (line.length > REACH || /[\d:;,.()]/.test(line)) return [];
  return syllables(line.replace(/^[ \t]*[-+•*–][ \t]*/u, ""));
}

/** The sentence before `at` (a few lines' length at most) allots a quota: «giao». */
function allotsBefore(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 4 * REACH), at);
  const from = Math.max(before.lastIndexOf("\n"), before.lastIndexOf(". "));
  return /(?<![\p{L}\p{M}])giao(?![\p{L}\p{M}])/iu.test(before.slice(from + 1));
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
  // «Ghi chú: …; sự nghiệp có mặt 13 người»: the same short group's present count said alone is the same staffing
  // figure as the pair's present one, so a second statement that disagrees stays beside it for the clerk to choose.
  const alone = out.length === 0 ? shortGroupPresent(text, token) : null;
  if (alone !== null) out.push("biên", "chế", ...syllables(alone), "đang", "thực", "hiện");
  if (isCount(next)) {
    const pair = groupOfPair(text, token, next);
    // Its group's words are its own, however far they run («26 người làm việc tại các đơn vị sự nghiệp (có mặt 24)»).
    // Only in a sentence that allots («được giao 78 …, hiện có 71; 26 …»): «Bộ phận một cửa được bố trí 06 công chức,
    // có mặt 05» counts people, not a quota.
    // A labelled pair («- Sự nghiệp: giao 15, có mặt 14») says «giao» beside its quota but its group only in the label.
    // So does a quota whose group the clerk named short, «sự nghiệp giao 18, hiện có 17»: its «biên chế» is the pair's.
    if (pair && (!pair.allotted || pair.labelled || !pair.staffing) && allotsBefore(text, token.start)) out.push(...syllables(pair.group), "được", "giao");
  }
  return out;
}
