/**
 * Numbers a sentence leaves out of the report («…, không tổng hợp vào báo cáo này», heldout 1270) are none of its
 * figures; a number left out of one table only («không tổng hợp vào biểu dưới đây») may still be.
 */
import { leftOutOfReport } from "../../../src/domain/import/meaning/notInReport";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";

const report = (sentence: string) => `ỦY BAN NHÂN DÂN
PHƯỜNG PHỐ HIẾN
Số: 58/BC-UBND

BÁO CÁO
Kết quả thực hiện dân chủ ở cơ sở quý I năm 2026

I. TÌNH HÌNH CHUNG

Năm 2026, UBND tỉnh giao cho UBND phường 41 biên chế cán bộ, công chức phường, hiện có 38 người; hợp đồng lao động làm công việc hỗ trợ, phục vụ: 06 người. ${sentence}
`;

describe("numbers left out of the report", () => {
  it("are no figure of the report, whatever they count", () => {
    const result = recognizeFigures(report("Khối Đảng, Mặt trận Tổ quốc và các đoàn thể phường (được giao 24, hiện có 22 người) do Đảng ủy phường quản lý, không tổng hợp vào báo cáo này."), REPORT);
    const values = [...result.values()].flatMap((r) => (r.state === "bound" ? r.occurrences.map((o) => o.text) : []));
    expect(values).toContain("38");
    expect(values).not.toContain("24");
    expect(values).not.toContain("22");
  });

  it("is said of the report only, and only of the numbers before it in its sentence", () => {
    const s = "Nhà khách có 26 viên chức, không tổng hợp vào biểu dưới đây.";
    expect(leftOutOfReport(s, s.indexOf("26"))).toBe(false);
    const t = "Khối Đảng (hiện có 22 người) không tổng hợp vào báo cáo này; ngoài ra 05 người biệt phái.";
    expect(leftOutOfReport(t, t.indexOf("22"))).toBe(true);
    expect(leftOutOfReport(t, t.indexOf("05"))).toBe(false);
    const u = "Số liệu của 03 trường học chưa được tính vào báo cáo.";
    expect(leftOutOfReport(u, u.indexOf("03"))).toBe(true);
  });
});
