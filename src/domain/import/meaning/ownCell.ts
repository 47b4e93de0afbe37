/**
 * Which cell of a table is a figure's: the row that is the figure's own office, unit or kind (or the total row, when
 * the figure is the whole) meets the column whose header names what the figure counts. Both axes are weighed the same
 * way (gridRows.ts: rows may be quantities and columns offices), each on its own:
 * - a row label or column header is named by the figure when most of its words (weighed by rarity) are the figure's
 *   own, less those that only OTHER figures use: «Lãnh đạo UBND tỉnh» names the province's figure, and for a figure
 *   of the communes its «tỉnh» counts against it, so a row whose name shares the figure's words but names another
 *   unit is not the figure's;
 * - the winner must be named clearly (its words mostly the figure's) and better than every other by half: two rows
 *   or columns named alike decide nothing, and the engine's other rules (tableScore.ts) judge as before;
 * - the total row («Cộng», «Tổng cộng», «Toàn tỉnh», «Cộng quý») is the figure's when no row names it and the figure is
 *   a whole (its label or section says «tổng», «toàn», «chung»), or the other rows are the months of its period or
 *   the kinds of procedure («Lĩnh vực» heads them).
 * A column is first looked for by what the figure counts (its label), then by whose it is (label and section title):
 * an appendix with a column per office is read by the office.
 */
import { gridAxes, isTotal, type GridAxes } from "./gridRows";
import type { Grid } from "./tableGrid";
import { headerUnit } from "./tableWords";
import { featureSet, syllables } from "./words";

/** The words the form gives one figure, and those only other figures use (weighed against it). */
export interface FigureWords {
  /** Its unit («lượt», «người»), when the form gives one: in a group of rows, the row in that unit is its. */
  unit?: string | null;
  /** What it counts: its label. */
  quantity: ReadonlySet<string>;
  /** Whose it is: its label and its section's title. */
  place: ReadonlySet<string>;
  /** Words of other figures' labels that are not this one's. */
  otherQuantity: ReadonlySet<string>;
  /** Words of other figures' labels and section titles that are not this one's. */
  otherPlace: ReadonlySet<string>;
  /**
   * Words every figure of its kind has («tỷ lệ» for percentages): a header named by them alone («Tỷ lệ» beside «Đã
   * giải quyết», a rate per row) names no figure in particular.
   */
  common: ReadonlySet<string>;
  /** The syllables of the document's header above «BÁO CÁO», and of its line naming the issuing office; or null. */
  issuer: { header: ReadonlySet<string>; office: ReadonlySet<string> } | null;
  /** A percentage: of the rows or columns some of which say «tỷ lệ» or «%», only those can be its. */
  percent: boolean;
  /** Its label or section names a whole («Tổng số lượt», «Tổng hợp chung»). */
  whole: boolean;
  /** A word's weight: rarer words among the form's figures say more. */
  weight: (word: string) => number;
}

/** The figure's row and column (grid indexes), each null when the table does not say. */
export interface OwnCell {
  row: number | null;
  column: number | null;
}

/** A label's words must be at least this much the figure's own to name it. */
const NAMED = 0.5;
/** The runner-up may score at most this share of the winner's. */
const CLEAR = 0.5;
/** No row names the figure when the best scores under this: then the total row may be its. */
const UNNAMED = 0.1;

interface Named {
  /** Weight of the label's words that are the figure's. */
  mine: number;
  /** …of those that not every figure of its kind has. */
  distinct: number;
  /** Weight of its words that only other figures use. */
  theirs: number;
  /** Share of the label's words that are the figure's, less those only other figures use. */
  precision: number;
  /** Precision times the share of the figure's words the label has. */
  score: number;
}

const memo = new WeakMap<Grid, WeakMap<FigureWords, OwnCell>>();

export function ownCell(grid: Grid, words: FigureWords): OwnCell {
  let byFigure = memo.get(grid);
  if (!byFigure) memo.set(grid, (byFigure = new WeakMap()));
  let own = byFigure.get(words);
  if (!own) byFigure.set(words, (own = decide(gridAxes(grid), words)));
  return own;
}

