/**
 * Personnel acts counted in «trường hợp» (cases): «Điều động đến: 02 trường hợp», «nâng lương trước thời hạn 05
 * trường hợp». A case of a personnel act is a person, so the count is of the people the form counts in «đồng chí» or
 * «công chức» (score.ts PEOPLE): the unit neither for nor against. Files and letters stay another kind of count.
 */
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { boundValue, byLabel } from "../../support/recognized";
import { REPORT } from "../../support/forms";

const STAFF = "BÁO CÁO\nKết quả thực hiện dân chủ ở cơ sở quý II năm 2026\nIII. KẾT QUẢ THỰC HIỆN\n1. Công tác tổ chức cán bộ\n";
const read = (text: string, label: string) => boundValue(recognizeFigures(`${STAFF}${text}\n`, REPORT).get(byLabel(label).id));

describe("personnel acts counted in cases", () => {
  it("moves in and out on one line", () => {
    const text = "- Về điều động: điều động đến và bổ nhiệm 02 trường hợp; điều động, luân chuyển đi 01 trường hợp.";
    expect(read(text, "Điều động đến và bổ nhiệm")).toBe("02");
    expect(read(text, "Điều động, luân chuyển đi")).toBe("01");
  });
  it("an early pay rise after a colon", () => {
    expect(read("- Chế độ, chính sách: nâng lương trước thời hạn 04 trường hợp có thành tích xuất sắc.", "Công chức được nâng lương trước thời hạn")).toBe("04");
  });
  it("the quarter's cases in brackets after the half-year's", () => {
    expect(read("- Nâng lương trước thời hạn: 07 trường hợp (quý II: 03 trường hợp).", "Công chức được nâng lương trước thời hạn")).toBe("03");
  });
  it("near-match: letters received are not civil servants received", () => {
    expect(read("- Tiếp nhận 04 trường hợp đơn thư khiếu nại, tố cáo liên quan đến công chức.", "Tiếp nhận công chức")).toBeNull();
  });
  it("near-match: files are still no people", () => {
    expect(read("- Bộ phận một cửa tiếp nhận 120 hồ sơ, trả lại 03 trường hợp do không đủ điều kiện.", "Tiếp nhận công chức")).toBeNull();
  });
});
