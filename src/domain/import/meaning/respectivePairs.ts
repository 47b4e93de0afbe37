/**
 * What a respective list (respective.ts) says about the figures in it and about the form's figures. A figure of the
 * list is its own label's: the features scored around it are that label's, the list's opening and its unit, never
 * the other labels' (describeRespective). A form figure takes a number of the list only where the list's label for
 * that number names it better than any other label does (respectiveRefuses). And a figure that one label of a list
 * names best of all the form's figures is not to be read from a number elsewhere with another value: the list said it
 * (respectiveClaims), whatever a distant «Năm 2024, … được giao 89 …» says.
 */
import type { FieldId } from "../../types";
import type { Candidate } from "./candidates";
import { respectiveAt, respectiveLists, type RespectiveList } from "./respective";
import { features, featureSet, KNOWN_UNITS, syllables } from "./words";

const OPENING = new Set(["số", "lượng", "trong", "đó", "tổng", "các", "những", "của", "và"]);

/** The label's head: its first two words past «số», «trong đó» and a unit («số trường hợp điều động …»). */
function headOf(label: string): string[] {
  const sylls = syllables(label);
  let i = 0;
  for (let moved = true; moved && i < sylls.length; ) {
    moved = false;
    if (OPENING.has(sylls[i]!)) {
      i++;
      moved = true;
    }
    const unit = KNOWN_UNITS.find((u) => sylls.slice(i, i + u.split(" ").length).join(" ") === u);
    if (unit && i + unit.split(" ").length < sylls.length) {
      i += unit.split(" ").length;
      moved = true;
    }
  }
  return features(sylls.slice(i, i + 2));
}

/**
 * The first label of a list often carries the words that lead into every item («trình độ tiến sĩ, thạc sĩ, đại học»):
 * where it ends as a later, shorter label ends (the items are kinds of one thing: «tiến sĩ», «thạc sĩ»), its head is
 * read from as many of its last words as that label has, not from the lead-in, which names no item more than another.
 */
function headText(labels: readonly string[], k: number): string {
  const label = labels[k]!;
  if (k !== 0) return label;
  const own = syllables(label);
  for (const other of labels.slice(1)) {
    const sylls = syllables(other);
    if (sylls.length < own.length && sylls.at(-1) === own.at(-1)) return own.slice(own.length - sylls.length).join(" ");
  }
  return label;
}

interface Read {
  heads: Array<Set<string>>;
  own: Array<Set<string>>;
}

const reads = new WeakMap<RespectiveList, Read>();

function readOf(list: RespectiveList): Read {
  let read = reads.get(list);
  if (read) return read;
  const labels = list.labels ?? [];
  const all = labels.map((l) => featureSet(l));
  const heads = labels.map((_, k) => new Set(headOf(headText(labels, k))));
  const distinct = (sets: Array<Set<string>>, k: number) => new Set([...sets[k]!].filter((f) => !sets.some((s, j) => j !== k && s.has(f))));
  read = { heads: heads.map((_, k) => distinct(heads, k)), own: all.map((_, k) => distinct(all, k)) };
  reads.set(list, read);
  return read;
}

function overlap(a: ReadonlySet<string>, words: ReadonlySet<string>): number {
  let n = 0;
  for (const f of a) if (words.has(f)) n++;
  return n;
}

/** The labels of the list that name a figure described by `words` best (by head, then by their own words). */
function bestLabels(list: RespectiveList, words: ReadonlySet<string>): number[] {
  const read = readOf(list);
  const scores = read.heads.map((h, k) => [overlap(h, words), overlap(read.own[k]!, words)] as const);
  const top = scores.reduce((a, b) => (b[0] > a[0] || (b[0] === a[0] && b[1] > a[1]) ? b : a));
  if (top[0] === 0 && top[1] === 0) return [];
  return scores.flatMap((s, k) => (s[0] === top[0] && s[1] === top[1] ? [k] : []));
}

