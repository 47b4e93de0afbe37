/**
 * A figure left unclear among more numbers than the clerk is shown (meaning/jointArithmetic.ts): the sums take the
 * place of the number they need when the figure's words point at it as well as at any it was offered (a fifth
 * place is no weaker evidence than a fourth), and the share written right after it is then its share (index.ts).
 * The other side: a number the sums need that the figure's words do not point at is not taken.
 */
import { recognizeFigures } from "../../../src/domain/import/recognize";
import type { FieldId } from "../../../src/domain/types";
import { REPORT } from "../../support/forms";

const idOf = (suffix: string): FieldId => REPORT.fields.find((f) => f.id.endsWith(suffix))!.id;

function read(text: string) {
  const r = recognizeFigures(text, REPORT);
  return (suffix: string) => {
    const x = r.get(idOf(suffix));
    return x?.state === "bound" ? x.occurrences.map((o) => o.input).join(" | ") : x?.state;
  };
}

const centre = (received: string) =>
  [
    "II. KẾT QUẢ THỰC HIỆN",
    "5. Cải cách hành chính",
    "a) Bộ phận một cửa của Văn phòng tiếp nhận 64 hồ sơ, đã giải quyết 60 hồ sơ, đang giải quyết 04 hồ sơ.",
    `c) Trung tâm Phục vụ hành chính công tỉnh (số liệu từ ngày 15 tháng 9 năm 2025 đến ngày 14 tháng 12 năm 2025): tiếp nhận ${received} hồ sơ; đã giải quyết 19.040 hồ sơ, đạt 92,82% (trước hạn 17.702, đúng hạn 1.044, rút và trả lại 294); trễ hạn 95 hồ sơ, chiếm 0,50% số hồ sơ đã giải quyết; đang giải quyết 1.377 hồ sơ, chiếm 6,71%.`,
    "",
    "Tồn tại, hạn chế: Bộ phận một cửa còn 03 hồ sơ chưa giải quyết xong chuyển sang kỳ sau, trong đó 01 hồ sơ đã quá hạn; năm 2024 Bộ phận một cửa có 06 hồ sơ trễ hạn. Tại Trung tâm, 95 hồ sơ trễ hạn chủ yếu thuộc lĩnh vực đất đai (58 hồ sơ); trong 1.377 hồ sơ đang giải quyết có 41 hồ sơ đã quá hạn; cùng kỳ năm 2024 có 140 hồ sơ trễ hạn.",
  ].join("\n");

describe("the sums reach past the places the clerk is shown", () => {
  it("takes the late files the received total needs, written among many other late files, and their share", () => {
    const shown = read(centre("20.512"));
    expect(shown("hcc.treHan")).toBe("95 | 95");
    expect(shown("hcc.tyLeTreHan")).toBe("0,50");
  });

  it("takes no number the sums need that the figure's words do not point at", () => {
    // 20.470 needs 53 late files: only the meeting's 53 people are 53.
    const shown = read(`${centre("20.470")}\n6. Đối thoại: hội nghị có 53 người tham dự.`);
    expect(shown("hcc.treHan")).not.toBe("53");
  });
});