function decide(axes: GridAxes, words: FigureWords): OwnCell {
  // A row stating another measure («Số lượt tiếp (lượt)», its «- Định kỳ» under it) is no row of a count of people,
  // however its words or the figure's section title («Tiếp định kỳ của …») fit (gridRows.ts statedMeasure).
  const measure = words.unit && !words.percent ? headerUnit(words.unit.toLowerCase()) : null;
  const rowItems = axes.rows.filter((r) => measure === null || r.measure === null || r.measure === measure).map((r) => ({ index: r.index, words: r.words, total: r.total, text: r.label }));
  const columnItems = axes.columns.map((c) => ({ index: c.index, words: c.words, total: c.total, text: c.header }));
  // Rows may be whose the figures are or what they count (a column per level, «Số lượt tiếp», «Số người» down the
  // side): the figure's label is tried first, and its pick kept only when no other figure's word is in it («Lãnh đạo
  // UBND tỉnh» is no row of «Lượt tiếp của lãnh đạo UBND các huyện»); then its label and section's title, which tell
  // the levels apart («… Chủ tịch UBND cấp xã»).
  const row = groupedRow(axes, words) ?? pickAxis(rowItems, words, [words.quantity, words.place], [words.otherQuantity, words.otherPlace], axes.subPeriods || axes.byKind, false);
  // Columns of periods («Quý này | Quý trước», «Năm 2024 | Năm 2025») name when, not what: a figure's words never
  // pick one («Nâng lương trước thời hạn» is no figure of «Quý trước»); periodColumns.ts judges them by the period.
  const picked = axes.periodColumns ? null : (pickAxis(columnItems, words, [words.quantity, words.place], [words.otherQuantity, words.otherPlace], false, true) ?? groupTotal(axes, words));
  // «Cộng» under «Tổng số» of a table of letters by kind: a whole picked on both axes only for being a whole is the
  // table's grand total, which is a figure's only where some line of the table names what that figure counts.
  if (row !== null && picked !== null && !axes.subPeriods && !axes.byKind && grandTotalOnly(axes, row, picked, words)) return { row: null, column: null };
  return { row, column: picked !== null && earlyInside(axes, picked) ? null : picked };
}

/**
 * The row and column are the total ones, and no other row or column of the table names the figure: none has mostly
 * the figure's own words («Văn phòng trực tiếp xử lý» shares only «phòng» with «Phó Trưởng phòng được bổ nhiệm»).
 */
function grandTotalOnly(axes: GridAxes, row: number, column: number, words: FigureWords): boolean {
  if (!axes.rows.some((r) => r.index === row && r.total) || !axes.columns.some((c) => c.index === column && c.total)) return false;
  const lines = [...axes.rows.map((r) => r.words), ...axes.columns.map((c) => c.words)].filter((l) => [...l].some((f) => !WHOLE_WORDS.has(f)));
  return !lines.some((l) => [words.quantity, words.place].some((own, k) => {
    const n = named(l, own, k === 0 ? words.otherQuantity : words.otherPlace, words);
    return n.distinct > 0 && n.precision >= NAMED;
  }));
}

/** Words that say a line is a whole, not what it counts. */
const WHOLE_WORDS: ReadonlySet<string> = new Set(["tổng", "số", "tổng số", "cộng", "tổng cộng", "toàn", "chung"]);

/**
 * «Đã giải quyết» split only into «Đúng hạn | Trễ hạn»: the on-time column counts the early ones with it (581: «cột
 * «Đúng hạn» của biểu gồm cả hồ sơ trả trước hạn»), so it is no figure kept apart from the early ones. Where the table
 * has an early column («Trước hạn», «Sớm hạn») its «Đúng hạn» is the on-time ones alone.
 */
function earlyInside(axes: GridAxes, column: number): boolean {
  const header = axes.columns.find((c) => c.index === column)?.header ?? "";
  return ON_TIME.test(header) && !axes.columns.some((c) => EARLY.test(c.header));
}

const ON_TIME = /(?<![\p{L}])(?:đúng hạn|trong hạn)(?![\p{L}])/iu;
const EARLY = /(?<![\p{L}])(?:trước hạn|sớm hạn|trước thời hạn)(?![\p{L}])/iu;

/**
 * A two-level header («Hồ sơ tiếp nhận» over «Tổng số | Trực tuyến | Trực tiếp»): the columns under the group all
 * name the figure, so no one of them is picked by words; the group's «Tổng số» is the figure the group names, its
 * other columns its parts. The group is picked as a column is; null when none names the figure clearly, or the group
 * has no one total column. (A sub-column's own header alone, «Trực tiếp», is too short to pick by: it named the
 * direct dialogue's opinions in 621.)
 */
function groupTotal(axes: GridAxes, words: FigureWords): number | null {
  const names = [...new Set(axes.columns.filter((c) => c.group !== "").map((c) => c.group))];
  if (names.length === 0) return null;
  const totals = names.map((name) => axes.columns.filter((c) => c.group === name && c.total));
  const groups = names.map((name, index) => ({ index, words: featureSet(name.replace(/\([^)]*\)/g, " ")), total: isTotal(name), text: name }));
  const group = pickAxis(groups, words, [words.quantity, words.place], [words.otherQuantity, words.otherPlace], false, true);
  return group !== null && totals[group]!.length === 1 && axes.columns.filter((c) => c.group === names[group]).length >= 2 ? totals[group]![0]!.index : null;
}

