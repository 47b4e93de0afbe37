/**
 * Personnel moves written as small counts: a label naming several acts with one ending («Điều động, luân chuyển đi»)
 * is met by any one of them («điều động đi»), and a post after a count of people («01 Phó Chánh Văn phòng») says who
 * was counted, not what the count is. Each with the side where it must not bind.
 */
import { bulletLead } from "../../../src/domain/import/meaning/bulletLead";
import { labelChoices } from "../../../src/domain/import/meaning/labelChoices";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";
import { shown } from "../../support/recognitionShown";


describe("personnel moves", () => {
  it("reads a label of several acts sharing an ending as each act with that ending", () => {
    expect(labelChoices("Điều động, luân chuyển đi")).toEqual([
      ["điều", "động", "đi"],
      ["luân", "chuyển", "đi"],
    ]);
    expect(labelChoices("Đơn thư, khiếu nại, tố cáo nhận được")).toEqual([
      ["đơn", "thư", "nhận", "được"],
      ["khiếu", "nại", "nhận", "được"],
      ["tố", "cáo", "nhận", "được"],
    ]);
  });

  it("keeps one description where the part before the comma is not a short act", () => {
    expect(labelChoices("Hồ sơ đã giải quyết, trả kết quả")).toEqual([]);
    expect(labelChoices("Số người đến khiếu nại, tố cáo, kiến nghị, phản ánh")).toEqual([]);
    // «A và B» with no comma is read by its first act alone (movesInAlone.test.ts), not split at commas.
    expect(labelChoices("Điều động đến và bổ nhiệm")).toEqual([["điều", "động", "đến"]]);
  });

  it("binds «Điều động đi: 01 Phó Chánh Văn phòng» and «điều động đi 1 Phó Chánh Văn phòng» to the moves out", () => {
    // The office's deputy chiefs are counted where the report describes its leaders, as every report does.
    const heading =
      "I. ĐẶC ĐIỂM, TÌNH HÌNH\nLãnh đạo Văn phòng gồm Chánh Văn phòng và 04 Phó Chánh Văn phòng.\n" +
      "III. THỰC HIỆN DÂN CHỦ TRONG HOẠT ĐỘNG CỦA CƠ QUAN\n1. Công tác cán bộ\n";
    const a = recognizeFigures(`${heading}- Điều động đến và bổ nhiệm: 01 Phó Chánh Văn phòng. Điều động đi: 02 Phó Chánh Văn phòng (sang Sở Xây dựng).`, REPORT);
    expect([shown(a.get("bcdc:dieuDong.den")), shown(a.get("bcdc:dieuDong.di"))]).toEqual(["01", "02"]);
    const b = recognizeFigures(`${heading}Trong quý, điều động đến và bổ nhiệm 1 Phó Chánh Văn phòng, điều động đi 3 Phó Chánh Văn phòng.`, REPORT);
    expect([shown(b.get("bcdc:dieuDong.den")), shown(b.get("bcdc:dieuDong.di"))]).toEqual(["1", "3"]);
  });

  it("does not take a count of posts that no move is said of for the moves out", () => {
    const text = "III. THỰC HIỆN DÂN CHỦ TRONG HOẠT ĐỘNG CỦA CƠ QUAN\n1. Công tác cán bộ\nLãnh đạo Văn phòng có 02 Phó Chánh Văn phòng.";
    expect(shown(recognizeFigures(text, REPORT).get("bcdc:dieuDong.di"))).toBe("-");
  });

  it("reads «kiêm» as «kiêm nhiệm» and a post for «đồng chí»: «01 Phó Chánh Văn phòng kiêm Giám đốc Trung tâm …»", () => {
    const leaders = (rest: string) =>
      recognizeFigures(`I. ĐẶC ĐIỂM, TÌNH HÌNH\n3. Lãnh đạo Văn phòng: Chánh Văn phòng và 04 Phó Chánh Văn phòng, trong đó ${rest}.`, REPORT);
    expect(shown(leaders("01 Phó Chánh Văn phòng kiêm Giám đốc Trung tâm Phục vụ hành chính công tỉnh").get("bcdc:lanhDao.kiemNhiem"))).toBe("01");
    // Put in charge of the centre is not holding its director's post as well.
    expect(shown(leaders("01 Phó Chánh Văn phòng phụ trách Trung tâm Phục vụ hành chính công tỉnh").get("bcdc:lanhDao.kiemNhiem"))).not.toBe("01");
  });

  it("reads items under «- Bổ nhiệm:» through their heading, walking up over the items above", () => {
    const text = "- Bổ nhiệm:\n+ Phó Trưởng phòng: 02;\n+ Trưởng phòng Kinh tế: 01.\n- Ghi chú: đủ.\n+ Tổ Một: 01.\nVăn bản:\n- số 01.";
    expect(bulletLead(text, text.indexOf("+ Trưởng"))).toBe("Bổ nhiệm");
    // A heading with words after its colon introduces nothing below; a line that is no bullet has no heading.
    expect(bulletLead(text, text.indexOf("+ Tổ Một"))).toBe("");
    expect(bulletLead(text, text.indexOf("Văn bản"))).toBe("");
    expect(bulletLead(text, text.indexOf("- số"))).toBe("Văn bản");
  });

  it("binds «+ Trưởng phòng …: 01» under «- Bổ nhiệm:» to the heads appointed, not under «- Luân chuyển:»", () => {
    const heading = "III. THỰC HIỆN DÂN CHỦ TRONG HOẠT ĐỘNG CỦA CƠ QUAN\n1. Công tác cán bộ\n";
    const appointed = recognizeFigures(`${heading}- Bổ nhiệm:\n+ Trưởng phòng Tổng hợp - Kinh tế: 01.\n`, REPORT);
    expect(shown(appointed.get("bcdc:boNhiem.truongPhong"))).toBe("01");
    const moved = recognizeFigures(`${heading}- Luân chuyển:\n+ Trưởng phòng Tổng hợp - Kinh tế: 01.\n`, REPORT);
    expect(shown(moved.get("bcdc:boNhiem.truongPhong"))).not.toBe("01");
  });
});
