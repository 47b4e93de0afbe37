/**
 * The held-out 19–24 batch's wrong bindings, as general rules (meaning/vetoQuoted.ts, vetoSpelled.ts, vetoAward.ts's
 * giverNamedElsewhere, vetoText.ts's isDoneForPlanned): each trap refused, and a right reading of the same shape
 * still read as the figure.
 */
import { giverNamedElsewhere, awardWords } from "../../../src/domain/import/meaning/vetoAward";
import { countsLearners, learnersBefore, quotedForComparison } from "../../../src/domain/import/meaning/vetoQuoted";
import { itemMark, spelledOtherUnit } from "../../../src/domain/import/meaning/vetoSpelled";
import { isDoneForPlanned } from "../../../src/domain/import/meaning/vetoText";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";
import { boundValue as valueOf, byLabel } from "../../support/recognized";

const at = (text: string, figure: string) => text.indexOf(figure);
const HEADER = "UBND TỈNH LAI CHÂU\nVĂN PHÒNG\nSố: 15/BC-VP\nLai Châu, ngày 14 tháng 3 năm 2026\n\nBÁO CÁO\nKết quả thực hiện công tác dân chủ quý I năm 2026\n\n";

describe("figures quoted from another report for comparison", () => {
  const t = "c) Số liệu chung của tỉnh (theo Báo cáo số 77/BC-VPUBND, để so sánh): toàn tỉnh tiếp nhận 139 phản ánh.\nSở tiếp nhận 12 phản ánh.";
  it("are refused after the paragraph's lead, not in the next paragraph", () => {
    expect(quotedForComparison(t, at(t, "139"))).toBe(true);
    expect(quotedForComparison(t, at(t, "12 "))).toBe(false);
  });
  it("a quote inside a sentence governs that sentence only", () => {
    const s = "Tiếp nhận 126 hồ sơ, để so sánh cùng kỳ là 98 hồ sơ. Đã giải quyết 119 hồ sơ.";
    expect(quotedForComparison(s, at(s, "126"))).toBe(false);
    expect(quotedForComparison(s, at(s, "98"))).toBe(true);
    expect(quotedForComparison(s, at(s, "119"))).toBe(false);
  });
  it("in a Văn phòng's report, the province-wide feedback is still its figure", () => {
    const doc = `${HEADER}III. CẢI CÁCH HÀNH CHÍNH\nTrong quý I/2026, các cơ quan, đơn vị trên địa bàn tỉnh đã tiếp nhận và xử lý 139 phản ánh kiến nghị.\n`;
    expect(valueOf(recognizeFigures(doc, REPORT).get(byLabel("Phản ánh, kiến nghị đã tiếp nhận và xử lý").id))).toBe("139");
  });
});

describe("learners are not holders", () => {
  const t = "Lý luận chính trị: Cao cấp 18; Trung cấp 41; đang học Cao cấp lý luận chính trị 03.";
  it("«đang học …» opening the number's stretch", () => {
    expect(learnersBefore(t, at(t, "03"))).toBe(true);
    expect(learnersBefore(t, at(t, "18"))).toBe(false);
    expect(countsLearners("Đang học lý luận chính trị")).toBe(true);
    expect(countsLearners("Cao cấp lý luận chính trị")).toBe(false);
  });
});

describe("a plan and a done check in one sentence", () => {
  const t = "Kiểm tra: năm 2025 đã kiểm tra việc thực hiện dân chủ tại 04 đơn vị; quý I năm 2026 dự kiến kiểm tra 01 đơn vị.";
  it("the done clause is refused for the planned figure, the planned one is not", () => {
    expect(isDoneForPlanned(t, at(t, "04"), at(t, "04") + 2, true)).toBe(true);
    expect(isDoneForPlanned(t, at(t, "01"), at(t, "01") + 2, true)).toBe(false);
  });
});

describe("numbers with their words, and item marks", () => {
  const t = "khen thưởng 01 (một) tập thể và 03 (ba) cá nhân; gồm 07 (bảy) nhóm công việc: (1) Chỉ đạo; (3) Rà soát.";
  it("«03 (ba) cá nhân» counts people, «01 (một) tập thể» groups", () => {
    expect(spelledOtherUnit("tập thể", t, at(t, "03") + 2)).toBe(true);
    expect(spelledOtherUnit("tập thể", t, at(t, "01") + 2)).toBe(false);
    expect(spelledOtherUnit("tập thể", "có 2 (ii) cá nhân", 5)).toBe(false);
  });
  it("«(3)» opening an item counts nothing; «(03 người)» in a bracket is not an item", () => {
    expect(itemMark(t, at(t, "(3)") + 1, at(t, "(3)") + 2)).toBe(true);
    expect(itemMark(t, at(t, "07"), at(t, "07") + 2)).toBe(false);
    const count = "Đã tiếp nhận (3) hồ sơ";
    expect(itemMark(count, at(count, "3"), at(count, "3") + 1)).toBe(false);
  });
});

describe("an award's giver named elsewhere in its sentence", () => {
  const ttg = awardWords("Cá nhân đề nghị Thủ tướng tặng Bằng khen");
  it("a bare «Bằng khen» beside the Prime Minister's is another award; alone it is left to the other rules", () => {
    const t = "đề nghị Thủ tướng Chính phủ tặng Bằng khen cho 03 cá nhân; đề nghị tặng Bằng khen cho 02 cá nhân phong trào phòng cháy.";
    expect(giverNamedElsewhere(ttg, t, at(t, "02"), at(t, "02") + 2)).toBe(true);
    expect(giverNamedElsewhere(ttg, t, at(t, "03"), at(t, "03") + 2)).toBe(false);
    const alone = "đề nghị tặng Bằng khen cho 02 cá nhân.";
    expect(giverNamedElsewhere(ttg, alone, at(alone, "02"), at(alone, "02") + 2)).toBe(false);
  });
});

describe("in a report: the trap is not bound, the figure beside it is", () => {
  const doc =
    `${HEADER}I. TỔ CHỨC BỘ MÁY\nLý luận chính trị: Cao cấp 18; Trung cấp 41; đang học Cao cấp lý luận chính trị 03.\n` +
    `II. KẾT QUẢ\n3. Kiểm tra, giám sát: năm 2025 đã kiểm tra việc thực hiện dân chủ tại 04 đơn vị; quý II năm 2026 dự kiến kiểm tra việc thực hiện dân chủ tại 01 đơn vị.\n`;
  const r = recognizeFigures(doc, REPORT);
  it("holders, not learners", () => {
    expect(valueOf(r.get(byLabel("Cao cấp lý luận chính trị").id))).toBe("18");
  });
  it("the planned check, not the done one", () => {
    expect(valueOf(r.get(byLabel("Số đơn vị dự kiến kiểm tra việc thực hiện dân chủ").id))).toBe("01");
  });
});
