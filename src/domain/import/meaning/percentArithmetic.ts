/**
 * A percentage left unclear between candidates («93,90» under «Đã giải quyết» and «6,10» under «Đang giải quyết» of
 * one «Tỷ lệ (%)» row, a value and its correction) is settled by the form's own arithmetic when its part and its whole
 * are bound: the one candidate equal to part ÷ whole, to the decimals written, is the figure. A value with decimals
 * matches by chance about once in a thousand, so a match is strong evidence; a whole percentage («95%») must match
 * exactly. Nothing is bound when no candidate or two different values fit, nor a candidate a veto refuses, nor
 * anything the text left unstated: only a choice already offered to the clerk is made.
 */
import type { ReportDefinition } from "../../report";
import type { FieldDef, FieldId } from "../../types";
import type { Occurrence, Recognition } from "../types";
import { boundValue, numberIn } from "./boundNumbers";

/** The value written equals `ratio` rounded to its own decimals (a whole percentage: exactly). */
export function fitsRatio(input: string, value: number, ratio: number): boolean {
  const decimals = writtenDecimals(input);
  if (decimals === 0) return Math.abs(value - ratio) < 1e-9;
  return Math.abs(value - ratio) <= 0.5 * 10 ** -decimals + 1e-9;
}

export function confirmPercents(
  report: ReportDefinition,
  result: Map<FieldId, Recognition>,
  vetoed: (field: FieldDef, o: Occurrence) => boolean,
  slipped: ReadonlySet<FieldId> = new Set(),
): void {
  for (const field of report.fields) {
    const r = result.get(field.id);
    // A share written twice, one not the other rounded (finerShares.ts), is the clerk's: the arithmetic would hide the slip.
    if (r?.state !== "ambiguous" || slipped.has(field.id)) continue;
    const fit = fittingShares(report, result, field, r.candidates, () => true);
    if (fit && !fit.some((o) => vetoed(field, o))) result.set(field.id, { state: "bound", occurrences: fit });
  }
}

/**
 * The places among `places` (those `also` allows) whose value equals the field's part ÷ whole to its written decimals,
 * when the field is a share whose part and whole are bound and they all read one value; null otherwise.
 */
function fittingShares(
  report: ReportDefinition,
  result: ReadonlyMap<FieldId, Recognition>,
  field: FieldDef,
  places: readonly Occurrence[],
  also: (o: Occurrence, value: number) => boolean,
): Occurrence[] | null {
  const formula = field.formula;
  if (formula?.op !== "percentOf") return null;
  const part = boundValue(report, result, formula.part);
  const whole = boundValue(report, result, formula.whole);
  if (part === null || whole === null || whole <= 0 || part > whole) return null;
  const ratio = (part / whole) * 100;
  const fit = places.filter((o) => {
    const v = numberIn(field, o);
    return v !== null && also(o, v) && fitsRatio(o.input, v, ratio);
  });
  return fit.length > 0 && new Set(fit.map((o) => numberIn(field, o))).size === 1 ? fit : null;
}

/** How many decimals a percentage is written with: «95,74%» 2, «95%» 0. */
function writtenDecimals(input: string): number {
  return /[.,](\d+)\s*%?\s*$/.exec(input.trim())?.[1]?.length ?? 0;
}

/**
 * A share the scoring did not offer at all («đã giải quyết 90/94 hồ sơ, đạt 95,74%»: the fraction stands where the
 * wording expects the part) is still the figure when it is the only value in the document equal to part ÷ whole to two
 * or more written decimals: by chance that happens about once in ten thousand. Whole and round values («100,00%»,
 * «50,00%») say nothing, nor does a number another figure holds or is offered, nor one a veto refuses.
 */
export function findStatedShares(
  report: ReportDefinition,
  result: Map<FieldId, Recognition>,
  percents: readonly Occurrence[],
  vetoed: (field: FieldDef, o: Occurrence) => boolean,
): void {
  const claimed = new Set<number>();
  for (const r of result.values()) {
    if (r.state === "bound") for (const o of r.occurrences) claimed.add(o.start);
    if (r.state === "ambiguous") for (const o of r.candidates) claimed.add(o.start);
  }
  for (const field of report.fields) {
    if (result.get(field.id)?.state === "bound") continue;
    const fit = fittingShares(report, result, field, percents, (o, v) => writtenDecimals(o.input) >= 2 && !Number.isInteger(v) && !claimed.has(o.start));
    if (!fit || fit.some((o) => vetoed(field, o))) continue;
    result.set(field.id, { state: "bound", occurrences: fit });
    for (const o of fit) claimed.add(o.start);
  }
}
