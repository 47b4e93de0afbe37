/**
 * A statistical template's indicator codes, row numbers and column numbers are names, never counts: read as blank
 * (codeColumns.ts), so a row's figure is its figure and a code is no rival of a figure of the same value, while a
 * figure written in the prose or a table with no code column is read as before. Words no corpus document uses.
 */
import { withoutCodeColumns } from "../../../src/domain/import/codeColumns";
import { boundByLabel } from "../../support/recognized";
import { REPORT } from "../../support/forms";

const template = (sep: string) =>
  [
    "UBND TỈNH KON TUM",
    "SỞ TÀI CHÍNH",
    "",
    "BÁO CÁO",
    "Kết quả thực hiện dân chủ trong hoạt động của cơ quan quý II năm 2027",
    "",
    "Biểu 01. ĐỘI NGŨ",
    ["TT", "Nội dung chỉ tiêu", "Mã", "ĐVT", "Quý II/2027", "Lũy kế", "Ghi chú"].join(sep),
    ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)"].join(sep),
    ["I", "Tổng số (01 = 02 + 03)", "01", "Người", "81", "-", ""].join(sep),
    ["1", "Tiến sĩ", "02", "Người", "06", "-", ""].join(sep),
    ["2", "Thạc sĩ", "03", "Người", "-", "-", "Chưa tổng hợp"].join(sep),
    ["3", "Đại học", "04", "Người", "75", "-", "Trình độ cao nhất"].join(sep),
    ["4", "Cử nhân chính trị", "05", "Người", "-", "-", ""].join(sep),
    "",
    "Số người nêu tại mã số 01 gồm cả người làm việc theo hợp đồng.",
    "",
  ].join("\n");

describe("a template's codes, row numbers and column numbers", () => {
  it("are read as blank, one character for one, the header's words kept", () => {
    const text = template("\t");
    const read = withoutCodeColumns(text);
    expect(read.length).toBe(text.length);
    expect(read).toContain("TT\tNội dung chỉ tiêu\tMã\tĐVT");
    expect(read).not.toContain("(3)");
    expect(read).toContain(`I\tTổng số ${" ".repeat("(01 = 02 + 03)".length)}\t  \tNgười\t81`);
    expect(read).toContain(" \tTiến sĩ\t  \tNgười\t06");
    expect(read).toContain("nêu tại mã số    gồm");
  });

  it("never bind a code where the row has no figure, and let the row's figure bind", () => {
    for (const sep of ["\t", " | "]) {
      const bound = boundByLabel(template(sep), REPORT);
      expect(bound("Tiến sĩ")).toBe("06");
      expect(bound("Đại học")).toBe("75");
      expect(bound("Thạc sĩ")).toBeNull();
      expect(bound("Cử nhân chính trị")).toBeNull();
    }
  });

  it("read the codes closing a header's cells as blank where the periods are rows, and the figures under them bind", () => {
    const text = [
      "Biểu 3. KẾT QUẢ GIẢI QUYẾT HỒ SƠ TẠI TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG TỈNH",
      "Đơn vị, kỳ\tTiếp nhận (52)\tĐã giải quyết (53)\tTỷ lệ % (54)\tTrễ hạn (55)",
      "Trung tâm Phục vụ hành chính công tỉnh\t\t\t\t",
      "Quý II/2027\t9.310\t8.920\t95,81\t37",
      "Quý I/2027\t8.804\t8.512\t96,68\t41",
      "",
    ].join("\n");
    expect(withoutCodeColumns(text)).toContain("Đơn vị, kỳ\tTiếp nhận     \tĐã giải quyết     \tTỷ lệ %     \tTrễ hạn     ");
    const bound = boundByLabel(text, REPORT);
    expect(bound("Hồ sơ tiếp nhận (Trung tâm PVHCC)")).toBe("9.310");
    expect(bound("Hồ sơ đã giải quyết")).toBe("8.920");
  });

  it("leave a sum of figures in a row, and a table with no code column, as written", () => {
    const figures = ["Chỉ tiêu\tĐVT\tQuý II/2027", "Tổng số (81 = 06 + 75)\tNgười\t81", "Tiến sĩ\tNgười\t06"].join("\n");
    expect(withoutCodeColumns(figures)).toBe(figures);
  });
});
