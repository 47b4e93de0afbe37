/**
 * Whether a report names its central body short («(sau đây gọi tắt là Trung tâm)», unitSubject.ts) is the document's
 * fact: read once per document and kind, not once per number whose clause opens with a unit. Work is counted as the
 * characters read (tests/support/charactersRead.ts), never timed.
 */
import { otherUnitSubject } from "../../../src/domain/import/meaning/unitSubject";
import { charactersRead } from "../../support/charactersRead";

const OWN = ["SỞ GIÁO DỤC VÀ ĐÀO TẠO", null, null];
const LINE = "Trường Trung học phổ thông Chuyên được giao 96, có mặt 91, hợp đồng 17.";

/** Every «17» of `lines` such lines asked about, as the final demotion asks each number: what each answers and reads. */
function askEach(lines: number): { answers: boolean[]; readPerNumber: number } {
  const text = Array.from({ length: lines }, () => LINE).join("\n");
  const answers: boolean[] = [];
  const read = charactersRead(() => {
    for (let from = 0; from < text.length; from += LINE.length + 1) answers.push(otherUnitSubject(text, from, from + LINE.indexOf("17"), null, OWN));
  });
  return { answers, readPerNumber: read / lines };
}

describe("the short name of the report's central body (unitSubject.ts)", () => {
  it("still tells a school's line as another unit's, and a centre named short as the report's own", () => {
    expect(askEach(3).answers).toEqual([true, true, true]);
    const short = "Trung tâm Kỹ thuật tỉnh (sau đây gọi tắt là Trung tâm) báo cáo.\nTrung tâm Kiểm định có mặt 41, hợp đồng 17.";
    expect(otherUnitSubject(short, short.indexOf("\n") + 1, short.indexOf("17"), null, OWN)).toBe(false);
  });

  it("is read once per document: a number costs as much in a text twice as long", () => {
    const short = askEach(200);
    const long = askEach(400);
    expect(long.answers.every((a) => a)).toBe(true);
    // Each number's clause is a line; the whole text read again for each number made the cost per number double.
    expect(short.readPerNumber).toBeGreaterThan(0);
    expect(long.readPerNumber).toBeLessThan(1.2 * short.readPerNumber);
  });
});
