/**
 * Tables read as grids (ownCell.ts) in recognition by meaning: a figure's own cell is bound before the words of each
 * number are weighed, and the table's other cells are no candidates for it (nor rivals). Other rows are other units
 * («Thủ trưởng các sở, ban, ngành» is not the province's row, «Tháng 10» not the quarter's), other columns other
 * quantities («Định kỳ» is not «Số lượt»): however well their words fit, they must never bind. Where the table does
 * not say (ownCell.ts decides nothing), nothing changes.
 */
import type { ReportDefinition } from "../../report";
import type { FieldId } from "../../types";
import type { Candidate } from "./candidates";
import { sumRelations } from "./formSums";
import { gridAxes } from "./gridRows";
import { takesOtherPeriod } from "./tableScore";
import { ownCell, type FigureWords, type OwnCell } from "./ownCell";
import type { FieldProfile, Vocabulary } from "./profiles";
import { columnHeaders, gridAt, previousPeriodCell, tableCell } from "./tableGrid";
import { columnPeriod } from "./earlierColumn";
import { readPeriodScope } from "./reportPeriod";
import { documentHeader } from "./documentHeader";
import { ownPeriodRow } from "./periodRows";
import { featureSet, syllables } from "./words";

/** A header line naming an office (not its parent «UBND tỉnh»). */
const OFFICE = /^(?:văn phòng|sở|ban|thanh tra|trung tâm|chi cục|cục)(?![\p{L}])/u;

/** A label or section that names a whole: the figure is a total row's. */
const WHOLE = /(?<![\p{L}])(?:tổng|toàn|chung)(?![\p{L}])/iu;

export interface GridReading {
  /** The number is in a table whose grid gives this figure another cell. */
  refuses: (p: FieldProfile, c: Candidate) => boolean;
  /** Each open figure's own cells, where exactly one figure claims them and they agree in value. */
  bindings: (open: readonly FieldProfile[], candidates: readonly Candidate[], fits: (p: FieldProfile, c: Candidate) => boolean) => Map<FieldId, Candidate[]>;
}

