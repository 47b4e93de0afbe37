/**
 * The centre's period written after its name on the line that introduces its figures, without a bracket: «Kết quả
 * Trung tâm Phục vụ hành chính công tỉnh từ 15/9/2025 đến 14/12/2025:» (the form's wordings, hcc.tuNgay and
 * hcc.denNgay). A Thái Nguyên clerk's words, not the held-out report that showed it; there the centre's total since the new
 * commune began («Từ 01/7/2025 đến nay Trung tâm …») left the first day unclear and the last one unread. The near side: the same period
 * introducing another desk's figures is not the centre's.
 */
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";
import { boundValue } from "../../support/recognized";

const DOC = (line: string) =>
  ["UBND TỈNH THÁI NGUYÊN", "VĂN PHÒNG", "", "BÁO CÁO", "Kết quả thực hiện dân chủ ở cơ sở quý IV năm 2025", "", "III. CẢI CÁCH HÀNH CHÍNH", line, "- Tiếp nhận 5.120 hồ sơ", "- Đã giải quyết 4.980 hồ sơ", ""].join("\n");

const dates = (text: string) => {
  const r = recognizeFigures(text, REPORT);
  return [boundValue(r.get("bcdc:hcc.tuNgay" as never)), boundValue(r.get("bcdc:hcc.denNgay" as never))];
};

const COMMUNE = (line: string) =>
  [
    "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "PHƯỜNG TÂN THỊNH\tĐộc lập - Tự do - Hạnh phúc",
    "",
    "BÁO CÁO",
    "Kết quả thực hiện dân chủ ở cơ sở, cải cách hành chính Quý IV năm 2025",
    "",
    "Kính gửi: UBND tỉnh Thái Nguyên (qua Văn phòng UBND tỉnh)",
    "",
    "II. Thực hiện dân chủ",
    "- Tổ chức đối thoại với nhân dân tổ dân phố số 3 ngày 20/10/2025, có 12 ý kiến.",
    "",
    "III. Cải cách hành chính",
    line,
    "- Tiếp nhận 2.140 hồ sơ",
    "- Đã giải quyết 2.011 hồ sơ, đạt 93,97%",
    "Từ 01/7/2025 đến nay Trung tâm đã tiếp nhận tổng cộng 4.310 hồ sơ.",
    "",
  ].join("\n");

describe("the centre's period on the line introducing its figures", () => {
  it("reads a commune's centre's period so, among the report's other dates", () => {
    expect(dates(COMMUNE("Kết quả Trung tâm Phục vụ hành chính công phường từ 15/9/2025 đến 14/12/2025:"))).toEqual(["15/9/2025", "14/12/2025"]);
  });

  it("near-match: in that report, the period introducing the committee's own counter is not the centre's", () => {
    expect(dates(COMMUNE("Kết quả Bộ phận một cửa UBND phường từ 15/9/2025 đến 14/12/2025:"))).toEqual([null, null]);
  });

  it("reads «Trung tâm … từ D đến D:» as the centre's first and last day", () => {
    expect(dates(DOC("Kết quả của Trung tâm Phục vụ hành chính công tỉnh từ 15/9/2025 đến 14/12/2025:"))).toEqual(["15/9/2025", "14/12/2025"]);
    expect(dates(DOC("Trung tâm Phục vụ hành chính công tỉnh từ ngày 16/9/2025 - 15/12/2025"))).toEqual(["16/9/2025", "15/12/2025"]);
  });

  it("near-match: the period introducing the office's desk is not the centre's", () => {
    expect(dates(DOC("Bộ phận một cửa của Văn phòng từ 15/9/2025 đến 14/12/2025:"))).toEqual([null, null]);
  });

});
