/**
 * «Trung cấp lý luận chính trị - hành chính» is the form's name; offices write «trung cấp» after «Về lý luận chính
 * trị:» or «trung cấp lý luận chính trị» (261, 313, 41, 421). And the closing part on next quarter's tasks may be
 * headed «VI- NHIỆM VỤ QUÝ III»: its «tiếp tục đào tạo (05) công chức đang học trung cấp LLCT» is a plan, no count of
 * those who hold the level (291).
 */
import { inTasksPart } from "../../../src/domain/import/meaning/planPlaces";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";
import { boundValue, byLabel } from "../../support/recognized";

const head = "UBND TỈNH PHÚ THỌ\nVĂN PHÒNG\n\nBÁO CÁO\nKết quả thực hiện dân chủ ở cơ sở quý II năm 2026\n\nI. TỔ CHỨC BỘ MÁY, BIÊN CHẾ\n";
const level = (text: string) => boundValue(recognizeFigures(text, REPORT).get(byLabel("Trung cấp lý luận chính trị - hành chính").id));

describe("the political level «trung cấp» as offices write it", () => {
  it("reads «trung cấp» after «Về lý luận chính trị:» and «trung cấp lý luận chính trị»", () => {
    expect(level(`${head}Về lý luận chính trị: cao cấp 27 người, trung cấp 30 người; cử nhân 02.\n`)).toBe("30");
    expect(level(`${head}Trình độ lý luận chính trị, cao cấp: 41; cử nhân: 02; trung cấp: 38.\n`)).toBe("38");
    expect(level(`${head}Cao cấp lý luận chính trị: 09; trung cấp lý luận chính trị: 12.\n`)).toBe("12");
    // Far from its heading words, after the year's comparisons (273): found since the form names it without «hành chính».
    const compared =
      "Về trình độ chuyên môn: tiến sĩ 02, thạc sĩ 31 (quý trước 30, cùng kỳ 22), đại học 46 (quý trước 46, cùng kỳ 36), cao đẳng 04. Về lý luận chính trị: cao cấp 29 (tăng 03 so với quý trước và tăng 11 so với cùng kỳ), trung cấp 37; hiện có 04 đồng chí đang học cao cấp lý luận chính trị.";
    expect(level(`${head}${compared}\n`)).toBe("37");
  });

  it("near-miss: next quarter's tasks under «VI- NHIỆM VỤ QUÝ III» count no one at the level", () => {
    const tasks = `${head}Công chức có mặt 43 người.\n\nVI- NHIỆM VỤ QUÝ III\n\nKiểm tra dân chủ ở (04) thôn, làng; tiếp tục đào tạo (05) công chức đang học trung cấp LLCT.\n`;
    expect(inTasksPart(tasks, tasks.indexOf("(05)") + 1)).toBe(true);
    expect(inTasksPart(tasks, tasks.indexOf("43"))).toBe(false);
    expect(level(tasks)).toBeNull();
    // «VI – NHIỆM VỤ» with an en dash and spaces is the same heading; a line «I - …» of figures in the body is no part.
    const dashed = tasks.replace("VI- NHIỆM VỤ", "VI – NHIỆM VỤ");
    expect(inTasksPart(dashed, dashed.indexOf("(05)") + 1)).toBe(true);
  });
});
