/**
 * A table's two axes as ownCell.ts weighs them: each figure row's label and each figure column's header, and which
 * of them are totals. Rows may be offices, units, levels or months («Lãnh đạo UBND tỉnh | Thủ trưởng các sở | Chủ
 * tịch UBND cấp xã | Cộng»), columns kinds of quantity («Số lượt | Định kỳ | Đột xuất»), or the other way round (an
 * appendix with a column per office and «Toàn tỉnh» last): both axes are read the same way. Read once per grid.
 */
import { headerOf } from "./tableHeaders";
import { labelColumnOf, TOTAL_LABEL, type Grid } from "./tableGrid";
import { headerUnit } from "./tableWords";
import { featureSet } from "./words";

/** A cell that is a figure (or «-», «–»: a figure left blank). */
const FIGURE = /^\s*(?:\d[\d.,\s\u00a0]*%?|[-–—])\s*$/u;

/**
 * A total column or row: «Tổng cộng», «Cộng», «Toàn tỉnh», «Cộng quý», «Tổng số», «Tổng» — the whole of the header,
 * maybe with the period it sums («Cộng quý IV», «Tổng 6 tháng»).
 */
const TOTAL = /^(?:tổng cộng|tổng số|tổng|cộng(?: chung)?|toàn (?:tỉnh|thành phố|huyện|ngành|văn phòng|sở|cơ quan|đơn vị))(?:\s+(?:quý|tháng|năm|kỳ)(?![\p{L}])[^]{0,20})?\s*[:.]?$/iu;

/** A column headed by a period: a year, a quarter, a month. */
const PERIOD_HEADER = /(?<!\d)(?:19|20)\d\d(?!\d)|(?<![\p{L}])(?:quý|tháng)(?![\p{L}])/iu;

/** A column of the change between the periods beside it («Tăng (+) Giảm (-)», «Chênh lệch», «+/-»), naming no period. */
const CHANGE_HEADER = /(?<![\p{L}])(?:tăng|giảm|chênh lệch)(?![\p{L}])|\+\s*\/\s*-/iu;

/** A row's label opened by a dash or a plus: a part of the row above it («- Định kỳ» under «Số lượt tiếp»). */
const SUB_ROW = /^\s*[-+–]\s*(?=\p{L})/u;

/** A row's label that says only «rate»: «Tỷ lệ», «Tỷ lệ (%)», «%». */
const RATE_ONLY = /^\s*(?:tỷ lệ|tỉ lệ)?\s*(?:\(?%\)?)?\s*$/iu;

/** A row that is a month, a quarter or a dated span of the report's period: a part of the period's total. */
const SUB_PERIOD = /^(?:tháng|quý|tuần|đợt|kỳ)\s*[\dIVX]|^(?:từ\s+)?(?:ngày\s+)?\d{1,2}\/\d{1,2}(?:\/\d{2,4})?\s*[-–đ]/iu;

export interface GridAxes {
  /** Figure rows (not headers) with their label, in order. */
  rows: Array<{ index: number; label: string; total: boolean; words: ReadonlySet<string>; group: string; unit: string | null; measure: string | null }>;
  /** Columns holding figures, with their header (groups above and sub-header, as one text). */
  /** `group`: the header over several columns («Hồ sơ tiếp nhận» over «Tổng số | Trực tuyến | Trực tiếp»), or "". */
  columns: Array<{ index: number; header: string; group: string; total: boolean; words: ReadonlySet<string> }>;
  /** Every non-total row is a month, a quarter or a dated span. */
  subPeriods: boolean;
  /** The rows are kinds of procedure: the label column is headed «Lĩnh vực» («TT | Lĩnh vực | Tiếp nhận | …»). */
  byKind: boolean;
  /** Every figure column is headed by a period («Năm 2025», «Quý I/2026»): periodColumns.ts judges them. */
  periodColumns: boolean;
}

