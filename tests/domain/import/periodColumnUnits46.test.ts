/**
 * A quarter's sheet pasted into a month's report, «STT | Chỉ tiêu | ĐVT | Tháng 7/2026 | Tháng 8/2026 | Tháng 9/2026 |
 * Cộng quý III»: the «Đơn vị tính» cell («Lượt») is the row's unit, but only the report's own column is this period's
 * figure. The unit lifts no cell of another period's column (last month's, a month further back, the quarter's
 * «Cộng»), and a column naming one month or quarter gives its cells to that period alone: this period's figure takes
 * the report's own column, last period's the one right before it (wt-tables46). Texts made up here.
 */
import { columnPeriod } from "../../../src/domain/import/meaning/earlierColumn";
import { findCandidates } from "../../../src/domain/import/meaning/candidates";
import { ownPeriodOrTimeless, tableCell, type TableCell } from "../../../src/domain/import/meaning/tableGrid";
import { findNumbers } from "../../../src/domain/import/numbers";
import { builtInDefinition } from "../../support/forms";
import { boundByLabel } from "../../support/recognized";

const MONTHLY = builtInDefinition("tiep-cong-dan-thang");
const AUGUST = { kind: "month", index: 8, year: 2026 };
const Q3 = { kind: "quarter", index: 3, year: 2026 };

const sheet = (month: number, columns: string[], rows: Array<[string, string, string, string[]]>) =>
  `THANH TRA TỈNH\n\nBÁO CÁO\nKết quả công tác tiếp công dân tháng ${month} năm 2026\n\n` +
  `Số liệu tháng ${month}/2026 được cập nhật vào biểu theo dõi của quý:\n` +
  `STT\tChỉ tiêu\tĐVT\t${columns.join("\t")}\n` +
  rows.map(([n, label, unit, cells]) => `${n}\t${label}\t${unit}\t${cells.join("\t")}`).join("\n") +
  "\n\nThanh tra tỉnh trân trọng báo cáo./.\n";

const cell = (group: string, header: string, label = "Số lượt tiếp công dân"): TableCell => ({ label, header, group, labelHeader: "Chỉ tiêu", role: null, checked: false });

describe("how a column's one period stands to the report's", () => {
  it("names the report's own month or quarter, the one before it, or another", () => {
    expect(columnPeriod("Tháng 8/2026", AUGUST)).toBe("own");
    expect(columnPeriod("Tháng 7/2026", AUGUST)).toBe("previous");
    expect(columnPeriod("Tháng 6/2026", AUGUST)).toBe("other");
    expect(columnPeriod("Tháng 9/2026 (*)", AUGUST)).toBe("other");
    // The quarter's «Cộng» is another kind of period in a month's report, the report's own in the quarter's.
    expect(columnPeriod("Cộng quý III", AUGUST)).toBe("other");
    expect(columnPeriod("Cộng quý III", Q3)).toBe("own");
    expect(columnPeriod("Tháng 7", Q3)).toBe("other");
    expect(columnPeriod("Quý II/2026", Q3)).toBe("previous");
  });

  it("near-match: a column naming no month or quarter, or a report whose own period is not known, says nothing", () => {
    expect(columnPeriod("Số lượng", AUGUST)).toBeNull();
    expect(columnPeriod("Quý này", Q3)).toBeNull();
    expect(columnPeriod("Tháng 7 | Tháng 8", AUGUST)).toBeNull();
    expect(columnPeriod("Tháng 8/2026", { kind: "month", index: null, year: 2026 })).toBeNull();
    // A title left from a template («tháng 8») over a table of «Tháng 01/2027 | Tháng 12/2026»: the title judges no column…
    expect(columnPeriod("Tháng 01/2027", AUGUST, ["Tháng 01/2027", "Tháng 12/2026"])).toBeNull();
    // …while a table holding the report's own month is judged by it.
    expect(columnPeriod("Tháng 6/2026", AUGUST, ["Tháng 6/2026", "Tháng 8/2026"])).toBe("other");
  });
});

