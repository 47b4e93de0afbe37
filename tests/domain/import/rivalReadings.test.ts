/**
 * A figure is bound only when its number clearly beats every other plausible reading (meaning/assign.ts): a number
 * written in words (meaning/spelledRivals.ts), a number another figure wants more and cannot do without, a level
 * named as a range of levels (vetoLevelRange.ts), a unit's short name noted after it in a list (listAsides.ts), a part
 * larger than its whole (partOverWhole.ts), a column of a table read as prose (vetoColumns.ts), a plan written as a
 * label «Kế hoạch: 13 cuộc» (vetoTarget.ts). Each
 * trap in words other than those of the corpus documents that showed it, with the side where binding must go on.
 */
import { withoutShortName } from "../../../src/domain/import/meaning/listAsides";
import { spelledCounts, spelledValue } from "../../../src/domain/import/meaning/spelledRivals";
import { partsOverWhole } from "../../../src/domain/import/meaning/partOverWhole";
import { unnamedColumn } from "../../../src/domain/import/meaning/vetoColumns";
import { levelRange } from "../../../src/domain/import/meaning/vetoLevelRange";
import { isTarget } from "../../../src/domain/import/meaning/vetoTarget";
import { syllables } from "../../../src/domain/import/meaning/words";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import type { Recognition } from "../../../src/domain/import/types";
import { REPORT } from "../../support/forms";

const shown = (r: Recognition | undefined) =>
  r?.state === "bound" ? r.occurrences.map((o) => o.input).join(" ") : r?.state === "ambiguous" ? `? ${r.candidates.map((c) => c.text).join(" ")}` : "-";
const get = (text: string, id: string) => shown(recognizeFigures(text, REPORT).get(`bcdc:${id}`));

describe("numbers written in words", () => {
  it.each([
    ["bốn", 4],
    ["mười hai", 12],
    ["mười lăm", 15],
    ["hai mươi mốt", 21],
    ["ba mươi tư", 34],
    ["Bảy mươi", 70],
    ["một trăm linh năm", 105],
    ["hai trăm", 200],
  ])("«%s» is %d", (words, value) => {
    expect(spelledValue(words)).toBe(value);
  });

  it.each(["mươi", "lăm", "hai hai", "trăm", "mười mốt"])("«%s» is no number", (words) => {
    expect(spelledValue(words)).toBeNull();
  });

  it.each([
    ["Phòng có năm đồng chí trực tiếp công dân.", ["năm"]],
    ["Đã tổ chức hai mươi mốt cuộc họp với các xã.", ["hai mươi mốt"]],
    // Not counts: no unit after them, their digits before them, an ordinal, a name.
    ["Sở Tư pháp thực hiện cơ chế một cửa và ba công khai.", []],
    ["Tặng Giấy khen cho 03 (ba) cá nhân.", []],
    ["Hội nghị lần thứ hai đơn vị nào cũng dự.", []],
    ["Năm 2026 có 12 cuộc.", []],
  ])("«%s»", (text, found) => {
    expect(spelledCounts(text).map((t) => t.text)).toEqual(found);
  });
});

