/**
 * Walk finding (walk48, F6; held-out 1371): «Chưa rõ» offered the office's count of rooms one candidate only, the row's
 * number «2» of «2⇥Phòng chuyên môn, nghiệp vụ và Văn phòng Sở⇥08⇥…», and two clicks bound it. A table row's number
 * is never offered to the clerk; a figure whose only places are row numbers is not found.
 */
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";

const HEAD = "UBND TỈNH KHÁNH HÒA\nSỞ TÀI CHÍNH\nSố: 5318/BC-STC     Khánh Hòa, ngày 16 tháng 12 năm 2025\nBÁO CÁO\nKết quả thực hiện dân chủ ở cơ sở quý IV năm 2025\n\nI. VĂN PHÒNG SỞ\n1. Tổ chức bộ máy, biên chế\n";
const ROOMS = "bcdc:toChuc.so";

const offered = (text: string) => {
  const r = recognizeFigures(text, REPORT).get(ROOMS);
  return r?.state === "ambiguous" ? r.candidates.map((o) => o.text) : r?.state === "bound" ? ["bound", ...r.occurrences.map((o) => o.text)] : [];
};

describe("a table row's number", () => {
  it("is never offered as a figure", () => {
    const text = `${HEAD}STT\tNội dung\tSố lượng\tGhi chú\n1\tLãnh đạo Sở\t05\tGiám đốc và 04 Phó Giám đốc\n2\tPhòng chuyên môn, nghiệp vụ và Văn phòng Sở\t08\tVăn phòng Sở; Phòng Quản lý ngân sách; Phòng Tổng hợp\n3\tĐơn vị sự nghiệp công lập trực thuộc\t02\tTrung tâm Dịch vụ tài chính công; Trung tâm Xúc tiến đầu tư\n`;
    expect(offered(text)).not.toContain("2");
  });
});
