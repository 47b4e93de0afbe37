/** The precision layer (src/domain/import/meaning/veto*.ts): each rule where it holds and where it must not. */
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { columnHeader, fractionLegend, headerNamesOther, otherSide, scopeBefore, namesOrganisation, organisationNames, otherBody, otherRoom, rowNamesField } from "../../../src/domain/import/meaning/vetoPlace";
import { asksComparison, comparisonAt, comparisonVetoes, fieldLevel, isApproximate, isComparison, isDoneForPlanned, isOtherLevel, ownLevel } from "../../../src/domain/import/meaning/vetoText";
import { featureSet } from "../../../src/domain/import/meaning/words";
import { patternsOf } from "../../../src/domain/import/patterns";
import { vetoContext, vetoReason } from "../../../src/domain/import/meaning/vetoes";
import { builtInDefinition, REPORT } from "../../support/forms";

/** Offsets of the n-th occurrence of `figure` in `text`. */
function at(text: string, figure: string, n = 0): [number, number] {
  let i = -1;
  for (let k = 0; k <= n; k++) i = text.indexOf(figure, i + 1);
  if (i < 0) throw new Error(`${figure} not in text`);
  return [i, i + figure.length];
}

describe("approximations", () => {
  it.each(["khoảng 11.000 hồ sơ", "gần 27.000 hồ sơ", "hơn 500 hồ sơ", "xấp xỉ 96%", "trên dưới 300 lượt", "10,18 ngàn hồ sơ"])("«%s» is not an exact figure", (t) => {
    const n = /\d[\d.,]*%?/.exec(t)!;
    expect(isApproximate(t, n.index, n.index + n[0].length)).toBe(true);
  });
  it.each(["tiếp nhận 11.000 hồ sơ", "mức độ 3 trực tuyến", "đã giải quyết 10.962 hồ sơ (khoảng 11 nghìn)"])("«%s» is exact", (t) => {
    const n = /\d[\d.,]*%?/.exec(t)!;
    expect(isApproximate(t, n.index, n.index + n[0].length)).toBe(false);
  });
});

describe("comparisons", () => {
  const yes: Array<[string, string]> = [
    ["tiếp nhận 85 hồ sơ, tăng 12 hồ sơ so với quý trước.", "12"],
    ["tiếp nhận 85 hồ sơ (quý III: 73 hồ sơ).", "73"],
    ["tiếp nhận 9.466 hồ sơ, bằng 98% cùng kỳ năm 2025 (9.659 hồ sơ).", "98%"],
    ["tiếp nhận 9.466 hồ sơ, bằng 98% cùng kỳ năm 2025 (9.659 hồ sơ).", "9.659"],
    ["đạt 96,39%, cao hơn quý III 1,20 điểm phần trăm.", "1,20"],
    ["nhận được 04 ý kiến (Hội nghị năm 2025 nhận được 06 ý kiến).", "06"],
  ];
  it.each(yes)("«%s»: %s is a change or an earlier value", (t, figure) => {
    const [s, e] = at(t, figure);
    expect(isComparison(t, s, e, 2026)).toBe(true);
  });
  const no: Array<[string, string]> = [
    ["tiếp nhận 85 hồ sơ, tăng 12 hồ sơ so với quý trước.", "85"],
    ["Bằng khen cho 05 cá nhân có thành tích năm 2025.", "05"],
    ["đã giải quyết 77 hồ sơ (95,06%).", "95,06%"],
    ["nhận được 04 ý kiến (năm 2026).", "04"],
  ];
  it.each(no)("«%s»: %s is the current figure", (t, figure) => {
    const [s, e] = at(t, figure);
    expect(isComparison(t, s, e, 2026)).toBe(false);
  });
  it("a field that asks for the earlier value or the change is told apart", () => {
    expect(asksComparison("Lượt tiếp tháng trước")).toEqual({ change: false, earlier: true });
    expect(asksComparison("Tăng/giảm số lượt so với tháng trước")).toEqual({ change: true, earlier: true });
    expect(asksComparison("Hồ sơ tiếp nhận")).toEqual({ change: false, earlier: false });
  });
  it("a change fits only a field asking for a change; an earlier value a field asking for it", () => {
    const t = "So với tháng 1/2020, số lượt tiếp tháng 2/2020 giảm 46 lượt (tháng trước: 49 lượt).";
    const earlierField = asksComparison("Lượt tiếp tháng trước");
    const changeField = asksComparison("Tăng/giảm số lượt so với tháng trước");
    expect(comparisonVetoes(comparisonAt(t, ...at(t, "46"), null), earlierField)).toBe(true);
    expect(comparisonVetoes(comparisonAt(t, ...at(t, "46"), null), changeField)).toBe(false);
    expect(comparisonVetoes(comparisonAt(t, ...at(t, "49"), null), earlierField)).toBe(false);
    expect(comparisonVetoes(comparisonAt(t, ...at(t, "49"), null), asksComparison("Lượt tiếp"))).toBe(true);
  });
});

