/**
 * Staff tables with the rooms as columns and the kinds as rows (heldout 1252, 1260): the total column's header merged
 * down over two header rows (its lower cell empty), groups numbered «I⇥Số lượng» between the rows (read with the
 * header), «Tổng cộng (người)» with its unit, and a second table of public employees whose rows say «Viên chức có mặt».
 */
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";
import { recognise, top, under, type Cell } from "../../support/tableDocx";

const rooms = ["LĐVP", "P.TH", "P.KT", "P.KGVX", "TT PVHCC"];
const header = (total: string): Cell[][] => [
  [top("TT"), top("Nội dung"), { text: "Lãnh đạo Văn phòng, các phòng, đơn vị", span: rooms.length }, top(total)],
  [under, under, ...rooms, under],
];
const staff = (total: string): Cell[][] => [
  ...header(total),
  ["I", "Số lượng", "", "", "", "", "", ""],
  ["1", "Công chức", "5", "14", "13", "11", "2", "45"],
  ["II", "Trình độ chuyên môn", "", "", "", "", "", ""],
  ["1", "Tiến sĩ", "—", "1", "1", "—", "—", "02"],
  ["2", "Thạc sĩ", "4", "7", "6", "5", "4", "26"],
  ["3", "Đại học", "1", "6", "6", "6", "15", "34"],
];
const opening = ["I. TÌNH HÌNH CHUNG", "2. Biên chế, chất lượng đội ngũ", "Biểu 1. Số lượng, chất lượng công chức, viên chức"];

describe("a table with the rooms as columns and the total column last", () => {
  it.each(["Tổng số", "Tổng cộng (người)"])("reads each kind's figure from the total column «%s», not the first room's", async (total) => {
    const { value } = await recognise([...opening, staff(total)]);
    expect(value("bcdc:trinhDo.tienSi")).toEqual(["02"]);
    expect(value("bcdc:trinhDo.thacSi")).toEqual(["26"]);
    expect(value("bcdc:trinhDo.daiHoc")).toEqual(["34"]);
  });

});

describe("a row's label names the staff its figures count", () => {
  const text = [
    "BÁO CÁO",
    "Kết quả thực hiện dân chủ ở cơ sở quý IV năm 2026",
    "I. TÌNH HÌNH CHUNG",
    "Nội dung\tLĐVP\tTổng hợp\tKinh tế\tTổng cộng (người)",
    "Công chức được giao\t06\t11\t10\t27",
    "Có mặt\t06\t10\t09\t25",
    "",
    "Nội dung\tTrung tâm Phục vụ hành chính công\tTrung tâm Thông tin - Công báo\tTổng cộng (người)",
    "Viên chức được giao\t14\t09\t23",
    "Viên chức có mặt\t13\t09\t22",
    "",
  ].join("\n");

  it("«Viên chức có mặt» is never the civil servants in post, and «Có mặt» under «Công chức được giao» is", () => {
    const result = recognizeFigures(text, REPORT);
    const bound = (id: string) => {
      const r = result.get(id);
      return r?.state === "bound" ? r.occurrences.map((o) => o.text) : r?.state;
    };
    expect(bound("bcdc:bienChe.congChucGiao")).toEqual(["27"]);
    expect(bound("bcdc:bienChe.congChucThucHien")).toEqual(["25"]);
    expect(bound("bcdc:bienChe.suNghiepGiao")).toEqual(["23"]);
    expect(bound("bcdc:bienChe.suNghiepThucHien")).not.toEqual(["25"]);
  });
});

describe("a body's own column beside its units' and the sector's total", () => {
  it("reads the body's own column, not «Toàn ngành»", async () => {
    const { value } = await recognise([
      ...opening,
      [
        ["TT", "Nội dung", "Cơ quan Sở", "Các đơn vị trực thuộc", "Toàn ngành", "Ghi chú"],
        ["I", "Tổ chức, biên chế năm 2026", "", "", "", ""],
        ["1", "Tiến sĩ", "02", "09", "11", ""],
        ["2", "Thạc sĩ", "41", "1.287", "1.328", ""],
      ],
    ]);
    expect(value("bcdc:trinhDo.tienSi")).not.toEqual(["11"]);
    expect(value("bcdc:trinhDo.thacSi")).not.toEqual(["1.328"]);
  });
});

describe("a table with the total column first, then one column per site, then notes (heldout 1261)", () => {
  const text = [
    "BÁO CÁO",
    "Tình hình thực hiện dân chủ trong hoạt động của cơ quan quý IV năm 2025",
    "Biểu 2. Công tác cán bộ quý IV năm 2025",
    "TT\tNội dung\tTổng số\tChia theo cơ sở làm việc\t\t\tGhi chú",
    "\t\t\tCơ sở Vĩnh Long\tCơ sở Bến Tre\tCơ sở Trà Vinh\t",
    "4\tBổ nhiệm Trưởng phòng\t02\t1\t—\t1\t",
    "5\tBổ nhiệm Phó Trưởng phòng\t04\t2\t1\t1\tPhòng Tổng hợp 01; Phòng Kinh tế 02; Phòng Khoa giáo - Văn xã 01",
    "7\tNâng lương trước thời hạn\t05\t3\t1\t1\t",
    "",
  ].join("\n");

  it("never reads the first site's cell as the office's figure", () => {
    const result = recognizeFigures(text, REPORT);
    const bound = (id: string) => {
      const r = result.get(id);
      return r?.state === "bound" ? r.occurrences.map((o) => o.text) : r?.state;
    };
    expect(bound("bcdc:boNhiem.truongPhong")).toEqual(["02"]);
    expect(bound("bcdc:cheDo.nangLuongTruocHan")).toEqual(["05"]);
    expect(bound("bcdc:boNhiem.phoPhong")).not.toEqual(["2"]);
  });
});

describe("rows numbered under a Roman-numbered group (heldout 1263)", () => {
  const table = (group: string) =>
    [
      "BÁO CÁO",
      "Kết quả thực hiện Quy chế dân chủ quý III năm 2025",
      "Biểu 1. Trình độ công chức, viên chức, người lao động",
      "TT\tTrình độ\tCông chức\tViên chức\tHĐLĐ\tCộng\tGhi chú",
      "I\tChuyên môn\t\t\t\t\t",
      "1\tThạc sĩ\t41\t7\t-\t48\t",
      "2\tĐại học\t58\t22\t9\t89\t",
      `II\t${group}\t\t\t\t\t`,
      "3\tCao cấp\t37\t4\t\t41\tKể cả 05 đồng chí lãnh đạo Văn phòng",
      "4\tTrung cấp\t44\t9\t\t53\t",
      "",
    ].join("\n");
  const bound = (text: string, id: string) => {
    const r = recognizeFigures(text, REPORT).get(id);
    return r?.state === "bound" ? r.occurrences.map((o) => o.text) : r?.state;
  };

  it("reads a row with its group's name: «Cao cấp» under «Lý luận chính trị»", () => {
    const text = table("Lý luận chính trị");
    expect(bound(text, "bcdc:llct.caoCap")).toEqual(["41"]);
    expect(bound(text, "bcdc:llct.trungCap")).toEqual(["53"]);
  });

  it("lends nothing from a group titled like a section", () => {
    expect(bound(table("CÁC CHỈ TIÊU KHÁC, GHI CHÚ"), "bcdc:llct.caoCap")).not.toEqual(["41"]);
  });
});
