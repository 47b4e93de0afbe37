/**
 * Vietnamese numbers read and written at every branch, each with the exact message or text (issue 14, mutation
 * testing): where each check looks in the text (its start, anywhere, its end), and the writing of numbers past what
 * the hand-written formatting covers.
 */
import { excerpt, formatCount, formatGrouped, formatPercent, parseDecimal, parseWholeNumber, roundTo } from "../../../src/domain/vnNumber";

const NOT_INTEGER = "Số này phải là số nguyên (không có phần thập phân).";
const SHORT_GROUP = "Số này phải là số nguyên; dấu chấm tách hàng nghìn cần đủ 3 chữ số sau nó, ví dụ 9.780.";
const GROUPS_ONLY = "Dấu chấm (hoặc khoảng trắng) chỉ dùng để tách hàng nghìn, ví dụ 9.780.";
const DECIMAL_STYLE = "Cách viết số chưa đúng: dùng dấu phẩy cho phần thập phân, ví dụ 95,06.";
const NEGATIVE = "Số liệu không được âm.";
const PLUS = "Không cần dấu +; chỉ gõ số.";
const EXPONENT = "Không dùng dạng số mũ (1e9); hãy gõ đủ các chữ số.";
const WIDE = "Hãy gõ chữ số thường 0–9, không dùng chữ số toàn khổ.";
const HIDDEN = "Ô này có ký tự ẩn (dán từ nơi khác); hãy xoá và gõ lại số.";
const notNumber = (text: string) => `«${text}» không phải là số.`;
/* A text with no number in it is marked so, for the box to say what it expects (fieldValues). */
const refused = (message: string) => (message.endsWith(" không phải là số.") ? { ok: false, message, notNumber: true } : { ok: false, message });

describe("checks both parsers share", () => {
  it.each([
    ["−5", NEGATIVE],
    ["–5", NEGATIVE],
    [" -5", NEGATIVE],
    ["5-3", notNumber("5-3")],
    ["5+3", notNumber("5+3")],
    ["+5", PLUS],
    ["1E9", EXPONENT],
    ["1e+9", EXPONENT],
    ["1e-9", EXPONENT],
    ["2e3", EXPONENT],
    ["e9", notNumber("e9")],
    ["1e", notNumber("1e")],
    ["1e+", notNumber("1e+")],
    ["１", WIDE],
    ["1２", WIDE],
    ["９", WIDE],
    ["1\u200b2", HIDDEN],
    ["1\ufeff2", HIDDEN],
    ["12\u00ad", HIDDEN],
  ])("«%s»: %s", (text, message) => {
    expect(parseWholeNumber(text)).toEqual(refused(message));
    expect(parseDecimal(text)).toEqual(refused(message));
  });
});

describe("parseWholeNumber", () => {
  it.each([
    ["9 780 000", 9_780_000],
    ["9\u202f780", 9780],
    ["007", 7],
    ["9007199254740991", 9007199254740991],
  ])("reads «%s» as %d", (text, value) => {
    expect(parseWholeNumber(text)).toEqual({ ok: true, value });
  });

  it.each([
    ["1.234,5", NOT_INTEGER],
    ["9,", NOT_INTEGER],
    ["1.2,5", NOT_INTEGER],
    [",5", notNumber(",5")],
    ["x9,5", notNumber("x9,5")],
    ["9,5x", notNumber("9,5x")],
    ["9.7", SHORT_GROUP],
    ["x9.78", notNumber("x9.78")],
    ["9.781.2", GROUPS_ONLY],
    ["9.", GROUPS_ONLY],
    [".780", GROUPS_ONLY],
    ["9 78", GROUPS_ONLY],
    ["9\u00a078", GROUPS_ONLY],
    ["9\u202f78", GROUPS_ONLY],
    ["9..780", GROUPS_ONLY],
    ["9.78x", notNumber("9.78x")],
    ["9007199254740992", "Số quá lớn."],
    ["abcdefghijklmnopqrstu", notNumber("abcdefghijklmnopqrst…")],
  ])("refuses «%s»: %s", (text, message) => {
    expect(parseWholeNumber(text)).toEqual(refused(message));
  });
});

