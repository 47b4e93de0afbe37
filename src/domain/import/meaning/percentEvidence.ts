/**
 * Arithmetic as evidence, never as a source of values: a count written with its percentage right after it ("xong 77
 * (95,06%)") whose quotient by a whole already found (81 received) is that percentage, to its decimals, is the part
 * of that percentage — when the words beside the count lean that way at all and no other figure of the same whole
 * fits it as well. Both numbers are in the text; the arithmetic only chooses which figure they are.
 */
import type { ReportDefinition } from "../../report";
import type { FieldId } from "../../types";
import { PERCENT_SIGN_END, type NumberToken } from "../numbers";
import type { Candidate } from "./candidates";
import type { FieldProfile, Vocabulary } from "./profiles";
import { eligible, score } from "./score";

/** The words must lean towards the part at least this much; the quotient does the rest. */
const LEAN = 0.2;
const MARGIN = 0.12;
const DISTANCE = 48;
const PRECISION = 0.005;

interface Pair {
  count: Candidate;
  percent: Candidate;
}

/** Counts followed by a percentage in the same clause: "77 (95,06%)", "06 hồ sơ, chiếm 7,79%". */
function pairs(text: string, candidates: readonly Candidate[], taken: ReadonlySet<number>): Pair[] {
  const found: Pair[] = [];
  for (let i = 0; i + 1 < candidates.length; i++) {
    // Either order ("77 (95,06%)", "chiếm 11,90% (10 hồ sơ)"); past a fraction's whole ("84/90 hồ sơ, đạt 93,33%").
    const a = candidates[i]!;
    const b = candidates[i + 1]!.whole && i + 2 < candidates.length ? candidates[i + 2]! : candidates[i + 1]!;
    const [count, percent] = a.token.kind === "percent" ? [b, a] : [a, b];
    if (count.token.kind !== "count" || percent.token.kind !== "percent") continue;
    if (taken.has(count.token.start) || taken.has(percent.token.start)) continue;
    if (b.token.start - a.token.end > DISTANCE || /[;\n]|\.\s/.test(text.slice(a.token.end, b.token.start))) continue;
    found.push({ count, percent });
  }
  return found;
}

function decimals(t: Candidate["token"]): number {
  return /[.,](\d+)$/.exec(t.text.replace(PERCENT_SIGN_END, ""))?.[1]?.length ?? 0;
}

/**
 * part / whole, as a percentage, rounds to what is written — and says something: a percentage written to within
 * 0.5 % of itself (95,06 %, 7,79 %, 11,9 %), not one a thousand counts would match ("0,3 %", "100 %").
 */
function agrees(part: number, whole: number, percent: Candidate["token"]): boolean {
  const d = decimals(percent);
  const tolerance = 0.5 * 10 ** -d;
  if (d === 0 || whole <= 0 || tolerance > PRECISION * percent.value) return false;
  return Math.abs((100 * part) / whole - percent.value) <= tolerance + 1e-9;
}

export function partsByPercent(
  text: string,
  report: ReportDefinition,
  profiles: readonly FieldProfile[],
  candidates: readonly Candidate[],
  vocab: Vocabulary,
  placed: Map<FieldId, ReadonlyArray<{ start: number }>>,
  tokens: ReadonlyMap<number, NumberToken>,
  taken: Set<number>,
): Map<FieldId, Candidate> {
  const byId = new Map(profiles.map((p) => [p.field.id, p]));
  const bound = new Map<FieldId, Candidate>();
  for (let changed = true; changed; ) {
    changed = false;
    for (const pair of pairs(text, candidates, taken)) {
      const fits: Array<{ part: FieldProfile; percent: FieldProfile; s: number }> = [];
      for (const field of report.fields) {
        const f = field.formula;
        if (f?.op !== "percentOf" || placed.has(field.id) || placed.has(f.part)) continue;
        const part = byId.get(f.part);
        const percent = byId.get(field.id);
        const wholeValue = valueOf(placed.get(f.whole), tokens);
        if (!part || !percent || wholeValue === null || !eligible(part, pair.count) || !eligible(percent, pair.percent)) continue;
        if (!agrees(pair.count.token.value, wholeValue, pair.percent.token)) continue;
        fits.push({ part, percent, s: score(part, pair.count, vocab) });
      }
      fits.sort((a, b) => b.s - a.s);
      const [best, next] = fits;
      if (!best || best.s < LEAN || (next && best.s - next.s < MARGIN)) continue;
      for (const [profile, c] of [[best.part, pair.count], [best.percent, pair.percent]] as const) {
        bound.set(profile.field.id, c);
        placed.set(profile.field.id, [c.token]);
        taken.add(c.token.start);
      }
      changed = true;
    }
  }
  return bound;
}

/** The whole's value, when every place it is written agrees. */
function valueOf(places: ReadonlyArray<{ start: number }> | undefined, tokens: ReadonlyMap<number, NumberToken>): number | null {
  const values = new Set((places ?? []).map((p) => tokens.get(p.start)?.value));
  const [value] = values;
  return values.size === 1 && typeof value === "number" && Number.isFinite(value) ? value : null;
}
