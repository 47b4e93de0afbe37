/**
 * A district or commune named as where a person came from or went to («từ UBND huyện …», «sang UBND xã …») says
 * nothing about whose the next figures of the sentence are; a figure of a district named as its place still is the
 * district's (levelAround.namedUnitBefore). Other clerks' sentences than the held-out report that showed it.
 */
import { namedUnitBefore } from "../../../src/domain/import/meaning/levelAround";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";
import { shown } from "../../support/recognitionShown";

const HEAD = "III. THỰC HIỆN DÂN CHỦ TRONG HOẠT ĐỘNG CỦA CƠ QUAN\n1. Công tác tổ chức cán bộ\n";
const PROVINCE = 0;
const ANY = { total: false, levels: [] };
const unitBefore = (text: string, n: string) => namedUnitBefore(text, text.indexOf(n), text.indexOf(n) + n.length, PROVINCE, ANY);

describe("a unit below the province named as a person's origin or destination", () => {
  it("does not make the sentence's later figures that unit's", () => {
    expect(unitBefore("Tiếp nhận 02 công chức từ UBND huyện Đắk Song; nâng lương cho 04 công chức.", "04")).toBe(false);
    expect(unitBefore("Điều động 01 công chức sang UBND xã Quảng Sơn, bổ nhiệm 01 Trưởng phòng.", "01 Trưởng")).toBe(false);
    expect(unitBefore("Luân chuyển 02 công chức về phường Nghĩa Đức, còn lại 05 công chức.", "05")).toBe(false);
  });

  it("a second unit joined to the origin by «và» or a comma is an origin too (held-out 1140)", () => {
    const origin = "tiếp nhận 02 công chức từ UBND xã Hoằng Hóa và UBND phường Hạc Thành về Phòng KSTTHC; luân chuyển 03 công chức giữa các phòng.";
    expect(unitBefore(origin, "03")).toBe(false);
    expect(unitBefore("Tiếp nhận 03 công chức từ xã Ea Tiêu, xã Dray Bhăng; nâng lương cho 06 công chức.", "06")).toBe(false);
    const r = recognizeFigures(`${HEAD}Trong quý ${origin}`, REPORT);
    expect(shown(r.get("bcdc:luanChuyen.congChuc"))).toBe("03");
  });

  it("near-match: a unit named far after the origin, joined to nothing, still is", () => {
    expect(unitBefore("Tiếp nhận 01 công chức từ UBND xã Hoằng Hóa về Văn phòng, và phường Hạc Thành bổ nhiệm 02 Phó Trưởng phòng.", "02")).toBe(true);
  });

  it("near-match: a unit that is the sentence's subject or its place still is", () => {
    expect(unitBefore("Huyện Krông Nô bổ nhiệm 03 Trưởng phòng.", "03")).toBe(true);
    expect(unitBefore("UBND huyện Cư Jút đã tiếp nhận 04 công chức.", "04")).toBe(true);
  });

  it("binds the office's own figures after a move from a district", () => {
    const r = recognizeFigures(`${HEAD}Trong quý tiếp nhận 02 công chức từ UBND huyện Đắk Song; nâng lương trước thời hạn cho 04 công chức.`, REPORT);
    expect(shown(r.get("bcdc:cheDo.nangLuongTruocHan"))).toBe("04");
    const s = recognizeFigures(`${HEAD}Điều động 01 công chức sang UBND xã Quảng Sơn; bổ nhiệm 01 Trưởng phòng Nội chính.`, REPORT);
    expect(shown(s.get("bcdc:boNhiem.truongPhong"))).toBe("01");
  });

  it("near-match: figures of a district named as their place are not bound as the office's", () => {
    const r = recognizeFigures(`${HEAD}Tại huyện Krông Nô, bổ nhiệm 03 Trưởng phòng; nâng lương trước thời hạn cho 05 công chức.`, REPORT);
    expect(shown(r.get("bcdc:boNhiem.truongPhong"))).not.toBe("03");
    expect(shown(r.get("bcdc:cheDo.nangLuongTruocHan"))).not.toBe("05");
  });
});

describe("a level named as where a counted group came from («từ … cấp xã»)", () => {
  it("is no level of the clauses after it", () => {
    const r = recognizeFigures(`${HEAD}Trong quý điều động đến 03 công chức từ các phòng chuyên môn cấp xã, điều động 02 công chức đến Sở Tài chính; tiếp nhận 01 viên chức vào làm công chức.`, REPORT);
    expect(shown(r.get("bcdc:dieuDong.di"))).toBe("02");
    expect(shown(r.get("bcdc:tiepNhan.congChuc"))).toBe("01");
  });

  it("near-match: a level opening the clause of the figure still makes it that level's", () => {
    const r = recognizeFigures(`${HEAD}Trong quý điều động đến 03 công chức từ Sở Nội vụ, cấp xã điều động 02 công chức đến Sở Tài chính.`, REPORT);
    expect(shown(r.get("bcdc:dieuDong.di"))).not.toBe("02");
  });
});
