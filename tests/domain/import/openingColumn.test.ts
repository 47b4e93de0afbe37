/**
 * A staff table with the period's opening and closing side by side («Đầu kỳ (15/3/2026) | Cuối kỳ (14/6/2026)»):
 * the form asks for the staff at the report's date, so the opening column is another moment's, never this report's
 * figure; the closing column, or a table with no opening column, is read as before. Found on wt-fresh56's 502.
 */
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";
import { boundValue, byLabel } from "../../support/recognized";

const head = "UBND TỈNH TUYÊN QUANG\nSỞ DÂN TỘC VÀ TÔN GIÁO\nSố: 41/BC-SDTTG\nTuyên Quang, ngày 16 tháng 6 năm 2026\n\nBÁO CÁO\nKết quả thực hiện dân chủ ở cơ sở quý II năm 2026\n\nI. ĐẶC ĐIỂM TÌNH HÌNH\n";
const table = (opening: string, closing: string) =>
  `${head}Tình hình đội ngũ như sau:\nTT\tNội dung\t${opening}\t${closing}\tGhi chú\n1\tThạc sĩ\t17\t18\t\n2\tĐại học\t30\t31\t\n3\tCao cấp lý luận chính trị\t09\t10\t\n4\tHợp đồng lao động\t04\t03\tChấm dứt 01 hợp đồng\n\nII. KẾT QUẢ\n`;
const labels = ["Thạc sĩ", "Đại học", "Cao cấp lý luận chính trị"] as const;
const closingValues = ["18", "31", "10"];
const openingValues = ["17", "30", "09"];

describe("the opening column of a staff table is not the report's figure", () => {
  it.each([
    ["Đầu kỳ (15/3/2026)", "Cuối kỳ (14/6/2026)"],
    ["Đầu quý", "Cuối quý"],
    ["Số đầu kỳ", "Số cuối kỳ"],
  ])("«%s | %s»: never the opening column's figure", (opening, closing) => {
    const r = recognizeFigures(table(opening, closing), REPORT);
    labels.forEach((label, i) => {
      const got = boundValue(r.get(byLabel(label).id));
      expect(got).not.toBe(openingValues[i]);
      expect([null, closingValues[i]]).toContain(got);
    });
  });
  it("the closing column is read when the opening one stands beside it", () => {
    const r = recognizeFigures(table("Đầu kỳ (15/3/2026)", "Cuối kỳ (14/6/2026)"), REPORT);
    expect(boundValue(r.get(byLabel("Thạc sĩ").id))).toBe("18");
  });
  it("a one-column table of the same rows is read as before", () => {
    const one = `${head}Tình hình đội ngũ như sau:\nTT\tNội dung\tSố lượng\n1\tThạc sĩ\t18\n2\tĐại học\t31\n3\tCao cấp lý luận chính trị\t10\n\nII. KẾT QUẢ\n`;
    const r = recognizeFigures(one, REPORT);
    expect(boundValue(r.get(byLabel("Thạc sĩ").id))).toBe("18");
    expect(boundValue(r.get(byLabel("Đại học").id))).toBe("31");
  });
});
