/**
 * A part row of a table is a figure's own row only when the figure's label names it (meaning/partRowNamed.ts): a pair
 * of words in common, or every word of the row's label. One syllable in common names nothing: «Phòng Kế hoạch - Tài
 * chính» is a room, a part of the office's «Trung cấp lý luận chính trị - hành chính» total though both say «chính».
 * Words no corpus document uses.
 */
import { rowNamedBy } from "../../../src/domain/import/meaning/partRowNamed";
import { partOfTotal, PART_OF_TOTAL } from "../../../src/domain/import/meaning/tableScore";
import type { Candidate } from "../../../src/domain/import/meaning/candidates";
import { featureSet } from "../../../src/domain/import/meaning/words";

const named = (row: string, label: string) => rowNamedBy(featureSet(row), featureSet(label));

describe("a part row named by a figure's label", () => {
  it("is named by a pair of words in common, or by all of its words", () => {
    expect(named("Thạc sĩ", "Thạc sĩ")).toBe(true);
    expect(named("- Đại học", "Trình độ đại học")).toBe(true);
    expect(named("Khối Văn phòng", "Hồ sơ tiếp nhận (một cửa Văn phòng)")).toBe(true);
    expect(named("Xã", "Số xã được giúp đỡ")).toBe(true);
    expect(named("Viên chức đơn vị sự nghiệp", "Biên chế sự nghiệp đang thực hiện")).toBe(true);
  });

  it("near-miss: one syllable in common names nothing", () => {
    expect(named("Phòng Kế hoạch - Tài chính", "Trung cấp lý luận chính trị - hành chính")).toBe(false);
    expect(named("Phòng Quản lý khoa học", "Đại học")).toBe(false);
  });

  it("costs a part row its total's price unless named", () => {
    const part = { part: { label: featureSet("Phòng Kế hoạch - Tài chính"), checked: true } } as unknown as Candidate;
    expect(partOfTotal(part, featureSet("Trung cấp lý luận chính trị - hành chính"))).toBe(PART_OF_TOTAL);
    expect(partOfTotal(part, featureSet("Phòng Kế hoạch - Tài chính"))).toBe(0);
  });
});
