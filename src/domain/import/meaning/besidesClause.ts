/**
 * «… tổ chức 13 cuộc giao ban (…). Ngoài ra, Sở tổ chức 03 cuộc giao ban trực tuyến với giám đốc các bệnh viện»,
 * «Ban duy trì giao ban 12 cuộc; ngoài ra tổ chức 03 cuộc giao ban với doanh nghiệp»: what «ngoài ra» (or «bên cạnh
 * đó») adds after a count of the same thing in its paragraph is something besides it, not a rival for its figure.
 * Language knowledge only: no field named.
 */
import type { Candidate } from "./candidates";

const BESIDES = /(?<![\p{L}\p{M}])(?:ngoài ra|bên cạnh đó)(?![\p{L}\p{M}])/iu;

/** `other` is counted in a «ngoài ra» clause after `top`, of the same unit, in the same paragraph. */
export function addedBesides(text: string, top: Candidate, other: Candidate): boolean {
  if (top.unit === null || other.unit !== top.unit || other.token.start <= top.token.end) return false;
  const between = text.slice(top.token.end, other.token.start);
  return between.length < 400 && !between.includes("\n") && BESIDES.test(between);
}
