/**
 * Held-out 41's trap («Chánh Thanh tra tỉnh tặng Giấy khen cho 11 cá nhân, 02 tập thể» bound as the police
 * director's and the HĐND's awards), written again in other clerks' words: an award the issuing body's own head
 * gives is none of the form's award lines. Awards of other bodies' heads in the same report are still bound.
 */
import { documentHeader } from "../../../src/domain/import/meaning/documentHeader";
import { ownHeadAward } from "../../../src/domain/import/meaning/vetoOwnAward";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";
import { boundValue, byLabel } from "../../support/recognized";

const head = (parent: string, office: string) =>
  `${parent}\n${office}\nSố: 88/BC-XX\nNgày 16 tháng 6 năm 2026\n\nBÁO CÁO\nKết quả thực hiện dân chủ ở cơ sở quý II năm 2026\n\nII. KẾT QUẢ\n4. Thi đua, khen thưởng\n`;
const POLICE = "Cá nhân đề nghị Giám đốc Công an tỉnh tặng Giấy khen";
const HDND_GROUPS = "Tập thể khen thưởng hoạt động HĐND tỉnh";
const HDND_PEOPLE = "Cá nhân khen thưởng hoạt động HĐND tỉnh";
const value = (text: string, label: string) => boundValue(recognizeFigures(text, REPORT).get(byLabel(label).id));

describe("the issuing body, from the header's capitals", () => {
  it.each([
    ["UBND TỈNH NINH THUẬN\nSỞ TƯ PHÁP\nSố: 12/BC-STP", "sở tư pháp"],
    ["ỦY BAN NHÂN DÂN\nHUYỆN ĐỨC PHỔ\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "ủy ban nhân dân huyện đức phổ"],
    ["VĂN PHÒNG UBND TỈNH BÌNH ĐỊNH                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n", "văn phòng ủy ban nhân dân tỉnh bình định"],
    ["Trang chủ » Tin tức\nBÁO CÁO", null],
  ])("%j → %j", (text, body) => expect(documentHeader(text).body).toBe(body));
});

describe("an award the office's own head gives is none of the form's", () => {
  // Each bound the police director's and the HĐND's awards before the rule (the bill of a Thủ tướng's award first,
  // then the own head's with its people before its groups, as in held-out 41).
  it.each([
    [head("UBND TỈNH NINH THUẬN", "SỞ TƯ PHÁP"), "Về khen thưởng: trình Thủ tướng Chính phủ tặng Bằng khen cho 03 cá nhân; Giám đốc Sở tặng Giấy khen cho 27 cá nhân, 09 tập thể."],
    [head("ỦY BAN NHÂN DÂN TỈNH BÌNH ĐỊNH", "VĂN PHÒNG"), "- Đề nghị Thủ tướng Chính phủ tặng Bằng khen: 04 cá nhân.\n- Giấy khen của Chánh Văn phòng: 14 cá nhân, 06 tập thể."],
    [head("UBND TỈNH QUẢNG TRỊ", "BAN DÂN TỘC"), "Khen thưởng: đề nghị Thủ tướng tặng Bằng khen 01 cá nhân; Trưởng ban tặng GK cho 08 cá nhân và 03 tập thể tiêu biểu."],
    [head("UBND TỈNH PHÚ YÊN", "SỞ Y TẾ"), "Đề nghị Thủ tướng Chính phủ tặng Bằng khen cho 01 cá nhân. Giám đốc Sở Y tế khen thưởng bằng Giấy khen đối với 12 cá nhân, 04 tập thể."],
  ])("%#: nothing bound to the police director's or the HĐND's awards", (opening, line) => {
    const text = `${opening}${line}\n`;
    for (const label of [POLICE, HDND_GROUPS, HDND_PEOPLE]) expect(value(text, label)).toBeNull();
    expect(value(text, "Cá nhân đề nghị Thủ tướng tặng Bằng khen")).toMatch(/^0[134]$/);
  });

  it("the giver is read after the title, before it, or after the number", () => {
    const office = "văn phòng";
    const after = "Giấy khen của Chánh VP cho 06 cá nhân";
    expect(ownHeadAward(after, after.indexOf("06"), after.indexOf("06") + 2, office)).toBe("chánh văn phòng");
    const item = "07 cá nhân được Chánh Văn phòng tặng Giấy khen";
    expect(ownHeadAward(item, 0, 2, office)).toBe("chánh văn phòng");
  });

  it("another body's head, or the parent's, is no own head", () => {
    const t = "đề nghị Chủ tịch UBND tỉnh tặng Bằng khen cho 01 tập thể";
    expect(ownHeadAward(t, t.indexOf("01"), t.indexOf("01") + 2, "văn phòng")).toBeNull();
    const police = "đề nghị Giám đốc Công an tỉnh tặng Giấy khen cho 02 cá nhân";
    expect(ownHeadAward(police, police.indexOf("02"), police.indexOf("02") + 2, "sở y tế")).toBeNull();
    const minister = "Chánh Văn phòng trình Thủ tướng Chính phủ tặng Bằng khen cho 03 cá nhân";
    expect(ownHeadAward(minister, minister.indexOf("03"), minister.indexOf("03") + 2, "văn phòng")).toBeNull();
  });

  it("beside the own head's awards, other heads' awards are still bound", () => {
    const text = `${head("UBND TỈNH NINH THUẬN", "SỞ TƯ PHÁP")}Sở đề nghị Giám đốc Công an tỉnh tặng Giấy khen cho 02 cá nhân có thành tích trong phong trào toàn dân bảo vệ an ninh Tổ quốc; Giám đốc Sở tặng Giấy khen cho 09 tập thể, 27 cá nhân.\n`;
    expect(value(text, POLICE)).toBe("02");
    const office = `${head("ỦY BAN NHÂN DÂN TỈNH BÌNH ĐỊNH", "VĂN PHÒNG")}Đề nghị Chủ tịch UBND tỉnh tặng Bằng khen cho 01 tập thể và 03 cá nhân có nhiều thành tích trong các hoạt động của Hội đồng nhân dân tỉnh; Chánh Văn phòng tặng Giấy khen cho 04 tập thể, 12 cá nhân.\n`;
    expect(value(office, HDND_GROUPS)).toBe("01");
    expect(value(office, HDND_PEOPLE)).toBe("03");
  });
});
