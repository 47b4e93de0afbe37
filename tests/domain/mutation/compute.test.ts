/**
 * Computed figures value by value (issue 14, mutation testing): each formula with every input present, one missing,
 * a zero whole, and in the order the form gives (a percentage of a sum).
 */
import { inputsOf, numberOf, withComputed, type Values } from "../../../src/domain/compute";
import type { FieldValue, Period } from "../../../src/domain/types";
import { tinyReport } from "../../support/forms";

const report = tinyReport([
  { id: "a", label: "A", kind: "count", section: "I" },
  { id: "b", label: "B", kind: "count", section: "I" },
  { id: "c", label: "C", kind: "count", section: "I" },
  { id: "ds", label: "Danh sách", kind: "list", section: "I" },
  { id: "ten", label: "Tên", kind: "text", section: "I" },
  // Listed before the sum it is made from: the definition orders computed fields by what they read.
  { id: "tyLe", label: "Tỷ lệ", kind: "percent", section: "I", formula: { op: "percentOf", part: "a", whole: "tong" } },
  { id: "tong", label: "Tổng", kind: "count", section: "I", formula: { op: "sum", of: ["a", "b", "c"] } },
  { id: "dem", label: "Số mục", kind: "count", section: "I", formula: { op: "countOf", list: "ds" } },
  { id: "quy", label: "Quý", kind: "text", section: "I", formula: { op: "period", part: "quarterRoman" } },
  { id: "nam", label: "Năm", kind: "text", section: "I", formula: { op: "period", part: "nextQuarterYear" } },
]);
const Q4: Period = { quarter: 4, year: 2026 };
const n = (value: number): FieldValue => ({ kind: "number", value });
const typed = (values: Record<string, FieldValue | null>): Values => new Map(Object.entries(values).map(([id, v]) => [`bcdc:${id}`, v]));
const computed = (values: Record<string, FieldValue | null>, period: Period = Q4) => {
  const all = withComputed(report, typed(values), period);
  return Object.fromEntries(["tyLe", "tong", "dem", "quy", "nam"].map((id) => [id, all.get(`bcdc:${id}`)]));
};

describe("withComputed", () => {
  it("computes every formula from typed figures, a percentage of a sum included", () => {
    expect(computed({ a: n(1), b: n(2), c: n(3), ds: { kind: "list", items: ["x", "y"] } })).toEqual({
      tyLe: n(16.67),
      tong: n(6),
      dem: n(2),
      quy: { kind: "text", value: "IV" },
      nam: { kind: "text", value: "2027" },
    });
  });

  it("keeps the typed figures beside the computed ones", () => {
    const all = withComputed(report, typed({ a: n(1), ten: { kind: "text", value: "Xã A" } }), Q4);
    expect(all.get("bcdc:a")).toEqual(n(1));
    expect(all.get("bcdc:ten")).toEqual({ kind: "text", value: "Xã A" });
    expect(all.size).toBe(7);
  });

  it("rounds a percentage to two decimals, half away from zero", () => {
    expect(computed({ a: n(1), b: n(199), c: n(0) }).tyLe).toEqual(n(0.5));
    expect(computed({ a: n(2), b: n(1), c: n(0) }).tyLe).toEqual(n(66.67));
    expect(computed({ a: n(1), b: n(7), c: n(0) }).tyLe).toEqual(n(12.5));
    expect(computed({ a: n(5), b: n(0), c: n(0) }).tyLe).toEqual(n(100));
  });

  it("leaves a sum empty when any part is empty, and its percentage too", () => {
    for (const missing of ["a", "b", "c"]) {
      const values: Record<string, FieldValue | null> = { a: n(1), b: n(2), c: n(3) };
      delete values[missing];
      expect(computed(values)).toMatchObject({ tong: null, tyLe: null });
    }
    expect(computed({ a: n(1), b: null, c: n(3) })).toMatchObject({ tong: null, tyLe: null });
    expect(computed({ a: n(1), b: { kind: "text", value: "2" }, c: n(3) })).toMatchObject({ tong: null, tyLe: null });
  });

  it("sums zeros to zero, and leaves a percentage of zero empty", () => {
    expect(computed({ a: n(0), b: n(0), c: n(0) })).toMatchObject({ tong: n(0), tyLe: null });
  });

  it("leaves a percentage empty without its part", () => {
    const sumOnly = tinyReport([
      { id: "a", label: "A", kind: "count", section: "I" },
      { id: "b", label: "B", kind: "count", section: "I" },
      { id: "p", label: "P", kind: "percent", section: "I", formula: { op: "percentOf", part: "a", whole: "b" } },
    ]);
    const p = (values: Record<string, FieldValue | null>) => withComputed(sumOnly, typed(values), Q4).get("bcdc:p");
    expect(p({ b: n(4) })).toBeNull();
    expect(p({ a: n(1) })).toBeNull();
    expect(p({ a: n(1), b: n(4) })).toEqual(n(25));
    expect(p({ a: n(0), b: n(4) })).toEqual(n(0));
  });

  it("counts a list's items, and leaves the count empty without a list", () => {
    expect(computed({ ds: { kind: "list", items: [] } }).dem).toEqual(n(0));
    expect(computed({ ds: { kind: "list", items: ["a", "b", "c"] } }).dem).toEqual(n(3));
    expect(computed({}).dem).toBeNull();
    expect(computed({ ds: { kind: "text", value: "a; b" } }).dem).toBeNull();
  });

  it("names the period it is given", () => {
    expect(computed({}, { quarter: 1, year: 2026 })).toMatchObject({ quy: { kind: "text", value: "I" }, nam: { kind: "text", value: "2026" } });
  });
});

describe("numberOf", () => {
  it("reads a number only", () => {
    const values = typed({ a: n(0), t: { kind: "text", value: "5" }, z: null });
    expect(numberOf(values, "bcdc:a")).toBe(0);
    expect(numberOf(values, "bcdc:t")).toBeUndefined();
    expect(numberOf(values, "bcdc:z")).toBeUndefined();
    expect(numberOf(values, "bcdc:none")).toBeUndefined();
  });
});

describe("inputsOf", () => {
  it("lists what each formula reads", () => {
    expect(inputsOf({ op: "percentOf", part: "p", whole: "w" })).toEqual(["p", "w"]);
    expect(inputsOf({ op: "sum", of: ["x", "y", "z"] })).toEqual(["x", "y", "z"]);
    expect(inputsOf({ op: "countOf", list: "l" })).toEqual(["l"]);
    expect(inputsOf({ op: "period", part: "year" })).toEqual([]);
  });
});
