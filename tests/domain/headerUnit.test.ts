/** A share in a table column headed «%» or «Tỷ lệ (%)» is written bare: the header carries the sign. */
import { fieldStatus } from "../../src/domain/documentCheck";
import { columnHeaderOf, rowLabelOf, textAtPlace } from "../../src/domain/headerUnit";
import type { FieldValue } from "../../src/domain/types";
import { planUpdate } from "../../src/domain/updatePlan";
import { REPORT } from "../support/forms";

const RATE = "bcdc:hcc.tyLeDaGiaiQuyet";
const rate = REPORT.byId.get(RATE)!;
const num = (value: number): FieldValue => ({ kind: "number", value });

describe("columnHeaderOf", () => {
  const table = [
    ["Chỉ tiêu", "Số hồ sơ", "Tỷ lệ (%)"],
    ["Đã giải quyết", "9.870", "87,77"],
    ["Đang giải quyết", "1.280", "11,38"],
  ];
  it("joins the words above a cell in its column, not the figures", () => {
    expect(columnHeaderOf(table, 2, 2)).toBe("Tỷ lệ (%)");
    expect(columnHeaderOf(table, 2, 1)).toBe("Số hồ sơ");
    expect(columnHeaderOf([["", "%"], ["a", "5,00"]], 1, 1)).toBe("%");
  });
  it("has none in the first row or a column of figures alone", () => {
    expect(columnHeaderOf(table, 0, 2)).toBeUndefined();
    expect(columnHeaderOf([["1", "2"], ["3", "4"]], 1, 1)).toBeUndefined();
  });
});

describe("a share under a header that carries «%»", () => {
  it("is written bare there, with its sign elsewhere", () => {
    expect(textAtPlace(rate, num(87.77), "Tỷ lệ (%)")).toBe("87,77");
    expect(textAtPlace(rate, num(87.77), "%")).toBe("87,77");
    expect(textAtPlace(rate, num(87.77), "Tỷ lệ")).toBe("87,77%");
    expect(textAtPlace(rate, num(87.77))).toBe("87,77%");
    expect(textAtPlace(REPORT.byId.get("bcdc:hcc.tiepNhan")!, num(9870), "Số hồ sơ (%)")).toBe("9.870");
  });

  it("is not offered as a style to fix, and shows as matching", () => {
    const values = new Map([[RATE, num(87.77)]]);
    const decision = planUpdate({ report: REPORT, values, problems: [], baseline: {}, controls: [{ id: 1, tag: RATE, text: "87,77", columnHeader: "Tỷ lệ (%)" }] });
    expect(decision.restyles).toEqual([]);
    expect([...decision.texts]).toEqual([]);
    expect(fieldStatus(rate, num(87.77), [{ text: "87,77", columnHeader: "Tỷ lệ (%)" }])).toEqual({ state: "shown", places: 1, matches: true, restyle: false });
    // Outside such a column the same text is still a style question.
    expect(planUpdate({ report: REPORT, values, problems: [], baseline: {}, controls: [{ id: 1, tag: RATE, text: "87,77" }] }).restyles).toHaveLength(1);
  });

  it("changes bare when its value changes, and what was last written with the sign may be replaced there", () => {
    const values = new Map([[RATE, num(90)]]);
    const decision = planUpdate({ report: REPORT, values, problems: [], baseline: { [RATE]: "87,77%" }, controls: [{ id: 1, tag: RATE, text: "87,77", columnHeader: "Tỷ lệ (%)" }] });
    expect([...decision.texts]).toEqual([[1, "90,00"]]);
    expect(decision.conflicts).toEqual([]);
  });
});

describe("a share in a row whose label carries «%» (walk48, F13)", () => {
  // Periods for columns, the unit in the row's label: «Tỷ lệ (%)⇥95,06» as statistical tables write it.
  const table = [
    ["Chỉ tiêu", "Quý II/2026", "Quý III/2026"],
    ["Số hồ sơ đã giải quyết", "77", "81"],
    ["Tỷ lệ đúng hạn (%)", "93,51", "95,06"],
  ];
  it("reads the row's words before the cell, not its figures", () => {
    expect(rowLabelOf(table, 2, 2)).toBe("Tỷ lệ đúng hạn (%)");
    expect(rowLabelOf(table, 2, 0)).toBeUndefined();
    expect(rowLabelOf([["1", "5,00"]], 0, 1)).toBeUndefined();
  });
  it("is written bare there, not offered a «%» as a style to fix, and changes bare", () => {
    expect(textAtPlace(rate, num(95.06), "Quý III/2026", undefined, "Tỷ lệ đúng hạn (%)")).toBe("95,06");
    expect(textAtPlace(rate, num(95.06), "Quý III/2026", undefined, "Tỷ lệ đúng hạn")).toBe("95,06%");
    const place = { id: 1, tag: RATE, text: "95,06", columnHeader: "Quý III/2026", rowLabel: "Tỷ lệ đúng hạn (%)" };
    const same = planUpdate({ report: REPORT, values: new Map([[RATE, num(95.06)]]), problems: [], baseline: {}, controls: [place] });
    expect(same.restyles).toEqual([]);
    expect([...same.texts]).toEqual([]);
    expect(fieldStatus(rate, num(95.06), [{ text: "95,06", columnHeader: "Quý III/2026", rowLabel: "Tỷ lệ đúng hạn (%)" }])).toEqual({ state: "shown", places: 1, matches: true, restyle: false });
    const changed = planUpdate({ report: REPORT, values: new Map([[RATE, num(96)]]), problems: [], baseline: { [RATE]: "95,06%" }, controls: [place] });
    expect([...changed.texts]).toEqual([[1, "96,00"]]);
  });
});
