/**
 * Held-out 414's way of writing (a Trung tâm Phục vụ hành chính công reporting on itself, its header under «UBND TỈNH
 * …» as centres stand since 2025, not under the office): the province-wide body's own report is no other kind's,
 * so the form's section about that body takes its figures. Another centre of the province (a «Trung tâm Công nghệ
 * thông tin») is still another kind of body, whose report never fills that section.
 */
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";
import { boundValue, byLabel } from "../../support/recognized";

const CENTRE = REPORT.sections.find((s) => s.title === "Trung tâm Phục vụ hành chính công tỉnh")!;
const centreBound = (text: string) => {
  const r = recognizeFigures(text, REPORT);
  return new Map(REPORT.fields.filter((f) => f.section === CENTRE.id && r.get(f.id)?.state === "bound").map((f) => [f.label, boundValue(r.get(f.id))]));
};

const body = (header: string[]) =>
  [
    ...header,
    "",
    "Số: 95/BC-TT                                      Hà Tĩnh, ngày 16 tháng 6 năm 2026",
    "",
    "BÁO CÁO",
    "Kết quả thực hiện dân chủ ở cơ sở quý II năm 2026",
    "",
    "I. KẾT QUẢ TIẾP NHẬN, GIẢI QUYẾT HỒ SƠ",
    "",
    "Từ ngày 15/3/2026 đến ngày 14/6/2026:",
    "- Tiếp nhận 31.420 hồ sơ.",
    "- Đã giải quyết 30.118 hồ sơ; trong đó: trước hạn 25.007 hồ sơ; đúng hạn 4.990 hồ sơ; trễ hạn 121 hồ sơ.",
    "- Rút và trả lại 215 hồ sơ.",
  ].join("\n");

describe("the province-wide body reporting on itself", () => {
  it("a Trung tâm Phục vụ hành chính công under the province's committee: its files are the centre's figures", () => {
    const got = centreBound(body(["UBND TỈNH HÀ TĨNH", "TRUNG TÂM PHỤC VỤ", "HÀNH CHÍNH CÔNG"]));
    expect(got.get(byLabel("Hồ sơ tiếp nhận (Trung tâm PVHCC)").label)).toBe("31.420");
    expect(got.get(byLabel("Hồ sơ đã giải quyết").label)).toBe("30.118");
    expect(got.get(byLabel("Hồ sơ trả trước hạn").label)).toBe("25.007");
    expect(got.get(byLabel("Hồ sơ trả đúng hạn").label)).toBe("4.990");
    expect(got.get(byLabel("Hồ sơ rút và trả lại").label)).toBe("215");
  });

  it("the same files in another centre's report fill no figure of the province-wide body", () => {
    expect([...centreBound(body(["UBND TỈNH HÀ TĨNH", "TRUNG TÂM CÔNG NGHỆ", "THÔNG TIN"])).keys()]).toEqual([]);
    expect([...centreBound(body(["UBND TỈNH HÀ TĨNH", "SỞ TƯ PHÁP"])).keys()]).toEqual([]);
  });
});
