/**
 * A report whose figures are in prose and again in an annex pasted from a spreadsheet, under no organisation's name
 * (553): where the two disagree («tiếp nhận 142» in the body, «Hồ sơ tiếp nhận | hồ sơ | 124» in the annex), the
 * specialist would not silently take the body's; the clerk sees both. Where they agree, or the annex's number counts
 * another organisation's, the body's figure stays bound; a remark numbered «(2)» restates nothing.
 */
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";

function state(text: string, id: string): string {
  const r = recognizeFigures(text, REPORT).get(id);
  if (r?.state === "bound") return `bound ${r.occurrences.map((o) => o.text).join("|")}`;
  if (r?.state === "ambiguous") return `unclear ${r.candidates.map((o) => o.text).join("|")}`;
  return r?.state ?? "none";
}

// The annex's earlier rows, as 553 has them: the desk named in the body is well above its «THỦ TỤC HÀNH CHÍNH» rows.
const staffRows = [
  "| I | TỔ CHỨC, BIÊN CHẾ (năm 2026) | | |",
  ...["Phó Giám đốc Sở|người|03", "Phòng chuyên môn, nghiệp vụ|phòng|05", "Biên chế công chức được giao|người|38", "Công chức hiện có|người|35", "Hợp đồng lao động|người|04", "Thạc sĩ|người|12", "Đại học|người|22", "Cao cấp lý luận chính trị|người|07", "Trung cấp lý luận chính trị|người|15"].map((r, i) => `| ${i + 1} | ${r.split("|").join(" | ")} |`),
  "| II | THỰC HIỆN DÂN CHỦ | | |",
  ...["Cuộc giao ban trong quý|cuộc|13", "Ý kiến đề nghị tại hội nghị đối thoại của Giám đốc Sở|ý kiến|04", "Đơn thư khiếu nại, tố cáo đối với công chức của Sở|đơn|0", "Văn bản về hỗ trợ gạo cứu đói|văn bản|02"].map((r, i) => `| ${i + 1} | ${r.split("|").join(" | ")} |`),
  "| III | CÔNG TÁC CÁN BỘ | | |",
  ...["Điều động đến|người|01", "Điều động đi|người|01", "Bổ nhiệm Phó Trưởng phòng|người|02", "Nâng lương thường xuyên|người|08"].map((r, i) => `| ${i + 1} | ${r.split("|").join(" | ")} |`),
];
const report = (received: string, annexRows: readonly string[], after: readonly string[] = []) =>
  [
    "UBND TỈNH LẠNG SƠN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "SỞ DÂN TỘC VÀ TÔN GIÁO\tĐộc lập - Tự do - Hạnh phúc",
    "",
    "BÁO CÁO",
    "Kết quả thực hiện dân chủ ở cơ sở quý III năm 2026",
    "",
    "I. KẾT QUẢ THỰC HIỆN",
    "1. Trong quý, Sở duy trì giao ban hằng tuần, tổ chức 13 cuộc giao ban.",
    `2. Bộ phận một cửa của Sở tại Trung tâm Phục vụ hành chính công tỉnh tiếp nhận ${received} hồ sơ thủ tục hành chính, đã giải quyết 119 hồ sơ, đạt 95,97%; không có hồ sơ trễ hạn.`,
    ...after,
    "Các số liệu chi tiết tại Phụ lục kèm theo.",
    "",
    "II. TỒN TẠI, HẠN CHẾ",
    "Một số nội dung công khai chưa kịp thời; việc lấy ý kiến công chức đối với dự thảo quy chế chi tiêu nội bộ còn hình thức.",
    "",
    "Nơi nhận:\tGIÁM ĐỐC",
    "- Sở Nội vụ;",
    "- Lưu: VT, VP.\tHoàng Văn Páo",
    "",
    "PHỤ LỤC",
    "SỐ LIỆU KẾT QUẢ THỰC HIỆN DÂN CHỦ Ở CƠ SỞ QUÝ III NĂM 2026",
    "",
    "| STT | Chỉ tiêu | ĐVT | Số lượng |",
    "|---|---|---|---|",
    ...staffRows,
    "| IV | THỦ TỤC HÀNH CHÍNH | | |",
    ...annexRows,
  ].join("\n");
const annex = ["| 1 | Hồ sơ tiếp nhận | hồ sơ | 124 |", "| 2 | Hồ sơ đã giải quyết | hồ sơ | 119 |", "| 3 | Tỷ lệ đã giải quyết | % | 95,97 |"];

describe("a figure the body states and an unnamed annex states otherwise", () => {
  it("is unclear, both values shown", () => {
    expect(state(report("142", annex), "bcdc:motCuaVp.tiepNhan")).toBe("unclear 142|124");
  });

  it("near-miss: an annex group naming the centre is the centre's figures, no second statement of the desk's", () => {
    const centre = ["| 1 | Trung tâm Phục vụ hành chính công tỉnh tiếp nhận (toàn tỉnh) | hồ sơ | 12.418 |"];
    expect(state(report("142", centre), "bcdc:motCuaVp.tiepNhan")).toBe("bound 142");
  });

  it("near-miss: the annex agreeing with the body leaves it bound", () => {
    expect(state(report("124", annex), "bcdc:motCuaVp.tiepNhan")).toBe("bound 124");
  });

  it("near-miss: a remark numbered «(2)» after the body is no second statement", () => {
    const remarks = ["Sở rút ra một số nhận định:", "(1) Bộ máy hoạt động ổn định.", "(2) Bộ phận một cửa tiếp nhận và giải quyết đúng hạn, không có hồ sơ trễ hạn."];
    expect(state(report("142", [], remarks), "bcdc:motCuaVp.tiepNhan")).toBe("bound 142");
  });
});
