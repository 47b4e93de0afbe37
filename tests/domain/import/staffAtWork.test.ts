/**
 * «số công chức đang làm việc» is the staff present (words.ts), said of civil servants only; and «năm 2026» is a year
 * even when the words before it are all the next figure's (yearsAndRounded.ts isYear).
 */
import { isYear } from "../../../src/domain/import/meaning/yearsAndRounded";
import { findNumbers } from "../../../src/domain/import/numbers";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { boundValue, byLabel } from "../../support/recognized";
import { REPORT } from "../../support/forms";

const head = "UBND TỈNH PHÚ THỌ\nVĂN PHÒNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nI. ĐẶC ĐIỂM, TÌNH HÌNH\n";

describe("civil servants at work now", () => {
  it("are the civil servants present", () => {
    const r = recognizeFigures(`${head}Biên chế công chức được giao năm 2026: 92; số công chức đang làm việc tính đến ngày 14/6/2026: 87.\n`, REPORT);
    expect(boundValue(r.get(byLabel("Công chức đang thực hiện").id))).toBe("87");
  });

  it("but public servants working at two units are no staff figure", () => {
    const r = recognizeFigures(`${head}Số lượng người làm việc được giao 33; hiện có khoảng 30 viên chức đang làm việc tại hai đơn vị sự nghiệp.\n`, REPORT);
    expect(boundValue(r.get(byLabel("Biên chế sự nghiệp đang thực hiện").id))).toBeNull();
  });
});

describe("a year written after «năm»", () => {
  const year = (text: string, n: string) => {
    const t = findNumbers(text).find((x) => x.text === n)!;
    return isYear(t, [], text);
  };

  it("is a year whatever words the reading gave it", () => {
    expect(year("phục vụ Kỳ họp chuyên đề tháng 5 năm 2026 của HĐND tỉnh", "2026")).toBe(true);
  });

  it("a four-digit count after other words is not", () => {
    expect(year("tiếp nhận 2026 hồ sơ", "2026")).toBe(false);
  });
});
