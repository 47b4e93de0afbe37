/**
 * A commune or ward named last in a list of bodies that people went to or came from («sang Sở Tư pháp, Sở Y tế và UBND
 * xã Tân Lập») is one of those places, as the first body of the list is: it does not make the sentence's later figures
 * that unit's (levelAround.namedUnitBefore). Other clerks' sentences than the held-out report that showed it (1400).
 */
import { namedUnitBefore } from "../../../src/domain/import/meaning/levelAround";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";
import { shown } from "../../support/recognitionShown";

const HEAD = "UBND TỈNH THÁI NGUYÊN\nVĂN PHÒNG\n\nBÁO CÁO\nKết quả thực hiện dân chủ quý III năm 2025\n\nIII. THỰC HIỆN DÂN CHỦ TRONG HOẠT ĐỘNG CỦA CƠ QUAN\n1. Công tác tổ chức cán bộ\n";
const PROVINCE = 0;
const ANY = { total: false, levels: [] };
const unitBefore = (text: string, n: string) => namedUnitBefore(text, text.indexOf(n), text.indexOf(n) + n.length, PROVINCE, ANY);

describe("a unit closing a list of bodies after «tại», «từ», «sang»", () => {
  it("is a place, not whose the later figures are", () => {
    expect(unitBefore("Điều động 04 công chức sang Sở Tư pháp, Sở Y tế và UBND xã Tân Lập, bổ nhiệm 01 Trưởng phòng.", "01")).toBe(false);
    expect(unitBefore("Tiếp nhận 03 công chức từ Ban Quản lý dự án, Văn phòng Đoàn ĐBQH và HĐND, phường Bắc Sơn; nâng lương cho 02 công chức.", "02")).toBe(false);
  });

  it("is read back to its place word when a long sentence's window opens inside the list", () => {
    const long = "Văn phòng điều động 02 công chức đi nhận công tác tại Sở Tư pháp và UBND xã Tân Lập, tiếp nhận 03 công chức (từ Văn phòng Tỉnh ủy và Sở Tài chính), bổ nhiệm 01 Trưởng phòng Tổng hợp và 02 Phó Trưởng phòng (01 Phó Trưởng phòng Khoa giáo - Văn xã, 01 Phó Trưởng phòng Kinh tế), luân chuyển 04 công chức giữa các phòng chuyên môn và hai cơ sở làm việc, đang biệt phái 02 viên chức Trung tâm Tin học - Công báo về các phòng chuyên môn, nâng lương trước thời hạn cho 06 công chức.";
    expect(unitBefore(long, "06")).toBe(false);
  });

  it("binds the office's own figures after such a list", () => {
    const r = recognizeFigures(
      `${HEAD}Trong quý, điều động 04 công chức đi công tác tại Sở Tư pháp, Sở Khoa học và Công nghệ và UBND xã Tân Lập, tiếp nhận 05 công chức từ Văn phòng HĐND và UBND các huyện; bổ nhiệm 02 Trưởng phòng và 03 Phó Trưởng phòng.`,
      REPORT,
    );
    expect(shown(r.get("bcdc:boNhiem.truongPhong"))).toBe("02");
    expect(shown(r.get("bcdc:boNhiem.phoPhong"))).toBe("03");
  });

  it("near-match: a unit after a list that a clause of its own broke off still is the sentence's", () => {
    expect(unitBefore("Điều động 04 công chức sang Sở Tư pháp, riêng xã Tân Lập bổ nhiệm 01 Trưởng phòng.", "01")).toBe(true);
    expect(unitBefore("Luân chuyển 05 công chức về Sở Y tế; phường Bắc Sơn bổ nhiệm 02 Trưởng phòng.", "02")).toBe(true);
  });
});
