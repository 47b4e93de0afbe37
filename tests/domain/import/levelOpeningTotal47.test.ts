/**
 * A level's part that opens with its own total (stop 47, 1336): «2. Lãnh đạo UBND tỉnh tiếp công dân / Tổng số lượt
 * tiếp: 03 lượt, 09 người. Phó Chủ tịch … 02 lượt với 07 người; Chủ tịch UBND tỉnh tiếp 01 lượt, 02 người.» The total
 * line right under the level's heading sums that level, not the month (meaning/levelWordings.ts), and the form's
 * wording of the Chủ tịch's line reads one member's share of it (meaning/levelHeadings.ts). Minimal texts of our own.
 */
import { builtInDefinition } from "../../support/forms";
import { boundValue } from "../../support/recognized";
import { recognizeFigures } from "../../../src/domain/import/recognize";

const MONTHLY = builtInDefinition("tiep-cong-dan-thang");

function read(text: string): (id: string) => string | null {
  const found = recognizeFigures(text, MONTHLY);
  return (id) => boundValue(found.get(`tcd:${id}`));
}

const levels = (provincial: string) =>
  [
    "BÁO CÁO",
    "Kết quả tiếp công dân tháng 3/2026",
    "",
    "1. Tổng hợp chung",
    "Trong tháng 3/2026, lãnh đạo UBND tỉnh, thủ trưởng các sở, ngành và Chủ tịch UBND các xã, phường đã tiếp 57 lượt với 80 người.",
    "",
    "2. Lãnh đạo UBND tỉnh tiếp công dân",
    provincial,
    "",
    "3. Thủ trưởng các sở, ban, ngành",
    "Đã tiếp 10 lượt với 12 người.",
    "",
    "4. Chủ tịch UBND các xã, phường",
    "Đã tiếp 44 lượt với 59 người.",
    "",
  ].join("\n");

describe("a total opening a level's part", () => {
  const text = levels("Tổng số lượt tiếp: 03 lượt, 09 người. Phó Chủ tịch UBND tỉnh Nguyễn Văn An tiếp 02 lượt với 07 người về bồi thường; Chủ tịch UBND tỉnh tiếp 01 lượt, 02 người.");

  it("is the level's total, not the month's", () => {
    const got = read(text);
    expect([got("tong.luot"), got("tong.nguoi")]).toEqual(["57", "80"]);
  });

  it("and the Chủ tịch's line after it is his share of the level's figure", () => {
    const got = read(text);
    expect([got("tinh.luot"), got("tinh.nguoi")]).toEqual(["03", "09"]);
  });
});

describe("what still reads as before", () => {
  it("the month's total closing the levels' parts, after their figures", () => {
    const text = [
      "BÁO CÁO",
      "Kết quả tiếp công dân tháng 3/2026",
      "I. Lãnh đạo UBND tỉnh",
      "Chủ tịch UBND tỉnh tiếp 03 lượt với 09 người.",
      "II. Thủ trưởng các sở, ban, ngành",
      "Đã tiếp 10 lượt với 12 người.",
      "III. Chủ tịch UBND các xã, phường",
      "Đã tiếp 44 lượt với 59 người.",
      "Tổng cộng (I + II + III): 57 lượt với 80 người.",
      "",
    ].join("\n");
    const got = read(text);
    expect([got("tong.luot"), got("tong.nguoi")]).toEqual(["57", "80"]);
    expect([got("tinh.luot"), got("tinh.nguoi")]).toEqual(["03", "09"]);
  });

  it("the Chủ tịch's line as the level's figure where he alone received", () => {
    const got = read(levels("Chủ tịch UBND tỉnh tiếp 03 lượt với 09 người tại Trụ sở Tiếp công dân tỉnh."));
    expect([got("tinh.luot"), got("tinh.nguoi")]).toEqual(["03", "09"]);
    expect(got("tong.luot")).toBe("57");
  });
});
