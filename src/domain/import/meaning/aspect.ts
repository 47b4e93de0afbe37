/**
 * «đã giải quyết 2.040 hồ sơ» is done, «đang giải quyết 64 hồ sơ» is still in hand: the same verb with the opposite
 * aspect word is another figure, however many other words the two share. The aspect words are function words
 * (dropped as single syllables), so only their pairs with the verb carry them: a number written with «đã X» beside
 * it clashes with a figure described by «đang X» and never by «đã X», and the other way round.
 */
import type { Candidate } from "./candidates";

const OPPOSITE: Readonly<Record<string, string>> = { "đã": "đang", "đang": "đã" };

/** Whether the aspect written right beside the number is the opposite of the figure's own for the same verb. */
export function aspectClash(c: Candidate, own: ReadonlySet<string>): boolean {
  for (const [f, opposite] of aspectsBeside(c)) if (own.has(opposite) && !own.has(f)) return true;
  return bareForInHand(c, own);
}

/** Words that keep a figure in hand: «đang xử lý», «chưa giải quyết», «còn tồn», «đang trong hạn giải quyết». */
const IN_HAND = new Set(["đang", "chưa", "còn", "tồn"]);

/**
 * A report's bare verb before a count is the done reading: «giải quyết 24.907 hồ sơ», «Văn phòng giải quyết 95,06 %»
 * are files resolved. A figure still in hand («đang giải quyết», and never «đã giải quyết») is not a number whose
 * own words have the verb with no word of being in hand beside it: whatever a clerk writes for «đang» («đang xử lý»,
 * «chưa giải quyết»), the bare verb is never it.
 */
function bareForInHand(c: Candidate, own: ReadonlySet<string>): boolean {
  const verbs = inHandVerbs(own);
  if (verbs.length === 0) return false;
  let bare = false;
  for (const verb of verbs) if ((c.near.get(verb) ?? 0) >= 1) bare = true;
  return bare && !inHandBeside(c);
}

/** Asked for every figure against every number: each figure's verbs in hand, and each number's words of being in hand, read once. */
const verbsOf = new WeakMap<ReadonlySet<string>, string[]>();
const inHandOf = new WeakMap<Candidate, boolean>();

/** The verbs the figure has with «đang» and never with «đã». */
function inHandVerbs(own: ReadonlySet<string>): string[] {
  let verbs = verbsOf.get(own);
  if (verbs) return verbs;
  verbs = [];
  for (const f of own) if (f.startsWith("đang ") && !own.has(`đã ${f.slice(5)}`)) verbs.push(f.slice(5));
  verbsOf.set(own, verbs);
  return verbs;
}

function inHandBeside(c: Candidate): boolean {
  let found = inHandOf.get(c);
  if (found !== undefined) return found;
  found = false;
  for (const [g, w] of c.near) if (w >= 1 && IN_HAND.has(g.split(" ")[0] ?? "")) found = true;
  inHandOf.set(c, found);
  return found;
}

/** Asked for every figure against every number: each number's aspect pairs, and their opposites, are read once. */
const aspects = new WeakMap<Candidate, Array<[string, string]>>();

/** The pairs right beside the number that open with an aspect word, each with its opposite («đã X» and «đang X»). */
function aspectsBeside(c: Candidate): Array<[string, string]> {
  let found = aspects.get(c);
  if (found) return found;
  found = [];
  for (const [f, w] of c.near) {
    if (w < 1) continue;
    const space = f.indexOf(" ");
    const other = space === -1 ? undefined : OPPOSITE[f.slice(0, space)];
    if (other !== undefined) found.push([f, `${other} ${f.slice(space + 1)}`]);
  }
  // «đang được giải quyết», «đã được xử lý»: the aspect is the verb's after the passive «được».
  for (const [f, w] of c.near) {
    if (w < 1 || !f.startsWith("được ")) continue;
    const verb = f.slice("được ".length);
    for (const aspect of ["đã", "đang"]) if ((c.near.get(`${aspect} được`) ?? 0) >= 1) found.push([`${aspect} ${verb}`, `${OPPOSITE[aspect]} ${verb}`]);
  }
  aspects.set(c, found);
  return found;
}
