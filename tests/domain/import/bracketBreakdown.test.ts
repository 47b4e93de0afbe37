/**
 * A bracket whose numbers add up to the count before it breaks that count down by kind (meaning/bracketBreakdown.ts):
 * its numbers count what that count counts. Feedback on procedures in a clerk's words of our own.
 */
import { brokenDownCountEnd } from "../../../src/domain/import/meaning/bracketBreakdown";
import { REPORT } from "../../support/forms";
import { boundByLabel } from "../../support/recognized";

const countBefore = (text: string, n: string) => {
  const end = brokenDownCountEnd(text, text.lastIndexOf(n));
  return end === -1 ? null : text.slice(0, end).split(" ").pop();
};

describe("a bracket breaking down the count before it", () => {
  it("parts that add up to the count, a label with commas between", () => {
    expect(countBefore("xử lý 05 phản ánh, kiến nghị về quy định hành chính (thủ tục đất đai 03, thủ tục hộ tịch 02)", "03")).toBe("05");
    expect(countBefore("tiếp nhận 1.250 hồ sơ (trực tuyến 1.000, trực tiếp 250)", "250")).toBe("1.250");
  });

  it("not when the parts do not add up, one number alone, or a clause break between", () => {
    expect(countBefore("xử lý 05 phản ánh (thủ tục đất đai 03, hộ tịch 01)", "03")).toBeNull();
    expect(countBefore("xử lý 05 phản ánh (thủ tục đất đai 03)", "03")).toBeNull();
    expect(countBefore("xử lý 05 phản ánh; ban hành quyết định (thủ tục đất đai 03, hộ tịch 02)", "03")).toBeNull();
  });

  it("a part of the feedback is no count of decisions", () => {
    const value = boundByLabel(
      "III. THỰC HIỆN DÂN CHỦ TRONG HOẠT ĐỘNG CỦA CƠ QUAN\n2. Kiểm soát thủ tục hành chính: tiếp nhận, xử lý 05 phản ánh, kiến nghị về quy định hành chính (thủ tục đăng ký đất đai 03, hộ tịch 02), đã trả lời 05/05.\n",
      REPORT,
    );
    expect(value("Quyết định công bố danh mục TTHC")).toBeNull();
  });
});
