/**
 * Texts far past any real report: the engine answers (linear passes, no argument spread over occurrences) or the
 * pane refuses with the limit in Vietnamese, never a stack overflow. The timing side is scripts/bench/textScale.ts.
 */
import { LimitError, MAX_TEXT_LINES } from "../../../src/domain/limits";
import { checkText } from "../../../src/domain/import/paneCheck";
import { planBinding } from "../../../src/domain/import/paneBinding";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";

const STAFF = "Công chức được giao là 55, đang thực hiện 46";
const lines = (n: number, line: (i: number) => string) => Array.from({ length: n }, (_, i) => line(i));

describe("huge texts", () => {
  it("recognises a figure written on each of 200,000 lines without overflowing the stack", () => {
    const text = lines(200_000, () => STAFF).join("\n");
    const recognition = recognizeFigures(text, REPORT).get("bcdc:bienChe.congChucGiao");
    expect(recognition?.state).toBe("bound");
    expect(recognition?.state === "bound" && recognition.occurrences.length).toBe(200_000);
  });

  it("refuses past the line limit in Vietnamese, in «Kiểm tra văn bản» and «Nhận diện số liệu»", () => {
    const paragraphs = lines(MAX_TEXT_LINES + 1, (i) => `${(i % 9) + 1}. Mục`);
    const refusal = "Văn bản có hơn 100.000 dòng (đoạn), quá giới hạn mà tiện ích kiểm tra được; hãy tách văn bản thành nhiều phần.";
    expect(() => checkText(paragraphs, { quarter: 1, year: 2026 })).toThrow(new LimitError(refusal));
    expect(() => planBinding({ paragraphs, controls: [] }, REPORT)).toThrow(refusal);
  });

  it("checks exactly the line limit, the same document cited on every line grouped into one problem", () => {
    const paragraphs = lines(MAX_TEXT_LINES, (i) => `Theo Nghị định số 59/2023/NĐ-CP ngày ${(i % 2) + 14}/8/2023 của Chính phủ.`);
    const items = checkText(paragraphs, { quarter: 1, year: 2026 });
    const conflict = items.find((item) => item.key.startsWith("citation.conflict"));
    expect(conflict?.lines).toHaveLength(MAX_TEXT_LINES);
  });
});
