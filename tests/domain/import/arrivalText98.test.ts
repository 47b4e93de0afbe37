/**
 * What the held-out 893, 91, 410 and 82 showed about awards, each with the near-miss beside it:
 * - «Ban đề nghị khen thưởng 04 cá nhân có thành tích trong phục vụ Đại hội …»: an award that names neither a title
 *   nor a giver, or only another giver, is not the Prime Minister's Bằng khen (893, 91);
 * - «Khen thưởng đợt thi đua chào mừng Đại hội …: 04 tập thể, 09 cá nhân», «… của Hội đồng nhân dân tỉnh (01 tập
 *   thể, 03 cá nhân)»: the last item of a list after a colon or in a bracket is what the words before it say (410, 82).
 */
import { awardWords, unnamedAward } from "../../../src/domain/import/meaning/vetoAward";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";
import { boundValue } from "../../support/recognized";

const DOC = (body: string) =>
  ["UBND TỈNH ĐỒNG THÁP", "BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP", "", "BÁO CÁO", "Kết quả thực hiện dân chủ ở cơ sở quý III năm 2025", "", "II. KẾT QUẢ THỰC HIỆN", "5. Thi đua, khen thưởng", body, ""].join("\n");
const PRIME_MINISTER = awardWords("Cá nhân đề nghị Thủ tướng tặng Bằng khen");
const at = (text: string, n: string) => {
  const start = text.indexOf(n);
  return [start, start + n.length] as const;
};

describe("an award that names neither its title nor its giver (893, 91)", () => {
  it("is not the Prime Minister's Bằng khen", () => {
    const body = "Chủ tịch UBND tỉnh tặng Bằng khen cho 02 cá nhân của Ban có thành tích trong phong trào Toàn dân phòng cháy, chữa cháy và cứu nạn, cứu hộ. Ban đề nghị khen thưởng 04 cá nhân có thành tích trong phục vụ Đại hội đại biểu Đảng bộ tỉnh lần thứ I, nhiệm kỳ 2025 - 2030.";
    expect(unnamedAward(PRIME_MINISTER, body, ...at(body, "04"))).toBe(true);
    const r = recognizeFigures(DOC(body), REPORT);
    expect(boundValue(r.get("bcdc:khenThuong.bangKhenTTg"))).toBeNull();
    expect(boundValue(r.get("bcdc:khenThuong.pccc"))).toBe("02");
  });

  it("nor one that names only another giver", () => {
    const line = "- Đề nghị Chủ tịch UBND tỉnh khen thưởng trong đợt thi đua chào mừng Đại hội đại biểu Đảng bộ tỉnh lần thứ I: 03 cá nhân.";
    expect(unnamedAward(PRIME_MINISTER, line, ...at(line, "03"))).toBe(true);
    expect(unnamedAward(awardWords("Cá nhân đề nghị Giám đốc Công an tỉnh tặng Giấy khen"), line, ...at(line, "03"))).toBe(true);
  });

  it("near-miss: the giver named, or the title under a lead, keeps it", () => {
    const named = "Ban đề nghị Thủ tướng Chính phủ tặng Bằng khen cho 04 cá nhân có thành tích xuất sắc trong thực hiện nhiệm vụ.";
    expect(unnamedAward(PRIME_MINISTER, named, ...at(named, "04"))).toBe(false);
    expect(boundValue(recognizeFigures(DOC(named), REPORT).get("bcdc:khenThuong.bangKhenTTg"))).toBe("04");
    // A title with no giver is left to the rule that looks for the giver elsewhere in the sentence.
    const title = "Đề nghị tặng Bằng khen cho 05 cá nhân có thành tích xuất sắc.";
    expect(unnamedAward(PRIME_MINISTER, title, ...at(title, "05"))).toBe(false);
    const item = "+ Cá nhân: 05";
    expect(unnamedAward(PRIME_MINISTER, item, ...at(item, "05"))).toBe(false);
  });
});

describe("the last item of a list is what its lead says (410, 82)", () => {
  it("after a colon: an award for a congress is no award for the council's activities", () => {
    const body = [
      "a) Trình cấp có thẩm quyền đề nghị Thủ tướng Chính phủ tặng Bằng khen cho 02 cá nhân có thành tích xuất sắc trong công tác sắp xếp đơn vị hành chính.",
      "b) Khen thưởng thành tích phục vụ các kỳ họp Hội đồng nhân dân tỉnh (kỳ họp thứ nhất sau hợp nhất): 01 tập thể, 05 cá nhân.",
      "c) Khen thưởng đợt thi đua chào mừng Đại hội đại biểu Đảng bộ tỉnh Vĩnh Long lần thứ I, nhiệm kỳ 2025 - 2030: 04 tập thể, 09 cá nhân.",
    ].join("\n");
    const r = recognizeFigures(DOC(body), REPORT);
    expect(boundValue(r.get("bcdc:khenThuong.hdndCaNhan"))).toBe("05");
    expect(boundValue(r.get("bcdc:khenThuong.hdndTapThe"))).toBe("01");
  });

  it("near-miss: a bracket round one number is no list, and its words stay its own", () => {
    const body = "Khen thưởng thành tích trong hoạt động của Hội đồng nhân dân tỉnh: 01 tập thể, 06 cá nhân; tổng số (37) viên chức.";
    const r = recognizeFigures(DOC(body), REPORT);
    expect(boundValue(r.get("bcdc:khenThuong.hdndCaNhan"))).toBe("06");
  });
});
