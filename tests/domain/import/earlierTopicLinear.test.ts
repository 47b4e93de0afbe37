/**
 * The earlier-period topic after a «;» (vetoEarlier.ts earlierTopic) looks for the «;» inside the number's sentence
 * only. It used to search back through the whole text (lastIndexOf from the number), so in a text without «;» every
 * number walked to the text's start: recognition was quadratic in the text's length (hugeText.test.ts's 200,000
 * lines took ~1,100 s). The cost of one number must not depend on how much text stands before its sentence: counted
 * as the characters it reads (tests/support/charactersRead.ts), never timed.
 */
import { earlierTopic } from "../../../src/domain/import/meaning/vetoEarlier";
import { charactersRead } from "../../support/charactersRead";

const LINE = "Công chức được giao là 55, đang thực hiện 46";

describe("earlierTopic after a «;»", () => {
  it("reads the clause after the sentence's last «;», and no «;» before the sentence", () => {
    const joined = "Lũy kế 11 tháng tiếp 398 lượt; cùng kỳ tháng 11/2025 tiếp 44 lượt.";
    expect(earlierTopic(joined, 0, joined.indexOf("44"))).toBe(true);
    expect(earlierTopic(joined, 0, joined.indexOf("398"))).toBe(false);
    const before = "Ghi chú; cùng kỳ.\nTiếp 44 lượt.";
    expect(earlierTopic(before, before.indexOf("Tiếp"), before.indexOf("44"))).toBe(false);
  });

  it("reads as many characters for a number on the 40,000th line of a text without «;» as for one on the first", () => {
    const lines = 40_000;
    const text = Array.from({ length: lines }, () => LINE).join("\n");
    const first = { from: 0, start: LINE.indexOf("46") };
    const lastFrom = (lines - 1) * (LINE.length + 1);
    const last = { from: lastFrom, start: lastFrom + LINE.indexOf("46") };
    expect(text.slice(last.start, last.start + 2)).toBe("46");
    const near = charactersRead(() => earlierTopic(text, first.from, first.start));
    const far = charactersRead(() => earlierTopic(text, last.from, last.start));
    // The number's sentence is read, a few dozen characters; the walk back through 1.8 M characters read them all.
    expect(near).toBeGreaterThan(0);
    expect(near).toBeLessThan(10 * LINE.length);
    expect(far).toBeLessThanOrEqual(2 * near + LINE.length);
  });
});
