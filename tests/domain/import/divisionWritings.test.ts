/**
 * More ways clerks write an office's own divisions (meaning/divisionHeads.ts, listItems.ts, lists.ts), each with the
 * side where it must not bind: the count echoed or written in words, a comma inside what the office has, the law's
 * «tổ chức hành chính» with a bracket of its kinds, the kind first with «thuộc» the issuer and the count after, the
 * count in brackets after the names, a name holding the list's commas, the legal basis before «gồm:».
 */
import { listsFound } from "../../support/unitLists";

const SO = "UBND TỈNH QUẢNG NINH\nSỞ VĂN HÓA\nSố: 12/BC-SVH\n\n";
const XA = "UBND TỈNH LÂM ĐỒNG\nỦY BAN NHÂN DÂN XÃ CÁT TIÊN\nSố: 12/BC-UBND\n\n";

describe("divisions as clerks write them", () => {
  it("reads a count echoed in words, or in words alone after a verb of having", () => {
    expect(listsFound("Ban có 02 (hai) phòng chuyên môn, nghiệp vụ: Phòng Hành chính - Tổng hợp; Phòng Quản lý dự án 1.")).toEqual({
      "toChuc.danhSach": "Phòng Hành chính - Tổng hợp\nPhòng Quản lý dự án 1",
      "toChuc.so": "02",
    });
    expect(listsFound("Ban có Trưởng ban và hai phòng chuyên môn là Văn phòng, Phòng Quản lý quy hoạch, xây dựng và môi trường, cùng một đơn vị sự nghiệp trực thuộc là Trung tâm Dịch vụ hỗ trợ đầu tư và phát triển hạ tầng.")).toEqual({
      "toChuc.danhSach": "Văn phòng\nPhòng Quản lý quy hoạch, xây dựng và môi trường",
      "toChuc.so": "2",
      "suNghiep.danhSach": "Trung tâm Dịch vụ hỗ trợ đầu tư và phát triển hạ tầng",
      "suNghiep.so": "1",
    });
  });

  it("near-match: a count in words opening a sentence says something of some units, not what the office has", () => {
    expect(listsFound("Hai đơn vị sự nghiệp trực thuộc (Nhà khách A, Nhà khách B) tự bảo đảm chi thường xuyên.")).toEqual({});
  });

  it("reads a count after a comma inside what the office has, not inside another act", () => {
    expect(listsFound(`${XA}UBND xã có Chủ tịch, 02 Phó Chủ tịch, 02 cơ quan chuyên môn và tổ chức hành chính gồm Văn phòng HĐND và UBND, Phòng Kinh tế, cùng 01 đơn vị sự nghiệp.`)).toMatchObject({
      "toChuc.danhSach": "Văn phòng HĐND và UBND\nPhòng Kinh tế",
      "toChuc.so": "02",
    });
    expect(listsFound("Năm 2026 kiểm tra tại Văn phòng, 02 phòng chuyên môn gồm Phòng Kinh tế, Phòng Nội chính.")).toEqual({});
  });

  it("reads «tổ chức hành chính» and passes a bracket of its kinds that adds up to it", () => {
    expect(listsFound("Cơ cấu tổ chức gồm 13 tổ chức hành chính (07 phòng chuyên môn, nghiệp vụ và 06 chi cục) và 14 đơn vị sự nghiệp công lập trực thuộc.")).toEqual({
      "toChuc.so": "13",
      "suNghiep.so": "14",
    });
    expect(listsFound("Cơ cấu tổ chức gồm 13 tổ chức hành chính (07 phòng chuyên môn và 05 chi cục) và 14 đơn vị sự nghiệp công lập trực thuộc.")).toEqual({ "suNghiep.so": "14" });
  });

  it("near-match: a count after the «gồm» of another count is one kind among its units, not them all", () => {
    expect(listsFound("Văn phòng có 07 tổ chức hành chính trực thuộc, gồm 06 phòng chuyên môn và Trung tâm Phục vụ hành chính công tỉnh.")).toEqual({});
    expect(listsFound("Văn phòng có 06 phòng chuyên môn và 01 trung tâm.")).toEqual({ "toChuc.so": "06" });
  });

  it("reads the kind first, «thuộc» the issuer, then the count and the names", () => {
    expect(listsFound(`${XA}4. Cơ quan chuyên môn, tổ chức hành chính thuộc UBND xã gồm 02 đơn vị: Văn phòng HĐND và UBND; Phòng Kinh tế.`)).toEqual({
      "toChuc.danhSach": "Văn phòng HĐND và UBND\nPhòng Kinh tế",
      "toChuc.so": "02",
    });
    expect(listsFound(`${SO}Các phòng thuộc Sở, số lượng: 02 (hai): Văn phòng Sở; Phòng Quản lý du lịch.`)).toEqual({
      "toChuc.danhSach": "Văn phòng Sở\nPhòng Quản lý du lịch",
      "toChuc.so": "02",
    });
  });

  it("near-match: «thuộc» another body lists that body's units", () => {
    expect(listsFound(`${SO}Cơ quan chuyên môn thuộc UBND tỉnh gồm 02 cơ quan: Sở Nội vụ; Sở Tài chính.`)).toEqual({});
  });

  it("reads the count in brackets after the names, only when as many", () => {
    expect(listsFound("Các phòng: Phòng Tổng hợp - Kinh tế; Phòng Nội chính (02 phòng). Đơn vị sự nghiệp: Trung tâm A, Nhà khách B.")).toMatchObject({
      "toChuc.danhSach": "Phòng Tổng hợp - Kinh tế\nPhòng Nội chính",
      "toChuc.so": "02",
    });
    expect(listsFound("Các phòng: Phòng Tổng hợp - Kinh tế; Phòng Nội chính (03 phòng).")).toEqual({});
  });

  it("reads a name holding the list's commas whole when the count says so", () => {
    expect(listsFound(`${XA}Bộ máy của UBND xã gồm 03 cơ quan chuyên môn và tổ chức hành chính là Văn phòng HĐND và UBND, Phòng Kinh tế, Hạ tầng và Đô thị, Phòng Văn hóa - Xã hội.`)).toEqual({
      "toChuc.danhSach": "Văn phòng HĐND và UBND\nPhòng Kinh tế, Hạ tầng và Đô thị\nPhòng Văn hóa - Xã hội",
      "toChuc.so": "03",
    });
    expect(listsFound(`${XA}Bộ máy của UBND xã gồm 05 cơ quan chuyên môn và tổ chức hành chính là Văn phòng HĐND và UBND, Phòng Kinh tế, Hạ tầng và Đô thị, Phòng Văn hóa - Xã hội.`)).toEqual({});
  });

  it("reads past the legal basis of the structure before «gồm:», and owner after «trực thuộc»", () => {
    expect(listsFound("Văn phòng có 02 phòng, đơn vị trực thuộc theo Điều 4 Quyết định số 1147/QĐ-UBND nêu trên, gồm: Phòng Tổng hợp; Phòng Nội chính.")).toEqual({
      "toChuc.danhSach": "Phòng Tổng hợp\nPhòng Nội chính",
      "toChuc.so": "02",
    });
    expect(listsFound(`${SO}Đơn vị sự nghiệp trực thuộc Sở gồm 02 đơn vị: Trung tâm Kiểm định; Ban Quản lý bảo trì.`)).toEqual({
      "suNghiep.danhSach": "Trung tâm Kiểm định\nBan Quản lý bảo trì",
      "suNghiep.so": "02",
    });
    expect(listsFound(`${SO}Đơn vị sự nghiệp trực thuộc UBND tỉnh gồm 02 đơn vị: Trung tâm Kiểm định; Ban Quản lý bảo trì.`)).toEqual({});
  });

  it("reads bullet lines marked with arrows", () => {
    expect(listsFound("• Tổ chức: 02 phòng, đơn vị trực thuộc, gồm:\n  ➢ Phòng Tổng hợp\n  ➢ Phòng Kinh tế\nvà 01 đơn vị sự nghiệp: Trung tâm Thông tin.")).toMatchObject({
      "toChuc.danhSach": "Phòng Tổng hợp\nPhòng Kinh tế",
      "toChuc.so": "02",
    });
  });
});
