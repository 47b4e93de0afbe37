/**
 * A sentence that opens with its comparison and then names the report's own period (meaning/vetoEarlier.ts
 * earlierTopic): «So với cùng kỳ năm 2025 (02 cá nhân) tăng 02 cá nhân, trong quý Văn phòng … cho 04 cá nhân» states
 * this quarter's 04; the earlier period is what it is compared with, no topic of the sentence.
 */
import { earlierTopic } from "../../../src/domain/import/meaning/vetoEarlier";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";
import { boundValue } from "../../support/recognized";

function earlier(sentence: string, number: string): boolean {
  const at = sentence.indexOf(number);
  return earlierTopic(sentence, 0, at);
}

describe("a comparison opening the sentence, then the report's own period", () => {
  it("reads the figure after «, trong quý» as this period's", () => {
    expect(earlier("So với cùng kỳ năm 2025 (02 cá nhân) tăng 02 cá nhân, trong quý Văn phòng đề nghị tặng Bằng khen cho 04 cá nhân.", "04 cá nhân.")).toBe(false);
    expect(earlier("- So với cùng kỳ năm trước tăng 5 cuộc, trong quý đã tổ chức 17 cuộc họp giao ban.", "17")).toBe(false);
  });

  it("near-miss: an earlier period as the topic, or the own period only inside the basis's bracket, stays earlier", () => {
    expect(earlier("Cùng kỳ năm 2025, trong quý Văn phòng tổ chức 14 cuộc họp giao ban.", "14")).toBe(true);
    expect(earlier("So với cùng kỳ năm trước (trong quý III/2025: 45 hồ sơ) tiếp nhận 50 hồ sơ.", "50")).toBe(true);
    expect(earlier("So với quý trước, trong quý trước Văn phòng tổ chức 12 cuộc.", "12")).toBe(true);
  });

  it("binds the quarter's award beside its comparison with last year", () => {
    const text =
      "VĂN PHÒNG UBND TỈNH\n\nBÁO CÁO\nKết quả thực hiện công tác dân chủ quý III năm 2026\n\n4. Công tác thi đua, khen thưởng\nSo với cùng kỳ năm 2025 (02 cá nhân) tăng 02 cá nhân, trong quý Văn phòng đã hoàn thiện hồ sơ trình Thủ tướng Chính phủ tặng Bằng khen cho 04 cá nhân có thành tích xuất sắc.\n";
    expect(boundValue(recognizeFigures(text, REPORT).get("bcdc:khenThuong.bangKhenTTg"))).toBe("04");
  });
});
