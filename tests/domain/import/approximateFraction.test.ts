/**
 * «… chiếm khoảng 2/3 số hồ sơ tiếp nhận»: an approximation word before a fraction estimates the whole share, so its
 * denominator is no exact count either (vetoText.ts isApproximate). The desk's sentence in other words than the
 * held-out report's.
 */
import { readFields } from "../../support/readFields";

const TITLE = "VĂN PHÒNG UBND TỈNH\nBÁO CÁO\nKết quả thực hiện dân chủ ở cơ sở quý II năm 2026\n\n";
const desk = (share: string) =>
  TITLE +
  "3. Cải cách hành chính\n" +
  `Bộ phận Một cửa của Văn phòng trong quý đã nhận và giải quyết hồ sơ đúng quy định; hồ sơ chứng thực chiếm ${share} số hồ sơ tiếp nhận, còn lại là hồ sơ hành chính khác.\n`;

describe("an approximate fraction: neither of its numbers is a count (vetoText.ts)", () => {
  it("«khoảng 3/4 số hồ sơ tiếp nhận», «gần 1/2 …»: the desk's received count is not read", () => {
    expect(readFields(desk("khoảng 3/4"), "motCuaVp.tiepNhan")).toEqual(["-"]);
    expect(readFields(desk("gần 1/2"), "motCuaVp.tiepNhan")).toEqual(["-"]);
  });

  it("ordinary: an exact fraction «45/60 hồ sơ» still gives its whole as the count received", () => {
    const text = TITLE + "3. Cải cách hành chính\nBộ phận Một cửa của Văn phòng đã giải quyết 45/60 hồ sơ tiếp nhận trong quý.\n";
    expect(readFields(text, "motCuaVp.tiepNhan")).toEqual(["60"]);
  });
});