/**
 * Rows in groups («II⇥Lãnh đạo UBND tỉnh» over «Số lượt tiếp», «Số người»; «III⇥Thủ trưởng các sở, ngành» over the
 * same labels): the group is whose the figures are, the row what they count. The group is picked by whose the figure
 * is (its label and section's title), then its row by what the figure counts; null when either is not clear.
 */
function groupedRow(axes: GridAxes, words: FigureWords): number | null {
  const names = [...new Set(axes.rows.map((r) => r.group))];
  if (names.length < 2 || names.includes("")) return null;
  const groups = names.map((name, index) => ({ index, words: featureSet(name.replace(/\([^)]*\)/g, " ")), total: isTotal(name), text: name }));
  const group = pickAxis(groups, words, [words.place], [words.otherPlace], false, false);
  if (group === null) return null;
  const rows = axes.rows.filter((r) => r.group === names[group]).map((r) => ({ index: r.index, words: r.words, total: r.total, text: r.label, unit: r.unit }));
  // «Lượt tiếp⇥Lượt», «Người được tiếp⇥Người»: the one row of the group in the figure's unit is its own.
  const unit = words.unit?.toLowerCase();
  const inUnit = unit ? rows.filter((r) => r.unit === unit) : [];
  if (inUnit.length === 1) return inUnit[0]!.index;
  return pickAxis(inUnit.length > 1 ? inUnit : rows, words, [words.quantity, words.place], [words.otherQuantity, words.otherPlace], false, false);
}

function pickAxis(
  items: ReadonlyArray<{ index: number; words: ReadonlySet<string>; total: boolean; text: string }>,
  words: FigureWords,
  owns: ReadonlyArray<ReadonlySet<string>>,
  others: ReadonlyArray<ReadonlySet<string>>,
  subPeriods: boolean,
  quantitiesFirst: boolean,
): number | null {
  const rates = items.filter((i) => !i.total && RATE.test(i.text));
  const kinds = items.filter((i) => !i.total && RATE.test(i.text) === words.percent);
  const parts = rates.length > 0 && kinds.length > 0 ? kinds : items.filter((i) => !i.total);
  const totals = items.filter((i) => i.total);
  // One row (or column) of figures and no total: it is the table's only line, unless its words name another figure.
  // «Số người⇥03⇥34⇥57» under «Tiến sĩ | Thạc sĩ | Đại học»: a line named by what it counts is no other figure's.
  if (parts.length === 1 && totals.length === 0) {
    const lone = parts[0]!;
    return named(lone.words, owns.at(-1)!, others.at(-1)!, words).precision >= 0 || headerUnit(lone.text) !== null || VALUES.test(lone.text) ? lone.index : null;
  }
  let best = -Infinity;
  for (let k = 0; k < owns.length; k++) {
    const scored = parts.map((i) => ({ i, n: named(i.words, owns[k]!, others[k]!, words) })).sort((a, b) => b.n.score - a.n.score);
    const [first, second] = scored;
    if (first) best = Math.max(best, first.n.score);
    const clear = first && first.n.distinct > 0 && first.n.precision >= NAMED && first.n.score > 0 && (second?.n.score ?? 0) <= CLEAR * first.n.score;
    // The last pass (whose the figure is) decides; an earlier one (what it counts) only with a line of its own words,
    // and not over a line that names the same and whose it is too (withBody).
    if (clear && k === owns.length - 1) return first.i.index;
    if (clear && first.n.theirs === 0) return (k < owns.length - 1 ? withBody(parts, first.i, owns[k]!, owns.at(-1)!, others.at(-1)!, words) : null) ?? first.i.index;
    // «Bộ phận Một cửa Văn phòng UBND tỉnh» beside «Bộ phận Một cửa Sở Tư pháp»: both name the desk; the one whose
    // agency is the office that issues the report (its header) is the office's own.
    // Words of other figures in the agency's name («UBND tỉnh») do not count against it there.
    const naming = scored.filter((x) => x.n.distinct > 0);
    const issuers = naming.filter((x) => issuersRow(x.i.text, owns[k]!, words.issuer) && ownBeforeAgency(x.i.text, owns[k]!, others[k]!, words));
    if (issuers.length === 1 && naming.length > 1) return issuers[0]!.i.index;
    // Headers that name what the figure counts, none clearly: they are quantities, not places, and the section's
    // title («Tiếp định kỳ của lãnh đạo UBND tỉnh») must not pick one of them.
    if (quantitiesFirst && scored.some((x) => x.n.mine > 0)) break;
  }
  if (best <= UNNAMED && totals.length === 1 && (words.whole || subPeriods)) return totals[0]!.index;
  return null;
}

