/**
 * A compiler's note that a figure was changed «sửa từ 39 thành 41» names the value the change starts from: that one is
 * replaced, nobody's figure now; the one it was changed to, and the figure stated in the body, still stand.
 * Another clerk's words than the held-out report's.
 */
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";
import { shown } from "../../support/recognitionShown";

const HEAD = "VĂN PHÒNG UBND TỈNH\nBÁO CÁO\nKết quả thực hiện dân chủ ở cơ sở quý II năm 2026\n\nI. TÌNH HÌNH CHUNG\n";
const masters = (body: string) => shown(recognizeFigures(`${HEAD}${body}\n`, REPORT).get("bcdc:trinhDo.thacSi"));

describe("the value a change starts from", () => {
  it("is no rival to the figure the body states", () => {
    expect(masters("- Trình độ (cơ quan Sở): tiến sĩ 02; thạc sĩ, bác sĩ chuyên khoa cấp II 41; đại học 57.\n\nGhi chú của người tổng hợp: Số thạc sĩ sửa từ 39 thành 41; số đại học giữ nguyên.")).toBe("41");
    expect(masters("- Trình độ (cơ quan Sở): tiến sĩ 02; thạc sĩ, bác sĩ chuyên khoa cấp II 41; đại học 57.\n\nGhi chú: đã điều chỉnh lại từ 39 xuống 41 thạc sĩ theo danh sách của Phòng Tổ chức.")).not.toMatch(/39/u);
  });
  it("while the value it was changed to is no replaced one", () => {
    expect(masters("- Trình độ chuyên môn: tiến sĩ 02; thạc sĩ 41; đại học 57.\n\nGhi chú của người tổng hợp: Số thạc sĩ đã sửa từ 39 thành 41 theo ý kiến Lãnh đạo.")).toBe("41");
  });
});
