/**
 * A count, its intro («gồm», «cụ thể», «:») and as many named units as it says: the list of the office's units and
 * their count, however the clerk lays them out (meaning/lists.ts, divisionHeads.ts, listItems.ts, listHas.ts), on a
 * small form of our own. Each rule with the side where it must not bind.
 */
import { splitItems } from "../../../src/domain/import/patterns";
import { listsFound as found } from "../../support/unitLists";

const both = { "toChuc.danhSach": "Phòng Một\nPhòng Hai", "toChuc.so": "02" };
const centres = { "suNghiep.danhSach": "Trung tâm A\nNhà khách B", "suNghiep.so": "02" };

describe("a count and as many named units", () => {
  it("reads «cụ thể: 1) A; 2) B», the items' numbers no part of the names", () => {
    expect(found("Văn phòng gồm 02 tổ chức trực thuộc, cụ thể: 1) Phòng Một; 2) Phòng Hai. Hết.")).toEqual(both);
    expect(found("Văn phòng gồm 03 tổ chức trực thuộc, cụ thể: 1) Phòng Một; 2) Phòng Hai. Hết.")).toEqual({});
  });

  it("reads a bracket opened by «bao gồm:»", () => {
    expect(found("Cơ cấu gồm 02 phòng, trung tâm trực thuộc (bao gồm: Phòng Một; Phòng Hai) và 02 đơn vị sự nghiệp (bao gồm: Trung tâm A; Nhà khách B).")).toEqual({
      ...both,
      ...centres,
    });
  });

  it("reads «…; và 02 đơn vị sự nghiệp trực thuộc: …» after the list of what the office has, not after places checked", () => {
    expect(found("Cơ cấu tổ chức gồm 02 phòng chuyên môn: Phòng Một; Phòng Hai; và 02 đơn vị sự nghiệp trực thuộc: Trung tâm A; Nhà khách B.")).toEqual({
      ...both,
      ...centres,
    });
    expect(found("Đoàn đã kiểm tra tại Phòng Một; Phòng Hai; và 02 đơn vị sự nghiệp trực thuộc: Trung tâm A; Nhà khách B.")).toEqual({});
  });

  it("reads the kinds offices name their divisions by: bộ phận, phòng và chi cục, cơ quan chuyên môn và tổ chức hành chính, tổ chức tham mưu", () => {
    expect(found("Văn phòng có 02 bộ phận, gồm: Bộ phận Một; Bộ phận Hai.")).toEqual({ "toChuc.danhSach": "Bộ phận Một\nBộ phận Hai", "toChuc.so": "02" });
    expect(found("Cơ cấu tổ chức gồm 02 phòng, chi cục: Phòng Một; Chi cục Hai.")).toEqual({ "toChuc.danhSach": "Phòng Một\nChi cục Hai", "toChuc.so": "02" });
    expect(found("UBND xã có 02 cơ quan chuyên môn và tổ chức hành chính gồm Phòng Một, Phòng Hai.")).toEqual(both);
    expect(found("Cơ cấu gồm 02 tổ chức tham mưu, giúp việc Giám đốc Sở: Phòng Một; Phòng Hai.")).toEqual(both);
    expect(found("UBND xã có 02 cơ quan, đơn vị chuyên môn:\n1) Phòng Một;\n2) Phòng Hai.\nHết.")).toEqual(both);
    // A bare «bộ phận» counted without its names is a room as often as a division.
    expect(found("Trụ sở có 02 bộ phận.")).toEqual({});
  });

  it("reads a heading after a bullet or a full stop only with its names", () => {
    expect(found("Tổ chức:\n- 02 phòng chuyên môn, nghiệp vụ: Phòng Một; Phòng Hai.")).toEqual(both);
    expect(found("Tổ chức. 02 phòng chuyên môn: Phòng Một; Phòng Hai.")).toEqual(both);
    expect(found("Tình hình:\n- 05 phòng chuyên môn, nghiệp vụ.")).toEqual({});
    // A bare «phòng» after a note's mark restates the rooms by name: the count is the one the office states.
    expect(found("Cơ cấu gồm 02 phòng chuyên môn.\n[3] 02 phòng: Phòng Một; Phòng Hai.")).toEqual(both);
    expect(found("Ghi chú:\n[3] 02 phòng: Phòng Một; Phòng Hai.")).toEqual({ "toChuc.danhSach": "Phòng Một\nPhòng Hai" });
  });

  it("reads the count written after the heading: «… 02:», «: 02, gồm:», «: 01 (…)», «số lượng: 02 (hai):»", () => {
    expect(found("Lãnh đạo: 03; phòng, đơn vị trực thuộc 02: Phòng Một, Phòng Hai; ĐVSN 02: Trung tâm A, Nhà khách B.")).toEqual({ ...both, ...centres });
    expect(found("• Tổ chức trực thuộc: 02, gồm:\n- Phòng Một;\n- Phòng Hai.\n• Khác.")).toEqual(both);
    expect(found("Đơn vị sự nghiệp trực thuộc: 01 (Trung tâm Khuyến công và Xúc tiến thương mại).")).toEqual({
      "suNghiep.danhSach": "Trung tâm Khuyến công và Xúc tiến thương mại",
      "suNghiep.so": "01",
    });
    expect(found("Các đơn vị sự nghiệp trực thuộc, số lượng: 02 (hai): Trung tâm A; Nhà khách B.")).toEqual(centres);
    expect(found("Các đơn vị sự nghiệp trực thuộc, số lượng: 03 (ba): Trung tâm A; Nhà khách B.")).toEqual({});
  });

  it("passes over a lower-case bracket saying which units are counted, never a bracket of names", () => {
    expect(found("- 02 đơn vị sự nghiệp (không kể các trường học): Trung tâm A; Nhà khách B.")).toEqual(centres);
    expect(found("Có 02 đơn vị sự nghiệp (Trung tâm A; Nhà khách B) và các trường.")).toEqual(centres);
  });

  it("reads names one a line under «gồm:» down to «và 02 …», and a list its page wrapped after a «;»", () => {
    expect(found("Văn phòng có 02 phòng chuyên môn, gồm:\nPhòng Một\nPhòng Hai\nvà 02 đơn vị sự nghiệp trực thuộc, gồm:\nTrung tâm A\nNhà khách B\n\nII. KẾT QUẢ")).toEqual({
      ...both,
      ...centres,
    });
    expect(found("Các tổ chức trực thuộc (03): Phòng Một;\nPhòng Hai; Phòng Ba. Đơn vị sự nghiệp (02):\nTrung tâm A; Nhà khách B.")).toEqual({
      "toChuc.danhSach": "Phòng Một\nPhòng Hai\nPhòng Ba",
      "toChuc.so": "03",
      ...centres,
    });
    // No «;» before the break: the line ended the list, which then disagrees with its count.
    expect(found("Các tổ chức trực thuộc (03): Phòng Một, Phòng Hai\nPhòng Ba làm việc tốt.")).toEqual({});
  });

  it("reads a «biểu» row: heading, unit, count, names; not a row of units to be checked", () => {
    expect(found("STT\tNội dung\tĐVT\tKết quả\tGhi chú\n1\tĐơn vị sự nghiệp trực thuộc\tĐơn vị\t02\tTrung tâm A; Nhà khách B\n")).toEqual(centres);
    expect(found("STT\tNội dung\tĐVT\tKết quả\tGhi chú\n1\tĐơn vị dự kiến kiểm tra\tĐơn vị\t02\tTrung tâm A; Nhà khách B\n")).toEqual({});
  });
});

describe("a wording's list parted by «;»", () => {
  it("splits on «;» only where the clerk used it, whatever the form's separator", () => {
    expect(splitItems("Trung tâm Dịch vụ và Hỗ trợ đầu tư; Ban Quản lý dự án", "commasAnd")).toEqual(["Trung tâm Dịch vụ và Hỗ trợ đầu tư", "Ban Quản lý dự án"]);
    expect(splitItems("Trung tâm A, Nhà khách B và Nhà khách C", "commasAnd")).toEqual(["Trung tâm A", "Nhà khách B", "Nhà khách C"]);
  });
});
