/**
 * What the unseen batches 820–856 showed, each with the near-miss beside it:
 * - «Cán bộ, công chức | | Viên chức | |» over «Được giao | Hiện có | …», a «Tổng cộng» row: a column's header names
 *   whose quota its numbers are (823); a row naming its own kind, or a first row of «Label N người» cells, does not
 *   take it (732, 611);
 * - «khen thưởng 03 tập thể và 09 cá nhân có thành tích trong công tác bầu cử …»: the election's award, no award for
 *   the council's activities (841); the Prime Minister's Bằng khen for the same election is still his (224).
 */
import { otherKindColumn } from "../../../src/domain/import/meaning/staffKinds";
import { electionAward } from "../../../src/domain/import/meaning/vetoPurpose";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";
import { boundValue } from "../../support/recognized";

const QUOTA = "Biên chế công chức được giao Công chức được giao là {N}";
const HDND = "Tập thể khen thưởng hoạt động HĐND tỉnh";
const PM = "Cá nhân đề nghị Thủ tướng tặng Bằng khen";
const end = (text: string, figure: string) => text.indexOf(figure) + figure.length;

describe("a staff table's column says whose quota", () => {
  it("reads the units' column as no civil servants' quota, and the civil servants' column as theirs", () => {
    expect(otherKindColumn(QUOTA, "Viên chức Được giao", "Tổng cộng")).toBe(true);
    expect(otherKindColumn(QUOTA, "Cán bộ, công chức Được giao", "Tổng cộng")).toBe(false);
  });

  it("near-miss: a row naming its kind, a header holding figures, a figure of no quota", () => {
    expect(otherKindColumn(QUOTA, "Biên chế, số lượng người làm việc năm 2026 Được giao", "Công chức")).toBe(false);
    expect(otherKindColumn(QUOTA, "Cán bộ, công chức hiện có 40 người", "Viên chức hiện có 13 người")).toBe(false);
    expect(otherKindColumn("Công chức được nâng lương trước thời hạn", "Viên chức", "Tổng cộng")).toBe(false);
  });

  it("binds the total row's civil servants under a two-row header with the units beside them", () => {
    const text = [
      "UBND TỈNH HÀ TĨNH",
      "ỦY BAN NHÂN DÂN XÃ CẨM XUYÊN",
      "",
      "BÁO CÁO",
      "I. ĐẶC ĐIỂM TÌNH HÌNH",
      "Biểu 01. Biên chế, số lượng người làm việc năm 2026",
      "TT\tCơ quan, đơn vị\tCán bộ, công chức\t\tViên chức\t\tHợp đồng lao động",
      "\t\tĐược giao\tHiện có\tĐược giao\tHiện có\t",
      "1\tVăn phòng HĐND và UBND\t9\t8\t\t\t3",
      "2\tPhòng Kinh tế\t8\t7\t\t\t",
      "3\tTrung tâm Dịch vụ tổng hợp\t\t\t12\t10\t2",
      "\tTổng cộng\t17\t15\t12\t10\t5",
      "",
    ].join("\n");
    const r = recognizeFigures(text, REPORT);
    expect(boundValue(r.get("bcdc:bienChe.congChucGiao"))).toBe("17");
    expect(boundValue(r.get("bcdc:bienChe.congChucThucHien"))).toBe("15");
  });
});

describe("an award for the election", () => {
  it("reads it as no award for the council's activities", () => {
    const text = "UBND phường khen thưởng 03 tập thể và 09 cá nhân có thành tích trong công tác bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp.";
    expect(electionAward(HDND, text, text.indexOf("03"), end(text, "03"))).toBe(true);
  });

  it("near-miss: the council's own activities, and a figure naming no purpose", () => {
    const council = "Đề nghị Chủ tịch HĐND tỉnh tặng Bằng khen cho 01 tập thể có thành tích trong hoạt động của Hội đồng nhân dân tỉnh.";
    expect(electionAward(HDND, council, council.indexOf("01"), end(council, "01"))).toBe(false);
    const pm = "Văn phòng đề nghị Thủ tướng Chính phủ tặng Bằng khen cho 01 cá nhân có thành tích phục vụ cuộc bầu cử đại biểu Quốc hội khóa XVI.";
    expect(electionAward(PM, pm, pm.indexOf("01"), end(pm, "01"))).toBe(false);
  });

  // Held-out 1093: the election leads the line, the award after its colon.
  it("reads an election named before the number in its clause as the election's too", () => {
    const led = "- Bầu cử ĐBQH khóa XVI, đại biểu HĐND các cấp (15/3/2026): đề nghị CT UBND TP tặng BK 01 tập thể VP; 02 cá nhân.";
    expect(electionAward(HDND, led, led.indexOf("01"), end(led, "01"))).toBe(true);
    const apart = "Văn phòng phục vụ công tác bầu cử chu đáo; đề nghị khen thưởng 01 tập thể có thành tích trong hoạt động HĐND tỉnh.";
    expect(electionAward(HDND, apart, apart.indexOf("01"), end(apart, "01"))).toBe(false);
  });
});
