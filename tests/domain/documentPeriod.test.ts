import { periodFromTexts, periodFromTitle } from "../../src/domain/documentPeriod";
import { periodName } from "../../src/domain/periodKinds";
import { REPORT } from "../support/forms";

describe("periodFromTexts (period fields found by formula, not by id)", () => {
  it("reads the quarter in Roman numerals and the year", () => {
    expect(periodFromTexts(REPORT, { "bcdc:ky.quy": "I", "bcdc:ky.nam": "2026" })).toEqual({ quarter: 1, year: 2026 });
    expect(periodFromTexts(REPORT, { "bcdc:ky.quy": " iv ", "bcdc:ky.nam": "2025" })).toEqual({ quarter: 4, year: 2025 });
  });

  it("reads the reference report's title controls: quý I, quý sau II năm 2026", () => {
    expect(periodFromTexts(REPORT, { "bcdc:ky.quy": "I", "bcdc:ky.quySau": "II", "bcdc:ky.namQuySau": "2026" })).toEqual({ quarter: 1, year: 2026 });
    expect(periodFromTexts(REPORT, { "bcdc:ky.quySau": "I", "bcdc:ky.namQuySau": "2027" })).toEqual({ quarter: 4, year: 2026 });
    expect(periodFromTexts(REPORT, { "bcdc:ky.quy": "IV", "bcdc:ky.namQuySau": "2027" })).toEqual({ quarter: 4, year: 2026 });
  });

  it("reads the cut-off dates of Nghị định 09/2019", () => {
    expect(periodFromTexts(REPORT, { "bcdc:ky.denNgay": "14/3/2026" })).toEqual({ quarter: 1, year: 2026 });
    expect(periodFromTexts(REPORT, { "bcdc:ky.tuNgay": "15/12/2025" })).toEqual({ quarter: 1, year: 2026 });
    expect(periodFromTexts(REPORT, { "bcdc:ky.tuNgay": "15/6/2026" })).toEqual({ quarter: 3, year: 2026 });
  });

  it("gives nothing when the controls say too little or cannot be read", () => {
    expect(periodFromTexts(REPORT, { "bcdc:ky.quy": "I" })).toBeNull();
    expect(periodFromTexts(REPORT, { "bcdc:ky.quy": "V", "bcdc:ky.nam": "2026" })).toBeNull();
    expect(periodFromTexts(REPORT, { "bcdc:ky.quy": "II", "bcdc:ky.nam": "26" })).toBeNull();
    expect(periodFromTexts(REPORT, { "bcdc:ky.denNgay": "14/2/2026" })).toBeNull();
  });
});

describe("periodFromTitle", () => {
  it("gives the year to the quarter it follows", () => {
    expect(periodFromTitle(REPORT, ["BÁO CÁO", "Kết quả thực hiện công tác dân chủ quý I; Nhiệm vụ trọng tâm quý II năm 2026"])).toEqual({ quarter: 1, year: 2026 });
    expect(periodFromTitle(REPORT, ["Kết quả quý IV; nhiệm vụ trọng tâm quý I năm 2027"])).toEqual({ quarter: 4, year: 2026 });
  });

  it("reads «quý III năm 2025» and «quý II/2026»", () => {
    expect(periodFromTitle(REPORT, ["Báo cáo công tác dân chủ quý III năm 2025"])).toEqual({ quarter: 3, year: 2025 });
    expect(periodFromTitle(REPORT, ["Báo cáo quý II/2026"])).toEqual({ quarter: 2, year: 2026 });
  });

  it("gives nothing for a text without a quarter", () => {
    expect(periodFromTitle(REPORT, ["Báo cáo năm 2026", ""])).toBeNull();
  });

  it("names a period", () => {
    expect(periodName({ quarter: 4, year: 2026 })).toBe("quý IV năm 2026");
  });
});
