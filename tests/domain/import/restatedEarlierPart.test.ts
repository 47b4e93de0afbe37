/**
 * Reports that restate or withdraw an earlier report's words before giving their own (held-out 1182–1192, written
 * for «reports that compare everything» and «reports typed from another report»): a part headed by the previous
 * quarter, a quotation of last quarter's report struck out in words, the own quarter's count in a bracket counted by
 * another word, and a unit named after the counted ones. Other clerks' sentences than the held-out reports'.
 */
import { inEarlierPart } from "../../../src/domain/import/meaning/earlierPart";
import { splitNames } from "../../../src/domain/import/meaning/listItems";
import { readPeriodScope } from "../../../src/domain/import/meaning/reportPeriod";
import { inStruckQuote } from "../../../src/domain/import/meaning/struckQuote";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";
import { shown } from "../../support/recognitionShown";

const TITLE = (quarter: string) => `BÁO CÁO\nKết quả thực hiện dân chủ ở cơ sở quý ${quarter} năm 2026\n\n`;

describe("a part headed by an earlier quarter, restated before the report's own", () => {
  const restated = (heading: string, next: string) =>
    `${TITLE("IV")}${heading}\n1. Công tác cán bộ: bổ nhiệm 01 Trưởng phòng; luân chuyển 02 công chức giữa các phòng.\n\n${next}\nI. CÔNG TÁC CÁN BỘ\nTrong quý, bổ nhiệm 02 Trưởng phòng; luân chuyển 05 công chức giữa các phòng.\n`;
  const scope = (text: string) => readPeriodScope(text, "quarter")!;
  const at = (text: string, n: string, nth = 0) => {
    let i = -1;
    for (let k = 0; k <= nth; k++) i = text.indexOf(n, i + 1);
    return i;
  };

  it("«Phần I» over «KẾT QUẢ QUÝ TRƯỚC (QUÝ III NĂM 2026)»: its figures are the earlier quarter's, the next part's the report's", () => {
    const text = restated("Phần I\nKẾT QUẢ QUÝ TRƯỚC (QUÝ III NĂM 2026)\n(Trích Báo cáo số 298/BC-STC ngày 16/9/2026)", "Phần II\nKẾT QUẢ THỰC HIỆN QUÝ IV NĂM 2026");
    expect(inEarlierPart(text, at(text, "02 công chức"), scope(text))).toBe(true);
    expect(inEarlierPart(text, at(text, "05 công chức"), scope(text))).toBe(false);
    const r = recognizeFigures(text, REPORT);
    expect(shown(r.get("bcdc:luanChuyen.congChuc"))).toBe("05");
    expect(shown(r.get("bcdc:boNhiem.truongPhong"))).toBe("02");
  });

  it("«PHẦN THỨ NHẤT: KẾT QUẢ QUÝ III» and Roman parts «I. KẾT QUẢ QUÝ III» / «II. KẾT QUẢ QUÝ IV» likewise", () => {
    const written = restated("PHẦN THỨ NHẤT: KẾT QUẢ QUÝ III NĂM 2026", "PHẦN THỨ HAI: KẾT QUẢ QUÝ IV NĂM 2026");
    expect(shown(recognizeFigures(written, REPORT).get("bcdc:luanChuyen.congChuc"))).toBe("05");
    const roman = `${TITLE("IV")}I. KẾT QUẢ QUÝ III NĂM 2026\nLuân chuyển 02 công chức giữa các phòng.\nII. KẾT QUẢ QUÝ IV NĂM 2026\nLuân chuyển 05 công chức giữa các phòng.\n`;
    expect(inEarlierPart(roman, at(roman, "02 công chức"), scope(roman))).toBe(true);
    expect(inEarlierPart(roman, at(roman, "05 công chức"), scope(roman))).toBe(false);
  });

  it("near-match: a part comparing the quarters, a part on the report's own quarter, a later quarter's tasks", () => {
    const compared = `${TITLE("IV")}Phần I\nSO SÁNH VỚI QUÝ TRƯỚC\nLuân chuyển 05 công chức giữa các phòng, quý III: 02.\n`;
    expect(inEarlierPart(compared, at(compared, "05 công chức"), scope(compared))).toBe(false);
    const own = `${TITLE("III")}Phần I\nKẾT QUẢ QUÝ III NĂM 2026\nLuân chuyển 05 công chức giữa các phòng.\n`;
    expect(inEarlierPart(own, at(own, "05 công chức"), scope(own))).toBe(false);
    const tasks = `${TITLE("II")}Phần II\nNHIỆM VỤ QUÝ III NĂM 2026\nDự kiến kiểm tra 03 phòng.\n`;
    expect(inEarlierPart(tasks, at(tasks, "03 phòng"), scope(tasks))).toBe(false);
  });
});