describe("a cell of the report's own period, or of a column naming no time", () => {
  it("is a column naming no time, the period reported on, or the report's own month", () => {
    expect(ownPeriodOrTimeless(cell("", "Số lượng"), AUGUST)).toBe(true);
    expect(ownPeriodOrTimeless(cell("", "Định kỳ"), AUGUST)).toBe(true);
    expect(ownPeriodOrTimeless(cell("", "Quý này"), Q3)).toBe(true);
    expect(ownPeriodOrTimeless(cell("", "Tháng 8/2026"), AUGUST)).toBe(true);
    expect(ownPeriodOrTimeless(cell("", "Cộng quý III"), Q3)).toBe(true);
    expect(ownPeriodOrTimeless(cell("Kết quả", "Kỳ báo cáo"), AUGUST)).toBe(true);
  });

  it("near-match: last month's column, a month further back, the quarter's «Cộng» in a month's report, «Cùng kỳ»", () => {
    expect(ownPeriodOrTimeless(cell("", "Tháng 7/2026"), AUGUST)).toBe(false);
    expect(ownPeriodOrTimeless(cell("", "Tháng 6/2026"), AUGUST)).toBe(false);
    expect(ownPeriodOrTimeless(cell("", "Cộng quý III"), AUGUST)).toBe(false);
    expect(ownPeriodOrTimeless(cell("", "Cùng kỳ năm trước"), AUGUST)).toBe(false);
    expect(ownPeriodOrTimeless(cell("", "Số lượng", "Lũy kế từ đầu năm"), AUGUST)).toBe(false);
    // The report's own period unknown: a column naming a month is nobody's known own.
    expect(ownPeriodOrTimeless(cell("", "Tháng 8/2026"))).toBe(false);
  });
});

describe("the «ĐVT» unit beside columns of periods", () => {
  const text = sheet(8, ["Tháng 7/2026", "Tháng 8/2026", "Tháng 9/2026 (*)", "Cộng quý III"], [
    ["1", "Số lượt tiếp công dân", "Lượt", ["81", "73", "-", "154"]],
    ["2", "Số người", "Người", ["115", "104", "-", "219"]],
  ]);
  // A row whose label does not name the unit: «lượt» beside a number is the unit column's alone.
  const bare = text.replace("Số lượt tiếp công dân", "Tiếp công dân");
  const candidates = findCandidates(bare, findNumbers(bare), [], false, AUGUST);
  const of = (figure: string) => candidates.find((c) => c.token.start === bare.indexOf(`\t${figure}`) + 1)!;

  it("is the unit of the report's own month's cell", () => {
    expect(tableCell(bare, of("73").token)?.unitCell).toBe("Lượt");
    expect(of("73").unit).toBe("lượt");
    expect(of("73").near.get("lượt")).toBe(1);
  });

  it("near-match: it lifts no cell of last month's column nor of the quarter's «Cộng»", () => {
    for (const figure of ["81", "154"]) {
      expect(tableCell(bare, of(figure).token)?.unitCell).toBe("Lượt");
      expect(of(figure).unit).not.toBe("lượt");
      expect(of(figure).near.has("lượt")).toBe(false);
    }
  });

  it("reads last month's figure from the column before the report's month, and never the quarter's «Cộng» as the month's", () => {
    const read = boundByLabel(text, MONTHLY);
    expect(read("Lượt tiếp tháng trước")).toBe("81");
    // The sheet alone leaves the month's total to the clerk (73 or 154): never the quarter's «Cộng» bound.
    expect(read("Tổng số lượt tiếp công dân")).not.toBe("154");
  });
});

describe("a column naming one period gives its cells to that period alone", () => {
  it("takes last month's figures from the column right before the report's month", () => {
    const read = boundByLabel(sheet(5, ["Tháng 4/2026", "Tháng 5/2026", "Cộng quý II"], [
      ["1", "Số lượt tiếp công dân", "Lượt", ["47", "52", "99"]],
      ["2", "Số người", "Người", ["63", "70", "133"]],
    ]), MONTHLY);
    expect(read("Lượt tiếp tháng trước")).toBe("47");
    expect(read("Người tháng trước")).toBe("63");
  });

  it("near-match: in June's report April's column is no period's of the form, nor the quarter's «Cộng» June's", () => {
    const read = boundByLabel(sheet(6, ["Tháng 4/2026", "Tháng 6/2026", "Cộng quý II"], [
      ["1", "Số lượt tiếp công dân", "", ["47", "52", "99"]],
      ["2", "Số người", "", ["63", "70", "133"]],
    ]), MONTHLY);
    for (const label of ["Lượt tiếp tháng trước", "Người tháng trước"]) expect(["47", "63", "99", "133"]).not.toContain(read(label));
    expect(["47", "99"]).not.toContain(read("Tổng số lượt tiếp công dân"));
    expect(["63", "133"]).not.toContain(read("Tổng số người được tiếp (đến khiếu nại, tố cáo, kiến nghị, phản ánh)"));
  });
});
