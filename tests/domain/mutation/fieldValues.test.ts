/**
 * A field's text read and written for each kind, at the limits and with the exact message (issue 14, mutation
 * testing): what the pane accepts, what the document shows, and what goes back into the pane's input.
 */
import { formatField, inputText, parseField, sameValue, showsValue } from "../../../src/domain/fieldValues";
import type { FieldDef, FieldKind, FieldValue } from "../../../src/domain/types";

const field = (kind: FieldKind, extra: Partial<FieldDef> = {}): FieldDef => ({ id: "bcdc:x", label: "X", kind, section: "I", ...extra });
const ok = (value: FieldValue | null) => ({ ok: true, value });
const bad = (message: string) => ({ ok: false, message });
const num = (value: number): FieldValue => ({ kind: "number", value });
const list = (...items: string[]): FieldValue => ({ kind: "list", items });

describe("parseField", () => {
  it.each([
    ["count", "", ok(null)],
    ["count", "   ", ok(null)],
    ["count", "0", ok(num(0))],
    ["count", "không", ok(num(0))],
    ["count", "Không có", ok(num(0))],
    ["count", " KHÔNG ", ok(num(0))],
    ["count", "không có gì", bad("«không có gì» không phải là số. Nhập số nguyên, ví dụ 9.780.")],
    ["count", "có không", bad("«có không» không phải là số. Nhập số nguyên, ví dụ 9.780.")],
    ["count", "1.000.000", ok(num(1_000_000))],
    ["count", "1.000.001", bad("Số liệu phải trong khoảng 0–1.000.000.")],
    ["count", "7,5", bad("Số này phải là số nguyên (không có phần thập phân).")],
    ["percent", "0", ok(num(0))],
    ["percent", "100", ok(num(100))],
    ["percent", "100,01", bad("Số liệu phải trong khoảng 0–100.")],
    ["percent", "không", bad("«không» không phải là số. Nhập tỷ lệ, ví dụ 95,06%.")],
    ["percent", "95,06%", ok(num(95.06))],
    ["year", "2000", ok(num(2000))],
    ["year", "2100", ok(num(2100))],
    ["year", "26", bad("Năm phải gồm 4 chữ số, ví dụ 2026.")],
    ["year", "x2026", bad("Năm phải gồm 4 chữ số, ví dụ 2026.")],
    ["year", "2026x", bad("Năm phải gồm 4 chữ số, ví dụ 2026.")],
    ["year", "2.026", bad("Năm phải gồm 4 chữ số, ví dụ 2026.")],
    ["date", "3/3/2026", ok({ kind: "date", iso: "2026-03-03" })],
    ["date", "31/02/2026", bad("Không có ngày 31/2/2026.")],
    ["text", " Xã Chiềng Cơi ", ok({ kind: "text", value: "Xã Chiềng Cơi" })],
    ["text", "a".repeat(300), ok({ kind: "text", value: "a".repeat(300) })],
    ["text", "a".repeat(301), bad("Nội dung dài quá 300 ký tự.")],
  ] as const)("%s «%s»", (kind, text, result) => {
    expect(parseField(field(kind), text)).toEqual(result);
  });

  // The message groups the years (2.000–2.100) as counts: reported to the lead, not pinned here.
  it.each(["1999", "2101"])("refuses the year %s, out of range", (text) => {
    expect(parseField(field("year"), text)).toEqual({ ok: false, message: expect.stringMatching(/^Số liệu phải trong khoảng 2.?000–2.?100\.$/) });
  });

  it("takes a count's maximum from the field, 1.000.000 without one, and says the range without a leading zero", () => {
    expect(parseField(field("count", { max: 10 }), "10")).toEqual(ok(num(10)));
    expect(parseField(field("count", { max: 10 }), "11")).toEqual(bad("Số liệu phải trong khoảng 0–10."));
    expect(parseField(field("count", { max: 5 }), "6")).toEqual(bad("Số liệu phải trong khoảng 0–05."));
    expect(parseField(field("count", { max: 10_000 }), "10.001")).toEqual(bad("Số liệu phải trong khoảng 0–10.000."));
  });

  describe("lists", () => {
    it.each([
      ["A; B ;C", ["A", "B", "C"]],
      ["A\nB\n\nC", ["A", "B", "C"]],
      ["A, B và C", ["A", "B", "C"]],
      // No space after the comma and no unit's kind after «và»: one name (a unit's own «và», listProse.test.ts).
      ["A,B và C", ["A,B và C"]],
      ["A, B, C", ["A", "B", "C"]],
      ["Sở Nội vụ và Sở Tài chính", ["Sở Nội vụ", "Sở Tài chính"]],
      ["A và B, C", ["A và B", "C"]],
      ["Chỉ đạo, điều hành; Kiểm soát TTHC", ["Chỉ đạo, điều hành", "Kiểm soát TTHC"]],
      ["Chỉ đạo và điều hành; Kiểm soát", ["Chỉ đạo và điều hành", "Kiểm soát"]],
      ["A;;B;", ["A", "B"]],
      ["Một mục", ["Một mục"]],
      ["Thuận Châu", ["Thuận Châu"]],
    ])("«%s» is %j", (text, items) => {
      expect(parseField(field("list"), text)).toEqual(ok(list(...items)));
    });

    it("holds 50 items, not 51", () => {
      const items = Array.from({ length: 50 }, (_, i) => `Mục ${i}`);
      expect(parseField(field("list"), items.join("; "))).toEqual(ok(list(...items)));
      expect(parseField(field("list"), [...items, "Mục 50"].join("; "))).toEqual(bad("Danh sách có quá 50 mục."));
    });

    it("holds items of 300 characters, not 301, and names the long one", () => {
      expect(parseField(field("list"), `A; ${"b".repeat(300)}`)).toEqual(ok(list("A", "b".repeat(300))));
      expect(parseField(field("list"), `A; ${"b".repeat(301)}; ${"c".repeat(400)}`)).toEqual(bad(`Mục «${"b".repeat(20)}…» dài quá 300 ký tự.`));
    });
  });
});

