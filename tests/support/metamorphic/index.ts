/**
 * The truth-preserving rewrites of the metamorphic harness (tests/domain/import/metamorphic.test.ts and
 * scripts/metamorphic.ts), each alone and a few combined as one clerk would: a transform changes how the report is
 * written, never what it states, so every figure the truth holds stays right and nothing new may bind.
 */
import { distractorsInserted } from "./distractors";
import { CUMULATIVE, NEAR_MATCHES_FOUND, OTHER_BODIES } from "./nearMatches";
import { bulletsEnDash, bulletsNone, bulletsSwapped, bulletsTypographic, hardWrapped, headingsCapitals, paragraphsReordered } from "./layout";
import { rateDecimalDot, rateGlued, rateNbsp, rateSpaced, thousandsDotted, thousandsNbsp, thousandsPlain, thousandsSpace, zerosPadded, zerosStripped } from "./numberStyles";
import type { Rewrite } from "./text";
import { breakdownWords, deadlineWords, pendingWords, resolvedWords, spellingVariants } from "./wording";

export { seeded, type RewriteContext } from "./text";

export interface Transform {
  name: string;
  rewrite: Rewrite;
  /** How the truth's written values change with it (a spelling variant changes a list's names too). */
  values?: (value: string) => string;
}

const NO_CONTEXT = { truthValues: new Set<number>() };

const chain =
  (...steps: Rewrite[]): Rewrite =>
  (text, random, context) =>
    steps.reduce((t, step) => step(t, random, context), text);

export const SINGLE: readonly Transform[] = [
  { name: "nghìn không dấu (9780)", rewrite: thousandsPlain },
  { name: "nghìn cách (9 780)", rewrite: thousandsSpace },
  { name: "nghìn NBSP", rewrite: thousandsNbsp },
  { name: "nghìn có chấm (1024→1.024)", rewrite: thousandsDotted },
  { name: "bỏ số 0 đầu (08→8)", rewrite: zerosStripped },
  // A name carrying a number («dự án Vành đai 3») is left as written (RewriteContext.truthNames): the truth stands.
  { name: "thêm số 0 đầu (8→08)", rewrite: zerosPadded },
  { name: "tỷ lệ «95,06 %»", rewrite: rateSpaced },
  { name: "tỷ lệ NBSP «%»", rewrite: rateNbsp },
  { name: "tỷ lệ liền «95,06%»", rewrite: rateGlued },
  { name: "tỷ lệ dấu chấm «95.06%»", rewrite: rateDecimalDot },
  { name: "gạch đầu dòng «-»↔«+»", rewrite: bulletsSwapped },
  { name: "gạch đầu dòng «•»/«▪»", rewrite: bulletsTypographic },
  { name: "gạch đầu dòng «–»", rewrite: bulletsEnDash },
  { name: "bỏ gạch đầu dòng", rewrite: bulletsNone },
  { name: "trong đó/bao gồm/gồm có", rewrite: breakdownWords },
  { name: "đã giải quyết/giải quyết xong", rewrite: resolvedWords },
  { name: "đang giải quyết/đang xử lý", rewrite: pendingWords },
  { name: "trước hạn/sớm hạn, trễ/quá hạn", rewrite: deadlineWords },
  { name: "chính tả tỷ/tỉ, hòa/hoà", rewrite: spellingVariants, values: (v) => spellingVariants(v, Math.random, NO_CONTEXT) },
  { name: "đề mục in hoa", rewrite: headingsCapitals },
  { name: "ngắt dòng 70 cột (PDF)", rewrite: hardWrapped },
  { name: "đảo đoạn trong mục", rewrite: paragraphsReordered },
  { name: "câu gây nhiễu (6)", rewrite: distractorsInserted(6) },
  // Near-match sentences in the form's own nouns and units that are not its figures (nearMatches.ts), kept clear of tables.
  { name: "câu gần giống (6)", rewrite: distractorsInserted(6, NEAR_MATCHES_FOUND, true) },
  // Another named body's desk or reception, and the year to date, before or after the period's own figure (wt-desk40).
  { name: "câu gần giống: cơ quan khác (6)", rewrite: distractorsInserted(6, OTHER_BODIES, true) },
  { name: "câu gần giống: lũy kế (6)", rewrite: distractorsInserted(6, CUMULATIVE, true) },
];

export const COMBINED: readonly Transform[] = [
  { name: "kiểu số gộp (9 780, 8, 95.06 %)", rewrite: chain(thousandsSpace, zerosStripped, rateDecimalDot, rateSpaced) },
  { name: "chép từ PDF (in hoa + ngắt dòng)", rewrite: chain(headingsCapitals, hardWrapped) },
  { name: "người viết khác (từ nối + gạch + đảo đoạn)", rewrite: chain(breakdownWords, resolvedWords, pendingWords, bulletsTypographic, paragraphsReordered) },
  { name: "tất cả + câu gây nhiễu", rewrite: chain(distractorsInserted(4), thousandsNbsp, zerosPadded, rateSpaced, deadlineWords, spellingVariants, bulletsSwapped, paragraphsReordered, hardWrapped),
    values: (v) => spellingVariants(v, Math.random, NO_CONTEXT),
  },
];

export const TRANSFORMS: readonly Transform[] = [...SINGLE, ...COMBINED];
