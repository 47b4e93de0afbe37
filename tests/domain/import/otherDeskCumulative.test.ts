/**
 * Near-match sentences of wt-desk40 (tests/support/metamorphic/nearMatches.ts OTHER_BODIES and CUMULATIVE): another
 * named body's one-stop desk or centre as a sentence's subject (meaning/otherDesk.ts), and a span from the year's start
 * in a first quarter (periodScope.cumulativeInFirst). Each both sides: the office's own sentence still binds. Texts
 * made up here, in the ways clerks write.
 */
import { otherBodysDesk } from "../../../src/domain/import/meaning/otherDesk";
import { cumulativeInFirst, isOtherPeriod } from "../../../src/domain/import/meaning/periodScope";
import { scopeOfKind } from "../../../src/domain/import/meaning/reportPeriod";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import type { Recognition } from "../../../src/domain/import/types";
import { REPORT } from "../../support/forms";

const at = (text: string, figure: string) => {
  const i = text.indexOf(figure);
  if (i < 0) throw new Error(`${figure} not in text`);
  return i;
};
const PROVINCE_OFFICE = ["ủy ban nhân dân tỉnh ninh bình\nvăn phòng"];
const desk = (text: string, figure: string, own: readonly (string | null)[] = PROVINCE_OFFICE) => otherBodysDesk(text, 0, at(text, figure), own);

describe("another body's desk or centre, named by its owner, as the sentence's subject", () => {
  it.each([
    ["Bộ phận một cửa UBND thành phố Tam Điệp tiếp nhận 1.240 hồ sơ, đang giải quyết 19 hồ sơ.", "19"],
    ["Bộ phận Một cửa của Sở Y tế tại Trung tâm Phục vụ hành chính công tỉnh tiếp nhận 47 hồ sơ, trả đúng hạn 31 hồ sơ.", "31"],
    ["Tại Bộ phận tiếp nhận và trả kết quả của UBND huyện Kim Bôi, trong quý tiếp nhận 71 hồ sơ.", "71"],
    ["Trung tâm Phục vụ hành chính công cấp xã đã tiếp nhận 6.457 hồ sơ.", "6.457"],
    ["Bộ phận một cửa các huyện, thị xã tiếp nhận 8.123 hồ sơ, đang giải quyết 47 hồ sơ.", "47"],
    ["- Bộ phận một cửa của Sở Công Thương: tiếp nhận 53 hồ sơ, trả đúng hạn 43 hồ sơ.", "43"],
    ["Riêng Bộ phận Một cửa huyện Vân Đồn tiếp nhận 529 hồ sơ.", "529"],
    ["Bộ phận một cửa UBND thành phố tiếp nhận 8.123 hồ sơ.", "8.123"],
  ])("«%s»: %s is that body's", (text, figure) => {
    expect(desk(text, figure)).toBe(true);
  });

  it.each([
    ["Bộ phận một cửa của Văn phòng tiếp nhận 81 hồ sơ, đã giải quyết 77 hồ sơ.", "77"],
    ["Bộ phận một cửa Văn phòng UBND tỉnh tiếp nhận 81 hồ sơ.", "81"],
    ["Bộ phận tiếp nhận và trả kết quả của Sở tại Trung tâm Phục vụ hành chính công tỉnh tiếp nhận 1.186 hồ sơ.", "1.186"],
    ["Trung tâm Phục vụ hành chính công tỉnh Ninh Bình tiếp nhận 9.780 hồ sơ.", "9.780"],
    ["Tại Trung tâm Phục vụ hành chính công tỉnh, Trung tâm đã tiếp nhận 9.780 hồ sơ.", "9.780"],
    ["Tiếp nhận 64 hồ sơ, trong đó Bộ phận một cửa UBND thành phố Tam Điệp chuyển đến 12 hồ sơ.", "64"],
  ])("«%s»: %s stays the report's own", (text, figure) => {
    expect(desk(text, figure)).toBe(false);
  });

  it("the issuer's own desk named with its owner is its own: a department's, a commune's", () => {
    const health = ["ủy ban nhân dân tỉnh bắc giang\nsở y tế"];
    const text = "Bộ phận Một cửa của Sở Y tế tại Trung tâm Phục vụ hành chính công tỉnh tiếp nhận 1.286 hồ sơ.";
    expect(desk(text, "1.286", health)).toBe(false);
    expect(desk(text, "1.286")).toBe(true);
    const commune = ["ủy ban nhân dân xã yên thành\nvăn phòng hđnd và ubnd"];
    const own = "Bộ phận một cửa UBND xã Yên Thành tiếp nhận 3.486 hồ sơ.";
    expect(desk(own, "3.486", commune)).toBe(false);
    expect(desk("Bộ phận một cửa UBND xã tiếp nhận 3.486 hồ sơ.", "3.486", commune)).toBe(false);
  });

  it("a later clause naming the office's own desk after «;» is that desk's", () => {
    const text = "Bộ phận một cửa UBND thành phố Tam Điệp tiếp nhận 1.240 hồ sơ; Bộ phận một cửa của Văn phòng tiếp nhận 81 hồ sơ.";
    expect(desk(text, "1.240")).toBe(true);
    expect(desk(text, "81")).toBe(false);
  });
});

