/**
 * A total written right before its parts, with no comma: «bổ nhiệm 03 lãnh đạo cấp phòng gồm 01 Trưởng phòng, 02 Phó
 * Trưởng phòng» (held-out 61). The words after «gồm / bao gồm / trong đó» name the parts, not the total, so the total
 * is never taken for its first part (candidates.ts share(); the words: words.ts PARTS_ANNOUNCED). Written here in other clerks' words.
 */
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";
import { boundValue, byLabel } from "../../support/recognized";

const head = "UBND TỈNH QUẢNG TRỊ\nVĂN PHÒNG\nSố: 112/BC-VP\n\nBÁO CÁO\nKết quả thực hiện dân chủ ở cơ sở quý III năm 2026\n\nI. TỔ CHỨC BỘ MÁY\n";
const value = (text: string, label: string) => boundValue(recognizeFigures(text, REPORT).get(byLabel(label).id));

describe("a total before «gồm / trong đó» is not its first part", () => {
  it.each([
    ["Trong quý, Văn phòng bổ nhiệm 03 lãnh đạo cấp phòng gồm 01 Trưởng phòng và 02 Phó Trưởng phòng.", "01"],
    ["- Bổ nhiệm 05 công chức giữ chức vụ lãnh đạo cấp phòng bao gồm 02 Trưởng phòng, 03 Phó Trưởng phòng.", "02"],
    ["Văn phòng đã bổ nhiệm 04 lãnh đạo các phòng gồm 02 Trưởng phòng, 02 Phó Trưởng phòng theo quy trình.", "02"],
    ["Công tác cán bộ: đã bổ nhiệm 04 lãnh đạo phòng trong đó 01 Trưởng phòng, 03 Phó Trưởng phòng.", "01"],
    // Every wording of words.ts PARTS_ANNOUNCED, as boundTogether.ts and breakdown.ts read them too.
    ["Văn phòng đã bổ nhiệm 03 lãnh đạo cấp phòng trong số này có 01 Trưởng phòng và 02 Phó Trưởng phòng.", "01"],
    ["Đã bổ nhiệm 04 lãnh đạo phòng trong số đó 01 Trưởng phòng, 03 Phó Trưởng phòng.", "01"],
    ["Bổ nhiệm 05 lãnh đạo cấp phòng gồm có 02 Trưởng phòng và 03 Phó Trưởng phòng.", "02"],
  ])("%s", (sentence, headOfRoom) => {
    expect(value(`${head}${sentence}\n`, "Bổ nhiệm Trưởng phòng")).toBe(headOfRoom);
  });

  it("a total with no part named after it is left as it was read", () => {
    const text = `${head}Trong quý, Văn phòng bổ nhiệm 02 Trưởng phòng.\n`;
    expect(value(text, "Bổ nhiệm Trưởng phòng")).toBe("02");
  });
});
