/**
 * «05 cá nhân» is who was awarded or took part, not a post filled: a figure counting appointments to a post («Bổ
 * nhiệm Phó Trưởng phòng Tổng hợp - Kinh tế») takes it only with the post written beside it (score.ts). A commune
 * clerk's award line whose «do Văn phòng tổng hợp hồ sơ» shares the post's room's word.
 */
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { boundValue, byLabel } from "../../support/recognized";
import { REPORT } from "../../support/forms";

const read = (line: string) =>
  boundValue(
    recognizeFigures(
      ["II. KẾT QUẢ THỰC HIỆN", "3. Thi đua, khen thưởng", line, "III. THỰC HIỆN DÂN CHỦ TRONG HOẠT ĐỘNG CỦA CƠ QUAN", "1. Công tác cán bộ", "- Điều động đến: không phát sinh."].join("\n"),
      REPORT,
    ).get(byLabel("Bổ nhiệm Phó Trưởng phòng Tổng hợp - Kinh tế").id),
  );

it("awarded individuals are no deputies appointed", () => {
  expect(read("- UBND xã tặng Giấy khen tổng kết năm 2025 cho hai tập thể thôn và 05 cá nhân do Văn phòng tổng hợp hồ sơ.")).toBeNull();
});

it("near text: the deputies appointed, counted by their post, are read", () => {
  expect(read("- Bổ nhiệm 02 Phó Trưởng phòng Tổng hợp - Kinh tế.")).toBe("02");
});
