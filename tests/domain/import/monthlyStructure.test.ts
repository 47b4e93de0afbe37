/**
 * The monthly citizen-reception form read by its own structure, in words no corpus document uses: headings naming the
 * levels its sums add up (levelHeadings.ts), a table's group rows over rows of the same labels (gridRows.ts,
 * ownCell.ts), this month's column beside last month's (earlierColumn.ts). Near-matches that must not bind: last month,
 * the same month last year, the cumulative year.
 */
import { builtInDefinition } from "../../support/forms";
import { boundValue } from "../../support/recognized";
import { recognizeFigures } from "../../../src/domain/import/recognize";

const MONTHLY = builtInDefinition("tiep-cong-dan-thang");

function read(text: string): (id: string) => string | null {
  const found = recognizeFigures(text, MONTHLY);
  return (id) => boundValue(found.get(`tcd:${id}`));
}

/** Every bound figure's value, to check that none took a near-match. */
function boundValues(text: string): string[] {
  return [...recognizeFigures(text, MONTHLY).values()].flatMap((r) => (r.state === "bound" ? r.occurrences.map((o) => o.input) : []));
}

describe("headings naming the levels of the form's sums", () => {
  const numbered =
    "BÁO CÁO\nKết quả tiếp công dân tháng 9 năm 2025\n1. Tình hình chung\nTháng 9/2025 các cấp tiếp 31 lượt, 40 người; định kỳ 25 lượt, đột xuất 06 lượt.\n" +
    "2. Lãnh đạo UBND tỉnh\nPhó Chủ tịch UBND tỉnh chủ trì buổi tiếp, giải quyết dứt điểm kiến nghị của các hộ dân (03 lượt, 05 người).\n" +
    "3. Thủ trưởng các sở, ban, ngành\nCác sở chủ động đối thoại với công dân (07 lượt, 09 người; trong đó định kỳ 05 lượt, đột xuất 02 lượt).\n" +
    "4. Chủ tịch UBND các xã, phường\nNgười đứng đầu cấp xã tiếp công dân đúng lịch (21 lượt, 26 người; định kỳ 17 lượt, đột xuất 04 lượt). Lũy kế từ đầu năm, cấp xã tiếp 160 lượt.\n";

  it("reads each level's bracket under its numbered heading, never as the month's totals", () => {
    const got = read(numbered);
    expect([got("tinh.luot"), got("tinh.nguoi"), got("so.luot"), got("so.nguoi")]).toEqual(["03", "05", "07", "09"]);
    expect([got("huyen.luot"), got("huyen.nguoi"), got("huyen.dinhKy"), got("huyen.dotXuat")]).toEqual(["21", "26", "17", "04"]);
    expect([got("tong.dinhKy"), got("tong.dotXuat")]).toEqual(["25", "06"]);
    // The cumulative year under the communes' heading is nobody's figure.
    expect(boundValues(numbered)).not.toContain("160");
  });

  it("reads levels under roman headings in capitals, with the total before its parts and «với» between the units", () => {
    const text =
      "BÁO CÁO\nTình hình tiếp công dân tháng 10/2025\nI. LÃNH ĐẠO UBND TỈNH\nTrong tháng, đồng chí Chủ tịch và một Phó Chủ tịch UBND tỉnh tiếp công dân theo lịch, tổng cộng 04 lượt/09 người, gồm: Chủ tịch 01 lượt/02 người, Phó Chủ tịch 03 lượt/07 người.\n" +
      "II. CÁC SỞ, BAN, NGÀNH\nThủ trưởng các cơ quan chuyên môn tiếp 15 lượt với 18 người (định kỳ 12 lượt và đột xuất 03 lượt); tháng trước 13 lượt.\n" +
      "III. UBND CẤP XÃ\nCác xã, phường tiếp 62 lượt với 80 người, trong đó định kỳ 50 lượt, đột xuất 12 lượt. Cùng kỳ năm 2024, cấp huyện tiếp 70 lượt.\n";
    const got = read(text);
    expect([got("tinh.luot"), got("tinh.nguoi"), got("so.luot"), got("so.nguoi")]).toEqual(["04", "09", "15", "18"]);
    expect([got("huyen.luot"), got("huyen.nguoi"), got("huyen.dinhKy"), got("huyen.dotXuat")]).toEqual(["62", "80", "50", "12"]);
    // Last month's and last year's figures are no level's, and no part of a level is the month's total.
    const values = boundValues(text);
    for (const near of ["13", "70", "01", "03"]) expect(values).not.toContain(near);
    expect(got("tong.luot")).toBeNull();
  });

  it("takes a lone bracket under a short level heading, and leaves a level given only by its offices", () => {
    const text =
      "BÁO CÁO\nKết quả tiếp công dân tháng 11 năm 2025\n1. Lãnh đạo tỉnh\nUBND tỉnh duy trì tiếp công dân định kỳ (05 lượt, 12 người).\n" +
      "2. Cấp sở\nGiám đốc Sở Tài nguyên (04 lượt, 04 người), Giám đốc Sở Xây dựng (03 lượt, 05 người).\n" +
      "3. Cấp xã\nKết quả tiếp (33 lượt, 41 người; định kỳ 29 lượt; đột xuất 04 lượt); lũy kế 11 tháng 350 lượt.\n";
    const got = read(text);
    expect([got("tinh.luot"), got("tinh.nguoi")]).toEqual(["05", "12"]);
    expect([got("huyen.luot"), got("huyen.nguoi"), got("huyen.dinhKy"), got("huyen.dotXuat")]).toEqual(["33", "41", "29", "04"]);
    // The departments' figure is not written: one office's count is not the level's.
    expect([got("so.luot"), got("so.nguoi")]).toEqual([null, null]);
    expect(boundValues(text)).not.toContain("350");
  });

  it("does not take a delegation's people, written further on, for the level's people", () => {
    const text =
      "BÁO CÁO\nKết quả tiếp công dân tháng 6 năm 2026\na) Lãnh đạo UBND tỉnh\nPhó Chủ tịch UBND tỉnh chủ trì buổi tiếp định kỳ ngày 12/6/2026, đã tiếp 02 lượt, trong đó có 01 đoàn đông người (18 người) của xã Ia Hrú.\n" +
      "b) Chủ tịch UBND các xã, phường\nCác xã tiếp nhiều lượt, có 01 đoàn đông người (phường Hội Phú, 09 người).\n";
    const got = read(text);
    expect(got("tinh.nguoi")).not.toBe("18");
    expect(got("huyen.nguoi")).not.toBe("09");
  });

  it("reads a level's sum written after its offices under «Kết quả» or «cộng», and no office that happens to add up", () => {
    const text =
      "BÁO CÁO\nKết quả tiếp công dân tháng 2 năm 2026\n1. Thủ trưởng các sở, ban, ngành\n- Sở Tư pháp: 02 lượt/02 người;\n- Sở Y tế: 03 lượt/04 người;\n- Sở Công Thương: 01 lượt/01 người.\nKết quả: 06 lượt/07 người.\n" +
      "2. Chủ tịch UBND các xã, phường\nXã Ea Tiêu 02 lượt/03 người, xã Hòa Thắng 03 lượt/03 người, phường Tân Lập 05 lượt/06 người.\n";
    const got = read(text);
    expect([got("so.luot"), got("so.nguoi")]).toEqual(["06", "07"]);
    // 02 + 03 = 05, but nothing says the third commune's figure is a sum.
    expect(got("huyen.luot")).not.toBe("05");
  });

  it("does not take the first office of a list for its level when the list's own total comes last", () => {
    const text =
      "BÁO CÁO\nKết quả tiếp công dân tháng 4 năm 2026\n1. Lãnh đạo UBND tỉnh: tiếp 02 lượt/04 người.\n" +
      "2. Các sở, ban, ngành: Sở Tư pháp 05 lượt/06 người; Sở Công Thương 02 lượt/02 người; Sở Nội vụ 03 lượt/03 người; cộng 10 lượt/11 người.\n" +
      "3. Chủ tịch UBND cấp xã: 40 lượt/47 người.\n";
    const got = read(text);
    expect(got("so.luot")).not.toBe("05");
    expect(got("so.nguoi")).not.toBe("06");
  });
});