describe("a figure written in words is a reading its digits must beat", () => {
  it("the deputies in words beside one deputy in digits: 01 is not the deputies' count", () => {
    const text = [
      "I. TÌNH HÌNH CHUNG",
      "Ban lãnh đạo có Chánh Văn phòng và ba Phó Chánh Văn phòng, trong đó 01 Phó Chánh Văn phòng kiêm nhiệm Giám đốc Trung tâm.",
    ].join("\n");
    expect(get(text, "lanhDao.soPhoChanh")).not.toBe("01");
  });

  it("meetings counted in words beside other meetings in digits: the digits are left to the clerk", () => {
    const text = [
      "III. KẾT QUẢ",
      "1. Giao ban",
      "Quý này Lãnh đạo Văn phòng chủ trì chín cuộc giao ban với các phòng; bên cạnh đó có 03 cuộc họp chuyên đề về chuyển đổi số.",
    ].join("\n");
    expect(get(text, "giaoBan.soCuoc")).not.toBe("03");
  });

  it("the same count in digits and again in words is still bound", () => {
    const text = ["III. KẾT QUẢ", "1. Giao ban", "Trong quý Văn phòng đã tổ chức 11 cuộc giao ban với các phòng, đơn vị (tháng nào cũng đủ, cả quý mười một cuộc giao ban)."].join("\n");
    expect(get(text, "giaoBan.soCuoc")).toBe("11");
  });

  it("a number in words of another thing does not unsettle the digits", () => {
    const text = [
      "III. KẾT QUẢ",
      "1. Giao ban",
      "Trong quý Văn phòng đã tổ chức 11 cuộc giao ban với các phòng, đơn vị.",
      "2. An sinh xã hội",
      "Văn phòng tham mưu ban hành hai văn bản về hỗ trợ gạo cứu đói.",
    ].join("\n");
    expect(get(text, "giaoBan.soCuoc")).toBe("11");
  });
});

describe("a number another figure wants more, with nowhere else to go", () => {
  it("the online files of the centre are not the withdrawn files", () => {
    // The count of files submitted online fits «đang giải quyết», «đã giải quyết» and «trước hạn» better than it fits
    // «rút và trả lại»; those figures have no other number as good, so it is no one's without the clerk.
    const text = [
      "I. TÌNH HÌNH",
      "- Công tác giải quyết thủ tục hành chính: Sở nhận 1 836 hồ sơ (nộp trực tiếp tại Trung tâm Phục vụ hành chính công tỉnh 902 hồ sơ, nộp trực tuyến 934 hồ sơ); giải quyết đúng và trước hạn 1 790 hồ sơ, đạt 97,49%; đang giải quyết 46 hồ sơ; không có hồ sơ quá hạn.",
    ].join("\n");
    expect(get(text, "hcc.rutTraLai")).toBe("? 934");
  });

  it("a figure the number fits best is still bound when the others have their own numbers", () => {
    const text = ["III. KẾT QUẢ", "- Bộ phận Một cửa của Văn phòng: tiếp nhận 126 hồ sơ; đã giải quyết, trả kết quả 118 hồ sơ; đang giải quyết 08 hồ sơ."].join(
      "\n",
    );
    const r = recognizeFigures(text, REPORT);
    expect(shown(r.get("bcdc:motCuaVp.tiepNhan"))).toBe("126");
    expect(shown(r.get("bcdc:motCuaVp.dangGiaiQuyet"))).toBe("08");
  });
});