/** The label column's header when the rows are kinds of procedure. */
const KIND_HEADER = /^\s*(?:tên\s+)?lĩnh vực(?:\s*(?:\/|,)\s*thủ tục(?: hành chính)?)?\s*$/iu;

const read = new WeakMap<Grid, GridAxes>();

export function gridAxes(grid: Grid): GridAxes {
  let axes = read.get(grid);
  if (!axes) read.set(grid, (axes = readAxes(grid)));
  return axes;
}

function readAxes(grid: Grid): GridAxes {
  const rows: GridAxes["rows"] = [];
  const figureColumns = new Set<number>();
  const groups = groupRows(grid);
  let group = [...groups].filter(([r]) => r < grid.headerRows).at(-1)?.[1] ?? "";
  // The label of the last row not opened by a dash, when it has figures: the row its dashed rows break down. A heading
  // row with none («III. TRIỂN KHAI …») names a part of the table, not what its dashed rows count.
  let plain: string | null = null;
  let plainMeasure: string | null = null;
  for (let r = grid.headerRows; r < grid.rows.length; r++) {
    const cells = grid.rows[r]!;
    const labelAt = labelColumnOf(cells);
    // Cells left of the label are the row's number («1», «2.1»), not figures.
    const figures = cells.flatMap((c, i) => (i > labelAt && FIGURE.test(c) && /\d/.test(c) ? [i] : []));
    if (groups.has(r)) group = groups.get(r)!;
    const label = labelAt === -1 ? "" : cells[labelAt]!;
    const parent = SUB_ROW.test(label) ? plain : null;
    const stated = statedMeasure(cells, labelAt);
    if (!SUB_ROW.test(label)) [plain, plainMeasure] = figures.length > 0 && !isTotal(label) ? [label, stated] : [null, null];
    if (figures.length === 0) continue;
    for (const i of figures) figureColumns.add(i);
    // «Trả sớm hạn⇥21» then «Tỷ lệ (%)⇥23,86»: a rate row alone is the rate of the row above it.
    const rateOf = label !== "" && RATE_ONLY.test(label) ? rows.at(-1) : undefined;
    const own = rateOf ? `tỷ lệ ${rateOf.label}` : label;
    // «Số lượt tiếp⇥94» then «- Định kỳ⇥77»: a row opened by a dash under a figures' row opened by none (not a total)
    // is a part of that row, and what it counts is that row's words with its own («lượt tiếp định kỳ»).
    const counted = parent && !rateOf ? `${parent.replace(/\([^)]*\)/g, " ")} ${label.replace(SUB_ROW, "")}` : own;
    // «1⇥Số lượt tiếp» under «II⇥Lãnh đạo UBND tỉnh»: the group row says whose the row's figures are (ownCell.ts).
    rows.push({ index: r, label: rateOf ? `${label} ${rateOf.label}` : label, total: isTotal(label), words: labelWords(counted), group, unit: rowUnit(cells, labelAt), measure: stated ?? (parent ? plainMeasure : null) });
  }
  const columns = [...figureColumns].sort((a, b) => a - b).map((index) => {
    const { header, group } = headerOf(grid, index);
    const text = `${group} ${header}`.trim();
    return { index, header: text, group, total: isTotal(header) || (header === "" && isTotal(group)), words: labelWords(text) };
  });
  const parts = rows.filter((r) => !r.total);
  // «Tháng 11/2026 | Tháng 10/2026 | Tăng (+) Giảm (-)»: the change column is no period's and no figure's own; the
  // columns beside it are still the periods' (periodColumns.ts), and the change column is left out of the grid's axes.
  const changes = (c: { header: string }) => CHANGE_HEADER.test(c.header) && !PERIOD_HEADER.test(c.header);
  const periods = columns.filter((c) => !changes(c));
  const periodColumns = periods.length >= 2 && periods.every((c) => PERIOD_HEADER.test(c.header));
  const labelAt = rows.length > 0 ? labelColumnOf(grid.rows[rows[0]!.index]!) : -1;
  const byKind = labelAt !== -1 && grid.rows.slice(0, grid.headerRows).some((h) => KIND_HEADER.test(h[labelAt] ?? ""));
  return { rows, columns: periodColumns ? periods : columns, subPeriods: parts.length >= 2 && parts.every((r) => SUB_PERIOD.test(r.label)), byKind, periodColumns };
}

