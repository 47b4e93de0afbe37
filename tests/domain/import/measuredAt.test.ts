/**
 * A measure word before its unit (meaning/measureWords.ts): what the number before it counts, read from the words
 * written side by side after the number. Minimal phrases, on both sides.
 */
import { measuredAt, measuredToo } from "../../../src/domain/import/meaning/measureWords";

/** What the first number of `text` counts through a measure word, or null. */
function counts(text: string): string | null {
  const number = /\d[\d.,]*/.exec(text)!;
  return measuredAt(text, number.index + number[0].length)?.unit ?? null;
}

describe("a measure word written with its unit", () => {
  it("counts the unit: people, delegations, files", () => {
    expect(counts("tiếp 12 lượt người")).toBe("người");
    expect(counts("có 03 lượt đoàn đông người")).toBe("đoàn");
    expect(counts("tiếp nhận 415 lượt hồ sơ")).toBe("hồ sơ");
    expect(counts("tiếp nhận 2.310 bộ hồ sơ")).toBe("hồ sơ");
  });

  it("never across a slash or a comma, nor a measure word in capitals, nor «lượt» alone", () => {
    expect(counts("tiếp 40 lượt/52 người")).toBeNull();
    expect(counts("tiếp 40 lượt, 52 người")).toBeNull();
    expect(counts("phối hợp với 03 Bộ hồ sơ")).toBeNull();
    expect(counts("tiếp 40 lượt trong tháng")).toBeNull();
    expect(counts("công bố 02 bộ thủ tục hành chính")).toBeNull();
  });

  it("the part of a fraction counts what its whole counts", () => {
    expect(counts("giải quyết 31/35 lượt hồ sơ")).toBe("hồ sơ");
    expect(counts("giải quyết 31/35 hồ sơ")).toBeNull();
  });
});

describe("«bộ» alone after its paragraph said «bộ hồ sơ»", () => {
  it("counts files when only the clause goes on after it", () => {
    const text = "Nhận 900 bộ hồ sơ; xong 850 bộ và còn 50 bộ đang giải quyết.";
    expect(measuredAt(text, text.indexOf("850") + 3)?.unit).toBe("hồ sơ");
    expect(measuredAt(text, text.indexOf("50 bộ đang") + 2)?.unit).toBe("hồ sơ");
  });

  it("not where the paragraph never said it, nor before another noun, nor on the next paragraph", () => {
    expect(counts("xong 850 bộ, còn lại đang xử lý")).toBeNull();
    const noun = "Nhận 900 bộ hồ sơ; soạn 12 bộ câu hỏi.";
    expect(measuredAt(noun, noun.indexOf("12") + 2)).toBeNull();
    const lines = "Nhận 900 bộ hồ sơ.\nXong 850 bộ.";
    expect(measuredAt(lines, lines.indexOf("850") + 3)).toBeNull();
  });
});

it("a wording's figure takes its unit's measure words; another figure's unit is left as written", () => {
  expect(measuredToo("tiếp nhận {N} hồ sơ")).toBe("tiếp nhận {N} (?:lượt |bộ )?hồ sơ");
  expect(measuredToo("có {N} đoàn đông người")).toBe("có {N} (?:lượt )?đoàn đông người");
  expect(measuredToo("nhận {n} hồ sơ")).toBe("nhận {n} hồ sơ");
});
