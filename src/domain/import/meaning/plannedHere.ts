/**
 * A figure planned for the report's own period («Số đơn vị dự kiến kiểm tra … trong quý») may be read from the
 * closing part on the next period's tasks when the body never states it: a clerk who plans the inspections of the
 * quarter ahead there means them (planPlaces.ts). When the body states the period's plan («ban hành Kế hoạch …
 * kiểm tra … tại 02 đơn vị»), the closing part's number («Phương hướng quý I/2026: hoàn thành kiểm tra tại 01 đơn vị
 * còn lại») is the next period's plan and yields to it, however well its words fit. Language knowledge only.
 */
import { FLOOR } from "./assign";
import type { Candidate } from "./candidates";
import { inTasksPart } from "./planPlaces";
import type { FieldProfile } from "./profiles";

/** A figure described as planned («dự kiến»). */
const PLANNED = /(?<![\p{L}])dự kiến(?![\p{L}])/iu;

/**
 * Whether candidate `c` stands in the next period's tasks while the body offers the planned figure `p` a number of
 * its own: one that scores at the floor and nothing refuses. Each profile's answer is read once.
 */
export function nextPlanYields(
  text: string,
  candidates: readonly Candidate[],
  fits: (p: FieldProfile, c: Candidate) => number,
  refused: (p: FieldProfile, c: Candidate) => boolean,
): (p: FieldProfile, c: Candidate) => boolean {
  const inBody = new Map<FieldProfile, boolean>();
  const tasks = new Map<Candidate, boolean>();
  const inTasks = (c: Candidate) => tasks.get(c) ?? tasks.set(c, inTasksPart(text, c.token.start)).get(c)!;
  return (p, c) => {
    if (!PLANNED.test(p.field.label) || !inTasks(c)) return false;
    let body = inBody.get(p);
    if (body === undefined) {
      body = candidates.some((o) => !inTasks(o) && fits(p, o) >= FLOOR && !refused(p, o));
      inBody.set(p, body);
    }
    return body;
  };
}
