/**
 * Periods written as a range of dates: «từ 15/12/2025 đến 14/3/2026», «(từ ngày 15 tháng 12 năm 2025 đến ngày 14
 * tháng 3 năm 2026)», «15-12-2025 – 14-3-2026». A form asks for such a period as two date fields, one the start
 * («tính từ ngày») and one the end («tính đến ngày»), read from the words before each placeholder in its wordings,
 * or from its label. In the text, a date after «từ» starts a range, a date after «đến»/«tới» ends one; the words
 * that introduce the range («Trung tâm PVHCC tỉnh, từ …») describe both of its dates. A start field never takes an
 * end date nor the reverse, and a date that is neither (a meeting's «ngày 18/12/2025») fills neither.
 */
import type { FieldId } from "../../types";
import type { FigurePattern } from "../patterns";
import { dateKey } from "../writtenDates";
import type { Candidate } from "./candidates";
import { numberClause } from "./numberClause";
import { plainWording, type FieldProfile } from "./profiles";
import { features, syllables } from "./words";

export type RangeEnd = "from" | "to";

const candidateEnds = new WeakMap<Candidate, RangeEnd>();
const fieldEnds = new WeakMap<FieldProfile, RangeEnd>();
/** Each end of a range written in the text, to its other end. */
const partners = new WeakMap<Candidate, Candidate>();
/** Ends of a range the text qualifies as a part of the period («riêng trong tuần (từ … đến …)»): the word that does. */
const subPeriods = new WeakMap<Candidate, string>();
/** What a field's words say of its period, to tell whether it asks for a part («trong tuần từ ngày»). */
const fieldWords = new WeakMap<FieldProfile, ReadonlySet<string>>();

/**
 * Words before a range that make it a part of the period the figures cover: «Chỉ tính riêng trong tuần (từ …)»,
 * «trong tuần qua, từ …», «riêng tháng 5 (từ …)». The captured word is the part's unit (a form that asks for the
 * week's figures has «tuần» in its own words and takes such a range).
 */
const SUB_PERIOD =
  /(?<![\p{L}])(?:(?:chỉ\s+)?(?:tính\s+)?riêng(?:\s+trong)?\s+(?<a>tuần|tháng|quý|đợt|ngày)|trong\s+(?<b>tuần)(?:\s+(?:qua|này|vừa qua))?|(?<c>tuần)\s+(?:qua|này|vừa qua)|trong\s+(?<d>tháng)\s+\d{1,2})(?![\p{L}])[^.;\n]{0,24}$/iu;

const FROM_BEFORE = /(?<![\p{L}])(?:kể\s+)?từ\s+(?:ngày\s+)?$/iu;
const TO_BEFORE = /(?<![\p{L}])(?:đến|tới)\s+(?:hết\s+)?(?:ngày\s+)?$/iu;
/**
 * Words saying something began on the date: «hợp nhất … từ ngày 01/7/2025», «thành lập từ ngày …», «có hiệu lực từ
 * ngày …». Such a date, with no end written after it, is when the body or rule began, not the start of the figures'
 * period.
 */
const BEGAN = /(?<![\p{L}])(?:hợp nhất|sáp nhập|thành lập|kiện toàn|tổ chức lại|đi vào hoạt động|hoạt động|hiệu lực|chính thức)(?![\p{L}])/iu;
/** How far back in its clause a date's beginning words may stand. */
const BEGAN_REACH = 90;

/** Between the two dates of a range: «đến», «tới», a dash, optionally «ngày». */
const BRACKET_OPEN = /\(\s*(?:(?:kể\s+)?từ\s+(?:ngày\s+)?)?$/iu;
/** How many words before a bracketed range describe it. */
const LEAD = 8;
const BETWEEN = /^\s*,?\s*(?:đến|tới|[-–])\s*(?:hết\s+)?(?:ngày\s+)?$/iu;

/** Which end of a period a date field is, from the words before its placeholder (wordings first, then label). */
export function fieldEnd(field: { label: string }, wordings: readonly FigurePattern[]): RangeEnd | null {
  const ends = new Set<RangeEnd>();
  for (const pattern of wordings) {
    const plain = plainWording(pattern.wording);
    const at = plain.indexOf("{D}");
    if (at === -1) continue;
    const before = plain.slice(Math.max(0, at - 24), at);
    if (TO_BEFORE.test(before)) ends.add("to");
    else if (FROM_BEFORE.test(before)) ends.add("from");
  }
  if (ends.size === 0) {
    const label = field.label.normalize("NFC");
    if (/(?<![\p{L}])(?:đến|tới)(?:\s+ngày)?\s*$/iu.test(label)) ends.add("to");
    else if (/(?<![\p{L}])từ(?:\s+ngày)?\s*$/iu.test(label)) ends.add("from");
  }
  return ends.size === 1 ? [...ends][0]! : null;
}

/** Records each date field's end (the profiles of one recognition). */
export function markFieldEnds(profiles: readonly FieldProfile[], wordings: ReadonlyMap<FieldId, readonly FigurePattern[]>): void {
  for (const p of profiles) {
    if (p.kind !== "date") continue;
    const end = fieldEnd(p.field, wordings.get(p.field.id) ?? []);
    if (end) fieldEnds.set(p, end);
    fieldWords.set(p, new Set(p.descriptions.flatMap((d) => [...d])));
  }
}

/**
 * Marks which end of a range each date candidate is, and lets the end of a range share the words that describe its
 * start (those about «từ» excepted: they say which end it is, and belong to the start).
 */
export function markRanges(text: string, candidates: readonly Candidate[]): void {
  const dates = candidates.filter((c) => c.token.kind === "date");
  for (const c of dates) {
    const before = text.slice(Math.max(0, c.token.start - 24), c.token.start);
    if (FROM_BEFORE.test(before)) candidateEnds.set(c, "from");
    else if (TO_BEFORE.test(before) && !candidateEnds.has(c)) candidateEnds.set(c, "to");
  }
  for (let i = 0; i + 1 < dates.length; i++) {
    const [a, b] = [dates[i]!, dates[i + 1]!];
    if (!BETWEEN.test(text.slice(a.token.end, b.token.start))) continue;
    if (candidateEnds.get(a) === "to") continue;
    candidateEnds.set(a, "from");
    candidateEnds.set(b, "to");
    partners.set(a, b);
    partners.set(b, a);
    for (const [f, w] of a.near) if (!/(?:^|\s)từ(?:\s|$)/u.test(f) && (b.near.get(f) ?? 0) < w) b.near.set(f, w);
    const sub = SUB_PERIOD.exec(text.slice(Math.max(0, a.token.start - 60), a.token.start));
    if (sub) {
      const unit = (sub.groups!["a"] ?? sub.groups!["b"] ?? sub.groups!["c"] ?? sub.groups!["d"]!).toLowerCase();
      subPeriods.set(a, unit);
      subPeriods.set(b, unit);
    }
    // «Kho lưu trữ (01-01-2026 – 31-3-2026):»: a range alone in brackets is described by the words before them.
    const open = BRACKET_OPEN.exec(text.slice(Math.max(0, a.token.start - 16), a.token.start));
    if (open && /^\s*\)/.test(text.slice(b.token.end, b.token.end + 3))) {
      const at = a.token.start - open[0].length;
      const lineFrom = Math.max(text.lastIndexOf("\n", at - 1), text.lastIndexOf(";", at - 1), text.lastIndexOf("(", at - 1)) + 1;
      for (const f of features(syllables(text.slice(lineFrom, at)).slice(-LEAD))) for (const c of [a, b]) if ((c.near.get(f) ?? 0) < 1) c.near.set(f, 1);
    }
  }
  for (const c of dates) if (candidateEnds.get(c) === "from" && !partners.has(c) && beganOn(text, c.token.start, c.token.end)) candidateEnds.delete(c);
}