const bound = (text: string, id: string): string | undefined => {
  const r = (recognizeFigures(text, REPORT) as Map<string, Recognition>).get(id);
  return r?.state === "bound" ? r.occurrences.map((o) => o.text).join(" ") : r?.state;
};

describe("the office's desk binds beside another body's, written before or after it", () => {
  const head = ["ỦY BAN NHÂN DÂN TỈNH NINH BÌNH", "VĂN PHÒNG", "", "BÁO CÁO", "Kết quả thực hiện dân chủ quý III năm 2026", ""];
  const own = "Bộ phận một cửa của Văn phòng tiếp nhận 64 hồ sơ, đã giải quyết, trả kết quả 61 hồ sơ, đang giải quyết 03 hồ sơ.";
  const other = "Bộ phận một cửa UBND thành phố Tam Điệp tiếp nhận 1.240 hồ sơ, đã giải quyết 1.117 hồ sơ, đang giải quyết 123 hồ sơ.";
  it.each([
    ["after", [own, other]],
    ["before", [other, own]],
  ])("another body's sentence %s the office's", (_side, lines) => {
    const text = [...head, "III. THỰC HIỆN DÂN CHỦ", "b) Bộ phận một cửa của Văn phòng", ...lines].join("\n");
    expect(bound(text, "bcdc:motCuaVp.tiepNhan")).toBe("64");
    expect(bound(text, "bcdc:motCuaVp.dangGiaiQuyet")).toBe("03");
  });
  it("another body's sentence alone under the desk's heading binds nothing: its numbers are left to the clerk", () => {
    const text = [...head, "III. THỰC HIỆN DÂN CHỦ", "b) Bộ phận một cửa của Văn phòng", other].join("\n");
    expect(bound(text, "bcdc:motCuaVp.tiepNhan")).not.toBe("1.240");
    expect(bound(text, "bcdc:motCuaVp.dangGiaiQuyet")).toBe("ambiguous");
  });
  it("a department's desk at the centre is none of the centre's figures", () => {
    const centre = "Bộ phận Một cửa của Sở Y tế tại Trung tâm Phục vụ hành chính công tỉnh tiếp nhận 47 hồ sơ, trả đúng hạn 31 hồ sơ.";
    const text = [...head, "III. THỰC HIỆN DÂN CHỦ", "c) Trung tâm Phục vụ hành chính công tỉnh", centre].join("\n");
    expect(bound(text, "bcdc:hcc.dungHan")).not.toBe("31");
    const own = "Trung tâm Phục vụ hành chính công tỉnh tiếp nhận 9.780 hồ sơ, trong đó đã giải quyết 9.412 hồ sơ, 1.102 hồ đúng hạn.";
    const both = [...head, "III. THỰC HIỆN DÂN CHỦ", "c) Trung tâm Phục vụ hành chính công tỉnh", own, centre].join("\n");
    expect(bound(both, "bcdc:hcc.tiepNhan")).toBe("9.780");
  });
});

