/**
 * Which form a typed document is on. A clerk recognised a monthly citizen-reception report on the quarterly form the
 * pane opened with and read «Đã gắn 0 số liệu…» (fix44E): each form is asked how many figures it finds in the same
 * text (BindingPlan.found), and another form is proposed only when it clearly finds more.
 */

export interface FormFit<F> {
  form: F;
  found: number;
}

/**
 * Below this lead, no proposal: two forms share a few wordings (a total of visits, a month's dates), and asking a
 * clerk about a form that reads two more figures would be noise.
 */
export const MIN_LEAD = 5;

/** A form clearly fits better when it finds at least MIN_LEAD more figures and at least twice as many. */
export function clearlyBetter(found: number, current: number): boolean {
  return found - current >= Math.max(MIN_LEAD, current);
}

/** The candidate that clearly fits better than the form in use (the one finding most; ties: the first), or null. */
export function betterForm<F>(current: number, candidates: readonly FormFit<F>[]): FormFit<F> | null {
  let best: FormFit<F> | null = null;
  for (const candidate of candidates) {
    if (clearlyBetter(candidate.found, current) && (!best || candidate.found > best.found)) best = candidate;
  }
  return best;
}
