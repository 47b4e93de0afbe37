/**
 * «…, trên tổng số 11 trường hợp đủ điều kiện, là 04 công chức»: the whole the subject's figure is taken out of, set
 * in an aside before «là», is a total, never that figure (meaning/copulaStatement.ts wholeBeforeCopula).
 */
import { wholeBeforeCopula } from "../../../src/domain/import/meaning/copulaStatement";
import { boundByLabel } from "../../support/recognized";
import { REPORT, builtInDefinition } from "../../support/forms";

const isWhole = (text: string, n: string) => wholeBeforeCopula(text, text.indexOf(n), text.indexOf(n) + n.length);

describe("the whole in an aside before «là»", () => {
  it("is read between commas, before «là» and the subject's figure", () => {
    expect(isWhole("Số công chức được nâng lương trước hạn, trên tổng số 11 trường hợp đủ điều kiện, là 04 công chức", "11")).toBe(true);
    expect(isWhole("Số lượt tiếp về đất đai, trong tổng số 58 lượt, là 37/58 lượt", "58")).toBe(true);
  });

  it("not a whole after its part, nor one no «là» follows", () => {
    expect(isWhole("đã giải quyết 412 trên tổng số 430 hồ sơ", "430")).toBe(false);
    expect(isWhole("Số công chức được nâng lương, trên tổng số 11 trường hợp, đều được công khai", "11")).toBe(false);
  });

  it("leaves the pay rises to the figure after «là»", () => {
    const value = boundByLabel(
      "III. THỰC HIỆN DÂN CHỦ TRONG HOẠT ĐỘNG CỦA CƠ QUAN\n1. Chế độ, chính sách\nSố công chức được Văn phòng quyết định nâng bậc lương trước thời hạn trong quý, trên tổng số 11 trường hợp đủ điều kiện xem xét, là 04 công chức.\n",
      REPORT,
    );
    expect(value("Công chức được nâng lương trước thời hạn")).toBe("04");
  });

  it("never binds the month's total as the land visits", () => {
    const monthly = builtInDefinition("tiep-cong-dan-thang");
    const value = boundByLabel(
      "1. Tình hình chung\nTổng số lượt tiếp công dân trong tháng 5/2026 của các cấp là 58 lượt.\n2. Nội dung\nSố lượt tiếp công dân có nội dung về lĩnh vực đất đai, trong tổng số 58 lượt, là 37/58 lượt, chiếm 63,79%.\n",
      monthly,
    );
    expect(value("Lượt tiếp về đất đai")).not.toBe("58");
  });
});
