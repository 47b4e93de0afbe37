/**
 * Every kind of problem validation finds, asserted whole (key, severity, fields in order, exact message), on a small
 * form of two sections whose labels repeat across them; and the guards that decide whether a rule is checked at all
 * (issue 14, mutation testing).
 */
import type { ReportForm } from "../../../src/domain/form/types";
import type { Period, Problem } from "../../../src/domain/types";
import { validateFigures } from "../../../src/domain/validate";
import { definitionFromForm } from "../../../src/domain/form/toDefinition";
import { tinyForm, tinyReport } from "../../support/forms";

const form: ReportForm = tinyForm(
  [
    { id: "mc.tong", label: "Tổng số hồ sơ", kind: "count", section: "I.1" },
    { id: "mc.daGiai", label: "Đã giải quyết", kind: "count", section: "I.1" },
    { id: "mc.dangGiai", label: "Đang giải quyết", kind: "count", section: "I.1" },
    { id: "mc.traSom", label: "Trả sớm", kind: "count", section: "I.1" },
    { id: "mc.tyLe", label: "Tỷ lệ trả sớm", kind: "percent", section: "I.1", formula: { op: "percentOf", part: "mc.traSom", whole: "mc.daGiai" } },
    { id: "tt.daGiai", label: "Đã giải quyết", kind: "count", section: "II.1" },
    { id: "tt.giao", label: "Biên chế giao", kind: "count", section: "II.1" },
    { id: "tt.thucHien", label: "Đang làm việc", kind: "count", section: "II.1" },
    { id: "tt.tyLe", label: "Tỷ lệ so với một cửa", kind: "percent", section: "II.1", formula: { op: "percentOf", part: "tt.daGiai", whole: "mc.daGiai" } },
    { id: "ky.tu", label: "Từ ngày", kind: "date", section: "II.1" },
    { id: "ky.den", label: "Đến ngày", kind: "date", section: "II.1" },
  ],
  [
    { id: "mc.tong", kind: "sum", total: "mc.tong", parts: ["mc.daGiai", "mc.dangGiai"], severity: "warning" },
    { id: "tt.bienChe", kind: "atMost", small: "tt.thucHien", big: ["tt.giao", "mc.daGiai"], severity: "error" },
    { id: "mc.tra", kind: "atMost", small: "mc.traSom", big: "mc.daGiai", severity: "warning" },
    { id: "ky", kind: "cutoff", start: "ky.tu", end: "ky.den", severity: "warning" },
  ],
  {
    sections: [
      { id: "I", number: "I", title: "Phần một", subsections: [{ id: "I.1", number: "1", title: "Một cửa" }] },
      { id: "II", number: "II", title: "Phần hai", subsections: [{ id: "II.1", number: "1", title: "Trung tâm" }] },
    ],
  },
);
const report = definitionFromForm(form);
const Q1: Period = { quarter: 1, year: 2026 };
/** Figures that break no rule: 10 = 6 + 4, 3 ≤ 6, 5 ≤ 2 + 6, the data period is Q1's cut-off. */
const GOOD: Record<string, string> = {
  "mc.tong": "10", "mc.daGiai": "6", "mc.dangGiai": "4", "mc.traSom": "3",
  "tt.daGiai": "5", "tt.giao": "2", "tt.thucHien": "5", "ky.tu": "15/12/2025", "ky.den": "14/3/2026",
};
const raw = (figures: Record<string, string>) => Object.fromEntries(Object.entries(figures).map(([id, text]) => [`bcdc:${id}`, text]));
const problemsOf = (changes: Record<string, string | undefined>, period = Q1): Problem[] => {
  const figures: Record<string, string> = { ...GOOD };
  for (const [id, text] of Object.entries(changes)) {
    if (text === undefined) delete figures[id];
    else figures[id] = text;
  }
  return validateFigures(report, raw(figures), period).problems;
};