describe("a span from the year's start in a first quarter", () => {
  const q1 = scopeOfKind("quarter", 1, 2026);
  const q3 = scopeOfKind("quarter", 3, 2026);
  const cumulative = (text: string, figure: string, scope = q1) => cumulativeInFirst(text, at(text, figure), at(text, figure) + figure.length, scope);
  it.each([
    ["Lũy kế từ đầu năm, Văn phòng tiếp nhận 7.349 hồ sơ, đã giải quyết 61 hồ sơ.", "7.349"],
    ["Tính từ đầu năm đến nay, Bộ phận một cửa đã tiếp nhận 5.593 hồ sơ.", "5.593"],
    ["Từ đầu năm đến nay đã tổ chức 37 cuộc họp giao ban.", "37"],
    ["Cộng dồn từ đầu năm, tỷ lệ hồ sơ giải quyết đúng hạn đạt 93,17%.", "93,17%"],
  ])("«%s»: %s is not surely the quarter's", (text, figure) => {
    expect(cumulative(text, figure)).toBe(true);
    // …and it was never removed there: the clerk still sees it.
    expect(isOtherPeriod(text, at(text, figure), at(text, figure) + figure.length, q1)).toBe(false);
  });
  it.each([
    ["Trong quý I, Văn phòng tiếp nhận 81 hồ sơ.", "81", q1],
    ["3 tháng đầu năm, Văn phòng tiếp nhận 81 hồ sơ.", "81", q1],
    ["Văn phòng tiếp nhận 81 hồ sơ.", "81", q1],
    // In a later quarter the span is another period already (isOtherPeriod): nothing more to say.
    ["Lũy kế từ đầu năm, Văn phòng tiếp nhận 7.349 hồ sơ.", "7.349", q3],
  ])("«%s»: %s is left as it was", (text, figure, scope) => {
    expect(cumulative(text, figure, scope)).toBe(false);
  });

  it("the year to date alone under the desk's heading in a first quarter is left to the clerk", () => {
    const head = ["ỦY BAN NHÂN DÂN TỈNH NINH BÌNH", "VĂN PHÒNG", "", "BÁO CÁO", "Kết quả thực hiện dân chủ quý I năm 2026", "", "III. THỰC HIỆN DÂN CHỦ", "b) Bộ phận một cửa của Văn phòng"];
    const ytd = "Tính từ đầu năm đến nay, Bộ phận một cửa của Văn phòng đã tiếp nhận 7.349 hồ sơ, đang giải quyết 19 hồ sơ.";
    const text = [...head, ytd].join("\n");
    expect(bound(text, "bcdc:motCuaVp.tiepNhan")).toBe("ambiguous");
  });

  it("the quarter's own figure binds beside the year to date, before or after it", () => {
    const head = ["ỦY BAN NHÂN DÂN TỈNH NINH BÌNH", "VĂN PHÒNG", "", "BÁO CÁO", "Kết quả thực hiện dân chủ quý I năm 2026", "", "III. THỰC HIỆN DÂN CHỦ", "b) Bộ phận một cửa của Văn phòng"];
    const own = "Bộ phận một cửa của Văn phòng tiếp nhận 64 hồ sơ, đã giải quyết, trả kết quả 61 hồ sơ, đang giải quyết 03 hồ sơ.";
    const ytd = "Tính từ đầu năm đến nay, Bộ phận một cửa đã tiếp nhận 7.349 hồ sơ, đang giải quyết 19 hồ sơ.";
    for (const lines of [[own, ytd], [ytd, own]]) {
      const text = [...head, ...lines].join("\n");
      expect(bound(text, "bcdc:motCuaVp.tiepNhan")).toBe("64");
      expect(bound(text, "bcdc:motCuaVp.dangGiaiQuyet")).toBe("03");
    }
  });
});

describe("whose desk: the words after the owner's name are no part of it", () => {
  it("«của Ban Quản lý đặt tại Trung tâm …» in the board's report is its own desk; a district's «cấp huyện» too", () => {
    const board = ["ubnd tỉnh hưng yên\nban quản lý các khu công nghiệp"];
    const text = "Bộ phận Một cửa của Ban Quản lý đặt tại Trung tâm Phục vụ hành chính công tỉnh, từ ngày 15/12/2025 đến ngày 14/3/2026 tiếp nhận 487 hồ sơ.";
    expect(desk(text, "487", board)).toBe(false);
    expect(desk(text, "487")).toBe(true);
    const district = ["ủy ban nhân dân huyện thuận châu\nvăn phòng hđnd và ubnd"];
    const own = "- Bộ phận Một cửa cấp huyện: tiếp nhận 1.386 hồ sơ; đã giải quyết 1.302 hồ sơ.";
    expect(desk(own, "1.386", district)).toBe(false);
    expect(desk(own, "1.386")).toBe(true);
    expect(desk("- Bộ phận Một cửa các huyện: tiếp nhận 1.386 hồ sơ.", "1.386", district)).toBe(true);
  });
});
