/**
 * Held-out 413's way of writing who attends a political-theory course by the course's grade: «lý luận chính trị: cử
 * nhân 01, cao cấp 22, trung cấp 27; đang học cao cấp 02». A synonym reading «đang (theo) học (lớp) cao/trung cấp»
 * as the political-theory course was taken back when merging: it also made «Đang học trung cấp: 01» under «Bồi dưỡng
 * ngoại ngữ, tin học» a political-theory count (numberedHeadingLead.test.ts). It needs the line's own «lý luận chính
 * trị» lead to be safe. A grade held is still no one attending.
 */
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { syllables } from "../../../src/domain/import/meaning/words";
import { REPORT } from "../../support/forms";
import { boundValue, byLabel } from "../../support/recognized";

const DANG_HOC = byLabel("Đang học lý luận chính trị").id;
const report = (staff: string) =>
  [
    "VĂN PHÒNG UBND TỈNH AN GIANG",
    "BÁO CÁO",
    "Kết quả thực hiện dân chủ ở cơ sở quý II năm 2026",
    "I. TÌNH HÌNH CHUNG",
    `Công chức cơ quan: tiến sĩ 03, thạc sĩ 31, đại học 34; lý luận chính trị: cử nhân 01, ${staff}`,
    "II. KẾT QUẢ",
    "Trong quý, Văn phòng tổ chức 02 hội nghị.",
  ].join("\n");

describe("the course attended, named by its grade", () => {
  it("a grade held is no one attending", () => {
    expect(boundValue(recognizeFigures(report("cao cấp 22, trung cấp 27; học xong cao cấp 02."), REPORT).get(DANG_HOC))).toBeNull();
    expect(syllables("đã học cao cấp")).toEqual(["đã", "học", "cao", "cấp"]);
  });
});
