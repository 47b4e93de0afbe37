/**
 * Reports written fast by a busy clerk and by offices of merged provinces (held-out 1200–1216, stop 44's unseen
 * batches): labels and figures joined by slashes, units glued to their counts, a glossary's «ĐK: định kỳ», rooms with
 * their short names in brackets, a unit's own «và», a table's share of another column, a head's post as a line's
 * label, a commune's name with a note after it, and units named beside a counted list. Other clerks' sentences than
 * the held-out reports'.
 */
import { findNumbers } from "../../../src/domain/import/numbers";
import { withoutShortName } from "../../../src/domain/import/meaning/listAsides";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { charactersRead } from "../../support/charactersRead";
import { REPORT, builtInDefinition } from "../../support/forms";
import { shown } from "../../support/recognitionShown";

const TITLE = "BÁO CÁO\nKết quả thực hiện dân chủ ở cơ sở quý III năm 2026\n\n";
const numbers = (line: string) => findNumbers(line).map((t) => `${t.text}:${t.kind}`);

describe("labels and figures joined by slashes", () => {
  it("reads «trước hạn/đúng hạn/rút, trả lại: 9.120/804/75» as three counts, each its own label's", () => {
    expect(numbers("- Đã GQ: 10.101 HS; trước hạn/đúng hạn/rút, trả lại: 9.120/804/75.")).toEqual([
      "10.101:count",
      "9.120:count",
      "804:count",
      "75:count",
    ]);
    const text = `${TITLE}III. CẢI CÁCH HÀNH CHÍNH\nc) Trung tâm Phục vụ hành chính công tỉnh:\n- Tiếp nhận: 10.480 HS.\n- Đã GQ: 10.101 HS; trước hạn/đúng hạn/rút, trả lại: 9.120/804/75.\n`;
    const r = recognizeFigures(text, REPORT);
    expect(shown(r.get("bcdc:hcc.truocHan"))).toBe("9.120");
    expect(shown(r.get("bcdc:hcc.rutTraLai"))).not.toBe("9.120");
  });

  it("«TN/GQ/đang GQ: 142/131/11» is three counts, not a date", () => {
    expect(numbers("- TN/GQ/đang GQ: 142/131/11.")).toEqual(["142:count", "131:count", "11:count"]);
    expect(numbers("Số liệu từ 15/6/2026 đến 14/9/2026.").map((n) => n.split(":")[1])).toEqual(["date", "date"]);
  });

  it("reads a line of many slash pairs in work that grows with the line, not with its square", () => {
    // Each number beside a slash asks whether it is a group's count: the line's groups are read once per text.
    const line = (pairs: number) => `Số liệu: ${Array.from({ length: pairs }, (_, i) => `${i % 97}/${i % 89}`).join(" ")}`;
    const small = charactersRead(() => findNumbers(line(400)));
    const large = charactersRead(() => findNumbers(line(4_000)));
    expect(large).toBeLessThan(20 * small);
  });

  it("«CC: giao/có mặt: 70/66» gives the allotted civil servants their own number, never the present one", () => {
    const text = `${TITLE}I. TỔ CHỨC BỘ MÁY\n2. Biên chế, CBCCVC (năm 2026)\n- CC: giao/có mặt: 70/66.\n`;
    const r = recognizeFigures(text, REPORT);
    expect(shown(r.get("bcdc:bienChe.congChucGiao"))).toBe("70");
    expect(shown(r.get("bcdc:bienChe.congChucThucHien"))).not.toBe("70");
  });
});

describe("a monthly report written fast", () => {
  const MONTHLY = builtInDefinition("tiep-cong-dan-thang");
  it("reads «96lượt/131ng» as two counts, and «ng» and the glossary's «ĐK»/«ĐX» as words", () => {
    expect(numbers("- Tổng: 96lượt/131ng (ĐK/ĐX: 70/26).")).toEqual(["96:count", "131:count", "70:count", "26:count"]);
    const text =
      "BÁO CÁO\nTình hình, kết quả công tác TCD tháng 10/2026\n\n1. Tổng hợp chung\n- Tổng: 96lượt/131ng (ĐK/ĐX: 70/26).\n\n" +
      "2. LĐ UBND tỉnh\n- CT UBND tỉnh tiếp ĐK: 02lượt/15ng.\n\nGhi chú viết tắt: ĐK: định kỳ; ĐX: đột xuất; ng: người.\n";
    const r = recognizeFigures(text, MONTHLY);
    expect(shown(r.get("tcd:tinh.nguoi"))).toBe("15");
    expect(shown(r.get("tcd:tong.dinhKy"))).toBe("70");
  });

  it("«1. Tổng hợp / - Tổng: 107 lượt/153 người» is the month's total, not the board's regular reception further on", () => {
    const text =
      "BÁO CÁO NHANH\nKết quả TCD tháng 5/2026\n\n1. Tổng hợp\n- Tổng: 107 lượt/153 người.\n- Định kỳ: 79 lượt; đột xuất: 28 lượt.\n\n" +
      "7. Ngoài số liệu trên\n- Ban TCD tỉnh tiếp thường xuyên (03 cơ sở): 132 lượt/156 người.\n";
    const r = recognizeFigures(text, MONTHLY);
    expect(shown(r.get("tcd:tong.nguoi"))).toBe("153");
    expect(shown(r.get("tcd:tong.luot"))).not.toBe("132");
  });
});

