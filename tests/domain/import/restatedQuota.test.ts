/**
 * A quota written in the prose and again in the table (held-out 1312): «được giao 58 biên chế công chức (năm 2024: 60
 * biên chế) và 22 biên chế sự nghiệp» above a table whose row «Biên chế sự nghiệp được giao» binds the quota to 22. The
 * prose's 22 is that quota written again, its words fitting the quota clearly better than those in post: not the
 * figure of those in post (meaning/assign.ts, restated.ts). Two figures of one value whose words fit within the margin
 * still both bind («02 Phó Chánh Văn phòng», «02 đồng chí cao cấp»).
 */
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";

const HEAD = "UBND TỈNH CAO BẰNG\nVĂN PHÒNG\nSố: 811/BC-VP\n\nBÁO CÁO\nKết quả thực hiện dân chủ ở cơ sở quý IV năm 2025\n\nI. ĐẶC ĐIỂM, TÌNH HÌNH\n";
const read = (text: string, id: string) => {
  const r = recognizeFigures(text, REPORT).get(id);
  return r?.state === "bound" ? r.occurrences.map((o) => o.input).join("|") : r?.state === "ambiguous" ? "?" : "-";
};

describe("a quota written again in the prose", () => {
  it("near-match: the prose's quota is not the count of those in post", () => {
    const text = [
      `${HEAD}Năm 2025, Văn phòng được giao 58 biên chế công chức (năm 2024: 60 biên chế) và 22 biên chế sự nghiệp; số người làm việc đầu kỳ và cuối kỳ như bảng sau.`,
      "Bảng 1. Biên chế",
      "(Đơn vị tính: người)",
      "TT\tChỉ tiêu\tĐến 14/12/2024\tĐến 14/12/2025\tTăng (+), giảm (-)",
      "1\tBiên chế công chức được giao\t60\t58\t-2",
      "2\tCông chức hiện có\t57\t55\t-2",
      "3\tBiên chế sự nghiệp được giao\t22\t22\t0",
      "4\tViên chức hiện có\t21\t19\t-2",
      "5\tHợp đồng lao động\t09\t08\t-1",
      "",
    ].join("\n");
    expect(read(text, "bcdc:bienChe.suNghiepGiao")).toBe("22");
    expect(read(text, "bcdc:bienChe.suNghiepThucHien")).not.toBe("22");
  });

  it("still binds two figures of one value whose words fit alike", () => {
    const text = `${HEAD}Lãnh đạo Văn phòng gồm Chánh Văn phòng và 02 Phó Chánh Văn phòng. Về lý luận chính trị, Văn phòng có 02 đồng chí cao cấp, 09 đồng chí trung cấp.\n`;
    expect(read(text, "bcdc:lanhDao.soPhoChanh")).toBe("02");
    expect(read(text, "bcdc:llct.caoCap")).toBe("02");
  });
});
