/**
 * Counts that are not the reporting body's own, written with the same words as its own (held-out 1314, 1330):
 * «tặng Bằng khen cho 23 tập thể, 41 cá nhân của tỉnh» (the province's people, vetoTrailing.ts), and «Công chức … gồm:
 * 52 người chuyển từ Văn phòng UBND tỉnh A (cũ), 39 người …» (one former body's share of a merged body's staff,
 * formerUnits.ts). Each beside the ordinary sentence that must still bind.
 */
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { fromFormerUnit } from "../../../src/domain/import/meaning/formerUnits";
import { vetoContext, vetoReason } from "../../../src/domain/import/meaning/vetoes";
import { patternsOf } from "../../../src/domain/import/patterns";
import { REPORT } from "../../support/forms";

const head = (body: string) => `UBND TỈNH ${body}\nSỞ NỘI VỤ\nSố: 21/BC-SNV\n\nBÁO CÁO\nKết quả thực hiện dân chủ quý III năm 2025\n\n`;
const read = (text: string, id: string) => {
  const r = recognizeFigures(text, REPORT).get(id);
  return r?.state === "bound" ? r.occurrences.map((o) => o.input).join("|") : r?.state === "ambiguous" ? "?" : "-";
};

describe("the province's people beside the body's own", () => {
  const text = `${head("HÀ TĨNH")}3. Thi đua, khen thưởng\nBan Thi đua - Khen thưởng thẩm định, trình Chủ tịch UBND tỉnh đề nghị Thủ tướng Chính phủ tặng Bằng khen cho 12 tập thể, 35 cá nhân của tỉnh (quý II: 29 cá nhân). Với công chức của Sở: đề nghị Thủ tướng Chính phủ tặng Bằng khen cho 01 cá nhân (cùng kỳ năm 2024: 02 cá nhân).\n`;
  const ctx = vetoContext(text, REPORT, patternsOf(REPORT));
  const award = REPORT.byId.get("bcdc:khenThuong.bangKhenTTg")!;
  const at = (n: string) => ({ start: text.indexOf(n), end: text.indexOf(n) + 2 });

  it("near-match: «35 cá nhân của tỉnh» is the province's, refused in the final demotion", () => {
    expect(vetoReason(ctx, award, at("35 cá nhân"), true)).toBe("otherUnit");
  });

  it("keeps the body's own award, and binds it", () => {
    expect(vetoReason(ctx, award, at("01 cá nhân"), true)).toBeNull();
    expect(read(text, "bcdc:khenThuong.bangKhenTTg")).toBe("01");
  });
});

describe("a merged body's staff given by former body", () => {
  it("reads «N người chuyển từ … (cũ)» as one former body's share", () => {
    const at = (s: string, n: string) => [s.indexOf(n), s.indexOf(n) + n.length] as const;
    const line = "Công chức của Sở gồm: 61 người chuyển từ Sở Nội vụ tỉnh Quảng Bình (cũ), 44 công chức được chuyển về từ Sở Nội vụ tỉnh Quảng Trị (cũ).";
    expect(fromFormerUnit(line, ...at(line, "61"))).toBe(true);
    expect(fromFormerUnit(line, ...at(line, "44"))).toBe(true);
    const plain = "Hiện có 105 công chức, tăng 02 người so với quý trước.";
    expect(fromFormerUnit(plain, ...at(plain, "105"))).toBe(false);
    const move = "Tiếp nhận 01 công chức chuyển từ UBND huyện Đức Hòa (cũ) do kết thúc hoạt động cấp huyện.";
    expect(fromFormerUnit(move, ...at(move, "01"))).toBe(false);
  });

  it("near-match: leaves the merged body's staff to the clerk rather than bind one former body's share", () => {
    const text = `${head("NINH BÌNH")}Công chức đang làm việc tại Sở gồm: 52 người chuyển từ Sở Nội vụ tỉnh Ninh Bình (cũ), 39 người chuyển từ Sở Nội vụ tỉnh Nam Định (cũ).\n`;
    expect(read(text, "bcdc:bienChe.congChucThucHien")).not.toBe("52");
  });
});
