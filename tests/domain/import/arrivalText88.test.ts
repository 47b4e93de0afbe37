/**
 * What the studied 792 and the unseen batch 820–826 showed, each with the near-miss beside it:
 * - «- Tiếp nhận 07 đơn:» over «+ Khiếu nại: 01 đơn;»: one kind of the letters, no count of all (792);
 * - «- Tiếp nhận: 02 công chức» under «1. Công tác cán bộ» and «- Tiếp nhận 07 đơn:» under «5. Đơn thư»: one verb met
 *   under two headings makes them no body-by-body parts (792);
 * - «Công chức: được giao 58, hiện có 54. Viên chức: được giao 22, hiện có 20.»: each sentence's label names whose
 *   staff its clauses count (824);
 * - «UBND TỈNH ĐỒNG NAI BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP  SỐ: …»: a header cell read as one line, and «Bộ phận Một cửa
 *   của Ban» the issuer's own desk (824).
 */
import { kindUnderCount } from "../../../src/domain/import/meaning/kindPart";
import { otherOwner } from "../../../src/domain/import/meaning/vetoOwner";
import { documentHeader } from "../../../src/domain/import/meaning/documentHeader";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";
import { boundValue } from "../../support/recognized";
import { CORPUS, documentText } from "../../support/corpusMeasure";
import { join } from "node:path";

const at = (text: string, figure: string) => ({ start: text.indexOf(figure), end: text.indexOf(figure) + figure.length });

describe("kinds under a count, and verbs under two headings", () => {
  it("reads a «+» kind under «- Tiếp nhận 07 đơn:» as one kind", () => {
    const text = "- Tiếp nhận 07 đơn:\n  + Kiến nghị: 05 đơn;\n  + Khiếu nại: 01 đơn;\n  + Tố cáo: 01 đơn.\n";
    expect(kindUnderCount(text, at(text, "01 đơn;").start, at(text, "01 đơn;").start + 2)).toBe(true);
    expect(kindUnderCount(text, at(text, "07").start, at(text, "07").end)).toBe(false);
    // Near-miss: «+» lines under a heading line with no count of the same thing.
    const award = "- Đề nghị Chủ tịch UBND tỉnh tặng Bằng khen:\n  + Cá nhân: 02 người;\n";
    expect(kindUnderCount(award, at(award, "02").start, at(award, "02").end)).toBe(false);
  });

  it("binds the staff moves and the stated none of the ward report where «Tiếp nhận» stands under two headings", async () => {
    const text = await documentText(join(CORPUS, "heldout/792-ubnd-phuong-hac-thanh-thanh-hoa-gach-dau-dong-cong-con-quy2-2026.txt"));
    const r = recognizeFigures(text, REPORT);
    expect(boundValue(r.get("bcdc:tiepNhan.congChuc"))).toBe("02");
    expect(boundValue(r.get("bcdc:luanChuyen.congChuc"))).toBe("01");
    expect(boundValue(r.get("bcdc:cheDo.nangLuongTruocHan"))).toBe("02");
    expect(boundValue(r.get("bcdc:khieuNai.soDon"))).toBe("Không có");
  });
});

describe("whose staff a sentence's label names", () => {
  it("reads «hiện có» after «Công chức:» as the civil servants and after «Viên chức:» as the units' staff", () => {
    const text = "UBND TỈNH ĐỒNG NAI\nBAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP\n\nBÁO CÁO\n\nI. ĐẶC ĐIỂM, TÌNH HÌNH\n4. Biên chế năm 2026\tCông chức: được giao 58, hiện có 54. Viên chức: được giao 22, hiện có 20. Hợp đồng lao động: 07.\n";
    const r = recognizeFigures(text, REPORT);
    expect(boundValue(r.get("bcdc:bienChe.congChucThucHien"))).toBe("54");
    expect(boundValue(r.get("bcdc:bienChe.suNghiepThucHien"))).not.toBe("54");
  });
});

describe("a header cell read as one line", () => {
  it("parts the body from its parent at a capital «SỐ:» too, and reads «của Ban» as the issuer's own", () => {
    const text = "UBND TỈNH ĐỒNG NAI BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP  SỐ: 2871/BC-KCNĐN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nBÁO CÁO\n";
    const header = documentHeader(text);
    expect(header.body).toBe("ban quản lý các khu công nghiệp");
    const scope = "2. tiếp nhận, giải quyết hồ sơ tại bộ phận một cửa của ban\ttiếp nhận ";
    expect(otherOwner(scope, ["bộ phận một cửa"], "văn phòng", header.above, 0, header.body)).toBe(false);
    // Near-miss: with no header body to tell, the «ban» of a province's committee is no proof of self.
    expect(otherOwner(scope, ["bộ phận một cửa"], "văn phòng", "ubnd tỉnh đồng nai ủy ban nhân dân", 0, null)).toBe(true);
  });
});