export function gridReading(text: string, report: ReportDefinition, profiles: readonly FieldProfile[], vocab: Vocabulary): GridReading {
  // The issuing office is the header's line that names an office under its parent body («VĂN PHÒNG» under «UBND TỈNH
  // BẮC NINH»): a row or column of the parent («Lãnh đạo UBND tỉnh») is not the office's own.
  const header = documentHeader(text).above;
  const office = header?.split("\n").map((l) => l.trim()).find((l) => OFFICE.test(l)) ?? null;
  const words = figureWordsFor(report, profiles, vocab, header === null || office === null ? null : { header: new Set(syllables(header)), office: new Set(syllables(office)) });
  const partsOf = new Map<string, Set<string>>();
  const addParts = (total: string, parts: readonly string[]) => partsOf.set(total, new Set([...(partsOf.get(total) ?? []), ...parts]));
  for (const { total, parts } of sumRelations(report)) addParts(total, parts);
  // «Lượt tiếp tháng trước» carried from «Tổng số lượt»: last month's column of that figure's row (the form's own link).
  const byId = new Map(profiles.map((p) => [p.field.id, p]));
  const rowOf = (p: FieldProfile): FieldProfile => {
    const from = p.field.carriedFrom;
    return from !== undefined && from !== "period" && takesOtherPeriod(p) ? (byId.get(from) ?? p) : p;
  };
  // Last period's value of a figure is its row's cell under the column naming the period right before the report's
  // («Tháng 7/2026» of «Tháng 7 | Tháng 8 | Tháng 9 | Cộng quý III» in August's report), read from the title once.
  // The cell's column is the number's: read once per number, not once per figure whose row it is in.
  let period: ReturnType<typeof readPeriodScope> | undefined;
  const previous = new Map<Candidate, boolean>();
  const previousCell = (c: Candidate) => previous.get(c) ?? previous.set(c, previousPeriodCell(text, c.token, (period ??= readPeriodScope(text, report.periodKind)))).get(c)!;
  const lastPeriods = (p: FieldProfile, c: Candidate) => rowOf(p) !== p && previousCell(c);
  // A column naming one month or quarter holds that period's figures only: this period's figure takes the report's
  // own column, last period's the one right before it; another month («Tháng 4/2026» in June's report) or the
  // quarter's «Cộng quý II» in a month's report gives neither. Null where no column names a period the report's
  // title is known against (earlierColumn.ts columnPeriod): the other rules decide there.
  const periodOfColumn = (c: Candidate) => {
    const cell = tableCell(text, c.token);
    return cell === null ? null : columnPeriod(`${cell.group} ${cell.header}`.trim(), (period ??= readPeriodScope(text, report.periodKind)), columnHeaders(text, c.token) ?? []);
  };
  const anotherPeriods = (p: FieldProfile, c: Candidate) => {
    const named = periodOfColumn(c);
    return named !== null && named !== (takesOtherPeriod(p) ? "previous" : "own");
  };
  const at = new Map<Candidate, ReturnType<typeof gridAt>>();
  const place = (c: Candidate) => {
    if (!at.has(c)) at.set(c, /[\t|]/.test(lineOf(text, c.token.start)) ? gridAt(text, c.token) : null);
    return at.get(c)!;
  };
  const own = (p: FieldProfile, c: Candidate): { cell: OwnCell; row: number; column: number } | null => {
    const g = place(c);
    if (!g || g.row < g.grid.headerRows) return null;
    return { cell: ownCell(g.grid, words(p)), row: g.row, column: g.column };
  };
  return {
    refuses(p, c) {
      const o = own(p, c);
      if (o === null) return false;
      // Only a grid that gives the figure its cell refuses the others: with one axis known, refusing the other rows
      // would leave the figure's row to the words alone, and a neighbour's cell there unrivalled.
      const axes = gridAxes(place(c)!.grid);
      // Columns of periods are judged by their headers (periodColumns.ts): the figure's row is then enough.
      if (o.cell.row !== null && o.cell.column === null && axes.periodColumns) return o.row !== o.cell.row;
      if (o.cell.row === null || o.cell.column === null) return false;
      return o.row !== o.cell.row || o.column !== o.cell.column;
    },
    bindings(open, candidates, fits) {
      /** Whether `p` claims the cell of `c` as its own. */
      const claimsCell = (p: FieldProfile, c: Candidate): boolean => {
        const o = own(rowOf(p), c);
        // Rows of periods, one of them the report's own («Quý I/2026 | Quý II/2026 | Quý III/2026 | Lũy kế»): the
        // column is the figure's, and of its cells the one in the report's own row (periodRows.ts).
        if (o && o.cell.row === null && o.cell.column === o.column && !takesOtherPeriod(p) && fits(p, c) && ownPeriodRow(place(c)!.grid, o.row, (period ??= readPeriodScope(text, report.periodKind)))) return true;
        if (!o || o.cell.row !== o.row || !fits(p, c)) return false;
        // Columns of periods name no quantity: the row is the figure's, and of its cells the one in the column of
        // the figure's own period (this one, or the earlier one for a comparison's figure: tableScore.ts).
        if (o.cell.column !== o.column) {
          const axes = gridAxes(place(c)!.grid);
          // Of the row's cells, only those under a period's header: «Định kỳ 10, đột xuất 02» in its «Ghi chú» is not.
          // Last period's value stands in the column of the period before the report's, whichever column the grid
          // gives this period's figure (its month, or the quarter's «Cộng» it reads as the row's total).
          const last = axes.periodColumns && lastPeriods(p, c);
          if (!last && !(o.cell.column === null && axes.periodColumns && axes.columns.some((x) => x.index === o.column) && c.otherPeriod === takesOtherPeriod(p))) return false;
          if (!last && anotherPeriods(p, c)) return false;
          // The row alone decides there: a row another figure of the form names too («Lượt tiếp» for the level's
          // total and for its «định kỳ», when no row says «định kỳ») is neither's, even if that figure is read elsewhere.
          // A row claimed by a sum's total and its parts is the total's: the parts are not broken out (the form's sums).
          if (profiles.some((q) => q !== p && !partsOf.get(p.field.id)?.has(q.field.id) && takesOtherPeriod(q) === takesOtherPeriod(p) && own(q, c)?.cell.row === o.row)) return false;
        }
        return true;
      };
      const claims = new Map<Candidate, FieldProfile[]>();
      for (const c of candidates) {
        if (!place(c)) continue;
        for (const p of open) if (claimsCell(p, c)) (claims.get(c) ?? claims.set(c, []).get(c)!).push(p);
      }
      // A cell another figure's words fit too is neither's, whether or not that figure was found elsewhere by its
      // wording («Tiếp nhận» over a dossiers column, for the staff received as for the files; 513). Asked only of the
      // cells one open figure claims.
      const isOpen = new Set(open);
      const settled = profiles.filter((q) => !isOpen.has(q));
      const found = new Map<FieldId, Candidate[]>();
      const spoilt = new Set<FieldId>();
      for (const [c, ps] of claims) {
        // Two figures claiming one cell: the grid does not tell them apart.
        if (ps.length !== 1 || settled.some((q) => claimsCell(q, c))) {
          for (const p of ps) spoilt.add(p.field.id);
          continue;
        }
        const id = ps[0]!.field.id;
        const list = found.get(id) ?? found.set(id, []).get(id)!;
        if (list.length > 0 && list[0]!.token.value !== c.token.value) spoilt.add(id);
        list.push(c);
      }
      for (const id of spoilt) found.delete(id);
      return found;
    },
  };
}

