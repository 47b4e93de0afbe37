/**
 * The joint step's first move (jointArithmetic.ts) once every layer has spoken, for figures left unclear by the exact
 * wordings, a veto or their neighbours. The form's sums that share unclear figures are solved together over the
 * numbers offered to the clerk (a few per figure, so at most MAX_COMBINATIONS choices are tried): a figure that takes
 * one value in every choice making all those sums hold is bound to it. «tiếp nhận 186 (24.318 toàn tỉnh) … 181 …
 * 05 …» settles 186, 181 and 05; «sớm hạn 54, đúng hạn 127» offered both ways stays the clerk's (both ways add up).
 * Only a choice already offered is made, never one a veto refuses or another figure holds; small totals and a total
 * equal to one of its parts are no evidence (jointArithmetic.ts says why).
 */
import type { ReportDefinition } from "../../report";
import type { FieldDef, FieldId } from "../../types";
import type { Occurrence, Recognition } from "../types";
import { boundValue, numberIn } from "./boundNumbers";
import { movedPartReadings, sumRelations, type SumRelation } from "./formSums";
import { enoughSums, MIN_CONFIRMING_TOTAL } from "./jointArithmetic";

/** The choices tried for one group of sums: past it the group is left to the clerk. */
export const MAX_COMBINATIONS = 256;
const MAX_VALUES = 4;

type Options = Map<number, Occurrence[]>;

/** `doubted`: figures stated twice with different values (statedTwice.ts): which one is right is the clerk's to say. */
export function settleBySums(
  report: ReportDefinition,
  result: Map<FieldId, Recognition>,
  vetoed: (field: FieldDef, o: Occurrence) => boolean,
  doubted: ReadonlySet<FieldId> = new Set(),
): void {
  const held = new Set<number>();
  for (const r of result.values()) if (r.state === "bound") for (const o of r.occurrences) held.add(o.start);
  const fixed = (id: FieldId): number | null => boundValue(report, result, id);
  const options = (id: FieldId): Options | null => {
    const r = result.get(id);
    const field = report.byId.get(id);
    if (r?.state !== "ambiguous" || !field || doubted.has(id)) return null;
    const byValue: Options = new Map();
    for (const o of r.candidates) {
      const v = numberIn(field, o);
      if (v === null || held.has(o.start) || vetoed(field, o)) continue;
      byValue.set(v, [...(byValue.get(v) ?? []), o]);
    }
    return byValue.size > 0 && byValue.size <= MAX_VALUES ? byValue : null;
  };
  // The form's own way of adding first; then each other way clerks add the same account (formSums.ts), for what is
  // left, each only where its changed sums both hold: the way this clerk added.
  const readings: Array<{ relations: SumRelation[]; changed: readonly SumRelation[] }> = [
    { relations: sumRelations(report), changed: [] },
    ...movedPartReadings(report),
  ];
  for (const { relations, changed: moved } of readings) {
    for (let changed = true; changed; ) {
      changed = false;
      for (const group of groups(relations, fixed, options)) {
        const checked = withChanged(group, moved, fixed);
        if (!checked) continue;
        for (const [id, occurrences] of solve(checked, fixed)) {
          if (!enoughSums(id, checked.relations, relations)) continue;
          result.set(id, { state: "bound", occurrences });
          for (const o of occurrences) held.add(o.start);
          changed = true;
        }
        if (changed) break;
      }
    }
  }
}

/**
 * Under another way of adding, a group is solved only with both sums that way changed, every member of them placed
 * or offered: a choice that makes one hold and says nothing of the other is no sign the clerk added that way.
 * The form's own reading (nothing changed) takes the group as it is.
 */
function withChanged(group: Group, moved: readonly SumRelation[], fixed: (id: FieldId) => number | null): Group | null {
  if (moved.length === 0) return group;
  if (!moved.some((rel) => group.relations.includes(rel))) return null;
  const relations = [...group.relations];
  for (const rel of moved) {
    if (relations.includes(rel)) continue;
    if (![rel.total, ...rel.parts].every((id) => fixed(id) !== null || group.open.has(id))) return null;
    relations.push(rel);
  }
  return { relations, open: group.open };
}

interface Group {
  relations: SumRelation[];
  open: Map<FieldId, Options>;
}

/** Sums whose members are each bound or offered, joined where they share an offered figure. */
function groups(relations: readonly SumRelation[], fixed: (id: FieldId) => number | null, options: (id: FieldId) => Options | null): Group[] {
  const usable: Array<{ rel: SumRelation; open: Map<FieldId, Options> }> = [];
  for (const rel of relations) {
    const open = new Map<FieldId, Options>();
    let complete = true;
    for (const id of [rel.total, ...rel.parts]) {
      if (fixed(id) !== null) continue;
      const o = options(id);
      if (o) open.set(id, o);
      else complete = false;
    }
    if (complete && open.size > 0) usable.push({ rel, open });
  }
  const out: Group[] = [];
  for (const u of usable) {
    const joined = out.filter((g) => [...u.open.keys()].some((id) => g.open.has(id)));
    const group: Group = { relations: [u.rel, ...joined.flatMap((g) => g.relations)], open: new Map([...u.open, ...joined.flatMap((g) => [...g.open])]) };
    for (const g of joined) out.splice(out.indexOf(g), 1);
    out.push(group);
  }
  return out;
}

/** The figures of a group that every choice making all its sums hold gives one value. */
function solve(group: Group, fixed: (id: FieldId) => number | null): Map<FieldId, Occurrence[]> {
  const ids = [...group.open.keys()];
  const lists = ids.map((id) => [...group.open.get(id)!.keys()]);
  if (lists.reduce((n, l) => n * l.length, 1) > MAX_COMBINATIONS) return new Map();
  const seen = ids.map(() => new Set<number>());
  const choice = new Map<FieldId, number>();
  const value = (id: FieldId) => choice.get(id) ?? fixed(id)!;
  const holds = (rel: SumRelation) => {
    const total = value(rel.total);
    const parts = rel.parts.map(value);
    return total >= MIN_CONFIRMING_TOTAL && parts.reduce((a, b) => a + b, 0) === total && !parts.includes(total);
  };
  let solutions = 0;
  const walk = (k: number): void => {
    if (k === ids.length) {
      if (!group.relations.every(holds) || sharesPlace(group, choice)) return;
      solutions++;
      ids.forEach((id, i) => seen[i]!.add(choice.get(id)!));
      return;
    }
    for (const v of lists[k]!) {
      choice.set(ids[k]!, v);
      walk(k + 1);
    }
    choice.delete(ids[k]!);
  };
  walk(0);
  const settled = new Map<FieldId, Occurrence[]>();
  if (solutions === 0) return settled;
  ids.forEach((id, i) => {
    if (seen[i]!.size === 1) settled.set(id, group.open.get(id)!.get([...seen[i]!][0]!)!);
  });
  return settled;
}

/** Two figures of one choice on the same place of the text: one number is one figure. */
function sharesPlace(group: Group, choice: ReadonlyMap<FieldId, number>): boolean {
  const places = new Set<number>();
  for (const [id, v] of choice) {
    for (const o of group.open.get(id)!.get(v)!) {
      if (places.has(o.start)) return true;
      places.add(o.start);
    }
  }
  return false;
}
