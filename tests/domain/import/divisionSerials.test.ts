/**
 * Divisions as legal-style reports write them: the count spelled with its digits in brackets («có bốn (04) phòng»),
 * a unit's own serial ending its name («Phòng Quản lý 1», «Nhà khách số 2»), the names after «là:», and the second
 * list opened by «cùng» («…; cùng 01 đơn vị sự nghiệp là …»). A Sơn La clerk's words, on a small form of our own.
 * Each with the side where nothing is bound: a spelled count that disagrees with its names, a figure inside an item.
 */
import { otherAgents } from "../../../src/domain/import/meaning/vetoAgent";
import { listsFound as found } from "../../support/unitLists";

describe("divisions written in legal style", () => {
  it("reads «có bốn (04) phòng: …» with serial-numbered names", () => {
    expect(found("Chi cục có bốn (04) phòng: Văn phòng Chi cục; Phòng Quản lý 1; Phòng Quản lý 2; Phòng Thanh tra, pháp chế. Chi cục không có đơn vị sự nghiệp.")).toEqual({
      "toChuc.danhSach": "Văn phòng Chi cục\nPhòng Quản lý 1\nPhòng Quản lý 2\nPhòng Thanh tra, pháp chế",
      "toChuc.so": "04",
    });
  });

  it("reads «gồm 03 phòng, đơn vị trực thuộc là: …; cùng 02 đơn vị sự nghiệp là …»", () => {
    expect(found("Bộ máy gồm 03 phòng, đơn vị trực thuộc là: Phòng Tổng hợp, Phòng Kinh tế và Ban Tiếp công dân; cùng 02 đơn vị sự nghiệp là Nhà khách số 1 và Nhà khách số 2.")).toEqual({
      "toChuc.danhSach": "Phòng Tổng hợp\nPhòng Kinh tế\nBan Tiếp công dân",
      "toChuc.so": "03",
      "suNghiep.danhSach": "Nhà khách số 1\nNhà khách số 2",
      "suNghiep.so": "02",
    });
  });

  it("reads the kind first with its count in brackets: «- Phòng, ban chuyên môn (03): …», «Các phòng chuyên môn (02): …»", () => {
    expect(found("Cơ cấu tổ chức:\n- Các phòng và tương đương (03): Văn phòng Sở; Thanh tra Sở; Phòng Quản lý đất đai.\n- Đơn vị sự nghiệp: không.")).toEqual({
      "toChuc.danhSach": "Văn phòng Sở\nThanh tra Sở\nPhòng Quản lý đất đai",
      "toChuc.so": "03",
    });
    expect(found("Sở có các phòng chuyên môn (02): Phòng Kế hoạch; Phòng Tổ chức.")).toEqual({ "toChuc.danhSach": "Phòng Kế hoạch\nPhòng Tổ chức", "toChuc.so": "02" });
  });

  it("reads the unit said again in the bracket, on a numbered item: «4. Các phòng chuyên môn (06 phòng): …» (460)", () => {
    const names = "Phòng Tổng hợp; Phòng Kinh tế; Phòng Nội chính";
    const list = { "toChuc.danhSach": "Phòng Tổng hợp\nPhòng Kinh tế\nPhòng Nội chính", "toChuc.so": "03" };
    expect(found(`4. Các phòng chuyên môn (03 phòng): ${names}.`)).toEqual(list);
    expect(found(`Các phòng, đơn vị (03 đơn vị): ${names}.`)).toEqual(list);
    // Near-miss: the rooms inspected, in a sentence, are no list of what the office has; a count the names disagree
    // with takes neither.
    expect(found(`Trong quý đã kiểm tra các phòng chuyên môn (03 phòng): ${names}.`)).toEqual({});
    expect(found(`4. Các phòng chuyên môn (04 phòng): ${names}.`)).toEqual({});
  });

  it("reads a «biểu» row labelled by the kind, its count in a cell and the names in the notes", () => {
    const table = "TT\tChỉ tiêu\tĐơn vị tính\tSố lượng\tGhi chú\n1\tCông chức hiện có\tngười\t41\t\n2\tPhòng, ban chuyên môn\tphòng\t02\tPhòng Kế hoạch; Phòng Tổ chức\n";
    expect(found(table)).toEqual({ "toChuc.danhSach": "Phòng Kế hoạch\nPhòng Tổ chức", "toChuc.so": "02" });
    // The names disagree with the count: neither is taken from the row.
    expect(found(table.replace("\t02\t", "\t03\t"))).toEqual({});
  });

  it("near-miss: a spelled count that disagrees with its names, or a figure inside a name, binds nothing", () => {
    expect(found("Chi cục có ba (03) phòng: Văn phòng Chi cục; Phòng Quản lý 1; Phòng Quản lý 2; Phòng Thanh tra.")).toEqual({});
    expect(found("Chi cục có 02 phòng: Phòng Quản lý 12 người; Phòng Thanh tra 08 người.")).toEqual({});
    // Written «01» as a count is, an item's last number may be one: «Phòng Quản lý 01» is not taken as a name.
    expect(found("Chi cục có 02 phòng: Phòng Quản lý 01; Phòng Quản lý 02.")).toEqual({});
    // A bracketed count that disagrees with its names, and rooms with a count in brackets and no list.
    expect(found("- Các phòng và tương đương (04): Văn phòng Sở; Thanh tra Sở; Phòng Quản lý đất đai.")).toEqual({});
    expect(found("Đã sửa chữa các phòng (03) của trụ sở cũ.")).toEqual({});
  });
});

describe("a row's number before a label naming bodies", () => {
  it("is no count of bodies doing what the row counts; a count in the same cell still is", () => {
    const row = "5\tPhòng chuyên môn\tphòng\t03";
    expect(otherAgents(row, row.indexOf("03"))).toBe(false);
    const prose = "Trong quý, 05 sở, ngành tổ chức 12 hội nghị";
    expect(otherAgents(prose, prose.indexOf("12"))).toBe(true);
  });
});
