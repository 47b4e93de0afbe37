/**
 * «06 phòng, đơn vị trực thuộc», «12 cơ quan, đơn vị»: an office's units named two ways with a comma between are one
 * phrase (Vietnamese pairs near-synonyms so: «phòng, ban», «cơ quan, đơn vị»), what the count before it counts. That
 * comma parts no figures: the words after it are the count's own, not the next figure's.
 */
import { commaAfter } from "./clauseSpans";
import { syllables, unitAt } from "./words";

/** The names of an office's units a clerk pairs with a comma. */
const BODIES: readonly string[] = ["phòng", "đơn vị", "tổ chức", "cơ quan"];

/** The first comma after a count ending at `from` (within `limit`) that does not join two names of its unit. */
export function figureComma(text: string, from: number, limit: number): number {
  let at = commaAfter(text, from, limit);
  for (let start = from; at < limit && joins(text, start, at, limit); start = at + 1) at = commaAfter(text, at + 1, limit);
  return at;
}

/**
 * The kinds of an office's staff, which the law names together with commas («cán bộ, công chức, viên chức và người
 * lao động»): «34 biên chế cán bộ, công chức giao năm 2026» counts one staff, the comma parts no figures.
 */
const STAFF: readonly string[] = ["cán bộ", "công chức", "viên chức", "người lao động"];

/**
 * The words before the comma, a few right after the count, end with a kind of staff; those after it open with another,
 * and the count's words go on past the kinds («… công chức giao năm 2026»). Kinds that end the clause («07 công chức,
 * viên chức;») add nothing to what the count is, and a comma far from the count joins no words of its.
 */
function staffJoined(before: readonly string[], after: readonly string[], rest: string): boolean {
  if (before.length > 4) return false;
  const last = STAFF.find((t) => before.slice(-t.split(" ").length).join(" ") === t);
  const next = unitAt(after, STAFF);
  if (last === undefined || next === null || next === last) return false;
  const clause = /^[^;.\n]*/u.exec(rest)![0].toLowerCase();
  return /\p{L}/u.test(STAFF.reduce((left, t) => left.replaceAll(t, " "), clause).replace(/(?<![\p{L}])và(?![\p{L}])/gu, " "));
}

/** The words before the comma at `comma` are only a unit's name, and those after it open with another. */
function joins(text: string, start: number, comma: number, limit: number): boolean {
  const before = syllables(text.slice(start, comma));
  const following = syllables(text.slice(comma + 1, Math.min(limit, comma + 24)).split(/[\d,;:]/u)[0] ?? "");
  if (staffJoined(before, following, text.slice(comma + 1, limit))) return true;
  const unit = unitAt(before, BODIES);
  if (unit === null || unit.split(" ").length !== before.length) return false;
  const after = syllables(text.slice(comma + 1, Math.min(limit, comma + 24)).split(/[\d,;:]/u)[0] ?? "");
  const next = unitAt(after, BODIES);
  return next !== null && next !== unit;
}
