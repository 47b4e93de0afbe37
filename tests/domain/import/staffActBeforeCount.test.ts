/**
 * A count a staffing act leads straight into («Điều động, bổ nhiệm 01 đồng chí Phó Chánh Văn phòng», «Bổ nhiệm 01
 * đồng chí …») counts the people that act befell: no figure of posts held (the leader holding the centre's post
 * besides) unless the figure's words name the act. Another clerk's words than the held-out report's.
 */
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";
import { shown } from "../../support/recognitionShown";

const HEAD =
  "BÁO CÁO\nKết quả thực hiện dân chủ ở cơ sở quý II năm 2026\nI. TÌNH HÌNH CHUNG\n" +
  "Văn phòng có Chánh Văn phòng và 04 Phó Chánh Văn phòng; Giám đốc Trung tâm Phục vụ hành chính công là chức danh riêng, không do Lãnh đạo Văn phòng kiêm nhiệm.\n" +
  "II. KẾT QUẢ THỰC HIỆN\n1. Công tác tổ chức cán bộ\n";
const concurrent = (line: string) => shown(recognizeFigures(`${HEAD}${line}\n`, REPORT).get("bcdc:lanhDao.kiemNhiem"));

describe("a count a staffing act leads into", () => {
  it("is not the leaders holding a second post", () => {
    expect(concurrent("- Điều động, bổ nhiệm 01 đồng chí Phó Chánh Văn phòng (nguyên Phó Giám đốc Sở Xây dựng).")).toMatch(/^[?-]$/u);
    expect(concurrent("- Bổ nhiệm 01 đồng chí Phó Chánh Văn phòng.")).toMatch(/^[?-]$/u);
  });
  it("while a deputy said to hold the post besides still is", () => {
    expect(concurrent("- 01 đồng chí Phó Chánh Văn phòng kiêm nhiệm Giám đốc Trung tâm Phục vụ hành chính công.")).toBe("01");
  });
});