describe("lists of units as hurried clerks write them", () => {
  it("drops the short name in brackets made of the name's initials, and keeps a name's own bracket", () => {
    expect(withoutShortName("Phòng Tổng hợp - Kinh tế (P.TH-KT)")).toBe("Phòng Tổng hợp - Kinh tế");
    expect(withoutShortName("Phòng Kiểm soát TTHC (P.KSTTHC)")).toBe("Phòng Kiểm soát TTHC");
    expect(withoutShortName("Ban Tiếp công dân tỉnh (Ban TCD)")).toBe("Ban Tiếp công dân tỉnh");
    expect(withoutShortName("Nhà khách (Cơ sở 2)")).toBe("Nhà khách (Cơ sở 2)");
    expect(withoutShortName("Nhà khách UBND tỉnh (Nhà khách Ba Đình)")).toBe("Nhà khách UBND tỉnh (Nhà khách Ba Đình)");
  });

  it("one centre whose name holds «và», named alone after a colon, is the one unit", () => {
    const text = `${TITLE}I. TỔ CHỨC BỘ MÁY\nĐơn vị sự nghiệp trực thuộc: Trung tâm Khuyến nông và Dịch vụ nông nghiệp.\n`;
    expect(shown(recognizeFigures(text, REPORT).get("bcdc:donViSuNghiep.danhSach"))).toBe("Trung tâm Khuyến nông và Dịch vụ nông nghiệp");
  });

  it("units named «cùng» the counted rooms after the last «;» are none of them", () => {
    const text = `${TITLE}I. TỔ CHỨC BỘ MÁY\nVăn phòng có 03 phòng chuyên môn: Phòng Tổng hợp; Phòng Nội chính; Phòng Hành chính - Tổ chức; cùng Trung tâm Phục vụ hành chính công tỉnh và Nhà khách UBND tỉnh.\n`;
    const r = recognizeFigures(text, REPORT);
    expect(shown(r.get("bcdc:toChuc.danhSach"))).toBe("Phòng Tổng hợp\nPhòng Nội chính\nPhòng Hành chính - Tổ chức");
    expect(shown(r.get("bcdc:toChuc.so"))).toBe("03");
  });
});

describe("other figures", () => {
  it("a table's share far from its count's share of the whole is not that count's", () => {
    const text =
      `${TITLE}Bảng 3. Kết quả giải quyết TTHC\nTT\tNơi tiếp nhận\tTiếp nhận\tĐã giải quyết\tĐang GQ\tTỷ lệ GQ\n` +
      "1\tBộ phận một cửa Văn phòng\t200\t190\t10\t95.00%\n";
    expect(shown(recognizeFigures(text, REPORT).get("bcdc:motCuaVp.tyLeDangGiaiQuyet"))).not.toBe("95,00");
  });

  it("«- Bổ nhiệm Trưởng phòng: 01 (…)» is a head appointed, not a deputy", () => {
    const text = `${TITLE}III. DÂN CHỦ TRONG HOẠT ĐỘNG CỦA CƠ QUAN\n1. Công tác cán bộ\n- Bổ nhiệm Trưởng phòng: 01 (Trưởng phòng Khoa giáo - Văn xã).\n`;
    expect(shown(recognizeFigures(text, REPORT).get("bcdc:boNhiem.phoPhongKGVX"))).not.toBe("01");
  });

  it("the commune helped is its name, not the note after it", () => {
    const text = `${TITLE}II. KẾT QUẢ\n5. An sinh xã hội: Văn phòng được phân công giúp đỡ 01 xã (xã Gia Viễn, trên cơ sở xã được giúp đỡ trước đây của Văn phòng tỉnh cũ).\n`;
    expect(shown(recognizeFigures(text, REPORT).get("bcdc:anSinh.tenXa"))).toBe("xã Gia Viễn");
  });
});