describe("levels", () => {
  const district = "UBND huyện Thuận Châu báo cáo.\nToàn huyện tiếp 46 lượt công dân (cấp huyện 12 lượt, cấp xã 34 lượt); tiếp nhận 27 đơn thư, trong đó cấp huyện 09 đơn, cấp xã 18 đơn.";
  const own = ownLevel(district);
  const plain = fieldLevel("Đơn thư nhận được");
  it("reads the reporting body's level", () => {
    expect(own).toBe(1);
    expect(ownLevel("VĂN PHÒNG UBND TỈNH SƠN LA")).toBe(0);
  });
  it("a whole or a lower level is another level's figure", () => {
    expect(isOtherLevel(district, ...at(district, "27"), own, plain)).toBe(true);
    expect(isOtherLevel(district, ...at(district, "18"), own, plain)).toBe(true);
  });
  it("the reporting body's own level is its figure", () => {
    expect(isOtherLevel(district, ...at(district, "09"), own, plain)).toBe(false);
    expect(isOtherLevel("Văn phòng tiếp nhận 27 đơn thư.", 19, 21, 0, plain)).toBe(false);
  });
  it("a field is a total by its label, not by a wording that says «Tổng số lượt tiếp» of one level", () => {
    const all = "Lãnh đạo UBND tỉnh, các sở và UBND các huyện, thành phố: 29 lượt.";
    const huyen = fieldLevel("Lượt tiếp của lãnh đạo UBND các huyện, thành phố ; Tổng số lượt tiếp: lượt", "Lượt tiếp của lãnh đạo UBND các huyện, thành phố");
    expect(isOtherLevel(all, ...at(all, "29"), 0, huyen)).toBe(true);
  });
  it("a total field takes the whole; a field naming a level takes that level", () => {
    const all = "Lãnh đạo UBND tỉnh, các sở và UBND các huyện tiếp 40 lượt.";
    expect(isOtherLevel(all, ...at(all, "40"), 0, fieldLevel("Tổng số lượt tiếp"))).toBe(false);
    expect(isOtherLevel(all, ...at(all, "40"), 0, plain)).toBe(true);
    const huyen = "UBND các huyện tiếp 21 lượt.";
    expect(isOtherLevel(huyen, ...at(huyen, "21"), 0, fieldLevel("Lượt tiếp của UBND các huyện"))).toBe(false);
    expect(isOtherLevel(huyen, ...at(huyen, "21"), 0, fieldLevel("Lượt tiếp của UBND tỉnh"))).toBe(true);
  });
});

describe("done for planned", () => {
  const t = "Văn phòng đã kiểm tra tại 03 đơn vị. Trong quý I năm 2027, Văn phòng dự kiến kiểm tra 02 đơn vị.";
  it("a result is not the plan when the plan is written too", () => {
    expect(isDoneForPlanned(t, ...at(t, "03"), true)).toBe(true);
    expect(isDoneForPlanned(t, ...at(t, "02"), true)).toBe(false);
  });
  it("is silent when the document states no plan, or the field is not a plan", () => {
    expect(isDoneForPlanned(t, ...at(t, "03"), false)).toBe(false);
  });
});

