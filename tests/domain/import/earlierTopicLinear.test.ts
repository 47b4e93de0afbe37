/**
 * The earlier-period topic after a «;» (vetoEarlier.ts earlierTopic) looks for the «;» inside the number's sentence
 * only. It used to search back through the whole text (lastIndexOf from the number), so in a text without «;» every
 * number walked to the text's start: recognition was quadratic in the text's length (hugeText.test.ts's 200,000
 * lines took ~1,100 s). The cost of one number must not depend on how much text stands before its sentence.
 */
import { earlierTopic } from "../../../src/domain/import/meaning/vetoEarlier";

const LINE = "Công chức được giao là 55, đang thực hiện 46";

/** The fastest of a few rounds of `calls` calls, in ms (the fastest: the machine is shared and busy). */
function fastest(run: () => unknown, calls: number): number {
  let best = Infinity;
  for (let round = 0; round < 5; round++) {
    const started = performance.now();
    for (let i = 0; i < calls; i++) run();
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

describe("earlierTopic after a «;»", () => {
  it("reads the clause after the sentence's last «;», and no «;» before the sentence", () => {
    const joined = "Lũy kế 11 tháng tiếp 398 lượt; cùng kỳ tháng 11/2025 tiếp 44 lượt.";
    expect(earlierTopic(joined, 0, joined.indexOf("44"))).toBe(true);
    expect(earlierTopic(joined, 0, joined.indexOf("398"))).toBe(false);
    const before = "Ghi chú; cùng kỳ.\nTiếp 44 lượt.";
    expect(earlierTopic(before, before.indexOf("Tiếp"), before.indexOf("44"))).toBe(false);
  });

  it("costs a number on the 40,000th line of a text without «;» what it costs on the first", () => {
    const lines = 40_000;
    const text = Array.from({ length: lines }, () => LINE).join("\n");
    const first = { from: 0, start: LINE.indexOf("46") };
    const lastFrom = (lines - 1) * (LINE.length + 1);
    const last = { from: lastFrom, start: lastFrom + LINE.indexOf("46") };
    expect(text.slice(last.start, last.start + 2)).toBe("46");
    const calls = 300;
    // Interleaved warm-up so that both run JIT-compiled code.
    fastest(() => earlierTopic(text, first.from, first.start) && earlierTopic(text, last.from, last.start), 50);
    const near = fastest(() => earlierTopic(text, first.from, first.start), calls);
    const far = fastest(() => earlierTopic(text, last.from, last.start), calls);
    // The same work for both: about 1×. The walk back through 1.8 M characters made it hundreds of times more (about
    // 1 ms a call). Generous, for a busy machine: 20× and 5 ms on top.
    expect(far).toBeLessThan(20 * near + 5);
  });
});
