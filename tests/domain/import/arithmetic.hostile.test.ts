/**
 * One line of text with no full stop (audit of issue 14): every figure's sentence was the rest of the line, and the
 * arithmetic check quadratic (a 480 KB line took over five minutes, a 30 MB one, within the text limits, never
 * ended). Sentences are now looked for within 2,000 characters of a figure; the test timeout fails a relapse.
 */
import { checkArithmetic } from "../../../src/domain/import/arithmetic";

describe("arithmetic check on one line without a full stop", () => {
  it("checks a 345 KB line of received/resolved/pending counts, finding each wrong sum once", () => {
    const good = "tiếp nhận 12 hồ sơ, đã giải quyết 10 hồ sơ, đang giải quyết 2 hồ sơ; ";
    const bad = "tiếp nhận 13 hồ sơ, đã giải quyết 10 hồ sơ, đang giải quyết 2 hồ sơ; ";
    const text = Array.from({ length: 5_000 }, (_, i) => (i % 1000 === 999 ? bad : good)).join("");
    expect(text.length).toBeGreaterThan(340_000);
    const problems = checkArithmetic(text);
    expect(problems).toHaveLength(5);
    expect(problems[0]!.message).toContain("13");
  });
});