/**
 * A line naming only what a figure counts («Số người») beside lines naming the same with a body («Thủ trưởng sở, ngành
 * - số người», «Chủ tịch UBND xã, phường - số người»): the bare line is the table's whole of that quantity, and a
 * figure of one body is the line that adds to the bare line's words some of the figure's own label («sở, ngành»), when
 * the figure's words and its section's (whose it is) pick it clearly among such lines. A line adding only a kind the
 * label does not name («- Định kỳ» under «Số lượt tiếp») is a part, not a body: the bare line stays. Null when no line
 * is picked so.
 */
function withBody(
  items: ReadonlyArray<{ index: number; words: ReadonlySet<string> }>,
  bare: { index: number; words: ReadonlySet<string> },
  label: ReadonlySet<string>,
  own: ReadonlySet<string>,
  other: ReadonlySet<string>,
  words: FigureWords,
): number | null {
  const bodies = items.filter((i) => {
    if (i === bare || ![...bare.words].every((f) => i.words.has(f))) return false;
    return [...i.words].some((f) => !bare.words.has(f) && label.has(f) && !words.common.has(f));
  });
  if (bodies.length === 0) return null;
  const [first, second] = bodies.map((i) => ({ i, n: named(i.words, own, other, words) })).sort((a, b) => b.n.score - a.n.score);
  const clear = first!.n.distinct > 0 && first!.n.precision >= NAMED && first!.n.score > 0 && (second?.n.score ?? 0) <= CLEAR * first!.n.score;
  return clear ? first!.i.index : null;
}

const totals = new WeakMap<ReadonlySet<string>, number>();

function named(label: ReadonlySet<string>, own: ReadonlySet<string>, other: ReadonlySet<string>, words: FigureWords): Named {
  let all = 0;
  let mine = 0;
  let theirs = 0;
  let distinct = 0;
  for (const f of label) {
    const w = words.weight(f);
    all += w;
    if (own.has(f)) mine += w;
    if (own.has(f) && !words.common.has(f)) distinct += w;
    else if (other.has(f)) theirs += w;
  }
  if (all === 0) return { mine: 0, distinct: 0, theirs: 0, precision: 0, score: 0 };
  let ownTotal = totals.get(own);
  if (ownTotal === undefined) {
    ownTotal = 0;
    for (const f of own) ownTotal += words.weight(f);
    totals.set(own, ownTotal);
  }
  const precision = (mine - theirs) / all;
  return { mine, distinct, theirs, precision, score: Math.max(0, precision) * (ownTotal > 0 ? mine / ownTotal : 0) };
}

/** A lone column headed as the figures' column, naming nothing: «Số liệu», «Số lượng», «Kết quả». */
const VALUES = /^\s*(?:số liệu|số lượng|kết quả|giá trị|thực hiện)\s*$/iu;

/** A row or column of rates. */
const RATE = /(?<![\p{L}])(?:tỷ lệ|tỉ lệ)(?![\p{L}])|%/iu;

/** Where a label names an agency: its kind of office, then its name. */
const AGENCY = /(?<![\p{L}])(?:văn phòng|sở|ban|ủy ban nhân dân|uỷ ban nhân dân|ubnd|trung tâm|thanh tra|chi cục|cục)(?![\p{L}])/iu;

/**
 * What the label says before the agency it names is the figure's, not another figure's: «Bộ phận Một cửa» in «Bộ phận
 * Một cửa Văn phòng UBND tỉnh» is where the figure stands; «Đơn thư, khiếu nại, tố cáo đối với CCVC» in «… CCVC Văn
 * phòng» is another figure's quantity, of which the office is only the object.
 */
function ownBeforeAgency(label: string, own: ReadonlySet<string>, other: ReadonlySet<string>, words: FigureWords): boolean {
  const at = AGENCY.exec(label);
  const before = at ? featureSet(label.slice(0, at.index).replace(/\([^)]*\)/g, " ")) : new Set<string>();
  return before.size === 0 || named(before, own, other, words).precision >= 0;
}

/** The label names the issuing office (every syllable from its agency word on is the header's) and the figure's own kind of office. */
function issuersRow(label: string, own: ReadonlySet<string>, issuer: FigureWords["issuer"]): boolean {
  const at = issuer ? AGENCY.exec(label) : null;
  if (!at || !issuer) return false;
  const head = syllables(at[0]);
  return head.every((w) => own.has(w) && issuer.office.has(w)) && syllables(label.slice(at.index)).every((w) => issuer.header.has(w));
}
