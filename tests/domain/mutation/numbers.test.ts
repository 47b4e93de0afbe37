/** What a clerk would type for a number found in a report's text (a hand-made mutant of inputOf survived, issue 14). */
import { findNumbers, inputOf } from "../../../src/domain/import/numbers";

describe("inputOf", () => {
  it.each([
    ["đạt 95.06%", "95,06"],
    ["đạt 95,06 %", "95,06"],
    ["đạt 95.5\u00a0%", "95,5"],
    ["đạt 100%", "100"],
    ["tiếp nhận 9 780 hồ sơ", "9.780"],
    ["tiếp nhận 9\u202f780\u202f000 hồ sơ", "9.780.000"],
    ["tiếp nhận 9.780 hồ sơ", "9.780"],
    ["có 05 người", "05"],
  ])("«%s» → «%s»", (text, input) => {
    const [token] = findNumbers(text);
    expect(token && inputOf(token)).toBe(input);
  });
});
