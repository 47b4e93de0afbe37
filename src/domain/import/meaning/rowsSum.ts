/**
 * «| Tổng số người làm việc có mặt (2 + 4 + 5) | 81 |»: a row whose label adds up other rows by their numbers is a
 * total of those rows, whatever words it shares with a figure of one of them («người làm việc có mặt» with the
 * public-service staff in post). It is never a figure the clerk types; a computed figure is checked, not read here.
 */

/** «(2 + 4 + 5)», «(= 1 + 2)», «(1+2+3)»: two or more row numbers joined by «+» in a bracket. */
const ROW_REFERENCES = /\(\s*=?\s*\d{1,2}(?:\.\d{1,2})?(?:\s*\+\s*\d{1,2}(?:\.\d{1,2})?)+\s*\)/u;

export function labelAddsRows(label: string): boolean {
  return ROW_REFERENCES.test(label);
}