describe("parseDecimal", () => {
  it.each([
    ["95%", 95],
    ["0,5", 0.5],
    ["0.5", 0.5],
    ["12,345", 12.345],
    ["1 234,5", 1234.5],
    ["1.234.567", 1_234_567],
    ["1.234.567,25", 1_234_567.25],
    ["12.345,5", 12_345.5],
    ["123 456,75", 123_456.75],
    ["  95,06 % ", 95.06],
    ["1\u00a0234,5", 1234.5],
  ])("reads «%s» as %d", (text, value) => {
    expect(parseDecimal(text)).toEqual({ ok: true, value });
  });

  it.each([
    ["12.345", "«12.345» có thể là 12,345 hoặc 12345: hãy dùng dấu phẩy cho phần thập phân."],
    ["999.000", "«999.000» có thể là 999,000 hoặc 999000: hãy dùng dấu phẩy cho phần thập phân."],
    ["95 06", DECIMAL_STYLE],
    ["95,06 x", DECIMAL_STYLE],
    ["chín lăm", notNumber("chín lăm")],
    ["95.061", "«95.061» có thể là 95,061 hoặc 95061: hãy dùng dấu phẩy cho phần thập phân."],
    ["95.0612", DECIMAL_STYLE],
    ["1234.567", DECIMAL_STYLE],
    ["95,0,6", DECIMAL_STYLE],
    ["95,", DECIMAL_STYLE],
    [",5", DECIMAL_STYLE],
    [".5", DECIMAL_STYLE],
    ["1.23,5", DECIMAL_STYLE],
    ["95%%", notNumber("95%")],
    ["%95", notNumber("%95")],
    ["x95,06", notNumber("x95,06")],
    ["95,06x", notNumber("95,06x")],
    ["x95.06", notNumber("x95.06")],
    ["95.06x", notNumber("95.06x")],
    ["9007199254740992,5", "Số quá lớn."],
  ])("refuses «%s»: %s", (text, message) => {
    expect(parseDecimal(text)).toEqual(refused(message));
  });
});

describe("excerpt", () => {
  it("keeps 20 characters, cuts 21 with an ellipsis, and takes another length", () => {
    expect(excerpt("a".repeat(20))).toBe("a".repeat(20));
    expect(excerpt("a".repeat(21))).toBe(`${"a".repeat(20)}…`);
    expect(excerpt("abcdef", 3)).toBe("abc…");
    expect(excerpt("abc", 3)).toBe("abc");
  });
});

describe("writing numbers", () => {
  it.each([
    [9, "09"],
    [10, "10"],
    [999, "999"],
    [1000, "1.000"],
    [-5, "-5"],
    [-1234, "-1.234"],
  ])("formatCount(%d) is «%s»", (value, text) => {
    expect(formatCount(value)).toBe(text);
  });

  it.each([
    [5, "5"],
    [0, "0"],
    [-0, "-0"],
    [0.4, "0"],
    [0.5, "1"],
    [1234.5, "1.235"],
    [-1234.5, "-1.235"],
    [123456789, "123.456.789"],
    [1e21, "1.000.000.000.000.000.000.000"],
    [999999999999999900000, "999.999.999.999.999.900.000"],
    [Infinity, "∞"],
    [-Infinity, "-∞"],
    [NaN, "NaN"],
  ])("formatGrouped(%d) is «%s», as Intl writes it", (value, text) => {
    expect(formatGrouped(value)).toBe(text);
  });

  it.each([
    [5, "5,00%"],
    [12.3, "12,30%"],
    [1234.5, "1.234,50%"],
    [-5.5, "-5,50%"],
    [0.125, "0,13%"],
  ])("formatPercent(%d) is «%s»", (value, text) => {
    expect(formatPercent(value)).toBe(text);
  });

  // Intl's formatter is built on first use and kept per number of decimals: this test must be the first to write a
  // percentage past 1e21, or a formatter built with other options would go unnoticed.
  it("writes numbers past the hand-written range the same way again (the formatter is kept per number of decimals)", () => {
    // roundTo's ×100 ÷100 moves the last digits of so large a percentage: only its shape is asserted.
    const [grouped, percent, again] = [formatGrouped(2e21), formatPercent(2e21), formatGrouped(2e21)];
    expect([grouped, again]).toEqual(["2.000.000.000.000.000.000.000", "2.000.000.000.000.000.000.000"]);
    expect(percent).toMatch(/^\d{1,3}(?:\.\d{3}){7},00%$/);
    expect(formatPercent(NaN)).toBe("NaN%");
  });

  it("rounds to the decimals asked", () => {
    expect(roundTo(1.2345, 3)).toBe(1.235);
    expect(roundTo(1.5, 0)).toBe(2);
    expect(roundTo(16.666666, 2)).toBe(16.67);
    expect(roundTo(0.285, 2)).toBe(0.29);
  });
});
