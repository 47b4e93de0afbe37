/**
 * The words offices outside the reference use for their own divisions, as the unseen batches wrote them (643, 684,
 * 702, 703, 713, 714): «05 ban», «04 ban chuyên môn», «07 khoa, phòng», «04 bộ phận, đơn vị», «Các phòng, đơn vị
 * chuyên môn: 04, gồm: …», «Số cơ quan chuyên môn, đơn vị thuộc UBND xã: 04 (A; …)», «được tổ chức thành 05 …».
 * Each is taken only with names as many as its count; the near-miss beside each is what another act or body has.
 */
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";
import { boundValue } from "../../support/recognized";
import { listsFound } from "../../support/unitLists";

const XA = "UBND TỈNH LÀO CAI\nỦY BAN NHÂN DÂN XÃ MƯỜNG KHƯƠNG\nSố: 12/BC-UBND\n\n";

describe("an office's divisions named by their own kind", () => {
  it("reads «ban», «ban chuyên môn» and «khoa, phòng» with their names", () => {
    expect(listsFound("Cơ quan Liên đoàn có 05 ban, gồm: Văn phòng; Ban Tổ chức - Kiểm tra; Ban Chính sách; Ban Tuyên giáo - Nữ công; Ban Tài chính.")).toEqual({
      "toChuc.danhSach": "Văn phòng\nBan Tổ chức - Kiểm tra\nBan Chính sách\nBan Tuyên giáo - Nữ công\nBan Tài chính",
      "toChuc.so": "05",
    });
    expect(listsFound("Cơ quan Hội có 04 ban chuyên môn: Văn phòng; Ban Tổ chức - Kiểm tra; Ban Tuyên giáo; Ban Gia đình - Xã hội.")).toMatchObject({ "toChuc.so": "04" });
    expect(listsFound("Nhà trường có 03 khoa, phòng, gồm: Khoa Xây dựng Đảng; Khoa Dân vận; Phòng Quản lý đào tạo.")).toMatchObject({ "toChuc.so": "03" });
  });

  it("near-miss: a bare «ban» counted without names, or names fewer than the count, is no list of the office", () => {
    expect(listsFound("Cơ quan Liên đoàn có 05 ban.")).toEqual({});
    expect(listsFound("Cơ quan Liên đoàn có 05 ban, gồm: Văn phòng; Ban Tài chính.")).toEqual({});
  });

  it("reads the kind first with its count after a colon, then «gồm:» or its names in brackets", () => {
    expect(listsFound("Các phòng, đơn vị chuyên môn: 04, gồm: Văn phòng HĐND và UBND xã; Phòng Kinh tế; Phòng Văn hóa - Xã hội; Trung tâm Phục vụ hành chính công xã.")).toMatchObject({ "toChuc.so": "04" });
    expect(listsFound(`${XA}- Số cơ quan chuyên môn, đơn vị thuộc UBND xã: 04 (Văn phòng HĐND và UBND; Phòng Kinh tế; Phòng Văn hóa - Xã hội; Trung tâm Phục vụ hành chính công xã)`)).toEqual({
      "toChuc.danhSach": "Văn phòng HĐND và UBND\nPhòng Kinh tế\nPhòng Văn hóa - Xã hội\nTrung tâm Phục vụ hành chính công xã",
      "toChuc.so": "04",
    });
  });

  it("near-miss: the same kind under another body is that body's", () => {
    expect(listsFound(`${XA}- Số cơ quan chuyên môn, đơn vị thuộc UBND tỉnh: 02 (Sở Nội vụ; Sở Tài chính)`)).toEqual({});
  });

  it("binds «04 bộ phận, đơn vị» as the office's divisions: a division, not a set («bộ») of anything", () => {
    const text = "VĂN PHÒNG HĐND VÀ UBND ĐẶC KHU CÔN ĐẢO\n\nI. TÌNH HÌNH CHUNG\n\nVăn phòng có 04 bộ phận, đơn vị: Bộ phận Tổng hợp; Bộ phận Hành chính - Quản trị; Bộ phận Tiếp công dân; Trung tâm Phục vụ hành chính công đặc khu.\n";
    const r = recognizeFigures(text, REPORT);
    expect(boundValue(r.get("bcdc:toChuc.so"))).toBe("04");
    expect(boundValue(r.get("bcdc:toChuc.danhSach"))).toBe("Bộ phận Tổng hợp\nBộ phận Hành chính - Quản trị\nBộ phận Tiếp công dân\nTrung tâm Phục vụ hành chính công đặc khu");
  });
});
