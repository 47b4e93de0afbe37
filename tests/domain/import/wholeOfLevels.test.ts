/**
 * The whole of a split by levels (meaning/vetoText.ts wholeOfLevels): in a sentence that splits its figures by two
 * levels or more («cấp tỉnh …, cấp xã …»), a number written right after «tổng số»/«tổng cộng», in a clause naming no
 * level, is the levels' whole — the month's total — not the level named last before it. Sentences in other clerks'
 * words than monthly 306, which showed the cause.
 */
import { fieldLevel, wholeIsOtherLevel, wholeOfLevels } from "../../../src/domain/import/meaning/vetoText";
import { builtInDefinition } from "../../support/forms";
import { boundByLabel } from "../../support/recognized";

const at = (text: string, number: string) => {
  const start = text.indexOf(number);
  return wholeOfLevels(text, start, start + number.length);
};

describe("a number after «tổng số»/«tổng cộng» in a sentence split by levels", () => {
  it("is the whole, before or after the levels' parts", () => {
    expect(at("Tiếp theo lịch: cấp tỉnh 12 lượt, cấp xã 40 lượt; tiếp đột xuất tổng số 19 lượt, trong đó cấp tỉnh 04 lượt, cấp xã 15 lượt.", "19")).toBe(true);
    expect(at("Lĩnh vực đất đai: cấp tỉnh 09 lượt, cấp xã 31 lượt, tổng cộng 40 lượt.", "40")).toBe(true);
    expect(at("Lãnh đạo các cấp (cấp tỉnh và cấp xã) đã tiếp tổng số 52 lượt công dân, trong đó cấp tỉnh 12 lượt; cấp xã 40 lượt.", "52")).toBe(true);
  });

  it("and so is the share written right after the whole", () => {
    const text = "Lĩnh vực đất đai: cấp tỉnh 09 lượt, cấp xã 31 lượt, tổng cộng 40 lượt, chiếm 76,92% tổng số lượt tiếp.";
    expect(at(text, "76,92%")).toBe(true);
    // A share right after one level's part is that level's.
    expect(at("Lĩnh vực đất đai: cấp tỉnh 09 lượt, cấp xã 31 lượt, chiếm 59,62% tổng số lượt tiếp.", "59,62%")).toBe(false);
    expect(at("Lĩnh vực đất đai: cấp tỉnh 09 lượt, chiếm 17,31%; cấp xã 31 lượt, chiếm 59,62%.", "17,31%")).toBe(false);
  });

  it("is no whole when its clause names a level, when nothing says «tổng», or when one level only is named", () => {
    expect(at("Cấp tỉnh tiếp 12 lượt; cấp xã: tổng số 40 lượt.", "40")).toBe(false);
    expect(at("Tiếp đột xuất: cấp tỉnh 04 lượt, cấp xã 15 lượt.", "15")).toBe(false);
    expect(at("Chủ tịch UBND cấp xã đã tiếp tổng số 40 lượt, trong đó định kỳ 30 lượt.", "40")).toBe(false);
  });
});

describe("whose figure the whole is", () => {
  const text = "Về hình thức: cấp tỉnh 12 lượt, cấp xã 40 lượt; tiếp đột xuất tổng số 19 lượt, trong đó cấp tỉnh 04 lượt, cấp xã 15 lượt.";
  const whole = (description: string, name: string) => wholeIsOtherLevel(text, text.indexOf("19"), text.indexOf("19") + 2, fieldLevel(description, name));
  it("a total's, or a figure's that names no level", () => {
    expect(whole("Lượt tiếp đột xuất ; Tổng hợp chung ; lãnh đạo UBND tỉnh, các sở và UBND cấp xã", "Lượt tiếp đột xuất ; Tổng hợp chung")).toBe(false);
    expect(whole("Lượt tiếp đột xuất", "Lượt tiếp đột xuất")).toBe(false);
  });
  it("another level's for one level's figure, unless the split's levels are that figure's under two names", () => {
    expect(whole("Lượt đột xuất cấp xã", "Lượt đột xuất cấp xã")).toBe(true);
    const former = "Cấp huyện (cũ) và cấp xã: tổng cộng 64 lượt, trong đó cấp huyện 23 lượt, cấp xã 41 lượt.";
    const at = former.indexOf("64");
    expect(wholeIsOtherLevel(former, at, at + 2, fieldLevel("UBND các huyện (từ 01/7/2025: cấp xã)", "UBND các huyện"))).toBe(false);
    expect(wholeIsOtherLevel(text, 0, 5, fieldLevel("cấp xã", "cấp xã"))).toBeNull();
  });
});

describe("recognition on the monthly form", () => {
  const monthly = builtInDefinition("tiep-cong-dan-thang");
  const head = "UBND TỈNH AN GIANG\nTHANH TRA TỈNH\n\nBÁO CÁO\nTình hình, kết quả công tác tiếp công dân tháng 10 năm 2026\n\n";
  it("binds the month's totals written after «tổng số» beside the levels' parts", () => {
    const text = `${head}Trong tháng, lãnh đạo UBND tỉnh và Chủ tịch UBND các xã đã tiếp tổng số 52 lượt công dân, trong đó: cấp tỉnh tiếp 12 lượt; cấp xã tiếp 40 lượt.\n\nVề hình thức tiếp: định kỳ theo lịch, cấp tỉnh 08 lượt, cấp xã 25 lượt; tiếp đột xuất tổng số 19 lượt, trong đó cấp tỉnh 04 lượt, cấp xã 15 lượt.\n`;
    const bound = boundByLabel(text, monthly);
    expect(bound("Tổng số lượt tiếp công dân")).toBe("52");
    expect(bound("Lượt tiếp đột xuất")).toBe("19");
  });

  it("leaves the totals when the sentence gives only the levels' parts", () => {
    const text = `${head}Trong tháng, lãnh đạo tỉnh và Chủ tịch UBND các xã đã tiếp công dân: cấp tỉnh tiếp 12 lượt; cấp xã tiếp 40 lượt.\n\nVề hình thức tiếp: định kỳ theo lịch, cấp tỉnh 08 lượt, cấp xã 25 lượt; tiếp đột xuất: cấp tỉnh 04 lượt, cấp xã 15 lượt.\n`;
    const bound = boundByLabel(text, monthly);
    expect(bound("Tổng số lượt tiếp công dân")).toBeNull();
    expect(bound("Lượt tiếp đột xuất")).toBeNull();
  });
});