function lineOf(text: string, at: number): string {
  const from = text.lastIndexOf("\n", at - 1) + 1;
  const to = text.indexOf("\n", at);
  return text.slice(from, to === -1 ? undefined : to);
}

/** Each figure's words (ownCell.FigureWords), read from the form's labels and section titles once per document. */
export function figureWordsFor(
  report: ReportDefinition,
  profiles: readonly FieldProfile[],
  vocab: Vocabulary,
  issuer: FigureWords["issuer"],
): (p: FieldProfile) => FigureWords {
  const titles = new Map(report.sections.map((s) => [s.id, s.title]));
  const quantity = new Map<FieldProfile, Set<string>>();
  const place = new Map<FieldProfile, Set<string>>();
  const counts = { quantity: new Map<string, number>(), place: new Map<string, number>() };
  for (const p of profiles) {
    const label = p.field.label.replace(/\([^)]*\)/g, " ");
    const q = featureSet(label);
    const pl = featureSet(`${label} ; ${titles.get(p.field.section) ?? ""}`);
    quantity.set(p, q);
    place.set(p, pl);
    for (const f of q) counts.quantity.set(f, (counts.quantity.get(f) ?? 0) + 1);
    for (const f of pl) counts.place.set(f, (counts.place.get(f) ?? 0) + 1);
  }
  // Words every figure of a kind has in its label and section («tỷ lệ» in every percentage's).
  const common = new Map<string, Set<string>>();
  for (const p of profiles) {
    const mine = place.get(p)!;
    const known = common.get(p.kind);
    common.set(p.kind, known ? new Set([...known].filter((f) => mine.has(f))) : new Set(mine));
  }
  const heaviest = Math.log(1 + profiles.length);
  const weight = (f: string) => vocab.idf.get(f) ?? heaviest;
  const others = (mine: ReadonlySet<string>, count: ReadonlyMap<string, number>): ReadonlySet<string> =>
    ({ has: (f: string) => !mine.has(f) && (count.get(f) ?? 0) > 0 }) as ReadonlySet<string>;
  const memo = new Map<FieldProfile, FigureWords>();
  return (p) => {
    let w = memo.get(p);
    if (!w) {
      const q = quantity.get(p) ?? new Set<string>();
      const pl = place.get(p) ?? new Set<string>();
      const whole = WHOLE.test(`${p.field.label} ${titles.get(p.field.section) ?? ""}`);
      memo.set(p, (w = { unit: p.unit, quantity: q, place: pl, otherQuantity: others(q, counts.quantity), otherPlace: others(pl, counts.place), common: common.get(p.kind) ?? new Set<string>(), issuer, percent: p.kind === "percent", whole, weight }));
    }
    return w;
  };
}
