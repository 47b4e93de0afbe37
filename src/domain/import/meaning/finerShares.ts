/**
 * One share written at two precisions: «đã giải quyết 87 hồ sơ, đạt 94,57%» in the sentence, «94,6» in the table
 * that sums the section up (held-out 1264). They are one figure, not two values for the clerk to choose between, and
 * the form asks for the finer (two decimals, Nghị định 30/2020/NĐ-CP's «95,06%»): the coarse one is that share
 * rounded. Where the finer differs from the coarse by more than its rounding but by no more than two of the coarse
 * one's last places («95,56%» beside a table's «95,7»), one of the two was slipped: the clerk sees both.
 */
import type { FieldId } from "../../types";
import type { Candidate } from "./candidates";
import type { FieldProfile } from "./profiles";

/** The places after the decimal comma (or point) a share is written with: «94,6» 1, «94,57%» 2, «100%» 0. */
export function decimalsOf(c: Candidate): number {
  const m = /[,.](\d+)[^\d]*$/u.exec(c.token.text);
  return m ? m[1]!.length : 0;
}

/** Whether `fine` rounds to `coarse` at the coarse one's precision. */
export function roundsTo(fine: Candidate, coarse: Candidate): boolean {
  const d = decimalsOf(coarse);
  if (decimalsOf(fine) <= d || fine.token.value === null || coarse.token.value === null) return false;
  return Math.abs(fine.token.value - coarse.token.value) <= 0.5 * 10 ** -d + 1e-9;
}

/** Whether `fine` is written finer than `coarse` and off it by more than a rounding, but within two last places. */
export function slippedRounding(fine: Candidate, coarse: Candidate): boolean {
  const d = decimalsOf(coarse);
  if (decimalsOf(fine) <= d || fine.token.value === null || coarse.token.value === null) return false;
  const off = Math.abs(fine.token.value - coarse.token.value);
  return off > 0.5 * 10 ** -d + 1e-9 && off <= 2 * 10 ** -d + 1e-9;
}

/**
 * The one finest statement among a share's places, when every other place is it rounded; null when the places are
 * not one share written at two precisions (two values at one precision are two values).
 */
export function finestOf(places: readonly Candidate[]): Candidate | null {
  if (places.length < 2 || places.some((c) => c.token.kind !== "percent")) return null;
  const most = Math.max(...places.map(decimalsOf));
  const finest = places.filter((c) => decimalsOf(c) === most);
  if (new Set(finest.map((c) => c.token.value)).size !== 1) return null;
  const fine = finest[0]!;
  const coarse = places.filter((c) => decimalsOf(c) < most);
  return coarse.length > 0 && coarse.every((c) => roundsTo(fine, c)) ? fine : null;
}

interface Placing {
  bound: Map<FieldId, Candidate[]>;
  unclear: Map<FieldId, Candidate[]>;
  doubted: Map<FieldId, Candidate[]>;
  taken: Set<number>;
}

/**
 * A share doubted only by itself rounded is bound at its finest; a share bound to a coarse place (a table's cell, a
 * summary's «95,1%») whose finer statement stands free and is described as this figure takes that one, or is left to
 * the clerk with both where the two differ by more than a rounding: those are returned.
 */
export function refineShares(profiles: readonly FieldProfile[], candidates: readonly Candidate[], placing: Placing, fits: (p: FieldProfile, c: Candidate) => boolean): Set<FieldId> {
  const { bound, unclear, doubted, taken } = placing;
  const slipped = new Set<FieldId>();
  for (const [id, places] of doubted) {
    const fine = finestOf(places);
    if (!fine) continue;
    doubted.delete(id);
    unclear.delete(id);
    bound.set(id, [fine]);
    taken.add(fine.token.start);
  }
  for (const p of profiles) {
    const places = p.kind === "percent" ? bound.get(p.field.id) : undefined;
    if (places?.length !== 1 || places[0]!.token.kind !== "percent" || decimalsOf(places[0]!) >= 2) continue;
    const coarse = places[0]!;
    const finer = candidates.filter((c) => c.token.kind === "percent" && !taken.has(c.token.start) && (roundsTo(c, coarse) || slippedRounding(c, coarse)) && fits(p, c));
    if (finer.length !== 1) continue;
    const fine = finer[0]!;
    taken.add(fine.token.start);
    if (roundsTo(fine, coarse)) {
      bound.set(p.field.id, [fine]);
    } else {
      // Stated twice with two values: no sum may settle it for the clerk, the slip is what the check must show.
      bound.delete(p.field.id);
      unclear.set(p.field.id, [fine, coarse]);
      doubted.set(p.field.id, [fine, coarse]);
      slipped.add(p.field.id);
    }
  }
  return slipped;
}