describe("a level written as a range of levels", () => {
  it.each([
    ["Cán bộ, công chức có trình độ từ đại học trở lên: 41 người.", true],
    ["Số người có trình độ trên đại học là 12.", true],
    ["Đại học 57 người.", false],
    ["Đại học 57 (trên đại học 20).", false],
  ])("«%s»", (segment, ranged) => {
    expect(levelRange("Đại học", syllables(segment.split(/[(]/)[0]!), () => [])).toBe(ranged);
  });

  it("«đại học trở lên» is not the graduates' count, the table's «Đại học» column is", () => {
    const text = [
      "I. TÌNH HÌNH CHUNG",
      "Toàn cơ quan có 76 người, trong đó số có trình độ từ đại học trở lên là 70 người.",
      "Về trình độ chuyên môn: Tiến sỹ: 02; Thạc sỹ: 21; Đại học: 47.",
    ].join("\n");
    expect(get(text, "trinhDo.daiHoc")).toBe("47");
  });

  it("alone, the range is left for the clerk", () => {
    const text = ["I. TÌNH HÌNH CHUNG", "Đội ngũ công chức có trình độ đại học trở lên chiếm đa số, với 88 người."].join("\n");
    expect(get(text, "trinhDo.daiHoc")).not.toBe("88");
  });
});

describe("a unit's short name after it in a list", () => {
  it.each([
    ["Trung tâm Phục vụ hành chính công tỉnh (sau đây viết tắt là Trung tâm PVHCC)", "Trung tâm Phục vụ hành chính công tỉnh"],
    ["Nhà khách tỉnh (gọi tắt là Nhà khách)", "Nhà khách tỉnh"],
    ["Trung tâm Thông tin - Công báo (viết tắt: TTTT-CB)", "Trung tâm Thông tin - Công báo"],
    ["Phòng Hành chính - Tổ chức (HCTC)", "Phòng Hành chính - Tổ chức (HCTC)"],
  ])("«%s» is «%s»", (item, name) => {
    expect(withoutShortName(item)).toBe(name);
  });

  it("the listed units are read without the note", () => {
    const text = [
      "I. TÌNH HÌNH CHUNG",
      "Các phòng, đơn vị trực thuộc:",
      "- Phòng Tổng hợp;",
      "- Phòng Kinh tế;",
      "- Trung tâm Phục vụ hành chính công (sau đây gọi tắt là Trung tâm).",
    ].join("\n");
    expect(get(text, "toChuc.danhSach")).toBe("Phòng Tổng hợp\nPhòng Kinh tế\nTrung tâm Phục vụ hành chính công");
  });
});

describe("a part larger than its whole", () => {
  const bound = (input: string, line: number): Recognition => ({
    state: "bound",
    occurrences: [{ start: line * 100, end: line * 100 + input.length, text: input, input, line, where: "mục II.1" }],
  });

  it("the desk's resolved files and the centre's early files read for the desk are both flagged", () => {
    // «… đã giải quyết và trả kết quả 106 hồ sơ» for the desk, «17.912 hồ sơ được trả trước hạn» under a heading
    // that was not read as the centre's: the part cannot exceed its whole, and the numbers cannot say which is wrong.
    const result = new Map<string, Recognition>([
      ["bcdc:motCuaVp.daGiaiQuyet", bound("106", 4)],
      ["bcdc:motCuaVp.traSom", bound("17.912", 9)],
      ["bcdc:motCuaVp.dungHan", bound("75", 4)],
    ]);
    expect([...partsOverWhole(REPORT, result)].sort()).toEqual(["bcdc:motCuaVp.daGiaiQuyet", "bcdc:motCuaVp.traSom"]);
  });

  it("a percentage's part larger than its whole flags both", () => {
    const result = new Map<string, Recognition>([
      ["bcdc:hcc.daGiaiQuyet", bound("1.230", 3)],
      ["bcdc:hcc.treHan", bound("2.045", 5)],
    ]);
    expect(partsOverWhole(REPORT, result).has("bcdc:hcc.treHan")).toBe(true);
  });

  it("a count serving over its quota, read in different places, flags both: the form holds it as an error (held-out 1412's headcount 224 against 61)", () => {
    const result = new Map<string, Recognition>([
      ["bcdc:bienChe.suNghiepGiao", bound("61", 21)],
      ["bcdc:bienChe.suNghiepThucHien", bound("224", 7)],
      ["bcdc:bienChe.congChucGiao", bound("146", 19)],
      ["bcdc:bienChe.congChucThucHien", bound("137", 20)],
    ]);
    expect([...partsOverWhole(REPORT, result)].sort()).toEqual(["bcdc:bienChe.suNghiepGiao", "bcdc:bienChe.suNghiepThucHien"]);
  });

  it("a part over its whole on the same line is the clerk's own error, left bound for the check", () => {
    const result = new Map<string, Recognition>([
      ["bcdc:motCuaVp.tiepNhan", bound("70", 4)],
      ["bcdc:motCuaVp.daGiaiQuyet", bound("77", 4)],
    ]);
    expect(partsOverWhole(REPORT, result).size).toBe(0);
  });

  it("parts within their whole stay bound", () => {
    const text = [
      "II. CẢI CÁCH HÀNH CHÍNH",
      "1. Bộ phận Một cửa của Văn phòng",
      "Bộ phận Một cửa của Văn phòng tiếp nhận 95 hồ sơ; đã giải quyết, trả kết quả 90 hồ sơ, trong đó trả trước hạn 61 hồ sơ, đúng hạn 29 hồ sơ; đang giải quyết 05 hồ sơ.",
    ].join("\n");
    const r = recognizeFigures(text, REPORT);
    expect(shown(r.get("bcdc:motCuaVp.daGiaiQuyet"))).toBe("90");
    expect(shown(r.get("bcdc:motCuaVp.traSom"))).toBe("61");
  });
});

describe("columns of a table read as prose", () => {
  it.each([
    ["Số hồ sơ nhận            4.120        5.306", "4.120", true],
    ["Số hồ sơ nhận            4.120        5.306", "5.306", true],
    ["Tỷ lệ đúng hạn     97,1%     98,4%", "98,4%", true],
    ["Trung tâm nhận 5.306 hồ sơ, tăng 28,8% so với quý trước.", "5.306", false],
    ["Chỉ tiêu\tQuý I\tQuý II\nSố hồ sơ nhận\t4.120\t5.306", "5.306", false],
  ])("«%s»: %s → %s", (text, figure, unnamed) => {
    const start = text.lastIndexOf(figure);
    expect(unnamedColumn(text, { start, end: start + figure.length })).toBe(unnamed);
  });

  it("two quarters side by side, their columns wrapped apart, give the centre's files to no quarter", () => {
    const text = [
      "III. KẾT QUẢ",
      "c) Trung tâm Phục vụ hành chính công tỉnh",
      "Nội dung                  Quý II/2026     Quý III/2026     9 tháng",
      "năm 2026",
      "Số hồ sơ nhận              4.120           5.306",
      "13.871",
      "Đã giải quyết              3.998           5.217",
      "13.502",
    ].join("\n");
    const r = recognizeFigures(text, REPORT);
    expect(shown(r.get("bcdc:hcc.tiepNhan"))).not.toBe("4.120");
    expect(shown(r.get("bcdc:hcc.daGiaiQuyet"))).not.toBe("3.998");
  });
});

describe("the plan as a label before its number", () => {
  it.each([
    ["Kế hoạch: 12 cuộc/quý; đã thực hiện", true],
    ["Theo kế hoạch đề ra 12 cuộc, thực tế", true],
    ["Kế hoạch năm: 40 lượt kiểm tra", true],
    ["Văn phòng đã ban hành 05 kế hoạch", false],
    ["Thực hiện: 10 cuộc", false],
  ])("«%s»", (clause, target) => {
    const start = clause.search(/\d/);
    expect(isTarget(clause, start)).toBe(target);
  });

  it("what was done is no plan's, and the plan is not what was done", () => {
    const text = ["III. KẾT QUẢ", "đ) Họp giao ban", "Kế hoạch: 12 cuộc/quý (mỗi tuần một cuộc). Thực hiện: 10 cuộc, đạt 83,3% kế hoạch."].join("\n");
    expect(get(text, "giaoBan.soCuoc")).not.toBe("12");
  });
});

describe("an award given by another head", () => {
  it.each(["Chánh Thanh tra tỉnh", "Trưởng Ban Tổ chức Tỉnh ủy"])("the Giấy khen given by «%s» is not the police director's", (giver) => {
    const text = [
      "II. KẾT QUẢ",
      `Thứ tư, thi đua, khen thưởng kịp thời: đề nghị Thủ tướng Chính phủ tặng Bằng khen cho 03 cá nhân; ${giver} tặng Giấy khen cho 09 cá nhân, 01 tập thể.`,
    ].join("\n");
    expect(get(text, "khenThuong.congAn")).not.toBe("09");
    expect(get(text, "khenThuong.bangKhenTTg")).toBe("03");
  });
});
