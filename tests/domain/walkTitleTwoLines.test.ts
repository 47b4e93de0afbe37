/**
 * A specialist's walk in the pane: a quý II report whose title is two paragraphs («… công tác dân chủ quý II;» then
 * «Nhiệm vụ trọng tâm quý III năm 2026»), as Word holds it, was read as quý III: «Cập nhật văn bản» asked whether
 * the document's quý III was right, and the reopened pane warned that its quý II cut-off dates were not quý III's.
 */
import { periodFromTitle } from "../../src/domain/documentPeriod";
import { detectPeriod } from "../../src/domain/import/quarters";
import { REPORT } from "../support/forms";

describe("a title on two paragraphs", () => {
  it("gives the first line's quarter the year of the next line's, as the command line reads it", () => {
    const title = ["UBND TỈNH HÒA BÌNH", "BÁO CÁO", "Kết quả thực hiện công tác dân chủ quý II;", "Nhiệm vụ trọng tâm quý III năm 2026"];
    expect(periodFromTitle(REPORT, title)).toEqual({ quarter: 2, year: 2026 });
    expect(detectPeriod(title.join("\n"))).toEqual({ quarter: 2, year: 2026 });
    expect(periodFromTitle(REPORT, ["BÁO CÁO", "Kết quả quý IV;", "", "Nhiệm vụ trọng tâm quý I năm 2027"])).toEqual({ quarter: 4, year: 2026 });
  });

  it("does not carry a quarter past other words, nor to a quarter that does not follow it", () => {
    expect(periodFromTitle(REPORT, ["Kế hoạch quý II;", "Văn phòng UBND tỉnh", "Báo cáo quý III năm 2026"])).toEqual({ quarter: 3, year: 2026 });
    expect(periodFromTitle(REPORT, ["Kết quả quý II;", "Báo cáo quý IV năm 2026"])).toEqual({ quarter: 4, year: 2026 });
  });
});
