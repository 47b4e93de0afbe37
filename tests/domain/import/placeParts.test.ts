/**
 * A figure split by place (meaning/placeParts.ts): a number in an item led by one place («xã cũ Vĩnh Hảo 12», «cấp
 * tỉnh 15 lượt»), beside items led by other places with their own numbers, is that place's share, never the whole's;
 * the whole's figure is the one stated for it, or none. Sentences in other clerks' words than held-out 291 and
 * monthly 306, which showed the cause.
 */
import { issuersLevel, namesPlaceKind, placeOwning } from "../../../src/domain/import/meaning/placeParts";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { builtInDefinition, REPORT } from "../../support/forms";
import { boundValue, byLabel } from "../../support/recognized";

const owner = (text: string, number: string) => {
  const start = text.indexOf(number);
  return placeOwning(text, start, { from: 0, to: text.length })?.name ?? null;
};

describe("a number in an item led by one place beside others is that place's", () => {
  it("former communes, each with its figure, and levels split", () => {
    const text = "Trình độ đại học: phường cũ Bình Minh (21), xã cũ Tân Lập (14), xã cũ Hòa Phú (09); còn lại cao đẳng.";
    expect(owner(text, "21")).toBe("phường cũ bình minh");
    expect(owner(text, "09")).toBe("xã cũ hòa phú");
    const levels = "Tiếp định kỳ theo lịch: cấp tỉnh 12 lượt, cấp xã 40 lượt.";
    expect(owner(levels, "12")).toBe("cấp tỉnh");
  });

  it("a bare name beside a kinded place, and one place a line", () => {
    expect(owner("Hồ sơ còn đang giải quyết: trụ sở chính (31), Tân Lập (08), Hòa Phú (05).", "08")).toBe("tân lập");
    const lines = "Số hồ sơ tiếp nhận:\n- Trụ sở chính: 905 hồ sơ;\n- Điểm tiếp nhận xã cũ Tân Lập: 277 hồ sơ.";
    expect(owner(lines, "905")).toBe("trụ sở chính");
  });

  it("the whole stated before its places, one place alone, and names without a place kind are no share", () => {
    const text = "Tiếp đột xuất tổng số 19 lượt, trong đó cấp tỉnh 04 lượt, cấp xã 15 lượt.";
    expect(owner(text, "19")).toBeNull();
    expect(owner(text, "04")).toBe("cấp tỉnh");
    expect(owner("Điểm tiếp nhận xã cũ Tân Lập tiếp nhận 277 hồ sơ.", "277")).toBeNull();
    expect(owner("Phân công: Nguyễn Văn An (03), Trần Thị Bình (02).", "03")).toBeNull();
  });

  it("a figure whose own words name the place's kind may take its share", () => {
    const text = "Tiếp định kỳ theo lịch: cấp tỉnh 12 lượt, cấp xã 40 lượt.";
    const lead = placeOwning(text, text.indexOf("40"), { from: 0, to: text.length })!;
    expect(namesPlaceKind("lượt tiếp định kỳ cấp huyện ; tiếp của chủ tịch ubnd cấp xã", lead)).toBe(true);
    expect(namesPlaceKind("lượt tiếp định kỳ ; tổng hợp chung", lead)).toBe(false);
  });
});

describe("the issuer's own level", () => {
  const text = "Nâng lương trước thời hạn: cấp huyện 05 công chức; cấp xã 09 cán bộ, công chức.";
  const lead = (n: string) => placeOwning(text, text.indexOf(n), { from: 0, to: text.length })!;
  it("is the report's own figure in a district's report on a form that adds no levels up", () => {
    expect(issuersLevel(lead("05"), 1, false)).toBe(true);
  });
  it("a lower level, or any level on a form that adds levels up, stays a share", () => {
    expect(issuersLevel(lead("09"), 1, false)).toBe(false);
    expect(issuersLevel(lead("05"), 1, true)).toBe(false);
  });
});

describe("recognition leaves the whole unstated rather than take one place's share", () => {
  it("a commune's graduates by former commune give no figure of the whole", () => {
    const text = "I. ĐẶC ĐIỂM, TÌNH HÌNH\nTrình độ chuyên môn: thạc sĩ (02); đại học: phường cũ Bình Minh (21), xã cũ Tân Lập (14), xã cũ Hòa Phú (09).\n";
    expect(boundValue(recognizeFigures(text, REPORT).get(byLabel("Đại học").id))).toBeNull();
  });

  it("the month's regular receptions split by level give no total", () => {
    const monthly = builtInDefinition("tiep-cong-dan-thang");
    const text = "BÁO CÁO\nKết quả tiếp công dân tháng 6 năm 2026\nI. TỔNG HỢP CHUNG\nVề hình thức tiếp: tiếp định kỳ theo lịch, cấp tỉnh 12 lượt, cấp xã 40 lượt.\n";
    expect(boundValue(recognizeFigures(text, monthly).get("tcd:tong.dinhKy"))).toBeNull();
  });
});
