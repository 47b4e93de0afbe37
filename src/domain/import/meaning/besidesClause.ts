/**
 * «… tổ chức 13 cuộc giao ban (…). Ngoài ra, Sở tổ chức 03 cuộc giao ban trực tuyến với giám đốc các bệnh viện»,
 * «Ban duy trì giao ban 12 cuộc; ngoài ra tổ chức 03 cuộc giao ban với doanh nghiệp»: what «ngoài ra» (or «bên cạnh
 * đó») adds after a count of the same thing in its paragraph is something besides it, not a rival for its figure.
 * Language knowledge only: no field named.
 */
import { FLOOR } from "./assign";
import type { Candidate } from "./candidates";
import type { FieldProfile } from "./profiles";
import { AWARD } from "./vetoPurpose";

const BESIDES = /(?<![\p{L}\p{M}])(?:ngoài ra|bên cạnh đó)(?![\p{L}\p{M}])/iu;
/** How far apart, in characters, a count and the one «ngoài ra» adds after it may stand. */
const REACH = 400;

/** `other` is counted in a «ngoài ra» clause after `top`, of the same unit, in the same paragraph. */
export function addedBesides(text: string, top: Candidate, other: Candidate): boolean {
  if (top.unit === null || other.unit !== top.unit || other.token.start <= top.token.end) return false;
  if (other.token.start - top.token.end >= REACH) return false;
  const between = text.slice(top.token.end, other.token.start);
  return !between.includes("\n") && BESIDES.test(between);
}

/**
 * The other way round (910, 914): the count «ngoài ra» adds is refused for a figure that the count before it, of the
 * same unit in the same paragraph, fits as well as the floor: «… tổ chức 12 cuộc giao ban …. Ngoài ra, Văn phòng phục
 * vụ … 11 cuộc họp giao ban của Thường trực UBND tỉnh» is something besides the office's briefings, however well its
 * words fit them.
 */
export function besidesYields(
  text: string,
  candidates: readonly Candidate[],
  fits: (p: FieldProfile, c: Candidate) => number,
): (p: FieldProfile, c: Candidate) => boolean {
  // In text order, each count looks back only as far as a «ngoài ra» may reach (addedBesides: 400 characters).
  const ordered = [...candidates].sort((x, y) => x.token.start - y.token.start);
  const at = new Map(ordered.map((c, i) => [c, i]));
  const before = new Map<Candidate, Candidate[]>();
  const mainsOf = (c: Candidate) => {
    let mains = before.get(c);
    if (mains === undefined) {
      mains = [];
      for (let i = at.get(c)! - 1; i >= 0 && c.token.start - ordered[i]!.token.end < REACH; i--) if (addedBesides(text, ordered[i]!, c)) mains.push(ordered[i]!);
      before.set(c, mains);
    }
    return mains;
  };
  return (p, c) => {
    // Awards are listed one after another «bên cạnh đó», «ngoài ra»: each its own figure, told apart by giver and
    // purpose (vetoAward.ts, vetoPurpose.ts), never one besides another.
    if (AWARD.test(p.field.label)) return false;
    const mains = mainsOf(c);
    return mains.length > 0 && mains.some((e) => fits(p, e) >= FLOOR);
  };
}
