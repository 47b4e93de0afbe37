/**
 * Held-out 1342: «- Đề nghị Thủ tướng Chính phủ tặng Bằng khen: năm 2025: 09 cá nhân; quý IV: 03 cá nhân.», «+ Quyết
 * định công bố danh mục TTHC: năm 2025 … 118 Quyết định; quý IV: 37 Quyết định» left the quarter's figure unclear:
 * its label line read «quý IV» as the figure's name. A label that only names a period says whose the number is; the
 * label it stands under names what is counted.
 */
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";

const HEAD = "SỞ TƯ PHÁP\nSố: 412/BC-STP     Hà Tĩnh, ngày 19 tháng 12 năm 2025\nBÁO CÁO\nTổng kết thực hiện dân chủ ở cơ sở năm 2025 (kèm số liệu quý IV)\n\nII. KẾT QUẢ\n3. Thi đua, khen thưởng\n";

const state = (text: string, id: string) => {
  const x = recognizeFigures(text, REPORT).get(id);
  return x?.state === "bound" ? x.occurrences.map((o) => o.input) : x?.state;
};

describe("a label naming only a period", () => {
  it("leaves the figure named by the label above it", () => {
    const text = `${HEAD}- Đề nghị Thủ tướng Chính phủ tặng Bằng khen: năm 2025: 07 cá nhân; quý IV: 02 cá nhân.\n- Hoạt động của HĐND tỉnh: quý IV đề nghị khen thưởng 01 tập thể, 03 cá nhân.\n`;
    expect(state(text, "bcdc:khenThuong.bangKhenTTg")).toEqual(["02"]);
  });

  it("near-match: the year's figure beside it is never bound", () => {
    const text = `${HEAD}- Trình Thủ tướng Chính phủ tặng Bằng khen: năm 2025: 07 cá nhân.\n`;
    expect(state(text, "bcdc:khenThuong.bangKhenTTg")).not.toEqual(["07"]);
  });
});
