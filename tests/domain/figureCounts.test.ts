/**
 * «Số liệu đã có» as a clerk counts: a figure typed wrong is there and needs fixing, not missing
 * (domain/figureCounts.ts).
 */
import { definitionFromForm } from "../../src/domain/form/toDefinition";
import type { FormField } from "../../src/domain/form/types";
import { countFigures, figureCountsText } from "../../src/domain/figureCounts";
import { tinyForm } from "../support/forms";

const count = (id: string, extra: Partial<FormField> = {}): FormField => ({ id, label: `Số ${id}`, kind: "count", section: "I", ...extra });

/** Three required figures, one optional figure, and a computed total that is never typed. */
const report = definitionFromForm(
  tinyForm(
    [count("a"), count("b"), count("c"), count("d", { optional: true }), { id: "t", label: "Tổng", kind: "count", section: "I", formula: { op: "sum", of: ["a", "b"] } }],
    [],
    { formatVersion: 2 },
  ),
);
const ids = (fields: { id: string }[]) => fields.map((f) => f.id.replace(/^bcdc:/, ""));
const within = (list: string[]) => (id: string) => list.includes(id.replace(/^bcdc:/, ""));

describe("countFigures", () => {
  it("counts a figure typed wrong as needing a fix, apart from the missing ones", () => {
    const counts = countFigures(report, within(["a"]), within(["a", "b"]));
    expect(counts.total).toBe(4);
    expect(counts.present).toBe(1);
    expect(ids(counts.toFix)).toEqual(["b"]);
    expect(ids(counts.missing)).toEqual(["c"]);
    expect(ids(counts.leftOut)).toEqual(["d"]);
    expect(figureCountsText(counts)).toBe("Số liệu (4 ô nhập liệu): 1 đã có · 1 nhập sai, cần sửa · 1 còn thiếu · 1 không bắt buộc để trống");
  });

  it("an optional figure typed wrong is owed and to fix, not left out", () => {
    const counts = countFigures(report, within(["a", "b", "c"]), within(["a", "b", "c", "d"]));
    expect(ids(counts.toFix)).toEqual(["d"]);
    expect(counts.leftOut).toEqual([]);
    expect(figureCountsText(counts)).toBe("Số liệu (4 ô nhập liệu): 3 đã có · 1 nhập sai, cần sửa");
  });

  it("says only «đã có» when every figure is there", () => {
    const all = within(["a", "b", "c", "d"]);
    expect(figureCountsText(countFigures(report, all, all))).toBe("Số liệu (4 ô nhập liệu): 4 đã có");
  });

  it("nothing typed: every required figure missing", () => {
    const none = within([]);
    expect(figureCountsText(countFigures(report, none, none))).toBe("Số liệu (4 ô nhập liệu): 0 đã có · 3 còn thiếu · 1 không bắt buộc để trống");
  });
});

it("counts the figures the clerk said the report does not state apart from the missing ones (walk50)", () => {
  const none = within([]);
  const counts = countFigures(report, none, none, within(["c"]));
  expect(ids(counts.missing)).toEqual(["a", "b"]);
  expect(ids(counts.notStated)).toEqual(["c"]);
  expect(figureCountsText(counts)).toBe("Số liệu (4 ô nhập liệu): 0 đã có · 2 còn thiếu · 1 văn bản không nêu · 1 không bắt buộc để trống");
});
