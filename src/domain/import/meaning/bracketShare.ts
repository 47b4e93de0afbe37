/**
 * «30 hồ sơ (32,61%)», «62 (67,39 %)»: a percentage alone in brackets right after a count, with at most the count's
 * unit (three words) between, is that count's share. Clerks write the share so to say whose it is: it is the count's
 * and no other's, so it stands or falls with what its count was read as.
 */
import type { NumberToken } from "../numbers";

const OPENS = /^\s*(?:[\p{L}]+\s+){0,3}?\(\s*$/u;
const CLOSES = /^\s*%?\s*\)/u;

/** Where the bracket closes when `share` is such a share of the count ending at `countEnd`, or null. */
export function bracketShareEnd(text: string, countEnd: number, share: NumberToken): number | null {
  if (share.kind !== "percent" || share.start < countEnd || !OPENS.test(text.slice(countEnd, share.start))) return null;
  const close = CLOSES.exec(text.slice(share.end, share.end + 6));
  return close ? share.end + close[0].length : null;
}
