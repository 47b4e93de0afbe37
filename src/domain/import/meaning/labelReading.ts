/**
 * A label line read as a whole (labelLines.ts): its label says what the number is, what it stands under says whose.
 * «- Số lượt/số người: 01 lượt/04 người» under «1. LÃNH ĐẠO UBND TỈNH» is the province's count, the same label under
 * «2. THỦ TRƯỞNG CÁC SỞ» the departments'. The label is scored against every figure with the engine's own scoring
 * (score.ts: the form's words, weighed by rarity, and the unit); the figures it fits about as well as its best are
 * told apart by the nearest level above that tells them apart, the level's words standing beside the label. A number
 * is read only when one figure clearly wins, and a figure only when all the lines read for it give one value: a label
 * that fits two figures under no level that parts them is left to the rest of the engine.
 */
import type { FieldId } from "../../types";
import type { Heading } from "../headings";
import type { Candidate } from "./candidates";
import { FLOOR, MARGIN } from "./assign";
import { labelItems, type LabelItem } from "./labelLines";
import type { FieldProfile, Vocabulary } from "./profiles";
import { eligible, score } from "./score";
import { features, syllables } from "./words";

/** A level's words beside the label count as a table's group header does beside its column's (candidates.ts). */
const LEVEL_WEIGHT = 1;
/** Words after the number and its unit, up to the end of its clause: «03 trường hợp», «02 đoàn (…)». */
const RIGHT = /^[^,;.()\n]*/u;

export interface LabelReadingInput {
  text: string;
  candidates: readonly Candidate[];
  headings: readonly Heading[];
  profiles: readonly FieldProfile[];
  vocab: Vocabulary;
  taken: ReadonlySet<number>;
  refused: (p: FieldProfile, c: Candidate) => boolean;
}

export function readLabelLines(input: LabelReadingInput): Map<FieldId, Candidate[]> {
  const { text, candidates, taken } = input;
  const items = labelItems(text, candidates);
  const titles = headingTitles(input.headings, [...items.keys()]);
  const chosen = new Map<FieldId, Candidate[]>();
  const unsure = new Set<FieldId>();
  for (const [c, item] of items) {
    if (taken.has(c.token.start) || c.change || c.whole) continue;
    const levels = [...item.levels, ...(titles.get(c) ?? [])];
    const choice = choose(input, c, item, levels);
    if (choice === null) continue;
    const id = choice.field.id;
    if (input.refused(choice, c)) {
      unsure.add(id);
      continue;
    }
    const places = chosen.get(id) ?? chosen.set(id, []).get(id)!;
    places.push(c);
  }
  // A figure two lines give different values («Số lượt: 45» under two headings that do not part them) is not read here.
  for (const [id, places] of chosen) if (unsure.has(id) || new Set(places.map((c) => c.token.value)).size > 1) chosen.delete(id);
  return chosen;
}

function choose(input: LabelReadingInput, c: Candidate, item: LabelItem, levels: readonly string[]): FieldProfile | null {
  const { profiles, vocab } = input;
  const label = features(syllables(item.label));
  // A label that names nothing the form counts («tháng 9», «phường Trấn Biên») divides a figure, it does not name one.
  if (!label.some((f) => vocab.describing.has(f))) return null;
  const right = features(syllables(RIGHT.exec(input.text.slice(c.token.end))![0]));
  const above = levels.map((l) => features(syllables(l))).filter((words) => words.length > 0);
  const context = new Set(above.flat());
  const read = (under: ReadonlyArray<readonly string[]>): Candidate => {
    const near = new Map<string, number>();
    for (const f of under.flat()) near.set(f, LEVEL_WEIGHT);
    for (const f of [...label, ...right]) near.set(f, 1);
    return { ...c, near, clause: new Set([...label, ...right]), context };
  };
  const rank = (among: readonly FieldProfile[], under: ReadonlyArray<readonly string[]>) => {
    const r = read(under);
    return among.map((p) => ({ p, s: score(p, r, vocab) })).sort((a, b) => b.s - a.s);
  };
  // The label with the level right above it: «Số lượt» under «LÃNH ĐẠO UBND TỈNH» is the province's, not the total.
  let ranked = rank(profiles.filter((p) => eligible(p, c)), above.slice(0, 1));
  for (let k = 1; ranked.length > 0 && ranked[0]!.s >= FLOOR; k++) {
    const close = ranked.filter((x) => x.s >= ranked[0]!.s - MARGIN);
    if (process.env.LCDEBUG) console.error(c.token.text, "[" + item.label + "]", k, above.slice(0, k).map((a) => a.slice(0, 4).join(",")).join(" < "), ranked.slice(0, 4).map((x) => `${x.p.field.id}=${x.s.toFixed(2)}`).join(" "));
    if (close.length === 1) return close[0]!.p;
    // Figures it fits alike are told apart by the levels farther up, if any does.
    if (k >= above.length) return null;
    ranked = rank(close.map((x) => x.p), above.slice(0, k + 1));
  }
  return null;
}

/** The titles of the headings above each candidate, nearest first: one pass over headings and candidates in order. */
function headingTitles(headings: readonly Heading[], candidates: readonly Candidate[]): Map<Candidate, string[]> {
  const out = new Map<Candidate, string[]>();
  const path = new Map<number, Heading>();
  let h = 0;
  for (const c of [...candidates].sort((a, b) => a.token.start - b.token.start)) {
    while (h < headings.length && headings[h]!.offset <= c.token.start) {
      const heading = headings[h++]!;
      const depth = heading.path.split(".").length;
      for (const d of [...path.keys()]) if (d > depth) path.delete(d);
      path.set(depth, heading);
    }
    out.set(c, [...path.entries()].sort((a, b) => b[0] - a[0]).map(([, x]) => x.title));
  }
  return out;
}
