/**
 * «III. KẾT QUẢ TIẾP CÔNG DÂN CỦA THỦ TRƯỞNG CÁC SỞ, BAN, NGÀNH TỈNH»: the words after «của» say whose the part is
 * (meaning/levelHeadings.ts); what was done, before them, is every level's. Such headings name the levels, and a
 * number under one is that level's, not the month's total. In other words than monthly 306, which showed the cause.
 */
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { builtInDefinition } from "../../support/forms";
import { boundValue } from "../../support/recognized";

const MONTHLY = builtInDefinition("tiep-cong-dan-thang");
const body = (heading: (whose: string) => string) =>
  [
    "BÁO CÁO",
    "Tình hình, kết quả công tác tiếp công dân tháng 9 năm 2026",
    "I. TỔNG HỢP CHUNG",
    "Trong tháng, các cấp đã tiếp tổng số 40 lượt công dân.",
    heading("LÃNH ĐẠO ỦY BAN NHÂN DÂN TỈNH"),
    "Lãnh đạo Ủy ban nhân dân tỉnh đã tiếp 03 lượt với 05 người.",
    heading("THỦ TRƯỞNG CÁC SỞ, BAN, NGÀNH TỈNH"),
    "Thủ trưởng các sở, ban, ngành tỉnh đã tiếp 11 lượt với 14 người, trong đó tiếp định kỳ 08 lượt, tiếp đột xuất 03 lượt.",
    heading("CHỦ TỊCH ỦY BAN NHÂN DÂN CÁC XÃ, PHƯỜNG"),
    "Chủ tịch Ủy ban nhân dân các xã, phường đã tiếp 26 lượt với 31 người.",
    "",
  ].join("\n");

describe("a level's heading that names its level after «của»", () => {
  it("keeps a level's split from the month's figures", () => {
    const numbered = ["II.", "III.", "IV."];
    let n = 0;
    const r = recognizeFigures(body((whose) => `${numbered[n++]} KẾT QUẢ TIẾP CÔNG DÂN ĐỊNH KỲ VÀ ĐỘT XUẤT CỦA ${whose}`), MONTHLY);
    expect(boundValue(r.get("tcd:tong.dinhKy"))).toBeNull();
    expect(boundValue(r.get("tcd:so.luot"))).toBe("11");
  });
});