describe("formatField", () => {
  it.each([
    [field("count"), num(9780), "9.780"],
    [field("count"), num(5), "05"],
    [field("count"), num(0), "0"],
    [field("count", { zeroText: "không có" }), num(0), "không có"],
    [field("count", { zeroText: "không có" }), num(1), "01"],
    [field("count", { zeroText: "" }), num(0), "0"],
    [field("percent"), num(95.0617), "95,06%"],
    [field("percent"), num(0), "0,00%"],
    [field("year"), num(2026), "2026"],
    [field("date"), { kind: "date", iso: "2026-03-03" }, "03/3/2026"],
    [field("text"), { kind: "text", value: "Xã A" }, "Xã A"],
    [field("list"), list("A", "B", "C"), "A; B; C"],
  ] as const)("writes %j's %j as «%s»", (def, value, text) => {
    expect(formatField(def, value)).toBe(text);
  });
});

describe("inputText", () => {
  it.each([
    [field("count"), num(9780), "9.780"],
    [field("count"), num(5), "5"],
    [field("count", { zeroText: "không" }), num(0), "0"],
    [field("percent"), num(95.06), "95,06"],
    [field("year"), num(2026), "2026"],
    [field("date"), { kind: "date", iso: "2026-02-09" }, "09/02/2026"],
    [field("text"), { kind: "text", value: "Xã A" }, "Xã A"],
    [field("text"), { kind: "text", value: "đạt 100%" }, "đạt 100%"],
    [field("list"), list("A", "B"), "A\nB"],
  ] as const)("puts back %j's %j as «%s»", (def, value, text) => {
    expect(inputText(def, value)).toBe(text);
  });
});

describe("showsValue", () => {
  it.each([
    [field("count"), "9.780", num(9780), true],
    [field("count"), "9780", num(9780), false],
    [field("percent"), "95,06%", num(95.06), true],
    [field("list"), "A, B và C", list("A", "B", "C"), true],
    [field("list"), "A; B; C", list("A", "B", "C"), true],
    [field("list"), "A\nB\nC", list("A", "B", "C"), true],
    [field("list"), "A; B", list("A", "B", "C"), false],
    [field("list"), "A; C; B", list("A", "B", "C"), false],
    [field("list"), "AB; C", list("A", "BC"), false],
    [field("list"), "", list(), false],
    [field("list"), [...Array(51).keys()].join("; "), list(...[...Array(51).keys()].map(String)), false],
  ] as const)("«%s» shows %j: %s", (def, text, value, shows) => {
    expect(showsValue(def, text, value)).toBe(shows);
  });
});

describe("sameValue", () => {
  it("compares values, empty included", () => {
    expect(sameValue(num(1), num(1))).toBe(true);
    expect(sameValue(num(1), num(2))).toBe(false);
    expect(sameValue(null, null)).toBe(true);
    expect(sameValue(null, num(0))).toBe(false);
    expect(sameValue(list("A", "B"), list("A", "B"))).toBe(true);
    expect(sameValue(list("A", "B"), list("B", "A"))).toBe(false);
  });
});
