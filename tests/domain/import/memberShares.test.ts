/**
 * A total before a colon and each member's share after it, the shares adding up to the total (meaning/memberShares.ts):
 * a field whose label names the total's subject (the province's leaders) takes the total, not the chairman's share,
 * though the form's wording names the chairman. Other clerks' sentences than monthly 66's, which showed the cause.
 */
import { memberShare, shareOfNamedTotal } from "../../../src/domain/import/meaning/memberShares";
import { isShortDate } from "../../../src/domain/import/meaning/notCounts";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { builtInDefinition } from "../../support/forms";
import { boundValue } from "../../support/recognized";

const MONTHLY = builtInDefinition("tiep-cong-dan-thang");
const HEAD = "BÁO CÁO\nKết quả tiếp công dân tháng 9 năm 2025\n2. Lãnh đạo UBND tỉnh\n";
function read(text: string): (id: string) => string | null {
  const found = recognizeFigures(`${HEAD}${text}\n`, MONTHLY);
  return (id) => boundValue(found.get(`tcd:${id}`));
}

describe("the leaders' total, not one member's share", () => {
  it("a list after «cụ thể:» whose shares add up to the leaders' figures", () => {
    const got = read("Trong tháng, lãnh đạo UBND tỉnh tiếp 04 lượt với 09 người, cụ thể: Chủ tịch UBND tỉnh tiếp 01 lượt, 02 người; Phó Chủ tịch UBND tỉnh Nguyễn Văn A tiếp 02 lượt, 05 người; Phó Chủ tịch UBND tỉnh Trần Văn B tiếp 01 lượt, 02 người.");
    expect([got("tinh.luot"), got("tinh.nguoi")]).toEqual(["04", "09"]);
  });

  it("shares in brackets after «gồm:»", () => {
    const got = read("Trong kỳ, lãnh đạo UBND tỉnh tiếp công dân 03 lượt với 12 người gồm: Chủ tịch UBND tỉnh tiếp định kỳ 01 lượt (04 người); Phó Chủ tịch UBND tỉnh tiếp 02 lượt (08 người).");
    expect([got("tinh.luot"), got("tinh.nguoi")]).toEqual(["03", "12"]);
  });

  it("the chairman alone, his receptions told day by day, is still the leaders' figure", () => {
    const got = read("Chủ tịch UBND tỉnh tiếp 02 lượt với 07 người: ngày 10/9 (01 lượt, 03 người) và ngày 24/9 (01 lượt, 04 người).");
    expect([got("tinh.luot"), got("tinh.nguoi")]).toEqual(["02", "07"]);
  });

  it("needs the arithmetic: shares that do not add up to a figure before the colon are no shares", () => {
    const text = "Lãnh đạo UBND tỉnh tiếp 05 lượt: Chủ tịch UBND tỉnh tiếp 01 lượt; Phó Chủ tịch UBND tỉnh tiếp 02 lượt.";
    expect(memberShare(text, text.indexOf("01"), text.indexOf("01") + 2)).toBeNull();
    const adds = "Lãnh đạo UBND tỉnh tiếp 03 lượt: Chủ tịch UBND tỉnh tiếp 01 lượt; Phó Chủ tịch UBND tỉnh tiếp 02 lượt.";
    const share = memberShare(adds, adds.indexOf("01"), adds.indexOf("01") + 2);
    expect(share?.memberLead.trim()).toBe("Chủ tịch UBND tỉnh tiếp");
    expect(shareOfNamedTotal(share, ["lãnh", "đạo", "tỉnh"])).toBe(true);
    expect(shareOfNamedTotal(share, ["chủ", "tịch", "tỉnh"])).toBe(false);
  });
});

describe("a day and month after «ngày» are a date, not a count", () => {
  it("both sides of «ngày 15/9», and not a share «40/55»", () => {
    const text = "tiếp định kỳ ngày 15/9 (02 lượt); đất đai 40/55 lượt";
    expect(isShortDate(text, text.indexOf("15"), text.indexOf("15") + 2)).toBe(true);
    expect(isShortDate(text, text.indexOf("/9") + 1, text.indexOf("/9") + 2)).toBe(true);
    expect(isShortDate(text, text.indexOf("40"), text.indexOf("40") + 2)).toBe(false);
  });
});