/** A group row's number: a roman numeral or a capital letter («II», «B.»). */
const GROUP_MARK = /^\s*(?:[IVX]{1,4}|[A-HK-UYĐ])[.)]?\s*$/u;

/**
 * Rows that head the rows below them («I⇥Tổng số», «II⇥Lãnh đạo UBND tỉnh», «III⇥Thủ trưởng các sở, ngành»): no
 * figures, numbered by a roman numeral or capital letter in the first cell where figure rows have «1», «1.1». Two at
 * least, or none: one numbered line alone is a caption, not a grouping.
 */
function groupRows(grid: Grid): Map<number, string> {
  const groups = new Map<number, string>();
  // A group row right under the column headers may have been read as one of them (it has no figures either).
  for (let r = 0; r < grid.rows.length; r++) {
    const cells = grid.rows[r]!;
    if (!GROUP_MARK.test(cells[0] ?? "")) continue;
    // «A⇥Tổng cộng»: the capital letter numbers the group, it is not its label.
    const labelAt = cells.findIndex((c, i) => i > 0 && /\p{L}/u.test(c));
    if (labelAt <= 0 || cells.some((c, i) => i > labelAt && /\d/.test(c))) continue;
    groups.set(r, cells[labelAt]!.trim());
  }
  return groups.size >= 2 ? groups : new Map();
}

/**
 * A row's unit: its «ĐVT» cell («Lượt», «Người»: a word or two alone in a cell besides the label), or else the head of
 * its label after «Số» («Số người», «Người được tiếp»).
 */
function rowUnit(cells: readonly string[], labelAt: number): string | null {
  const cell = cells.find((c, i) => i > labelAt && /^\p{L}+(?: \p{L}+)?$/u.test(c.trim()) && c.trim().length <= 12);
  if (cell) return cell.trim().toLowerCase();
  const head = /^\s*(?:tổng\s+)?(?:số\s+)?(\p{L}+)/iu.exec(labelAt === -1 ? "" : cells[labelAt]!);
  return head ? head[1]!.toLowerCase() : null;
}

/**
 * The measure a row states for its figures: its «ĐVT» cell, or a measure word in brackets closing its label («Số
 * lượt tiếp (lượt)»); null when it states none. A dashed row under it counts in the same measure (readAxes).
 */
function statedMeasure(cells: readonly string[], labelAt: number): string | null {
  const cell = cells.find((c, i) => i > labelAt && /^\p{L}+(?: \p{L}+)?$/u.test(c.trim()) && c.trim().length <= 12);
  const bracket = /\(([^()]{1,12})\)\s*$/u.exec(labelAt === -1 ? "" : cells[labelAt]!)?.[1];
  const unit = cell !== undefined ? headerUnit(cell.trim().toLowerCase()) : bracket !== undefined ? headerUnit(bracket.trim().toLowerCase()) : null;
  return unit;
}

/** «Số lượt», «Tổng số hồ sơ»: «số» heads a column of counts and says nothing of what is counted. */
const COUNT_OF = /^\s*(?:tổng\s+)?số\s+(?=\p{L})/iu;

/** A label's words as ownCell.ts weighs them: an aside in brackets and a leading «số» left out. */
function labelWords(label: string): ReadonlySet<string> {
  return featureSet(label.replace(/\([^)]*\)/g, " ").replace(COUNT_OF, ""));
}

export function isTotal(label: string): boolean {
  const plain = label.replace(/\([^)]*\)/g, " ").trim();
  return TOTAL.test(plain) || TOTAL_LABEL.test(plain);
}
