import { formatCount, formatPercent, parseDecimal, parseWholeNumber, roundTo } from "../../src/domain/vnNumber";

describe("parseWholeNumber", () => {
  it.each([
    ["9780", 9780],
    ["9.780", 9780],
    ["9 780", 9780],
    ["9\u00a0780", 9780],
    ["1.234.567", 1234567],
    ["05", 5],
    ["0", 0],
    ["  46 ", 46],
  ])("reads %p as %p", (raw, value) => {
    expect(parseWholeNumber(raw)).toEqual({ ok: true, value });
  });

  it.each([
    ["-5", "Số liệu không được âm."],
    ["-0", "Số liệu không được âm."],
    ["7,5", "Số này phải là số nguyên (không có phần thập phân)."],
    ["9.78", "Số này phải là số nguyên; dấu chấm tách hàng nghìn cần đủ 3 chữ số sau nó, ví dụ 9.780."],
    ["97.80", "Số này phải là số nguyên; dấu chấm tách hàng nghìn cần đủ 3 chữ số sau nó, ví dụ 9.780."],
    ["9.7800", "Dấu chấm (hoặc khoảng trắng) chỉ dùng để tách hàng nghìn, ví dụ 9.780."],
    ["97 80", "Dấu chấm (hoặc khoảng trắng) chỉ dùng để tách hàng nghìn, ví dụ 9.780."],
    ["1e9", "Không dùng dạng số mũ (1e9); hãy gõ đủ các chữ số."],
    ["+5", "Không cần dấu +; chỉ gõ số."],
    ["１２", "Hãy gõ chữ số thường 0–9, không dùng chữ số toàn khổ."],
    ["\u200f12", "Ô này có ký tự ẩn (dán từ nơi khác); hãy xoá và gõ lại số."],
    ["99999999999999999999", "Số quá lớn."],
  ])("refuses %p with a reason", (raw, message) => {
    expect(parseWholeNumber(raw)).toEqual({ ok: false, message });
  });

  it.each(["abc", "NaN", "Infinity"])("marks %p as no number at all, for the box to say what it expects", (raw) => {
    expect(parseWholeNumber(raw)).toEqual({ ok: false, message: `«${raw}» không phải là số.`, notNumber: true });
    expect(parseDecimal(raw)).toEqual({ ok: false, message: `«${raw}» không phải là số.`, notNumber: true });
  });

  it("does not mark a number written wrongly as no number: its message already shows how to write it", () => {
    expect(parseWholeNumber("9.78")).not.toHaveProperty("notNumber");
    expect(parseDecimal("95,0,6")).not.toHaveProperty("notNumber");
  });
});

describe("parseDecimal", () => {
  it.each([
    ["95,06", 95.06],
    ["95.06", 95.06],
    ["9.7", 9.7],
    ["95,06%", 95.06],
    ["95,06 %", 95.06],
    ["100", 100],
    ["1.234,5", 1234.5],
  ])("reads %p as %p", (raw, value) => {
    expect(parseDecimal(raw)).toEqual({ ok: true, value });
  });

  it("refuses a dot before three digits because it could group thousands or mark decimals", () => {
    expect(parseDecimal("1.234")).toEqual({
      ok: false,
      message: "«1.234» có thể là 1,234 hoặc 1234: hãy dùng dấu phẩy cho phần thập phân.",
    });
  });

  it.each(["95,0,6", "9.5.6", "abc", "95,"])("refuses %p", (raw) => {
    expect(parseDecimal(raw).ok).toBe(false);
  });
});

describe("formatting", () => {
  it.each([
    [9780, "9.780"],
    [7766, "7.766"],
    [5, "05"],
    [1, "01"],
    [0, "0"],
    [10, "10"],
    [1234567, "1.234.567"],
  ])("formatCount(%p) is %p", (value, text) => {
    expect(formatCount(value)).toBe(text);
  });

  it.each([
    [95.0617, "95,06%"],
    [9.8159, "9,82%"],
    [100, "100,00%"],
    [0, "0,00%"],
    [1.005, "1,01%"],
  ])("formatPercent(%p) is %p", (value, text) => {
    expect(formatPercent(value)).toBe(text);
  });

  it("rounds on decimal digits, not binary noise", () => {
    expect(roundTo(1.005, 2)).toBe(1.01);
    expect(roundTo(2.675, 2)).toBe(2.68);
  });
});

describe("thousands written with commas, as English-style software does", () => {
  it.each([
    ["9,780", "9.780"],
    ["1,234,567", "1.234.567"],
  ])("%p is refused with the way to write it (%p), not read as a number", (typed, hint) => {
    const parsed = parseWholeNumber(typed);
    expect(parsed).toEqual({ ok: false, message: `Số này phải là số nguyên; nếu «${typed}» là số hàng nghìn, hãy tách bằng dấu chấm: ${hint}.` });
  });

  it("keeps the decimal message where the comma cannot be grouping", () => {
    expect(parseWholeNumber("9,78")).toEqual({ ok: false, message: "Số này phải là số nguyên (không có phần thập phân)." });
    expect(parseWholeNumber("9,7800")).toEqual({ ok: false, message: "Số này phải là số nguyên (không có phần thập phân)." });
  });
});
