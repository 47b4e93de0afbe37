/**
 * Lists of names and their counts found by what they list (src/domain/import/meaning/lists.ts), on a small form of
 * its own (not the reference report's): a school department's units and its schools. Each rule with the side where
 * it must not bind.
 */
import { findLists } from "../../../src/domain/import/meaning/lists";
import { splitNames } from "../../../src/domain/import/meaning/listItems";
import { tinyReport } from "../../support/forms";

const report = tinyReport([
  { id: "donVi.danhSach", label: "Các đơn vị trực thuộc", kind: "list", section: "I" },
  { id: "donVi.so", label: "Số đơn vị trực thuộc", kind: "count", section: "I", formula: { op: "countOf", list: "donVi.danhSach" } },
  { id: "truong.danhSach", label: "Các trường học công lập", kind: "list", section: "I" },
  { id: "soVanBan", label: "Số văn bản ban hành", kind: "count", section: "I" },
]);

function found(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [id, spans] of findLists(text, report)) out[id.replace("bcdc:", "")] = spans.map((s) => s.input).join(" | ");
  return out;
}

describe("lists by what they list", () => {
  it("takes a semicolon list after «gồm:» up to the clause opening with the next count, and its count", () => {
    expect(found("Phòng có 03 đơn vị trực thuộc, gồm: Tổ Tổng hợp; Tổ Kế hoạch - Tài chính; Tổ Thanh tra và 02 trường học công lập: Trường A, Trường B.")).toEqual({
      "donVi.danhSach": "Tổ Tổng hợp\nTổ Kế hoạch - Tài chính\nTổ Thanh tra",
      "donVi.so": "03",
      "truong.danhSach": "Trường A\nTrường B",
    });
  });

  it("reads «là A, B và C; cùng với …», a heading of unit words («phòng, tổ trực thuộc»), and «(04):»", () => {
    expect(found("Phòng có 3 phòng, đơn vị trực thuộc là Tổ Một, Tổ Hai và Tổ Ba; cùng với 2 trường học công lập là Trường Kim Đồng, Trường Võ Thị Sáu.")).toEqual({
      "donVi.danhSach": "Tổ Một\nTổ Hai\nTổ Ba",
      "donVi.so": "3",
      "truong.danhSach": "Trường Kim Đồng\nTrường Võ Thị Sáu",
    });
    expect(found("Các đơn vị trực thuộc (02): Tổ Một; Tổ Hai.")).toEqual({ "donVi.danhSach": "Tổ Một\nTổ Hai", "donVi.so": "02" });
  });

  it("reads a list in brackets only with a count that agrees", () => {
    expect(found("4. Tổ chức: 02 đơn vị trực thuộc (Tổ Một; Tổ Hai).")).toEqual({ "donVi.danhSach": "Tổ Một\nTổ Hai", "donVi.so": "02" });
    expect(found("Các đơn vị trực thuộc (trừ tổ bảo vệ) đã tự chủ.")).toEqual({});
  });

  it("reads bullet lines under a heading ending with «:»", () => {
    const text = "Cơ cấu tổ chức gồm 03 đơn vị trực thuộc:\n- Tổ Tổng hợp;\n- Tổ Chuyên môn;\n- Tổ Hành chính.\nTrong quý, đơn vị hoạt động ổn định.";
    expect(found(text)).toEqual({ "donVi.danhSach": "Tổ Tổng hợp\nTổ Chuyên môn\nTổ Hành chính", "donVi.so": "03" });
  });

  it("reads a table column headed by the list's words, its count in the header", () => {
    const text = "STT\tĐơn vị trực thuộc (02)\tTrường học công lập\n1\tTổ Một\tTrường A\n2\tTổ Hai\t\n3\t\tTrường C\nGhi chú.";
    expect(found(text)).toEqual({ "donVi.danhSach": "Tổ Một\nTổ Hai", "donVi.so": "02", "truong.danhSach": "Trường A\nTrường C" });
  });

  it("takes a count written without its list («có 05 đơn vị trực thuộc và …») but not one followed by what befell them", () => {
    expect(found("Phòng có 05 đơn vị trực thuộc và 02 trường học công lập.")).toEqual({ "donVi.so": "05" });
    expect(found("Trong năm có 02 đơn vị trực thuộc được khen thưởng.")).toEqual({});
  });

  it("gives a count as the clerk wrote it: «06» stays «06», «6» stays «6», each place its own writing", () => {
    expect(found("Phòng có 06 đơn vị trực thuộc và 02 trường học công lập.")).toEqual({ "donVi.so": "06" });
    expect(found("Phòng có 6 đơn vị trực thuộc và 2 trường học công lập.")).toEqual({ "donVi.so": "6" });
    const twice = found("Phòng có 02 đơn vị trực thuộc, gồm: Tổ Một; Tổ Hai.\nCác đơn vị trực thuộc (2): Tổ Một; Tổ Hai.");
    expect(twice["donVi.so"]).toBe("02 | 2");
  });

  it("takes neither list nor count when the count disagrees with the items", () => {
    expect(found("Phòng có 04 đơn vị trực thuộc, gồm: Tổ Một; Tổ Hai; Tổ Ba.")).toEqual({});
  });

  it("leaves lists of something else: places visited, documents issued, members of a delegation", () => {
    expect(found("Đoàn đã kiểm tra tại 03 đơn vị trực thuộc: Tổ Một, Tổ Hai, Tổ Ba.")).toEqual({});
    expect(found("Phòng đã ban hành 03 văn bản: Kế hoạch số 1, Công văn số 2, Quyết định số 3.")).toEqual({});
    expect(found("Đoàn công tác gồm: đồng chí Nguyễn Văn A, đồng chí Lò Thị B.")).toEqual({});
    expect(found("Đoàn đã kiểm tra tại Tổ Một và 02 đơn vị trực thuộc: Tổ Hai, Tổ Ba.")).toEqual({});
    expect(found("Lãnh đạo phòng đã đi thăm 03 huyện: Mộc Châu, Yên Châu, Mai Sơn.")).toEqual({});
  });

  it("leaves a list found twice with different items for the clerk", () => {
    expect(found("Có 02 đơn vị trực thuộc gồm: Tổ Một; Tổ Hai.\nCó 02 đơn vị trực thuộc gồm: Tổ Ba; Tổ Bốn.")).toEqual({});
  });

  it("splits on «;» only when the list has one (an item may hold commas), else on commas and the last «và»", () => {
    expect(splitNames(" Trung tâm Văn hóa, Thể thao và Truyền thông; Ban Quản lý dự án.")).toEqual(["Trung tâm Văn hóa, Thể thao và Truyền thông", "Ban Quản lý dự án"]);
    expect(splitNames("Nhà khách A, Nhà khách B và Trung tâm C")).toEqual(["Nhà khách A", "Nhà khách B", "Trung tâm C"]);
  });
});

describe("table columns on texts of any shape", () => {
  it("reads a table after a line of millions of characters without overflowing the stack", () => {
    const long = "Tiếp nhận 12 hồ sơ, đạt 95,06%; ".repeat(309_000);
    const table = "STT\tĐơn vị trực thuộc (02)\n1\tTổ Một\n2\tTổ Hai\nGhi chú.";
    const lists = found(`${long}\n${table}`);
    expect(lists["donVi.danhSach"]).toBe("Tổ Một\nTổ Hai");
    expect(new Set(lists["donVi.so"]!.split(" | "))).toEqual(new Set(["02"]));
    expect(found(long)).toEqual({});
  });
});
