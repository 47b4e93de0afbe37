/**
 * «lý luận chính trị có 01 cao cấp và 07 trung cấp», «trình độ chuyên môn có 04 thạc sĩ, 11 đại học»: items written
 * number first after «X có» / «X gồm» all read with X, as items after «X:» do («Lý luận chính trị: 02 cử nhân, 28
 * cao cấp», candidates.ts). The first item has X beside it; the later ones keep it as their introduction. X is the
 * words since the clause's last comma, two syllables at least: «hiện có 15 công chức và 02 hợp đồng» introduces
 * nothing («hiện» alone says no kind).
 */
import { syllables } from "./words";

/** «X có|gồm (có)» then one or more «N words,» / «N words và» items, up to the number read. */
const HAVE_LIST = /(?:^|[,:])\s*([\p{L}\p{M} ]+?)\s(?:có|gồm có|gồm|bao gồm)\s+(?:\d[\d.]*\s[\p{L}\p{M} ]{1,40}?(?:,|\svà)\s*)+$/u;
const MIN_LEAD = 2;
/** How far back the list is read. */
const REACH = 300;

/** The introduction of a later number-first item of a «X có …» list, or [] when the number is none. */
export function haveListLead(text: string, clauseFrom: number, at: number): string[] {
  const m = HAVE_LIST.exec(text.slice(Math.max(clauseFrom, at - REACH), at));
  if (!m) return [];
  const lead = syllables(m[1]!);
  return lead.length >= MIN_LEAD ? lead : [];
}