describe("a monthly table's group rows and last month's column", () => {
  const table = (header: string, groups: [string, string, string, string]) =>
    "BÁO CÁO\nKết quả tiếp công dân tháng 9 năm 2025\nBIỂU SỐ LIỆU\n" +
    `TT\tNội dung\tĐVT\t${header}\n` +
    `A\t${groups[0]}\t\t\t\n1\tLượt tiếp\tLượt\t42\t38\n2\tNgười được tiếp\tNgười\t55\t49\n3\tĐoàn đông người\tĐoàn\t02\t01\n` +
    `B\t${groups[1]}\t\t\t\n1\tLượt tiếp\tLượt\t02\t03\n2\tNgười được tiếp\tNgười\t06\t04\n` +
    `C\t${groups[2]}\t\t\t\n1\tLượt tiếp\tLượt\t08\t07\n2\tNgười được tiếp\tNgười\t10\t09\n` +
    `D\t${groups[3]}\t\t\t\n1\tLượt tiếp\tLượt\t32\t28\n2\tNgười được tiếp\tNgười\t39\t36\n`;

  it("reads each level's row by its group, in this month's column", () => {
    const got = read(table("Tháng 9/2025\tTháng 8/2025", ["Tổng cộng", "Lãnh đạo UBND tỉnh", "Thủ trưởng các sở, ban, ngành", "Chủ tịch UBND cấp xã"]));
    expect([got("tinh.luot"), got("tinh.nguoi"), got("so.luot"), got("so.nguoi"), got("huyen.luot"), got("huyen.nguoi")]).toEqual(["02", "06", "08", "10", "32", "39"]);
    expect([got("tong.luot"), got("tong.nguoi"), got("tong.doanDongNguoi")]).toEqual(["42", "55", "02"]);
  });

  it("reads the columns across a year's turn, the earlier month being December", () => {
    const got = read(table("Tháng 01/2026\tTháng 12/2025", ["Toàn tỉnh", "UBND tỉnh", "Các sở, ngành", "UBND các xã, phường"]));
    expect([got("tinh.luot"), got("so.luot"), got("huyen.luot")]).toEqual(["02", "08", "32"]);
    expect([got("tinh.nguoi"), got("so.nguoi"), got("huyen.nguoi")]).toEqual(["06", "10", "39"]);
  });

  it("takes last month's column only for last month's figures, carried from the month's totals' rows", () => {
    const text = table("Tháng 9/2025\tTháng 8/2025", ["Tổng số", "Lãnh đạo UBND tỉnh", "Thủ trưởng các sở, ban, ngành", "Chủ tịch UBND các xã, phường"]);
    const got = read(text);
    expect([got("soSanh.luotThangTruoc"), got("soSanh.nguoiThangTruoc")]).toEqual(["38", "49"]);
    for (const [id, value] of [...recognizeFigures(text, MONTHLY)]) {
      if (value.state !== "bound" || id.startsWith("tcd:soSanh.")) continue;
      for (const o of value.occurrences) expect(["38", "49", "01", "03", "04", "07", "09", "28", "36"]).not.toContain(o.input);
    }
  });

  it("binds nothing from a column of the same month last year or of the year so far", () => {
    for (const header of ["Tháng 9/2025\tCùng kỳ năm 2024", "Tháng 9/2025\tLũy kế 9 tháng"]) {
      const values = boundValues(table(header, ["Tổng số", "Lãnh đạo UBND tỉnh", "Thủ trưởng các sở, ban, ngành", "Chủ tịch UBND các xã, phường"]));
      for (const earlier of ["38", "49", "03", "04", "07", "09", "28", "36"]) expect(values).not.toContain(earlier);
    }
  });
});
