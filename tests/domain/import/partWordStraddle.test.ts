/**
 * «Bổ nhiệm Phó Trưởng phòng: 03 (02 Phó Trưởng phòng Bổ trợ tư pháp; 01 …)»: the bracket's parts add up to the count
 * before it, and a figure naming no room is that count. Its label «Phó Trưởng phòng được bổ nhiệm» shares the
 * syllables «phòng bổ» with «Phòng Bổ trợ», but «bổ» there begins «bổ trợ», not «bổ nhiệm»: a pair of syllables
 * names a part only when the word it runs into is the same word (sums.ts namesPart). Rooms in other words than the
 * held-out report's.
 */
import { readFields } from "../../support/readFields";

const TITLE = "SỞ TƯ PHÁP\nBÁO CÁO\nKết quả thực hiện dân chủ ở cơ sở quý II năm 2026\n\nII. CÔNG TÁC CÁN BỘ\n";

describe("a syllable pair that runs into another word names no part (sums.ts)", () => {
  it("«Phòng Bổ trợ tư pháp» is no «phòng … bổ nhiệm»: the deputies appointed are the count before the bracket", () => {
    const text = TITLE + "- Bổ nhiệm Phó Trưởng phòng: 03 (02 Phó Trưởng phòng Bổ trợ tư pháp; 01 Phó Trưởng phòng Hành chính tư pháp).\n";
    expect(readFields(text, "boNhiem.phoPhong")).toEqual(["03"]);
  });

  it("ordinary: a part the figure names by its room still takes that room's figure", () => {
    const text = TITLE + "- Bổ nhiệm Phó Trưởng phòng: 03 (02 Phó Trưởng phòng Tổng hợp - Kinh tế; 01 Phó Trưởng phòng Khoa giáo - Văn xã).\n";
    expect(readFields(text, "boNhiem.phoPhong", "boNhiem.phoPhongTHKT", "boNhiem.phoPhongKGVX")).toEqual(["03", "02", "01"]);
  });

  it("ordinary: a pair the figure says side by side names its part, whatever word follows it in either", () => {
    const text = TITLE.replace("II. CÔNG TÁC CÁN BỘ", "III. THI ĐUA, KHEN THƯỞNG") + "Trình khen thưởng cho 05 cá nhân (Bằng khen của Thủ tướng Chính phủ: 01; Bằng khen của Chủ tịch UBND tỉnh: 04).\n";
    expect(readFields(text, "khenThuong.bangKhenTTg")).toEqual(["01"]);
  });
});