describe("places", () => {
  const table = "Đơn vị\tBiên chế công chức\tBiên chế sự nghiệp\tHợp đồng\n\tĐược giao\tCó mặt\tĐược giao\tCó mặt\t\nTổng cộng\t55\t50\t14\t13\t09";
  const own = featureSet("Biên chế sự nghiệp được giao");
  const others = featureSet("Công chức đang thực hiện ; Công chức được giao");
  it("reads a column's header above merged header rows", () => {
    expect(columnHeader(table, at(table, "50")[0])).toBe("Có mặt");
    expect(columnHeader(table, at(table, "14")[0])).toBe("Được giao");
    expect(columnHeader("tiếp nhận 50 hồ sơ", 10)).toBeNull();
  });
  it("a header naming another figure and none of the field's words vetoes; a matching one does not", () => {
    expect(headerNamesOther("Có mặt", own, others)).toBe(true);
    expect(headerNamesOther("Được giao", own, others)).toBe(false);
    expect(headerNamesOther("Số lượng", own, others)).toBe(false);
  });
  it("a row naming the field keeps it whatever the column", () => {
    const t = "Loại\tĐược giao\tĐang thực hiện\nHợp đồng lao động\t\t08";
    expect(rowNamesField(t, at(t, "08")[0], featureSet("Hợp đồng lao động"))).toBe(true);
    expect(rowNamesField(table, at(table, "50")[0], own)).toBe(false);
  });
  it("reads the row's label after a «TT» column of row numbers, not the number", () => {
    const t = "TT\tĐối tượng\tĐược giao\tCó mặt\n3\tHợp đồng lao động\t-\t09\n4\tTổng cộng\t92\t95";
    expect(rowNamesField(t, at(t, "09")[0], featureSet("Hợp đồng lao động"))).toBe(true);
    expect(rowNamesField(t, at(t, "95")[0], featureSet("Hợp đồng lao động"))).toBe(false);
  });
  it("a legend says which side of a fraction is which", () => {
    const t = "công chức 64/70 (có mặt/được giao); biên chế sự nghiệp 18/20; hợp đồng 08.";
    const giao = featureSet("Biên chế sự nghiệp được giao");
    const legendAt = (figure: string, n = 0) => fractionLegend(t, ...at(t, figure, n), 0);
    expect(otherSide(legendAt("18")!, giao)).toBe(true);
    expect(otherSide(legendAt("20")!, giao)).toBe(false);
    expect(legendAt("08")).toBeNull();
    expect(fractionLegend("46/55 biên chế", 0, 2, 0)).toBeNull();
  });
  it("another room than the field's", () => {
    expect(otherRoom("01 Phó Trưởng phòng Kinh tế", ["tổng hợp kinh tế"])).toBe(true);
    expect(otherRoom("Phòng Tổng hợp 01", ["tổng hợp kinh tế"])).toBe(true);
    expect(otherRoom("01 Phó Trưởng phòng Tổng hợp - Kinh tế", ["tổng hợp kinh tế"])).toBe(false);
    expect(otherRoom("01 Phó Trưởng phòng", ["tổng hợp kinh tế"])).toBe(false);
  });
  it("another body than the field's", () => {
    expect(otherBody("Chủ tịch UBND huyện tặng Giấy khen cho 23 tập thể", [0])).toBe(true);
    expect(otherBody("Chủ tịch UBND tỉnh tặng 09 tập thể có thành tích trong hoạt động của HĐND", [0])).toBe(false);
    expect(otherBody("tặng Giấy khen cho 23 tập thể", [0])).toBe(false);
  });
  it("an organisation the document never names", () => {
    const names = organisationNames("Trung tâm Phục vụ hành chính công tỉnh")!;
    expect(names).toEqual(["phục vụ hành chính công", "pvhcc", "hành chính công"]);
    expect(organisationNames("Bộ phận một cửa của Văn phòng")).toEqual(["một cửa", "bộ phận tiếp nhận và trả kết quả", "1 cửa", "01 cửa", "bp1c"]);
    expect(organisationNames("Kiểm tra, giám sát")).toBeNull();
    expect(namesOrganisation("trung tâm pvhcc tiếp nhận", names)).toBe(true);
    expect(namesOrganisation("bộ phận một cửa cấp huyện tiếp nhận", names)).toBe(false);
  });
});

