/**
 * A date of a part of the period singled out («Chỉ tính riêng trong tuần (từ ngày 11.5.2018 đến 17.5.2018)», «riêng
 * tháng 3, từ ngày …»): the dates of that part are not the dates the figures are counted between. «Riêng» before an
 * organisation («Riêng Trung tâm …, từ ngày …») says nothing of the kind and is left alone.
 */
const SUB_PERIOD = /(?<![\p{L}])riêng\s+(?:trong\s+)?(?:tuần|tháng|ngày|đợt|tuần lễ)(?![\p{L}])/iu;

/** How far before the date the singling-out may be written: one clause of a report. */
const REACH = 80;

export function isSubPeriodDate(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - REACH), start);
  const clause = before.split(/[.;\n](?=\s)|\n/).at(-1) ?? "";
  return SUB_PERIOD.test(clause);
}
