/**
 * «DCCS» is «dân chủ ở cơ sở» (the Luật Thực hiện dân chủ ở cơ sở 2022 by its initials), one reading in any office's
 * report, as «QCDC» is «quy chế dân chủ» (meaning/abbreviations.json): «Kiểm tra thực hiện DCCS: 03 phòng» in a plan
 * is the units to be inspected on democracy at the grassroots. Another short form there («CCHC», administrative
 * reform) is not.
 */
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";
import { boundValue, byLabel } from "../../support/recognized";

const PLAN = ["UBND TỈNH BÌNH ĐỊNH", "TRUNG TÂM LƯU TRỮ LỊCH SỬ", "", "BÁO CÁO", "Kết quả thực hiện dân chủ ở cơ sở quý II năm 2026", "", "I. TỔ CHỨC", "Trung tâm có 03 phòng chuyên môn.", "II. KẾ HOẠCH QUÝ III", ""].join("\n");
const inspected = (line: string) => boundValue(recognizeFigures(`${PLAN}${line}\n`, REPORT).get(byLabel("Số đơn vị dự kiến kiểm tra việc thực hiện dân chủ").id));

describe("«DCCS» in a plan's line", () => {
  it("reads «Kiểm tra thực hiện DCCS: 03 phòng» as the units to be inspected", () => {
    expect(inspected("- Kiểm tra thực hiện DCCS: 03 phòng.")).toBe("03");
  });
  it("near-match: «Kiểm tra thực hiện CCHC: 03 phòng» (administrative reform) is not", () => {
    expect(inspected("- Kiểm tra thực hiện CCHC: 03 phòng.")).toBeNull();
  });
});
