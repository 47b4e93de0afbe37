/**
 * «1.246 bộ hồ sơ», «đã giải quyết 1.187 bộ»: «bộ» is how offices count files (one application is one «bộ hồ sơ», a
 * set of papers), so a count of «bộ hồ sơ» is a count of files, and «bộ» alone after a number short for it where its
 * paragraph says «bộ hồ sơ» («đơn vị tính: bộ hồ sơ», the sentence's first count). Elsewhere «bộ» still counts sets
 * («03 bộ thủ tục hành chính» is three sets of procedures, not three procedures: vetoHeadNoun.ts).
 */
const FILE_SETS = /(?<![\p{L}])bộ\s+hồ\s+sơ(?![\p{L}])/iu;
const SET_AFTER = /^\s*bộ(?![\p{L}])(\s+hồ\s+sơ(?![\p{L}]))?/iu;

/** Whether the number ending at `end` counts files as «bộ (hồ sơ)». */
export function countsFileSets(text: string, end: number): boolean {
  const set = SET_AFTER.exec(text.slice(end, end + 12));
  if (!set) return false;
  if (set[1]) return true;
  // The paragraph the number stands in (a line; lines are bounded, boundedLines.ts).
  const from = text.lastIndexOf("\n", end) + 1;
  const to = text.indexOf("\n", end);
  return FILE_SETS.test(text.slice(from, to === -1 ? undefined : to));
}
