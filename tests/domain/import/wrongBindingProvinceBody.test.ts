/**
 * Held-out 43's trap (a Sở's letter: its own desk «đặt tại Trung tâm Phục vụ hành chính công tỉnh» and the whole
 * centre's «31.904 hồ sơ của các sở, ngành» bound as the centre's figures and dates), written again in other clerks'
 * words: a report by another kind of body than the office the form is written for never fills the province-wide
 * body's section; its own desk is still bound.
 */
import { anotherKindsReport, formOwnerKinds, provinceSubject, provinceWide } from "../../../src/domain/import/meaning/vetoProvinceBody";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";
import { boundValue, byLabel } from "../../support/recognized";

const CENTRE = REPORT.sections.find((s) => s.title === "Trung tâm Phục vụ hành chính công tỉnh")!;
const centreBound = (text: string) => {
  const r = recognizeFigures(text, REPORT);
  return REPORT.fields.filter((f) => f.section === CENTRE.id && r.get(f.id)?.state === "bound").map((f) => f.label);
};

describe("the province-wide body's figures in another kind of body's report", () => {
  it("a department's letter: its desk at the centre is its own, the whole centre's files are nobody's here", () => {
    const text = [
      "UBND TỈNH NINH THUẬN", "SỞ TƯ PHÁP", "Số: 301/STP-VP", "V/v báo cáo dân chủ ở cơ sở quý II/2026", "", "Kính gửi: Văn phòng UBND tỉnh.", "",
      "4. Giải quyết thủ tục hành chính",
      "Từ ngày 15/3/2026 đến ngày 14/6/2026, Bộ phận tiếp nhận và trả kết quả của Sở (bố trí tại Trung tâm Phục vụ hành chính công tỉnh) tiếp nhận 842 hồ sơ; đã giải quyết 830 hồ sơ, đạt 98,57%; đang giải quyết 12 hồ sơ. Cả Trung tâm Phục vụ hành chính công tỉnh trong quý tiếp nhận 25.310 hồ sơ của các cơ quan.",
    ].join("\n");
    expect(centreBound(text)).toEqual([]);
    expect(boundValue(recognizeFigures(text, REPORT).get(byLabel("Hồ sơ tiếp nhận (một cửa Văn phòng)").id))).toBe("842");
  });

  it("a board's report quoting the centre as its setting", () => {
    const text = [
      "UBND TỈNH QUẢNG TRỊ", "BAN DÂN TỘC", "Số: 77/BC-BDT", "", "BÁO CÁO", "Kết quả thực hiện dân chủ ở cơ sở quý II năm 2026", "",
      "III. THỰC HIỆN DÂN CHỦ", "2. Cải cách hành chính",
      "Trung tâm Phục vụ hành chính công tỉnh (nơi Ban đặt quầy giao dịch) từ ngày 16/3/2026 đến ngày 15/6/2026 tiếp nhận 18.204 hồ sơ, đã giải quyết 17.950 hồ sơ.",
      "Quầy của Ban tiếp nhận 36 hồ sơ, đã giải quyết 36 hồ sơ.",
    ].join("\n");
    expect(centreBound(text)).toEqual([]);
  });

  it("what makes a body province-wide, a report of another kind, a sentence about the body", () => {
    expect(provinceWide("Trung tâm Phục vụ hành chính công tỉnh")).toBe(true);
    expect(provinceWide("Bộ phận một cửa của Văn phòng")).toBe(false);
    const owners = formOwnerKinds(REPORT.sections.map((s) => s.title));
    expect([...owners]).toEqual(["văn phòng"]);
    expect(anotherKindsReport({ body: "sở y tế", lines: [] }, owners)).toBe(true);
    expect(anotherKindsReport({ body: "thanh tra tỉnh", lines: [] }, owners)).toBe(true);
    expect(anotherKindsReport({ body: "văn phòng", lines: [] }, owners)).toBe(false);
    expect(anotherKindsReport({ body: null, lines: [] }, owners)).toBe(false);
    const names = ["phục vụ hành chính công", "pvhcc"];
    expect(provinceSubject("Toàn Trung tâm Phục vụ hành chính công tỉnh trong cùng kỳ tiếp nhận ", names)).toBe(true);
    expect(provinceSubject("- TT PVHCC tỉnh tiếp nhận ", names)).toBe(true);
    expect(provinceSubject("Bộ phận một cửa của Sở (đặt tại Trung tâm Phục vụ hành chính công tỉnh) tiếp nhận ", names)).toBe(false);
  });
});
