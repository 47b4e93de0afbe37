/**
 * A public-service unit's staff quota by the law's name, «số lượng người làm việc» (Nghị định 106/2020/NĐ-CP «về vị
 * trí việc làm và số lượng người làm việc trong đơn vị sự nghiệp công lập», beside Nghị định 62/2020/NĐ-CP «về vị
 * trí việc làm và biên chế công chức»), read as the form's «biên chế sự nghiệp» (words.ts). A Kon Tum clerk's words.
 */
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { boundValue, byLabel } from "../../support/recognized";
import { REPORT } from "../../support/forms";

const STAFF = "I. ĐẶC ĐIỂM, TÌNH HÌNH\n";
const quota = (text: string) => boundValue(recognizeFigures(`${STAFF}${text}\n`, REPORT).get(byLabel("Biên chế sự nghiệp được giao").id));

describe("the units' quota named as the law names it", () => {
  it("«số lượng người làm việc trong đơn vị sự nghiệp công lập được giao 27»", () => {
    expect(quota("Năm 2026 Văn phòng được giao 61 biên chế công chức, hiện có 57; số lượng người làm việc trong đơn vị sự nghiệp công lập được giao 27, hiện có 25.")).toBe("27");
  });
  it("«số lượng người làm việc được giao là 19» after the civil servants' quota", () => {
    expect(quota("Biên chế công chức được giao 48, có mặt 45; số lượng người làm việc được giao là 19, có mặt 18; hợp đồng lao động 07 người.")).toBe("19");
  });
  it("«số người làm việc được giao 31, có mặt 29» shortened, after the civil servants' quota", () => {
    expect(quota("Biên chế năm 2026: công chức được giao 40, có mặt 38; số người làm việc được giao 31, có mặt 29; hợp đồng lao động 04.")).toBe("31");
  });
  it("near-match: «số người làm việc tại bộ phận một cửa» is no quota", () => {
    expect(quota("Biên chế công chức được giao 40, có mặt 38. Số người làm việc tại bộ phận một cửa: 05.")).toBeNull();
  });
  it("near-match: people working at the one-stop desk are no quota", () => {
    expect(quota("Bộ phận một cửa của Văn phòng hiện có 06 người làm việc thường xuyên.")).toBeNull();
  });
});
