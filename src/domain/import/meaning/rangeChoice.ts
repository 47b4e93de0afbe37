/**
 * Which of several written ranges is the period of a form's figures. A report may write the period of its figures
 * and, beside it, another one: «từ ngày 2.1.2018 đến 17.5.2018 đã tiếp nhận 25.368 hồ sơ … Chỉ tính riêng trong tuần
 * (từ ngày 11.5.2018 đến 17.5.2018) đã có …». The figures' range is the one whose own sentence goes on to state
 * figures the form's section holds (found by wording or by meaning). A start or end field binds a range only when it
 * is that one; when other ranges could fill it too and the text does not single one out, it is left for the clerk.
 * Ranges the text qualifies as a part of the period («riêng trong tuần») are not offered at all (dateRange.ts).
 */
import type { ReportDefinition } from "../../report";
import type { FieldId } from "../../types";
import { dateKey } from "../writtenDates";
import type { Candidate } from "./candidates";
import { endFits, partnerOf, rangeEndOf } from "./dateRange";
import type { FieldProfile } from "./profiles";
import { markedStretch } from "./starNotes";
import { spansReportPeriod } from "./reportSpan";

export interface RangeChoice {
  bound: Map<FieldId, Candidate[]>;
  unclear: Map<FieldId, Candidate[]>;
  /**
   * Fields bound to the one range that goes on to their section's figures over another their words also fit: the
   * text has singled that range out, so a twin range sharing one of its ends (rangeTwins.ts) no longer doubts it.
   */
  singled: Set<FieldId>;
}

/**
 * `placed` holds every field's places (wording and meaning); `byMeaning` the date fields meaning bound, which may be
 * demoted; `open` the fields nothing bound, which may take the figures' range.
 */
export function chooseRanges(
  text: string,
  report: ReportDefinition,
  profiles: readonly FieldProfile[],
  candidates: readonly Candidate[],
  placed: ReadonlyMap<FieldId, ReadonlyArray<{ start: number }>>,
  byMeaning: ReadonlyMap<FieldId, readonly Candidate[]>,
  open: ReadonlySet<FieldId>,
  taken: ReadonlySet<number>,
  /** Whether the field's words describe the date well enough to be its candidate at all (assign.ts's floor). */
  fits: (p: FieldProfile, c: Candidate) => boolean,
): RangeChoice {
  const out: RangeChoice = { bound: new Map(), unclear: new Map(), singled: new Set() };
  for (const p of profiles) {
    if (p.kind !== "date" || rangeEndOf(p) === null) continue;
    const id = p.field.id;
    const ends = candidates.filter((c) => c.token.kind === "date" && partnerOf(c) !== null && endFits(p, c));
    // A range nothing describes as this field's («kỷ niệm 30/4/1975 – 30/4/2026») is no rival for it.
    const ranges = distinct(ends.filter((c) => fits(p, c)));
    if (ranges.length === 0 && !open.has(id)) continue;
    const figures = distinct(ends.filter((c) => introducesFigures(text, report, p, c, placed)));
    const mine = byMeaning.get(id);
    if (mine) {
      if (ranges.length < 2) continue;
      const only = figures.length === 1 ? figures[0]! : null;
      if (mine.every((c) => only !== null && rangeKey(c) === rangeKey(only))) continue;
      // «(số liệu tính từ ngày 15/6/2026 đến ngày 14/9/2026)» in the opening, then «Trung tâm …, từ ngày 15/6/2026 đến
      // ngày 10/9/2026: tiếp nhận 18.247 hồ sơ»: where the one range that goes on to the section's figures is among
      // this field's, it is that section's own period; the report's is only what it takes when it states none.
      const own = only === null ? [] : ends.filter((c) => rangeKey(c) === rangeKey(only) && (!taken.has(c.token.start) || mine.includes(c)));
      if (own.length > 0 && ranges.some((c) => rangeKey(c) === rangeKey(only!))) {
        out.bound.set(id, own);
        out.singled.add(id);
        continue;
      }
      out.unclear.set(id, [...mine, ...ranges.filter((c) => !mine.some((m) => rangeKey(m) === rangeKey(c)))]);
    } else if (open.has(id) && figures.length === 1) {
      const places = ends.filter((c) => rangeKey(c) === rangeKey(figures[0]!) && !taken.has(c.token.start));
      if (places.length > 0) out.bound.set(id, places);
    } else if (open.has(id) && figures.length === 0) {
      // The report's own period stated once, with its dates, where the report names its quarter, and no other range:
      // the clerk types it as the section's period when the section's figures give none (reportSpan.ts).
      const only = distinct(ends);
      if (only.length !== 1 || !spansReportPeriod(text, only[0]!) || !sectionPlaced(report, p, placed)) continue;
      const places = ends.filter((c) => !taken.has(c.token.start));
      if (places.length > 0) out.bound.set(id, places);
    }
  }
  return out;
}

/**
 * A range by both its dates: two ranges that end on the same day are still two periods. A date meaning placed alone
 * (written in no range) is its own key, so it never counts as one of the ranges.
 */
function rangeKey(c: Candidate): string {
  const other = partnerOf(c);
  if (other === null) return dateKey(c.token.text);
  const [a, b] = c.token.start < other.token.start ? [c, other] : [other, c];
  return `${dateKey(a.token.text)}–${dateKey(b.token.text)}`;
}

function distinct(ends: readonly Candidate[]): Candidate[] {
  const seen = new Set<string>();
  return ends.filter((c) => !seen.has(rangeKey(c)) && seen.add(rangeKey(c)) !== undefined);
}

/**
 * The range's sentence, after its later date, states a figure bound to a non-date field of the same section; for a
 * remark opened by a star mark, the stretch its mark marks does.
 */
function introducesFigures(
  text: string,
  report: ReportDefinition,
  p: FieldProfile,
  c: Candidate,
  placed: ReadonlyMap<FieldId, ReadonlyArray<{ start: number }>>,
): boolean {
  const later = Math.max(c.token.end, partnerOf(c)!.token.end);
  // A remark under a paragraph speaks for the stretch its star mark marks (starNotes.ts), not what follows it.
  const marked = markedStretch(text, later);
  const stop = text.slice(later).search(/\n|\.(?=\s|$)|\(/);
  const from = marked?.from ?? later;
  const to = marked?.to ?? (stop === -1 ? text.length : later + stop);
  for (const [id, places] of placed) {
    const field = report.byId.get(id);
    if (!field || field.section !== p.field.section || field.kind === "date") continue;
    if (places.some((o) => o.start >= from && o.start < to)) return true;
  }
  return false;
}

/** Some non-date field of the profile's section is placed: the section is reported, so its period is asked for. */
function sectionPlaced(report: ReportDefinition, p: FieldProfile, placed: ReadonlyMap<FieldId, ReadonlyArray<{ start: number }>>): boolean {
  for (const [id, places] of placed) {
    const field = report.byId.get(id);
    if (field && field.section === p.field.section && field.kind !== "date" && places.length > 0) return true;
  }
  return false;
}
