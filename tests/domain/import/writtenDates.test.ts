/** Dates written in the other styles offices use are one token each, read back as the day they name. */
import { parseField } from "../../../src/domain/fieldValues";
import { findNumbers, inputOf } from "../../../src/domain/import/numbers";
import { dateKey } from "../../../src/domain/import/writtenDates";
import type { FieldDef } from "../../../src/domain/types";

const kinds = (text: string) => findNumbers(text).map((t) => `${t.kind}:${t.text}`);

describe("dates written otherwise", () => {
  it("reads «15 tháng 12 năm 2025», 15-12-2025 and 15.12.2025 as one date each", () => {
    expect(kinds("từ ngày 15 tháng 12 năm 2025 đến ngày 14 tháng 3 năm 2026")).toEqual(["date:15 tháng 12 năm 2025", "date:14 tháng 3 năm 2026"]);
    expect(kinds("từ 15-12-2025 đến 14.3.2026")).toEqual(["date:15-12-2025", "date:14.3.2026"]);
    expect(findNumbers("ngày 05 tháng 6, năm 2026 và 15-12-2025").map(inputOf)).toEqual(["5/6/2026", "15/12/2025"]);
  });

  it("leaves what is not a calendar day as it was: ranges of years, impossible days, other numbers", () => {
    expect(kinds("giai đoạn 2026-2030")).toEqual(["other:2026", "other:2030"]);
    expect(kinds("31 tháng 2 năm 2026")).toEqual(["count:31", "count:2", "count:2026"]);
    expect(kinds("30-13-2026")).toEqual(["other:30", "other:13", "other:2026"]);
    expect(kinds("tiếp nhận 9.780.000 hồ sơ trong 3 tháng 12 ngày")).toEqual(["count:9.780.000", "count:3", "count:12"]);
  });

  it("compares dates by the day they name, however written", () => {
    expect(new Set(["15/12/2025", "15-12-2025", "15 tháng 12 năm 2025", "15.12.2025"].map(dateKey)).size).toBe(1);
    expect(dateKey("03/3/2026")).toBe(dateKey("3/3/2026"));
    expect(dateKey("14/3/2026")).not.toBe(dateKey("15/3/2026"));
  });
});

describe("the words for zero read back", () => {
  const field = (zeroText?: string): FieldDef => ({ id: "x", label: "X", kind: "count", section: "I", ...(zeroText ? { zeroText } : {}) });

  it("reads «không phát sinh» and a form's own zero words as 0, and nothing else as a number", () => {
    expect(parseField(field(), "Không phát sinh")).toEqual({ ok: true, value: { kind: "number", value: 0 } });
    expect(parseField(field("Không có trường hợp nào"), "không có trường hợp nào")).toEqual({ ok: true, value: { kind: "number", value: 0 } });
    expect(parseField(field(), "không có trường hợp nào").ok).toBe(false);
    expect(parseField(field(), "không để xảy ra").ok).toBe(false);
  });
});
