/**
 * A bracket whose numbers, each with one same unit, add up to a number of that unit before it in the sentence breaks
 * that number down (meaning/sharesOfEarlierCount.ts): «37 lượt/52 người tại 02 cơ sở (Quảng Ngãi 24 lượt, Kon Tum
 * 13 lượt)». Its numbers are shares of the 37, not last month's count stated again (meaning/statedTwice.ts).
 */
import { shareOfEarlierCount } from "../../../src/domain/import/meaning/sharesOfEarlierCount";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { builtInDefinition } from "../../support/forms";
import { boundValue } from "../../support/recognized";

const MONTHLY = builtInDefinition("tiep-cong-dan-thang");
const SITES = "Ngoài ra, Ban Tiếp công dân tỉnh tiếp thường xuyên 37 lượt/52 người tại 02 cơ sở (Quảng Ngãi 24 lượt, Kon Tum 13 lượt).";
const at = (text: string, n: string) => shareOfEarlierCount(text, text.indexOf(n));

describe("shares in a bracket of a count written before it", () => {
  it("reads each number of the bracket as a share of the count of its unit before it, past other counts", () => {
    expect(at(SITES, "24")).toBe(true);
    expect(at(SITES, "13")).toBe(true);
  });

  it("near-miss: shares that do not add up to a count of their unit before them are no breakdown", () => {
    expect(at("Ban tiếp thường xuyên 37 lượt/52 người tại 02 cơ sở (Quảng Ngãi 24 lượt, Kon Tum 14 lượt).", "24")).toBe(false);
    expect(at("Ban tiếp thường xuyên 37 người tại 02 cơ sở (Quảng Ngãi 24 lượt, Kon Tum 13 lượt).", "24")).toBe(false);
  });

  it("keeps last month's count bound, not doubted by the sites' shares of this month's regular reception", () => {
    const text = [
      "UBND TỈNH QUẢNG NGÃI                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "BAN TIẾP CÔNG DÂN                       Độc lập - Tự do - Hạnh phúc",
      "BÁO CÁO",
      "Tình hình, kết quả công tác tiếp công dân của lãnh đạo UBND tỉnh,",
      "1. Tổng hợp chung",
      "Tổng số lượt tiếp công dân của lãnh đạo UBND tỉnh, thủ trưởng các sở, ban, ngành và lãnh đạo UBND các xã, phường, đặc khu trong tháng 11/2026 là 54 lượt (49 lượt định kỳ, 05 lượt đột xuất) với 84 người đến khiếu nại, tố cáo, kiến nghị, phản ánh; trong đó có 01 đoàn đông người. Trong đó:",
      "6. So sánh với tháng trước",
      "So với tháng 10/2026 (61 lượt, 90 người), số lượt tiếp công dân giảm 7 lượt, số người đến khiếu nại, tố cáo, kiến nghị, phản ánh giảm 6 người.",
      "Ngoài ra, Ban Tiếp công dân tỉnh tiếp thường xuyên 37 lượt/52 người tại 02 cơ sở (Quảng Ngãi 24 lượt, Kon Tum 13 lượt); lũy kế 11 tháng năm 2026, toàn tỉnh tiếp 702 lượt.",
      "",
    ].join("\n");
    expect(boundValue(recognizeFigures(text, MONTHLY).get("tcd:soSanh.luotThangTruoc"))).toBe("61");
  });
});