/** The number at `start` is a figure of a respective list whose label for it does not name this figure alone. */
export function respectiveRefuses(text: string, start: number, words: ReadonlySet<string>): boolean {
  const at = respectiveAt(text, start);
  if (!at) return false;
  if (at.list.labels === null) return true;
  const best = bestLabels(at.list, words);
  return !(best.length === 1 && best[0] === at.index);
}

/**
 * The number at `start` is a respective list's figure whose own label names this figure best: the words around it
 * are the other labels', and the vetoes that read those words (another room, a sibling's words) do not apply.
 */
export function respectiveOwn(text: string, start: number, words: ReadonlySet<string>): boolean {
  const at = respectiveAt(text, start);
  if (!at || at.list.labels === null) return false;
  const best = bestLabels(at.list, words);
  return best.length === 1 && best[0] === at.index;
}

/**
 * Figures each respective label names best of all the form's figures, with the number it gives them. A label names a
 * figure when it holds three quarters of the words of the figure's label, three at least («biên chế công chức được
 * giao» for «Biên chế công chức được giao»; not «Công dân đến … thành phố Rạch Giá» for «Tổng số lượt tiếp công dân»).
 */
export function respectiveClaims(
  text: string,
  fields: ReadonlyMap<FieldId, { words: ReadonlySet<string>; label: string }>,
): Map<FieldId, Array<{ start: number; value: number }>> {
  const claims = new Map<FieldId, Array<{ start: number; value: number }>>();
  const lists = respectiveLists(text).filter((l) => l.labels !== null);
  if (lists.length === 0) return claims;
  const labelWords = new Map([...fields].map(([id, f]) => [id, contentWords(f.label)]));
  for (const list of lists) {
    list.labels!.forEach((label, k) => {
      const mine = new Set(syllables(label));
      let best: FieldId[] = [];
      let top = 0;
      for (const [id, words] of labelWords) {
        const n = words.filter((w) => mine.has(w)).length;
        if (n < 3 || n * 4 < words.length * 3) continue;
        // The share of the figure's label the list's label holds: the fullest naming wins.
        const share = n / words.length;
        if (share > top) [best, top] = [[id], share];
        else if (share === top) best.push(id);
      }
      if (best.length !== 1 || bestLabels(list, fields.get(best[0]!)!.words)[0] !== k) return;
      const value = list.values[k]!;
      claims.set(best[0]!, [...(claims.get(best[0]!) ?? []), { start: value.start, value: value.value }]);
    });
  }
  return claims;
}

/** A label's syllables that say something: not «của», «số», «các» (words.ts's function words). */
function contentWords(label: string): string[] {
  return [...new Set(features(syllables(label)).filter((f) => !f.includes(" ")))];
}

/** Each figure of a paired list is described by its own label, the list's opening and its unit. */
export function describeRespective(text: string, candidates: readonly Candidate[]): void {
  const lists = respectiveLists(text).filter((l) => l.labels !== null);
  if (lists.length === 0) return;
  const byStart = new Map(candidates.map((c) => [c.token.start, c]));
  for (const list of lists) {
    const lead = features(syllables(list.lead));
    const tail = features(syllables(list.tail));
    list.values.forEach((v, k) => {
      const c = byStart.get(v.start);
      if (!c) return;
      // A slash group's line says no more than its labels and opening, «- CC: giao/có mặt: 62/58», so the words
      // around it (the section's «Biên chế») still speak for every figure, less the other labels'.
      const own = new Set(features(syllables(list.labels![k]!)));
      const others = list.labels!.flatMap((l, j) => (j === k ? [] : features(syllables(l)))).filter((f) => !own.has(f));
      const near = new Map<string, number>(list.slashed ? [...(c.near ?? [])].filter(([f]) => !others.includes(f)) : []);
      for (const f of lead) near.set(f, Math.max(near.get(f) ?? 0, 0.6));
      for (const f of [...features(syllables(list.labels![k]!)), ...tail]) near.set(f, 1);
      c.near = near;
      c.clause = new Set(near.keys());
    });
  }
}