describe("the small form", () => {
  it("breaks no rule with the good figures, and computes its percentages", () => {
    const review = validateFigures(report, raw(GOOD), Q1);
    expect(review.problems).toEqual([]);
    expect(review.values.get("bcdc:mc.tyLe")).toEqual({ kind: "number", value: 50 });
    expect(review.values.get("bcdc:tt.tyLe")).toEqual({ kind: "number", value: 83.33 });
  });

  it("reports nothing for an empty form", () => {
    expect(validateFigures(report, {}, Q1).problems).toEqual([]);
    expect(validateFigures(tinyReport([{ id: "a", label: "A", kind: "count", section: "I" }]), {}, Q1).problems).toEqual([]);
  });
});

describe("every kind of problem, whole", () => {
  it("a field's own error", () => {
    expect(problemsOf({ "mc.traSom": "ba" })).toEqual([
      { key: "field:bcdc:mc.traSom", severity: "error", fields: ["bcdc:mc.traSom"], message: "«ba» không phải là số. Nhập số nguyên, ví dụ 9.780." },
    ]);
  });

  it("a sum that does not add up, parts named without their section since the total says it", () => {
    expect(problemsOf({ "mc.tong": "11" })).toEqual([
      {
        key: "mc.tong",
        severity: "warning",
        fields: ["bcdc:mc.tong", "bcdc:mc.daGiai", "bcdc:mc.dangGiai"],
        message: "Tổng số hồ sơ là 11, nhưng Đã giải quyết 06 + Đang giải quyết 04 = 10 (chênh 01).",
      },
    ]);
    expect(problemsOf({ "mc.tong": "9" })[0]?.message).toBe("Tổng số hồ sơ là 09, nhưng Đã giải quyết 06 + Đang giải quyết 04 = 10 (chênh 01).");
    expect(problemsOf({ "mc.tong": "1.009" })[0]?.message).toBe("Tổng số hồ sơ là 1.009, nhưng Đã giải quyết 06 + Đang giải quyết 04 = 10 (chênh 999).");
  });

  it("a figure larger than the sum of two others, the one of another section named with its section", () => {
    expect(problemsOf({ "tt.thucHien": "9" })).toEqual([
      {
        key: "tt.bienChe",
        severity: "error",
        fields: ["bcdc:tt.thucHien", "bcdc:tt.giao", "bcdc:mc.daGiai"],
        message: "Đang làm việc (09) không được lớn hơn Biên chế giao + Đã giải quyết (Một cửa) (08).",
      },
    ]);
  });

  it("a figure larger than one other, and the percentage over 100% it makes", () => {
    expect(problemsOf({ "mc.traSom": "7", "tt.thucHien": "1" })).toEqual([
      {
        key: "mc.tra",
        severity: "warning",
        fields: ["bcdc:mc.traSom", "bcdc:mc.daGiai"],
        message: "Trả sớm (07) không được lớn hơn Đã giải quyết (06).",
      },
      {
        key: "percent:bcdc:mc.tyLe",
        severity: "error",
        fields: ["bcdc:mc.traSom", "bcdc:mc.daGiai"],
        message: "Tỷ lệ trả sớm vượt 100%: Trả sớm (07) lớn hơn Đã giải quyết (06).",
      },
    ]);
  });

  it("a percentage over 100% whose whole is in another section, the part in its own named plainly", () => {
    expect(problemsOf({ "tt.daGiai": "8", "tt.thucHien": "1" })).toEqual([
      {
        key: "percent:bcdc:tt.tyLe",
        severity: "error",
        fields: ["bcdc:tt.daGiai", "bcdc:mc.daGiai"],
        message: "Tỷ lệ so với một cửa vượt 100%: Đã giải quyết (08) lớn hơn Đã giải quyết (Một cửa) (06).",
      },
    ]);
  });

  it("a data period that starts after it ends: an error whatever the rule's severity", () => {
    expect(problemsOf({ "ky.tu": "20/3/2026" })).toEqual([
      { key: "ky", severity: "error", fields: ["bcdc:ky.den", "bcdc:ky.tu"], message: "Từ ngày (20/3/2026) sau đến ngày (14/3/2026)." },
    ]);
  });

  it.each([
    [{ "ky.den": "13/3/2026" }, "15/12/2025 – 13/3/2026"],
    [{ "ky.tu": "16/12/2025" }, "16/12/2025 – 14/3/2026"],
    [{ "ky.tu": "14/12/2025" }, "14/12/2025 – 14/3/2026"],
    [{ "ky.den": "15/3/2026" }, "15/12/2025 – 15/3/2026"],
  ])("a data period other than the quarter's cut-off (%j), with the rule's severity and the decree", (changes, period) => {
    expect(problemsOf(changes)).toEqual([
      {
        key: "ky",
        severity: "warning",
        fields: ["bcdc:ky.den", "bcdc:ky.tu"],
        message: `Kỳ số liệu ${period} khác kỳ chốt số liệu quý I năm 2026 (15/12/2025 – 14/3/2026, Nghị định 09/2019/NĐ-CP).`,
      },
    ]);
  });

  it("a start on the end's day is not after it", () => {
    expect(problemsOf({ "ky.tu": "14/3/2026" }).map((p) => [p.severity, p.message.slice(0, 30)])).toEqual([["warning", "Kỳ số liệu 14/3/2026 – 14/3/20"]]);
  });

  it("the cut-off of the period given", () => {
    expect(problemsOf({}, { quarter: 2, year: 2026 })[0]?.message).toBe(
      "Kỳ số liệu 15/12/2025 – 14/3/2026 khác kỳ chốt số liệu quý II năm 2026 (15/3/2026 – 14/6/2026, Nghị định 09/2019/NĐ-CP).",
    );
    expect(problemsOf({ "ky.tu": "15/3/2026", "ky.den": "14/6/2026" }, { quarter: 2, year: 2026 })).toEqual([]);
  });
});