/**
 * Whether the clause before a lone «từ ngày …» (the date at [start, end)) says something began then (BEGAN). The
 * clause is the date's own (numberClause.ts): a «;» or a full stop inside brackets before it («hợp nhất (theo Nghị
 * quyết số 202/2025/QH15; Quyết định số 1234/QĐ-UBND) từ ngày 01/7/2025») ends nothing, nor does the point of a date
 * written «01.7.2025» before it; the beginning words must still stand within BEGAN_REACH of the date.
 */
export function beganOn(text: string, start: number, end: number): boolean {
  const from = Math.max(numberClause(text, start, end).from, start - BEGAN_REACH);
  return BEGAN.test(text.slice(from, start));
}

/** A date field that is one end of a period takes only a date written as that end. */
export function endFits(profile: FieldProfile, c: Candidate): boolean {
  const wanted = fieldEnds.get(profile);
  return (wanted === undefined || candidateEnds.get(c) === wanted) && !otherSubPeriod(profile, c);
}

/** A range the text calls a part of the period («riêng trong tuần») is another period, unless the field asks for that part. */
function otherSubPeriod(profile: FieldProfile, c: Candidate): boolean {
  const unit = subPeriods.get(c);
  return unit !== undefined && !(fieldWords.get(profile)?.has(unit) ?? false);
}

export function rangeEndOf(profile: FieldProfile): RangeEnd | null {
  return fieldEnds.get(profile) ?? null;
}

/** The other end of the range a date candidate belongs to, if it is written as one. */
export function partnerOf(c: Candidate): Candidate | null {
  return partners.get(c) ?? null;
}

/**
 * A range binds as one: when one end field is placed on a date written as a range's end, the other end field, not
 * yet placed, takes that range's other date. `placed` holds what each field is bound to, by wording or meaning.
 * When that date ends (or starts) more than one range in the text with different other ends («từ ngày 2.1.2018 đến
 * 17.5.2018 … trong tuần (từ ngày 11.5.2018 đến 17.5.2018)»), which range is the field's is not known: no completion.
 */
export function completeRanges(
  profiles: readonly FieldProfile[],
  placed: ReadonlyMap<FieldId, readonly Candidate[]>,
  open: ReadonlySet<FieldId>,
  taken: ReadonlySet<number>,
  candidates: readonly Candidate[] = [],
): Map<FieldId, Candidate[]> {
  const out = new Map<FieldId, Candidate[]>();
  const dated = profiles.filter((p) => fieldEnds.has(p));
  for (const p of dated) {
    if (!open.has(p.field.id) || out.has(p.field.id)) continue;
    for (const q of dated) {
      if (q.field.section !== p.field.section || fieldEnds.get(q) === fieldEnds.get(p)) continue;
      const at = placed.get(q.field.id) ?? [];
      const others = at.map(partnerOf);
      if (at.length === 0 || others.some((c) => c === null || taken.has(c.token.start) || !endFits(p, c))) continue;
      const keys = new Set(others.map((c) => dateKey(c!.token.text)));
      if (keys.size === 1 && !otherRanges(candidates, at, [...keys][0]!)) out.set(p.field.id, others as Candidate[]);
      break;
    }
  }
  return out;
}

/** Some range in the text shares a placed date but has another other end than `key`. */
function otherRanges(candidates: readonly Candidate[], at: readonly Candidate[], key: string): boolean {
  const placedKeys = new Set(at.map((c) => dateKey(c.token.text)));
  return candidates.some((c) => {
    const other = partners.get(c);
    return other !== undefined && placedKeys.has(dateKey(c.token.text)) && dateKey(other.token.text) !== key;
  });
}
