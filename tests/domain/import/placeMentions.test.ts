/**
 * Units named in passing as where others work or where figures come from (meaning/placeMentions.ts) are not the
 * count of those units. Other clerks' sentences than held-out 75's «đang làm việc tại hai đơn vị sự nghiệp».
 */
import { mentionedInPassing } from "../../../src/domain/import/meaning/placeMentions";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";
import { boundValue, byLabel } from "../../support/recognized";

const HEAD = "I. ĐẶC ĐIỂM, TÌNH HÌNH\n";
const units = (text: string) => boundValue(recognizeFigures(`${HEAD}${text}\n`, REPORT).get(byLabel("Số đơn vị sự nghiệp").id));

describe("a count after «tại / từ / ở / của» says where, not how many", () => {
  it("the source of other figures, in digits or in words", () => {
    expect(units("Trình độ chuyên môn: 02 tiến sĩ, 15 thạc sĩ (số liệu tổng hợp từ 02 đơn vị sự nghiệp và các phòng).")).toBeNull();
    expect(units("Hợp đồng lao động 12 người (chưa tính người lao động của ba đơn vị sự nghiệp).")).toBeNull();
  });

  it("the units stated as the office's own, and the units a figure's own verb acts at, are still read", () => {
    expect(units("Văn phòng có 04 phòng chuyên môn và 02 đơn vị sự nghiệp: Nhà khách Tỉnh ủy, Trung tâm Thông tin.")).toBe("02");
    const inspected = recognizeFigures(`${HEAD}Quý tới, Văn phòng kiểm tra việc thực hiện dân chủ tại 03 đơn vị trực thuộc.\n`, REPORT);
    expect(boundValue(inspected.get(byLabel("Số đơn vị dự kiến kiểm tra việc thực hiện dân chủ").id))).toBe("03");
  });

  it("by the clause before the preposition", () => {
    const text = "hiện có 30 viên chức đang làm việc tại hai đơn vị sự nghiệp";
    expect(mentionedInPassing(text, text.indexOf("hai"), ["sự", "nghiệp"])).toBe(true);
    const checked = "Kiểm tra thực hiện dân chủ tại 02 đơn vị";
    expect(mentionedInPassing(checked, checked.indexOf("02"), ["kiểm", "tra"])).toBe(false);
  });
});
