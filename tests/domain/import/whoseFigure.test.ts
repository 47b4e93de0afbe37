/**
 * Whose figure a number is, by how clerks write (wt-wrong9): a place list ending in «không» (textClauses.ts), a
 * respective list whose last comma item is the quantity (respective.ts), a breakdown in brackets of a post
 * (bracketPost.ts), another body's units after «có» (listOwner.ts), the month's total's wording under a level's heading (levelWordings.ts). Minimal texts of our own.
 */
import { endsNegated } from "../../../src/domain/import/textClauses";
import { respectiveAt } from "../../../src/domain/import/meaning/respective";
import { otherPostsPart } from "../../../src/domain/import/meaning/bracketPost";
import { anotherBodyHas } from "../../../src/domain/import/meaning/listOwner";
import { builtInDefinition } from "../../support/forms";
import { boundByLabel } from "../../support/recognized";

const MONTHLY = builtInDefinition("tiep-cong-dan-thang");

describe("a place list ending in a negation", () => {
  it("«… xã, phường không» is where nothing happened; «Không» alone is a zero", () => {
    expect(endsNegated("12/40 xã, phường không")).toBe(true);
    expect(endsNegated("huyện A, huyện B chưa")).toBe(true);
    expect(endsNegated("12/40 xã, phường")).toBe(false);
    expect(endsNegated("Không")).toBe(false);
  });
});

describe("a respective list's last item naming the quantity", () => {
  it("«Hai trung tâm (A và B) …, số nhân viên lần lượt là 12 và 9» pairs nothing", () => {
    const text = "Hai trung tâm (Trung tâm Đông và Trung tâm Tây) đã tự chủ, số nhân viên lần lượt là 12 và 9 người.";
    expect(respectiveAt(text, text.indexOf("12"))?.list.labels).toBeNull();
  });

  it("items that are all quantities stay labels", () => {
    const text = "Số hồ sơ tiếp nhận, số hồ sơ trả kết quả lần lượt là 120 và 98.";
    expect(respectiveAt(text, text.indexOf("120"))?.list.labels).toEqual(["Số hồ sơ tiếp nhận", "số hồ sơ trả kết quả"]);
  });
});

describe("a breakdown in brackets counts its total's post", () => {
  const text = "Bổ nhiệm 04 Phó Trưởng phòng (Phòng Tổng hợp 03 đồng chí, Phòng Nội chính 01 đồng chí).";
  const at = text.indexOf("03");
  it("not a count of another post", () => {
    expect(otherPostsPart("chuyên viên", text, at, at + 2)).toBe(true);
  });
  it("the post's own figure, a count of people, and a number outside brackets are not refused", () => {
    expect(otherPostsPart("phó trưởng phòng", text, at, at + 2)).toBe(false);
    expect(otherPostsPart("người", text, at, at + 2)).toBe(false);
    const plain = "Luân chuyển 03 chuyên viên phòng Tổng hợp.";
    expect(otherPostsPart("chuyên viên", plain, plain.indexOf("03"), plain.indexOf("03") + 2)).toBe(false);
  });
});

describe("another body's units after «có»", () => {
  const header = "UBND XÃ TÂN AN\nVĂN PHÒNG HĐND VÀ UBND\nSố: 10/BC-VP\n\nBÁO CÁO\n";
  it("the parent body's rooms in its office's report", () => {
    const text = `${header}- UBND xã có 03 phòng chuyên môn (Phòng Kinh tế; Phòng Văn hóa - Xã hội; Văn phòng HĐND và UBND).`;
    expect(anotherBodyHas(text, text.indexOf("03"))).toBe(true);
  });
  it("the office's own rooms", () => {
    const text = `${header}- Văn phòng có 02 tổ chuyên môn (Tổ Tổng hợp; Tổ Một cửa).`;
    expect(anotherBodyHas(text, text.indexOf("02"))).toBe(false);
  });
});

describe("the month's total's wording under a level's heading", () => {
  const text = [
    "BÁO CÁO",
    "Kết quả tiếp công dân tháng 5 năm 2026",
    "I. TỔNG HỢP",
    "Trong tháng 5/2026, lãnh đạo UBND tỉnh, thủ trưởng các sở, ngành và Chủ tịch UBND các xã, phường đã tiếp 40 lượt, trong đó tiếp định kỳ 33 lượt, tiếp đột xuất 7 lượt.",
    "II. THEO CẤP",
    "1. Lãnh đạo UBND tỉnh",
    "Chủ tịch UBND tỉnh tiếp định kỳ 02 lượt, 05 người.",
    "2. Thủ trưởng các sở, ban, ngành",
    "Cộng cấp sở: 06 lượt, 08 người (05 lượt định kỳ, 01 lượt đột xuất).",
    "3. Chủ tịch UBND các xã, phường",
    "Chủ tịch UBND các xã, phường tiếp 32 lượt, 41 người.",
    "",
  ].join("\n");
  it("a level's split is not the month's", () => {
    const got = boundByLabel(text, MONTHLY);
    expect([got("Lượt tiếp định kỳ"), got("Lượt tiếp đột xuất")]).toEqual(["33", "7"]);
  });
  it("a «TỔNG CỘNG» line naming no level under the last heading is the month's", () => {
    const total = text.replace("Chủ tịch UBND các xã, phường tiếp 32 lượt, 41 người.", "Chủ tịch UBND các xã, phường tiếp 32 lượt, 41 người.\nTỔNG CỘNG (mục 1 + 2 + 3): 40 lượt (33 lượt định kỳ, 7 lượt đột xuất).");
    const got = boundByLabel(total, MONTHLY);
    expect(got("Lượt tiếp định kỳ")).toBe("33|33");
  });
  // Lào Cai's shape (monthly 156), in other words: the month's summing up after the last level, opened by «Như vậy».
  const closing = (words: string) =>
    text.replace("Chủ tịch UBND các xã, phường tiếp 32 lượt, 41 người.", `Chủ tịch UBND các xã, phường tiếp 32 lượt, 41 người; có 01 đoàn đông người.\n${words} đã tiếp 40 lượt công dân với 54 người; trong đó có 02 đoàn đông người.`);
  it("a closing «Như vậy, tổng cộng …» naming the levels together is the month's", () => {
    const got = boundByLabel(closing("Như vậy, tổng cộng trong tháng, lãnh đạo UBND tỉnh, thủ trưởng các sở, ngành và Chủ tịch UBND các xã"), MONTHLY);
    expect(got("Số đoàn đông người")).toBe("02");
  });
  it("one naming a single level stays that level's", () => {
    const got = boundByLabel(closing("Như vậy, tổng cộng trong tháng, Chủ tịch UBND các xã, phường"), MONTHLY);
    expect(got("Số đoàn đông người")).not.toBe("02");
  });
});
