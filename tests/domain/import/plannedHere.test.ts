/**
 * A figure planned for the report's own period takes nothing from the next period's tasks when the body states it
 * (meaning/plannedHere.ts); the closing part is read for it only when the body does not. Other clerks' words than
 * the held-out report that showed it.
 */
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";
import { boundValue, byLabel } from "../../support/recognized";

const head = "UBND TỈNH QUẢNG TRỊ\nVĂN PHÒNG\nSố: 88/BC-VP\n\nBÁO CÁO\nKết quả thực hiện dân chủ trong hoạt động của cơ quan quý III năm 2026\n\nII. KẾT QUẢ\n1. Công tác kiểm tra\n";
const closing = "III. PHƯƠNG HƯỚNG QUÝ IV NĂM 2026\n1. Hoàn thành kiểm tra việc thực hiện dân chủ tại 01 đơn vị còn lại.\n";
const LABEL = "Số đơn vị dự kiến kiểm tra việc thực hiện dân chủ";
const places = (text: string) => {
  const r = recognizeFigures(text, REPORT).get(byLabel(LABEL).id)!;
  return (r.state === "bound" ? r.occurrences : r.state === "ambiguous" ? r.candidates : []).map((o) => o.text);
};

describe("a figure planned for this period, stated in the body", () => {
  it("takes nothing from the next period's tasks", () => {
    const text = `${head}Văn phòng ban hành Kế hoạch số 77/KH-VP ngày 08/7/2026 kiểm tra việc thực hiện dân chủ tại 03 đơn vị trực thuộc (Trung tâm Tin học và Nhà khách tỉnh).\n${closing}`;
    expect(boundValue(recognizeFigures(text, REPORT).get(byLabel(LABEL).id))).not.toBe("01");
    expect(places(text)).toContain("03");
  });

  it("near-match: stated only in the closing part, it is read there", () => {
    const text = `${head}Văn phòng duy trì nền nếp kiểm tra.\n${closing}`;
    expect(boundValue(recognizeFigures(text, REPORT).get(byLabel(LABEL).id))).toBe("01");
  });
});