describe("rules wait for the figures they need", () => {
  it.each([
    ["the total", { "mc.tong": undefined, "mc.daGiai": "99", "tt.thucHien": "1", "tt.daGiai": "1", "mc.traSom": "1" }],
    ["the first part", { "mc.tong": "99", "mc.daGiai": undefined, "mc.traSom": undefined, "tt.daGiai": undefined }],
    ["the last part", { "mc.tong": "99", "mc.dangGiai": undefined }],
    ["an empty part", { "mc.tong": "99", "mc.dangGiai": "" }],
  ])("a sum without %s says nothing", (_what, changes) => {
    expect(problemsOf(changes)).toEqual([]);
  });

  it.each([
    ["the small side", { "tt.thucHien": undefined, "tt.giao": "0" }],
    ["the first big side", { "tt.thucHien": "99", "tt.giao": undefined }],
    ["the last big side", { "tt.thucHien": "99", "mc.daGiai": undefined, "mc.traSom": undefined, "mc.tong": undefined, "tt.daGiai": undefined }],
  ])("an at-most rule without %s says nothing", (_what, changes) => {
    expect(problemsOf(changes)).toEqual([]);
  });

  it.each([
    ["the start", { "ky.tu": undefined }],
    ["the end", { "ky.den": undefined }],
    ["either date", { "ky.tu": undefined, "ky.den": undefined }],
    ["a valid start", { "ky.tu": "31/02/2026" }],
  ])("the data period without %s says nothing about the period", (_what, changes) => {
    expect(problemsOf(changes).filter((p) => p.key === "ky")).toEqual([]);
  });

  it("a percentage without its part or its whole says nothing", () => {
    expect(problemsOf({ "mc.traSom": undefined, "tt.daGiai": undefined, "mc.daGiai": "0", "tt.thucHien": "2", "mc.tong": "4" })).toEqual([]);
    expect(problemsOf({ "mc.daGiai": undefined, "mc.tong": undefined, "tt.thucHien": "0" })).toEqual([]);
  });

  it("takes no typed text for a computed figure", () => {
    const review = validateFigures(report, raw({ ...GOOD, "mc.tyLe": "không phải số" }), Q1);
    expect(review.problems).toEqual([]);
    expect(review.values.get("bcdc:mc.tyLe")).toEqual({ kind: "number", value: 50 });
  });

  it("reads a figure that was not given as empty", () => {
    const review = validateFigures(report, raw({ "mc.traSom": "3" }), Q1);
    expect(review.problems).toEqual([]);
    expect(review.values.get("bcdc:mc.daGiai")).toBeNull();
    expect(review.values.get("bcdc:mc.traSom")).toEqual({ kind: "number", value: 3 });
  });
});
