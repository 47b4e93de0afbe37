/**
 * Recognition by meaning, one idea at a time, on short texts and the built-in forms: one number explains one figure
 * (a swap that loses by the margin is no rival), the whole of a fraction is only a total, a change is not a count, a
 * title cut short is another title, numbers an exact wording claims stay its own, a text figure is taken whole.
 */
import { recognizeFigures } from "../../../src/domain/import/recognize";
import type { Recognition } from "../../../src/domain/import/types";
import { REPORT, builtInDefinition } from "../../support/forms";

const MONTHLY = builtInDefinition("tiep-cong-dan-thang");
const shown = (r: Recognition | undefined) =>
  r?.state === "bound" ? r.occurrences.map((o) => o.input).join(" ") : r?.state === "ambiguous" ? `? ${r.candidates.map((c) => c.text).join(" ")}` : "-";

describe("recognition by meaning: choosing between numbers", () => {
  it("gives each of two look-alike figures its own number when the swap is clearly worse", () => {
    const text = "I. ĐẶC ĐIỂM, TÌNH HÌNH\nBiên chế năm 2026: công chức giao 55, có mặt 46; sự nghiệp giao 15, có mặt 14; hợp đồng 08.";
    const r = recognizeFigures(text, REPORT);
    expect([shown(r.get("bcdc:bienChe.congChucThucHien")), shown(r.get("bcdc:bienChe.suNghiepThucHien"))]).toEqual(["46", "14"]);
  });

  it("never takes «Trưởng phòng: 01» for a count of deputy heads", () => {
    const text = "- Bổ nhiệm: + Phó Trưởng phòng: 03 (Khoa giáo - Văn xã: 01; Tổng hợp - Kinh tế: 02); + Trưởng phòng Tổng hợp - Kinh tế: 01.";
    const r = recognizeFigures(text, REPORT);
    expect(shown(r.get("bcdc:boNhiem.phoPhongTHKT"))).not.toBe("01");
  });

  it("reads the whole of a fraction only as a total, and a decrease not as last month's count", () => {
    const text =
      "Tổng số lượt tiếp công dân tháng 2/2020 là 03 lượt với 15 người. Nội dung tập trung trong lĩnh vực đất đai 3/3 lượt tiếp công dân chiếm 100%. So với tháng 1/2020, số lượt tiếp công dân tháng 2/2020 giảm 46 lượt.";
    const r = recognizeFigures(text, MONTHLY);
    expect(shown(r.get("tcd:noiDung.khacLuot"))).toBe("-");
    expect(shown(r.get("tcd:soSanh.luotThangTruoc"))).toBe("-");
    expect(shown(r.get("tcd:noiDung.datDaiLuot"))).toBe("3");
  });

  it("takes a text figure written as month/year whole, not its first number", () => {
    const text = "So với tháng 10/2018 (24 lượt tiếp công dân, 37 người), tăng 16 lượt.";
    expect(shown(recognizeFigures(text, MONTHLY).get("tcd:soSanh.thangTruoc"))).toBe("10/2018");
  });

  it("leaves numbers an exact wording claims for an unclear figure to that figure", () => {
    const text =
      "Lãnh đạo UBND các huyện, thành phố: Tổng số lượt tiếp: 25 lượt (trong đó: tiếp định kỳ 24 lượt, tiếp đột xuất 01 lượt) với 44 người đến khiếu nại, tố cáo, kiến nghị, phản ánh.";
    const r = recognizeFigures(text, MONTHLY);
    expect(shown(r.get("tcd:tong.dotXuat"))).not.toBe("24");
    expect(shown(r.get("tcd:huyen.dotXuat"))).toBe("01");
  });

  it("takes a count and its percentage when the quotient by the whole already found is that percentage", () => {
    const text = "2. Cải cách hành chính - Một cửa Văn phòng: nhận 81 hồ sơ, xong 77 (95,06%), trong đó sớm hạn 06 (7,79%), đúng hạn 71 (92,21%); đang giải quyết 04 (4,94%).";
    const r = recognizeFigures(text, REPORT);
    expect([shown(r.get("bcdc:motCuaVp.daGiaiQuyet")), shown(r.get("bcdc:motCuaVp.tyLeDaGiaiQuyet"))]).toEqual(["77", "95,06"]);
    // The same words with a percentage that is not 77/81: the words alone do not bind 77.
    const off = recognizeFigures(text.replace("95,06%", "91,00%"), REPORT);
    expect(shown(off.get("bcdc:motCuaVp.daGiaiQuyet"))).not.toBe("77");
  });

  it("reads a count in brackets after its percentage by the words before, with that percentage", () => {
    const text =
      "- Bộ phận một cửa Văn phòng:\n+ Tiếp nhận 90 hồ sơ.\n+ Đã giải quyết 84/90 hồ sơ tiếp nhận, đạt 93,33%;\n+ Trả sớm hạn chiếm 11,90% (10 hồ sơ), trả đúng hạn chiếm 88,10% (74 hồ sơ);";
    const r = recognizeFigures(text, REPORT);
    expect(shown(r.get("bcdc:motCuaVp.tyLeTraSom"))).not.toBe("88,10");
    expect(shown(r.get("bcdc:motCuaVp.dungHan"))).toBe("74");
  });

  it("never takes the number of a heading or a list item for a figure; reads «X: N Phó Chánh Văn phòng» as X's", () => {
    const text = [
      "III. THỰC HIỆN DÂN CHỦ TRONG HOẠT ĐỘNG CỦA CƠ QUAN",
      "1. Công chức, viên chức",
      "- Biệt phái: 03 viên chức.",
      "- Điều động đến và bổ nhiệm: 01 Phó Chánh Văn phòng. Điều động đi: 02 Phó Chánh Văn phòng (sang Sở Công Thương).",
      "- Tiếp nhận công chức: Không có.",
    ].join("\n");
    const r = recognizeFigures(text, REPORT);
    // A post is a person: "01 Phó Chánh Văn phòng" is a count in «đồng chí»; "1." is the heading's number.
    expect(shown(r.get("bcdc:dieuDong.den"))).toBe("01");
    // With no sentence on the office's leaders, «02 Phó Chánh Văn phòng» may also be their number: bound or left
    // for the clerk, never another number.
    expect(["02", "? 02", "-"]).toContain(shown(r.get("bcdc:dieuDong.di")));
  });

  it("reads «từ 15/12/2025 đến 14/3/2026» as the days the figures run from and to", () => {
    const text = [
      "III. THỰC HIỆN DÂN CHỦ TRONG HOẠT ĐỘNG CỦA CƠ QUAN",
      "3. Cải cách hành chính",
      "- Trung tâm Phục vụ hành chính công tỉnh (từ 15/12/2025 đến 14/3/2026):",
      "+ Đã giải quyết 7.766 hồ sơ, đạt 79,41% tổng số 9.780 hồ sơ tiếp nhận;",
    ].join("\n");
    const r = recognizeFigures(text, REPORT);
    expect([shown(r.get("bcdc:hcc.tuNgay")), shown(r.get("bcdc:hcc.denNgay"))]).toEqual(["15/12/2025", "14/3/2026"]);
  });

  it("never binds a rounded number («khoảng», «gần», «trên», «hơn»)", () => {
    const text = "- Trung tâm Phục vụ hành chính công tỉnh: tiếp nhận khoảng 11.000 hồ sơ, đã giải quyết gần 10.000 hồ sơ, đạt trên 92%.";
    const r = recognizeFigures(text, REPORT);
    expect([shown(r.get("bcdc:hcc.tiepNhan")), shown(r.get("bcdc:hcc.daGiaiQuyet")), shown(r.get("bcdc:hcc.tyLeDaGiaiQuyet"))]).toEqual(["-", "-", "-"]);
    const exact = recognizeFigures(text.replace("khoảng ", ""), REPORT);
    expect(shown(exact.get("bcdc:hcc.tiepNhan"))).toBe("11.000");
  });
});
