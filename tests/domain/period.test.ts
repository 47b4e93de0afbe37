import { formatDateVn, nextPeriod, parseDateVn, periodText, placeDateLine, quarterCutoff } from "../../src/domain/period";

describe("quarterly cut-off (Nghị định 09/2019/NĐ-CP)", () => {
  it.each([
    [1, 2026, "2025-12-15", "2026-03-14"],
    [2, 2026, "2026-03-15", "2026-06-14"],
    [3, 2026, "2026-06-15", "2026-09-14"],
    [4, 2026, "2026-09-15", "2026-12-14"],
  ] as const)("quý %p/%p runs %p – %p", (quarter, year, start, end) => {
    expect(quarterCutoff({ quarter, year })).toEqual({ start, end });
  });

  it("names the next quarter across a year boundary", () => {
    expect(nextPeriod({ quarter: 4, year: 2026 })).toEqual({ quarter: 1, year: 2027 });
    expect(periodText({ quarter: 4, year: 2026 }, "nextQuarterRoman")).toBe("I");
    expect(periodText({ quarter: 4, year: 2026 }, "nextQuarterYear")).toBe("2027");
    expect(periodText({ quarter: 1, year: 2026 }, "cutoffStart")).toBe("15/12/2025");
    expect(periodText({ quarter: 1, year: 2026 }, "cutoffEnd")).toBe("14/3/2026");
  });
});

describe("dates as Nghị định 30/2020/NĐ-CP writes them", () => {
  it.each([
    ["2026-03-03", "03/3/2026"],
    ["2026-02-09", "09/02/2026"],
    ["2026-01-25", "25/01/2026"],
    ["2025-12-15", "15/12/2025"],
    ["2022-07-01", "01/7/2022"],
  ])("%p is written %p", (iso, text) => {
    expect(formatDateVn(iso)).toBe(text);
  });

  it("writes the place-date line with the same padding", () => {
    expect(placeDateLine("Sơn La", "2026-03-05")).toBe("Sơn La, ngày 05 tháng 3 năm 2026");
    expect(placeDateLine("Sơn La", "2026-02-15")).toBe("Sơn La, ngày 15 tháng 02 năm 2026");
  });

  it("parses what clerks type and refuses impossible dates", () => {
    expect(parseDateVn("3/3/2026")).toEqual({ ok: true, iso: "2026-03-03" });
    expect(parseDateVn("14-03-2026")).toEqual({ ok: true, iso: "2026-03-14" });
    expect(parseDateVn("29/02/2028")).toEqual({ ok: true, iso: "2028-02-29" });
    expect(parseDateVn("29/02/2026")).toEqual({ ok: false, message: "Không có ngày 29/2/2026." });
    expect(parseDateVn("31/4/2026")).toEqual({ ok: false, message: "Không có ngày 31/4/2026." });
    expect(parseDateVn("2026-03-14").ok).toBe(false);
    expect(parseDateVn("14/3/1999")).toEqual({ ok: false, message: "Năm phải trong khoảng 2000–2100." });
  });
});
