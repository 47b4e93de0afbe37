/**
 * An outline's copied request with its example (meaning/outlineExamples.ts): the example «ví dụ: «… 05 cá nhân»» is
 * the outline's invented answer, no figure of the report; the answer under it is. The other side: a «ví dụ» in the
 * report's own sentence, no request quoted before it, is the report's own instance and keeps its figure.
 */
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { withoutOutlineExamples } from "../../../src/domain/import/meaning/outlineExamples";
import { REPORT } from "../../support/forms";
import { boundByLabel, byLabel } from "../../support/recognized";

const AWARDS = "Cá nhân đề nghị Thủ tướng tặng Bằng khen";
const MASTERS = "Thạc sĩ";

describe("the example an outline's request gives", () => {
  it("is blank through its bracket's end, one character for one", () => {
    const line = "[Yêu cầu: Số cá nhân được khen. Ví dụ: «Bằng khen: 05 cá nhân».]";
    const read = withoutOutlineExamples(line);
    expect(read).toHaveLength(line.length);
    expect(read).not.toContain("05");
    expect(read.endsWith("]")).toBe(true);
    expect(read).not.toContain("Ví dụ");
    expect(withoutOutlineExamples("Yêu cầu 1.2: Trình độ (ví dụ: «Thạc sĩ: 27»). Xem thêm 3")).toContain("). Xem thêm 3");
  });

  it("is no figure: an answer that gives none leaves the field unbound", () => {
    const text = ["II. KẾT QUẢ", "(Mục II.4 Đề cương: Thi đua, khen thưởng; ví dụ: «đề nghị Thủ tướng Chính phủ tặng Bằng khen cho 02 cá nhân».)", "Trả lời:", "- Đề nghị Thủ tướng Chính phủ tặng Bằng khen: (chưa có số liệu, sẽ bổ sung sau).", ""].join("\n");
    expect(recognizeFigures(text, REPORT).get(byLabel(AWARDS).id)?.state).not.toBe("bound");
  });

  it("leaves the answer under it alone, not unclear beside the example", () => {
    const text = ["I. ĐẶC ĐIỂM, TÌNH HÌNH", "Yêu cầu 1.2: Trình độ chuyên môn, lý luận chính trị (ví dụ: «Thạc sĩ: 27»).", "→ Tiến sĩ: 01; Thạc sĩ: 29; Đại học: 41.", ""].join("\n");
    expect(boundByLabel(text, REPORT)(MASTERS)).toBe("29");
  });

  it("near-miss: «ví dụ» in the report's own sentence keeps its number", () => {
    const line = "Một số phòng có trình độ cao, ví dụ: Thạc sĩ: 27 người.";
    expect(withoutOutlineExamples(line)).toBe(line);
  });
});