describe("scope of a number", () => {
  const names = organisationNames("Trung tâm Phục vụ hành chính công tỉnh")!;
  const inScope = (t: string, figure: string) => namesOrganisation(scopeBefore(t, at(t, figure)[0]).toLowerCase(), names);
  it("reaches back to the heading above, which counts", () => {
    expect(inScope("c) Trung tâm Phục vụ hành chính công tỉnh\n- Tiếp nhận: 9.780 hồ sơ", "9.780")).toBe(true);
    expect(inScope("2. Trung tâm PVHCC\nSố liệu như sau:\nTiếp nhận\t9.780", "9.780")).toBe(true);
  });
  it("stops at the heading and leaves brackets out", () => {
    expect(inScope("1. Trung tâm PVHCC: 10 hồ sơ.\n2. Bộ phận của Sở\nTiếp nhận\t1.732", "1.732")).toBe(false);
    expect(inScope("6. Bộ phận tiếp nhận của Sở (đặt tại Trung tâm Phục vụ hành chính công tỉnh):\nTiếp nhận\t1.732", "1.732")).toBe(false);
  });
});

describe("siblings", () => {
  const form = builtInDefinition("tiep-cong-dan-thang");
  const ctx = vetoContext("Nội dung chủ yếu trong lĩnh vực đất đai 3/3 lượt; các lĩnh vực khác 2/5 lượt.", form, patternsOf(form));
  const khac = form.byId.get("tcd:noiDung.khacLuot")!;
  it("a number described by a sibling's own words and none of the field's is the sibling's", () => {
    const [s] = at(ctx.text, "3/3");
    expect(vetoReason(ctx, khac, { start: s, end: s + 1 })).toBe("sibling");
  });
  it("a number described by the field's own words is kept", () => {
    const text = ctx.text;
    const [s, e] = at(text, "2/5");
    expect(vetoReason(ctx, khac, { start: s, end: s + 1 })).toBeNull();
    expect(e).toBeGreaterThan(s);
  });
});

describe("in recognition", () => {
  it("an approximation is never bound, the exact figure beside it is", () => {
    const text = "Trung tâm Phục vụ hành chính công tỉnh: Đã tiếp nhận và giải quyết khoảng 11.000 hồ sơ.";
    expect(recognizeFigures(text, REPORT).get("bcdc:hcc.tiepNhan")?.state).not.toBe("bound");
  });
  it("a figure bound by its exact wording in a comparison becomes unclear, still listed", () => {
    const text = "Trung tâm Phục vụ hành chính công: Đã tiếp nhận và giải quyết 9.466 hồ sơ, tăng 12 hồ sơ so với quý trước.";
    expect(recognizeFigures(text, REPORT).get("bcdc:hcc.tiepNhan")).toMatchObject({ state: "bound", occurrences: [{ text: "9.466" }] });
    const earlier = "Trung tâm Phục vụ hành chính công (cùng kỳ năm trước: Đã tiếp nhận và giải quyết 9.300 hồ sơ).";
    expect(recognizeFigures(earlier, REPORT).get("bcdc:hcc.tiepNhan")).toMatchObject({ state: "ambiguous", candidates: [{ text: "9.300" }] });
  });
  it("a cutoff date in the opening is the organisation's only when the document gives its figures", () => {
    const opening = "Văn phòng báo cáo (số liệu từ ngày 15/12/2025 đến ngày 14/3/2026) như sau:\n";
    const centre = "c) Trung tâm Phục vụ hành chính công tỉnh\nĐã tiếp nhận và giải quyết 9.780 hồ sơ.\n";
    const desk = "6. Bộ phận một cửa của Sở (đặt tại Trung tâm Phục vụ hành chính công tỉnh)\nĐã tiếp nhận và giải quyết 1.732 hồ sơ.\n";
    const date = (t: string) => recognizeFigures(t, REPORT).get("bcdc:hcc.denNgay")?.state;
    expect(recognizeFigures(opening + desk, REPORT).get("bcdc:hcc.tiepNhan")?.state).toBe("ambiguous");
    expect(date(opening + desk)).not.toBe("bound");
    expect(recognizeFigures(opening + centre, REPORT).get("bcdc:hcc.tiepNhan")?.state).toBe("bound");
  });
  it("the figures of an organisation the document never names are left for the clerk", () => {
    const text = "Bộ phận Một cửa cấp huyện: Đã tiếp nhận và giải quyết 1.386 hồ sơ.";
    expect(recognizeFigures(text, REPORT).get("bcdc:hcc.tiepNhan")).toMatchObject({ state: "ambiguous", candidates: [{ text: "1.386" }] });
  });
});