describe("a quotation of an earlier report struck out in words", () => {
  const quoted = (after: string) => `Nội dung "Văn phòng dự kiến kiểm tra việc thực hiện dân chủ tại 02 đơn vị trong quý IV năm 2025" ${after}`;
  const inQuote = (text: string) => inStruckQuote(text, text.indexOf("02"), text.indexOf("02") + 2);

  it("is withdrawn: its numbers are no figure of this report", () => {
    expect(inQuote(quoted("của báo cáo quý III xin bỏ, do đã kiểm tra xong."))).toBe(true);
    expect(inQuote(quoted("nay sửa thành «03 phòng»."))).toBe(false);
    expect(inQuote(`Câu “dự kiến kiểm tra tại 02 đơn vị” đề nghị bỏ.`)).toBe(true);
  });

  it("near-match: a quotation kept, a name in quotes, a quote closed before the number", () => {
    expect(inQuote(quoted("đã được thực hiện đầy đủ."))).toBe(false);
    expect(inQuote(`Phong trào "Dân vận khéo" có 02 mô hình; bỏ qua các mô hình cũ.`)).toBe(false);
  });

  it("the plan stated after the withdrawn one binds", () => {
    const text =
      `${TITLE("IV").replace("2026", "2025")}Trong quý, Văn phòng đã kiểm tra việc thực hiện dân chủ tại Nhà khách UBND tỉnh và Trung tâm Thông tin - Công báo. ` +
      `${quoted("của báo cáo quý III xin bỏ, do đã kiểm tra xong.")} Quý I năm 2026, Văn phòng dự kiến kiểm tra việc thực hiện dân chủ tại 03 phòng.\n`;
    expect(shown(recognizeFigures(text, REPORT).get("bcdc:kiemTra.soDonVi"))).toBe("03");
  });
});

describe("the own quarter's count in a bracket, counted by another word", () => {
  it("makes the number before it a longer span's, and the bracket's the quarter's", () => {
    const text = `${TITLE("II")}III. THỰC HIỆN DÂN CHỦ TRONG CƠ QUAN\n6 tháng đầu năm, nâng lương trước thời hạn cho 07 công chức, viên chức, người lao động (quý II: 03 người).\n`;
    expect(shown(recognizeFigures(text, REPORT).get("bcdc:cheDo.nangLuongTruocHan"))).toBe("03");
  });
});

describe("the half year first, the quarter in brackets (held-out 1182's habit)", () => {
  const centre =
    `${TITLE("II")}3. Trung tâm Phục vụ hành chính công tỉnh\n6 tháng đầu năm 2026, Trung tâm tiếp nhận 118.402 hồ sơ (quý II, từ ngày 15/3/2026 đến ngày 14/6/2026: 61.377 hồ sơ); ` +
    `đến ngày 14/6/2026 còn 2.982 hồ sơ đang giải quyết, chiếm 2,52% số tiếp nhận 6 tháng (4,86% số tiếp nhận quý II).\n`;
  const r = recognizeFigures(centre, REPORT);

  it("the quarter's figure after its dates in the bracket is the quarter's", () => {
    expect(shown(r.get("bcdc:hcc.tiepNhan"))).toBe("61.377");
  });

  it("a share of a whole named with the half year is not the quarter's share", () => {
    const half = `${TITLE("II")}3. Trung tâm Phục vụ hành chính công tỉnh\nTrung tâm tiếp nhận 61.377 hồ sơ; còn 2.982 hồ sơ đang giải quyết, chiếm 2,52% số tiếp nhận 6 tháng.\n`;
    expect(shown(recognizeFigures(half, REPORT).get("bcdc:hcc.tyLeDangGiaiQuyet"))).toBe("-");
    // near-match: the whole named with the quarter, or with no period, is the quarter's share.
    const own = half.replace("số tiếp nhận 6 tháng", "số tiếp nhận trong quý");
    expect(shown(recognizeFigures(own, REPORT).get("bcdc:hcc.tyLeDangGiaiQuyet"))).toBe("2,52");
  });
});

describe("a unit named after the counted ones", () => {
  it("«; và» opens the last item, it is no part of the name before it", () => {
    expect(splitNames("Văn phòng HĐND và UBND; Phòng Kinh tế, Hạ tầng và Đô thị; Phòng Văn hóa - Xã hội; và Trung tâm Phục vụ hành chính công phường", true)).toEqual([
      "Văn phòng HĐND và UBND",
      "Phòng Kinh tế, Hạ tầng và Đô thị",
      "Phòng Văn hóa - Xã hội",
      "Trung tâm Phục vụ hành chính công phường",
    ]);
  });

  it("one more than the count, added after «; và», is left out of the list; as many as the count, it is the last item", () => {
    const units = (count: string) =>
      `${TITLE("I")}I. ĐẶC ĐIỂM, TÌNH HÌNH\nUBND phường có ${count} cơ quan chuyên môn: Văn phòng HĐND và UBND; Phòng Kinh tế, Hạ tầng và Đô thị; Phòng Văn hóa - Xã hội; và Trung tâm Phục vụ hành chính công phường.\n`;
    const three = recognizeFigures(units("03"), REPORT).get("bcdc:toChuc.danhSach");
    expect(shown(three)).toBe("Văn phòng HĐND và UBND\nPhòng Kinh tế, Hạ tầng và Đô thị\nPhòng Văn hóa - Xã hội");
    const four = recognizeFigures(units("04"), REPORT).get("bcdc:toChuc.danhSach");
    expect(shown(four)).toBe("Văn phòng HĐND và UBND\nPhòng Kinh tế, Hạ tầng và Đô thị\nPhòng Văn hóa - Xã hội\nTrung tâm Phục vụ hành chính công phường");
  });
});
