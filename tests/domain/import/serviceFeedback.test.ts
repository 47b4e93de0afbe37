/**
 * Feedback about being served is no feedback on administrative rules (src/domain/import/meaning/serviceFeedback.ts):
 * the figure «Phản ánh, kiến nghị» under the control of administrative procedures is not a count of complaints about
 * the staff's manner and the waiting; feedback on the rules, or named with them, still is.
 */
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { aboutService, countsRulesFeedback } from "../../../src/domain/import/meaning/serviceFeedback";
import { REPORT } from "../../support/forms";

const whole = (s: string) => ({ from: 0, to: s.length });
const bound = (text: string) => {
  const r = recognizeFigures(text, REPORT).get("bcdc:ksthc.soPhanAnh");
  return r?.state === "bound" ? r.occurrences.map((o) => o.text).join(" ") : r?.state ?? "";
};

describe("what a sentence's feedback is about", () => {
  it.each([
    "Trung tâm tiếp nhận 14 phản ánh, kiến nghị về thái độ phục vụ, thời gian chờ và hẹn trả kết quả; đã trả lời 14/14 phản ánh.",
    "Qua đường dây nóng, tiếp nhận 03 phản ánh về tác phong, ứng xử của công chức tại quầy.",
  ])("«%s»: the service", (s) => expect(aboutService(s, whole(s))).toBe(true));
  it.each([
    "Tiếp nhận, xử lý 27 phản ánh, kiến nghị về quy định hành chính.",
    "Tiếp nhận 05 phản ánh về thủ tục hành chính và thái độ phục vụ của công chức.",
    "Tiếp nhận, xử lý 27 phản ánh, kiến nghị của cá nhân, tổ chức.",
  ])("«%s»: not the service alone", (s) => expect(aboutService(s, whole(s))).toBe(false));
});

describe("the form's figure of feedback on the rules", () => {
  it("is the feedback counted under the control of administrative procedures, not the dialogue's opinions", () => {
    expect(countsRulesFeedback("Phản ánh, kiến nghị đã tiếp nhận và xử lý", "Kiểm soát thủ tục hành chính")).toBe(true);
    expect(countsRulesFeedback("Ý kiến đề nghị nhận được tại hội nghị đối thoại", "Đối thoại trực tiếp")).toBe(false);
  });

  it("takes no count of complaints about the service", () => {
    const text = "c) Kiểm soát thủ tục hành chính\nTrung tâm tiếp nhận 14 phản ánh, kiến nghị về thái độ phục vụ, thời gian chờ và hẹn trả kết quả; đã trả lời, xử lý 14/14 phản ánh.\n";
    expect(bound(text)).not.toMatch(/14/u);
  });

  it("takes the feedback on the rules", () => {
    const text = "c) Kiểm soát thủ tục hành chính\nVăn phòng đã tiếp nhận và xử lý 27 phản ánh, kiến nghị về quy định hành chính.\n";
    expect(bound(text)).toBe("27");
  });
});
