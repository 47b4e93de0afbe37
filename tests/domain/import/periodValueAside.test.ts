/**
 * A bracket after a count that gives another period its own value in words (meaning/periodScope.ts): «Nâng lương
 * trước thời hạn cho 01 công chức (quý III: không có).» in quý IV's report sets last quarter's none beside this
 * quarter's 01, as «(quý III: 05)» would in digits; the number is the report's. «(quý III)» alone still names the
 * number's own period.
 */
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";
import { boundValue } from "../../support/recognized";

const HEAD = "VĂN PHÒNG HĐND VÀ UBND PHƯỜNG\n\nBÁO CÁO\nKết quả thực hiện công tác dân chủ quý IV năm 2025\n\nIII. KẾT QUẢ\n1. Chế độ, chính sách\n";

function raised(sentence: string): string | null {
  return boundValue(recognizeFigures(`${HEAD}${sentence}\n`, REPORT).get("bcdc:cheDo.nangLuongTruocHan"));
}

describe("another period's value in words beside the count", () => {
  it("keeps the count as this period's", () => {
    expect(raised("Văn phòng tiếp nhận 02 công chức (quý III: tiếp nhận 05). Nâng lương trước thời hạn cho 01 công chức (quý III: không có).")).toBe("01");
  });

  it("near-miss: a bracket naming only the earlier period says whose the count is", () => {
    expect(raised("Văn phòng nâng lương trước thời hạn cho 01 công chức (quý III).")).toBeNull();
  });
});
