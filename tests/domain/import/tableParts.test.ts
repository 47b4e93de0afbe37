/**
 * What the unseen table batch 730–734 bound wrong, with the near-miss beside each:
 * - «Bổ nhiệm Phó Trưởng phòng (01 Phó Trưởng phòng Khoa giáo - Văn xã, 02 Phó Trưởng phòng Nội chính)⇥03»: the
 *   bracket's numbers add up to the cell after it, so they are its parts; the form's total of deputies appointed is
 *   never one of them (730). A bracket that does not add up to what follows says nothing.
 * - «Công chức⇥58⇥53 / Viên chức⇥44⇥41 / Hợp đồng lao động⇥-⇥09 / Tổng cộng⇥102⇥103»: the total row adds kinds of
 *   staff up, no one kind's figure (732); a group's «Cộng» one column in totals that group's rooms, and one room's row
 *   above a total is a part of it (542).
 */
import { partOfFollowingTotal, wholeFigure } from "../../../src/domain/import/meaning/bracketTotal";
import { roomRowAboveTotal, staffKindsTotal } from "../../../src/domain/import/meaning/staffTotalRow";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";
import { boundValue } from "../../support/recognized";

const at = (text: string, figure: string, from = 0) => {
  const start = text.indexOf(figure, from);
  return { start, end: start + figure.length };
};

describe("a bracket of parts before its total", () => {
  const row = "5\tBổ nhiệm Phó Trưởng phòng (01 Phó Trưởng phòng Khoa giáo - Văn xã, 02 Phó Trưởng phòng Nội chính)\t03\n";

  it("reads the bracket's numbers as parts of the cell after them", () => {
    const two = at(row, "02 Phó");
    expect(partOfFollowingTotal(row, two.start, two.start + 2)).toBe(true);
  });

  it("near-miss: a bracket that does not add up to what follows holds no parts of it", () => {
    const off = row.replace("\t03\n", "\t04\n");
    const two = at(off, "02 Phó");
    expect(partOfFollowingTotal(off, two.start, two.start + 2)).toBe(false);
  });

  it("applies to a figure counting a whole only", () => {
    expect(wholeFigure({ id: "a", label: "Tổng số Phó Trưởng phòng được bổ nhiệm", kind: "count", section: "I" })).toBe(true);
    expect(wholeFigure({ id: "b", label: "Bổ nhiệm Phó Trưởng phòng Khoa giáo - Văn xã", kind: "count", section: "I" })).toBe(false);
  });

  it("leaves the deputies appointed unbound rather than take a part for them", () => {
    const text = `UBND TỈNH GIA LAI\nVĂN PHÒNG\n\nBÁO CÁO\n\nIII. THỰC HIỆN DÂN CHỦ\n1. Công tác cán bộ\nTT\tNội dung\tSố người\n4\tBổ nhiệm Trưởng phòng\t02\n${row}`;
    expect(boundValue(recognizeFigures(text, REPORT).get("bcdc:boNhiem.phoPhong"))).not.toBe("02");
  });
});

describe("a staff table's total rows", () => {
  const kinds = "TT\tĐối tượng\tĐược giao\tHiện có\n1\tCông chức\t58\t53\n2\tViên chức\t44\t41\n3\tHợp đồng lao động\t-\t09\n\tTổng cộng\t102\t103\n";

  it("reads the total under kinds of staff as all kinds together", () => {
    expect(staffKindsTotal(kinds, at(kinds, "103"))).toBe(true);
    expect(staffKindsTotal(kinds, at(kinds, "41"))).toBe(false);
  });

  const rooms =
    "Khối\tTT\tĐơn vị\tĐược giao\tCó mặt\n" +
    "Quản lý nhà nước (công chức)\t1\tVăn phòng Sở\t12\t11\n\t2\tPhòng Kế hoạch - Tài chính\t7\t7\n\tCộng\t\t19\t18\n" +
    "Sự nghiệp (viên chức)\t3\tTrung tâm Công nghệ thông tin\t18\t16\n\t4\tTrung tâm Ứng dụng khoa học\t14\t13\n\tCộng\t\t32\t29\n" +
    "Tổng cộng\t\t\t51\t47\n";

  it("near-miss: a group's «Cộng» one column in is that group's, the last total all kinds'", () => {
    expect(staffKindsTotal(rooms, at(rooms, "29"))).toBe(false);
    expect(staffKindsTotal(rooms, at(rooms, "47"))).toBe(true);
  });

  it("reads a room's row above a total as a part, a kind's row as the kind's", () => {
    expect(roomRowAboveTotal(rooms, at(rooms, "16"))).toBe(true);
    expect(roomRowAboveTotal(kinds, at(kinds, "41"))).toBe(false);
  });

  it("binds no kind of staff to the total row", () => {
    const text = `UBND TỈNH QUẢNG NGÃI\nBAN QUẢN LÝ KHU KINH TẾ\n\nBÁO CÁO\n\nI. TÌNH HÌNH CHUNG\nBiểu 1. Biên chế năm 2026\n${kinds}`;
    const r = recognizeFigures(text, REPORT);
    expect(boundValue(r.get("bcdc:bienChe.suNghiepThucHien"))).not.toBe("103");
    expect(boundValue(r.get("bcdc:bienChe.congChucThucHien"))).not.toBe("103");
  });
});
