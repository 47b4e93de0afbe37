import { REPORT } from "../support/forms";
import { periodFromTexts } from "../../src/domain/documentPeriod";

describe("periodFromTexts", () => {
  it("reads the quarter in Roman numerals and the year from the period controls", () => {
    expect(periodFromTexts(REPORT, { "bcdc:ky.quy": "I", "bcdc:ky.nam": "2026" })).toEqual({ quarter: 1, year: 2026 });
    expect(periodFromTexts(REPORT, { "bcdc:ky.quy": " iv ", "bcdc:ky.nam": "2025" })).toEqual({ quarter: 4, year: 2025 });
  });

  it("gives nothing when either is missing or unreadable", () => {
    expect(periodFromTexts(REPORT, { "bcdc:ky.quy": "I" })).toBeNull();
    expect(periodFromTexts(REPORT, { "bcdc:ky.quy": "V", "bcdc:ky.nam": "2026" })).toBeNull();
    expect(periodFromTexts(REPORT, { "bcdc:ky.quy": "II", "bcdc:ky.nam": "26" })).toBeNull();
  });
});
