/**
 * A bracket of words right after a count and its unit says what the count is for when it is a short name
 * («01 cá nhân (phong trào phòng cháy, chữa cháy)»); a long one (over 60 characters) lists what was counted, a note
 * on the contents: «tiếp nhận 48 hồ sơ (cấp phép hoạt động trong phạm vi bảo vệ công trình thủy lợi, phê duyệt
 * phương án ứng phó thiên tai)». Its many words had made the count look like other figures' (meaning/brackets.ts).
 */
import { findNumbers } from "../../../src/domain/import/numbers";
import { findCandidates } from "../../../src/domain/import/meaning/candidates";
import { describeBrackets } from "../../../src/domain/import/meaning/brackets";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";
import { boundValue, byLabel } from "../../support/recognized";

const near = (text: string, value: string, word: string) => {
  const found = findCandidates(text, findNumbers(text), [], false);
  describeBrackets(text, found);
  return found.find((c) => c.token.text === value)?.near.get(word) ?? 0;
};

describe("a long bracket after a count is a note, a short one its name", () => {
  it("a short bracket's words describe the count", () => {
    expect(near("khen thưởng 01 cá nhân (phong trào phòng cháy, chữa cháy)", "01", "cháy")).toBe(1);
  });

  it("near-match: a bracket over 60 characters lends the count none of its words", () => {
    expect(near("tiếp nhận 48 hồ sơ (cấp phép hoạt động trong phạm vi bảo vệ công trình thủy lợi, phê duyệt phương án ứng phó thiên tai)", "48", "thiên")).toBe(0);
  });

  it("binds the desk's dossiers whose contents are listed in a long bracket", () => {
    const text = [
      "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
      "CHI CỤC THỦY LỢI",
      "",
      "BÁO CÁO",
      "Kết quả thực hiện dân chủ ở cơ sở quý II năm 2026",
      "III. CẢI CÁCH HÀNH CHÍNH",
      "Chi cục giải quyết thủ tục hành chính lĩnh vực đê điều: tiếp nhận 52 hồ sơ (cấp phép hoạt động trong phạm vi bảo vệ đê điều, phê duyệt phương án ứng phó thiên tai); đã giải quyết 50 hồ sơ (96,15%); đang giải quyết 02 hồ sơ (3,85%).",
      "",
    ].join("\n");
    const r = recognizeFigures(text, REPORT);
    expect(boundValue(r.get(byLabel("Hồ sơ tiếp nhận (một cửa Văn phòng)").id))).toBe("52");
    expect(boundValue(r.get(byLabel("Hồ sơ đã giải quyết, trả kết quả").id))).toBe("50");
  });
});
