/**
 * «A và B mỗi nơi tiếp 01 đoàn đông người»: a count after «mỗi …» in its clause is each one's, not the whole's
 * (meaning/eachOnes.ts).
 */
import { eachOnesCount } from "../../../src/domain/import/meaning/eachOnes";
import { boundByLabel } from "../../support/recognized";
import { builtInDefinition, REPORT } from "../../support/forms";

const MONTHLY = builtInDefinition("tiep-cong-dan-thang");
const at = (text: string, number: string) => text.indexOf(number);

describe("each one's count", () => {
  it("after «mỗi nơi tiếp», «mỗi phòng», «mỗi năm»", () => {
    for (const text of ["Chủ tịch UBND xã A và Chủ tịch UBND phường B mỗi nơi tiếp 01 đoàn", "bố trí mỗi phòng 01 người", "kiểm tra mỗi năm 01 lần"]) {
      expect(eachOnesCount(text, at(text, "01"))).toBe(true);
    }
  });

  it("not a count whose clause has no «mỗi», nor one after the clause «mỗi» stood in", () => {
    expect(eachOnesCount("Chủ tịch UBND xã A tiếp 02 đoàn đông người", 25)).toBe(false);
    const text = "tiếp định kỳ mỗi tuần một buổi; trong tháng tiếp 02 đoàn";
    expect(eachOnesCount(text, at(text, "02"))).toBe(false);
  });

  it("the communes' delegations: not each commune's one", () => {
    const head = "BÁO CÁO\nKết quả tiếp công dân tháng 9/2026\n\n4. Chủ tịch UBND các xã, phường\n\n";
    const each = boundByLabel(`${head}Chủ tịch UBND xã A và Chủ tịch UBND phường B mỗi nơi tiếp 01 đoàn đông người.\n`, MONTHLY);
    expect(each("Đoàn đông người cấp huyện tiếp")).toBeNull();
    const whole = boundByLabel(`${head}Chủ tịch UBND các xã, phường có tiếp 02 đoàn đông người.\n`, MONTHLY);
    expect(whole("Đoàn đông người cấp huyện tiếp")).toBe("02");
  });
});

describe("one named room's figure", () => {
  it("takes its room's share: «mỗi phòng 01 người» gives each room's deputy", () => {
    const text = "BÁO CÁO\nKết quả thực hiện dân chủ ở cơ sở quý II năm 2024\nII. Công tác cán bộ\n2. Bổ nhiệm\n- Bổ nhiệm: bổ nhiệm 02 Phó Trưởng phòng (Phòng Tổng hợp - Kinh tế và Phòng Khoa giáo - Văn xã, mỗi phòng 01 người).\n";
    expect(boundByLabel(text, REPORT)("Bổ nhiệm Phó Trưởng phòng Khoa giáo - Văn xã")).toBe("01");
  });
});
