/**
 * A number written with its sign joined to it («+1», «-13») is a change against another period, never a count
 * (meaning/notCounts.ts isSignedChange): a table's «Tăng (+) Giảm (-)» column gives no figure of the month.
 */
import { isSignedChange, notACount } from "../../../src/domain/import/meaning/notCounts";
import { boundByLabel } from "../../support/recognized";
import { builtInDefinition } from "../../support/forms";

const MONTHLY = builtInDefinition("tiep-cong-dan-thang");
const at = (text: string, number: string) => text.indexOf(number);

describe("a signed number is a change", () => {
  it("«+1» and «-13» after a space, a tab or a bracket", () => {
    for (const [text, n] of [["số lượt   02   01   +1", "1"], ["118\t131\t-13", "13"], ["(−4)", "4"]] as const) {
      const start = text.lastIndexOf(n);
      expect(isSignedChange(text, start)).toBe(true);
      expect(notACount(text, start, start + n.length)).toBe(true);
    }
  });

  it("not a range, a bullet, a date or a plain count", () => {
    expect(isSignedChange("từ 15-20 người", at("từ 15-20 người", "20"))).toBe(false);
    expect(isSignedChange("- 05 lượt", at("- 05 lượt", "05"))).toBe(false);
    expect(isSignedChange("ngày 14/11/2026", at("ngày 14/11/2026", "11"))).toBe(false);
    expect(isSignedChange("tiếp 02 lượt", at("tiếp 02 lượt", "02"))).toBe(false);
  });

  it("a province's row with its change beside it: the change is not the province's figure", () => {
    const text = [
      "BÁO CÁO",
      "Kết quả tiếp công dân tháng 11/2026",
      "",
      "Lãnh đạo UBND tỉnh - số lượt: +1 so với tháng trước.",
      "",
    ].join("\n");
    expect(boundByLabel(text, MONTHLY)("Lượt tiếp của lãnh đạo UBND tỉnh")).toBeNull();
  });
});
