/**
 * The monthly form's wording (src/forms/tiep-cong-dan-thang.form.json): a heading that names the month compared with
 * («6. So sánh với tháng 10/2026», the line ending there) gives «Tháng so sánh». In other words than monthly 196,
 * which showed the way.
 */
import { builtInDefinition } from "../../support/forms";
import { boundByLabel } from "../../support/recognized";

const monthly = builtInDefinition("tiep-cong-dan-thang");
const head = "UBND TỈNH GIA LAI\nTHANH TRA TỈNH\n\nBÁO CÁO\nKết quả tiếp công dân tháng 6/2026\n\n1. Tổng hợp chung\n- Tổng số: 58 lượt/73 người.\n";

describe("a heading naming the month compared with", () => {
  it("gives the month, the line ending with it", () => {
    const text = `${head}5. So sánh với tháng 5/2026\n- Tháng 5/2026: 61 lượt/80 người.\n- Số lượt giảm 03 lượt; số người giảm 07 người.\n`;
    expect(boundByLabel(text, monthly)("Tháng so sánh (tháng trước)")).toBe("5/2026");
  });

  it("gives nothing when the month is not the heading's end, nor when no month is named", () => {
    const inSentence = `${head}Việc so sánh với tháng 5/2026 cho thấy số lượt giảm do mưa lũ.\n`;
    expect(boundByLabel(inSentence, monthly)("Tháng so sánh (tháng trước)")).toBeNull();
    const none = `${head}5. So sánh với tháng trước\n- Số lượt giảm 03 lượt; số người giảm 07 người.\n`;
    expect(boundByLabel(none, monthly)("Tháng so sánh (tháng trước)")).toBeNull();
  });
});
