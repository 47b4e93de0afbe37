/**
 * A level's own figures under its heading or on its line (meaning/levelHeadings.ts levelTotals, levelLines.ts): the
 * number a level's «Name — » line leads with, the one «tổng cộng» introduces, the partner past the bracket that splits
 * the first, and members' numbers that add up to the level's figure are no second statement of it. Rewordings of the
 * Quảng Trị, Cà Mau, Thanh Hóa and Sơn La monthly reports (116, 126, 136, 76), not their lines.
 */
import { builtInDefinition } from "../../support/forms";
import { boundValue, byLabel } from "../../support/recognized";
import { recognizeFigures } from "../../../src/domain/import/recognize";

const MONTHLY = builtInDefinition("tiep-cong-dan-thang");
const LUOT = "Lượt tiếp của lãnh đạo UBND các huyện, thành phố";
const NGUOI = "Số người được cấp huyện tiếp";

function read(text: string, label: string): { state: string | undefined; value: string | null } {
  const r = recognizeFigures(text, MONTHLY).get(byLabel(label, MONTHLY).id);
  return { state: r?.state, value: boundValue(r) };
}

const TOTALS = "1. TỔNG HỢP CHUNG\nTổng số — 50 lượt — 70 người\nĐịnh kỳ — 42 lượt\nĐột xuất — 08 lượt\n\n";

describe("a level's line «Name — figure»", () => {
  const lines = (communes: string) =>
    TOTALS +
    "2. THEO TỪNG CẤP\n" +
    "Lãnh đạo UBND tỉnh — 02 lượt — 05 người.\n" +
    "Thủ trưởng các sở, ban, ngành — 07 lượt — 09 người (định kỳ 05, đột xuất 02).\n" +
    `${communes}\n`;

  it("gives its figures first, a name with «UBND» in it too, whatever places it lists after", () => {
    const text = lines("Chủ tịch UBND các xã, phường, đặc khu — 41 lượt — 56 người (định kỳ 35, đột xuất 06); nhiều nhất là xã Cam Lộ (07 lượt), phường Đông Hà (06 lượt).");
    expect(read(text, LUOT).value).toBe("41");
    expect(read(text, NGUOI).value).toBe("56");
  });

  it("takes no place's number for the level's when the line is led by no figure", () => {
    const text = lines("Chủ tịch UBND các xã, phường, đặc khu: nhiều nhất là xã Cam Lộ (07 lượt), phường Đông Hà (06 lượt).");
    expect(read(text, LUOT).value).toBeNull();
  });
});

describe("a level's heading over prose", () => {
  const prose = (communes: string) =>
    "I. TÌNH HÌNH CHUNG\nTrong tháng đã tiếp 50 lượt (định kỳ 42 lượt, đột xuất 08 lượt) với 70 người.\n\n" +
    "II. KẾT QUẢ\n\n1. Lãnh đạo UBND tỉnh\n\nTiếp 02 lượt (định kỳ 01, đột xuất 01), 05 người.\n\n" +
    "2. Thủ trưởng các sở, ban, ngành\n\nTiếp 07 lượt (định kỳ 05, đột xuất 02), 09 người.\n\n" +
    `3. Chủ tịch UBND các xã, phường\n\n${communes}\n`;

  it("reads the number «tổng cộng» introduces as the level's, and its people past the bracket", () => {
    const text = prose("Phát sinh tiếp công dân tại 30/64 xã, phường; tổng cộng 41 lượt (định kỳ 35, đột xuất 06), 56 người. Nơi tiếp nhiều nhất là phường An Xuyên 06 lượt, xã Đầm Dơi 05 lượt.");
    expect(read(text, LUOT).value).toBe("41");
    expect(read(text, NGUOI).value).toBe("56");
  });

  it("takes no place's count for the level's without a word of summing", () => {
    const text = prose("Phát sinh tiếp công dân tại 30/64 xã, phường. Nơi tiếp nhiều nhất là phường An Xuyên 06 lượt, xã Đầm Dơi 05 lượt.");
    expect(read(text, LUOT).value).toBeNull();
  });

  it("finds the people beside a level's total an exact wording found, past its split in brackets", () => {
    const text = prose("Chủ tịch UBND các xã, phường đã tiếp 41 lượt (định kỳ 35 lượt, đột xuất 06 lượt) với 56 người; các xã còn lại không có công dân đến.");
    expect(read(text, LUOT).value).toBe("41");
    expect(read(text, NGUOI).value).toBe("56");
  });
});

describe("members' numbers under a level's heading", () => {
  const members = (result: string) =>
    "1. TỔNG HỢP CHUNG\n- Tổng số: 50 lượt/70 người.\n- Trong đó: định kỳ 42 lượt; đột xuất 08 lượt.\n\n" +
    "2. LÃNH ĐẠO UBND TỈNH\n- Chủ tịch UBND tỉnh tiếp định kỳ ngày 05/8: 01 lượt/09 người.\n- Phó Chủ tịch UBND tỉnh: 02 lượt/05 người.\n" +
    `${result}\n\n` +
    "3. THỦ TRƯỞNG CÁC SỞ, BAN, NGÀNH\n- Sở Xây dựng: 02 lượt/03 người;\n- Sở Nội vụ: 01 lượt/01 người.\nKết quả: 03 lượt/04 người.\n\n" +
    "4. CHỦ TỊCH UBND CÁC XÃ, PHƯỜNG\n- Cấp xã tiếp 44 lượt/61 người.\n";

  it("are its parts, not the level's figure stated again, when they add up to it", () => {
    expect(read(members("Kết quả: 03 lượt/14 người."), "Lượt tiếp của lãnh đạo UBND tỉnh")).toEqual({ state: "bound", value: "03" });
  });

  it("give the level no figure of theirs when nothing under the heading sums them", () => {
    const got = read(members("Các buổi tiếp được tổ chức đúng lịch."), "Lượt tiếp của lãnh đạo UBND tỉnh");
    expect(["01", "02"]).not.toContain(got.value);
  });
});
