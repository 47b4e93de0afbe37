/**
 * The monthly citizen-reception form's level wordings, in words no corpus document uses: the three levels named as one
 * subject for the month's totals, each level's «tiếp N lượt» with its people in brackets, after a slash or «với»,
 * a level's heading over «- Số lượt:» lines, a «Tổng cộng» line, the land share and its list in brackets.
 */
import { builtInDefinition } from "../../support/forms";
import { boundValue } from "../../support/recognized";
import { recognizeFigures } from "../../../src/domain/import/recognize";

const MONTHLY = builtInDefinition("tiep-cong-dan-thang");

function read(text: string): (id: string) => string | null {
  const found = recognizeFigures(text, MONTHLY);
  return (id) => boundValue(found.get(`tcd:${id}`));
}

describe("the monthly form's levels as other clerks write them", () => {
  it("reads the month's totals from a sentence naming all three levels, and each level's own sentence", () => {
    const got = read(
      "Trong tháng 8/2025, Chủ tịch UBND tỉnh, lãnh đạo các sở, ngành và lãnh đạo UBND các huyện, thị xã, thành phố đã tiếp 47 lượt (66 người) đến trình bày khiếu nại, kiến nghị; trong đó tiếp định kỳ 39 lượt, tiếp đột xuất 8 lượt; có 01 đoàn đông người.\n" +
        "Lãnh đạo UBND tỉnh đã tiếp 02 lượt/05 người. Các sở, ban, ngành tiếp 06 lượt với 09 người. Lãnh đạo UBND các huyện, thị xã, thành phố tiếp 39 lượt/52 người, gồm 33 lượt định kỳ và 06 lượt đột xuất.\n",
    );
    expect([got("tong.luot"), got("tong.nguoi"), got("tong.dinhKy"), got("tong.dotXuat"), got("tong.doanDongNguoi")]).toEqual(["47", "66", "39", "8", "01"]);
    expect([got("tinh.luot"), got("tinh.nguoi"), got("so.luot"), got("so.nguoi")]).toEqual(["02", "05", "06", "09"]);
    expect([got("huyen.luot"), got("huyen.nguoi"), got("huyen.dinhKy"), got("huyen.dotXuat")]).toEqual(["39", "52", "33", "06"]);
  });

  it("does not take the districts' figures from the sentence that names all three levels", () => {
    const got = read("Lãnh đạo UBND tỉnh, thủ trưởng các sở, ngành và lãnh đạo UBND các huyện, thành phố đã tiếp 30 lượt với 41 người.\n");
    expect(got("tong.luot")).toBe("30");
    expect(got("huyen.luot")).toBeNull();
    expect(got("huyen.nguoi")).toBeNull();
  });

  it("reads a level's heading over its «- Số lượt:» line and a «Tổng cộng» line", () => {
    const got = read(
      "I. THỦ TRƯỞNG CÁC SỞ, BAN, NGÀNH\n- Số lượt: 05 lượt/06 người\n- Sở có phát sinh: Sở Tư pháp, Sở Công Thương\n" +
        "II. CHỦ TỊCH UBND CẤP XÃ\n- Đơn vị có phát sinh: 20 xã\n- Kết quả: 31 lượt/40 người\n" +
        "Tổng cộng (I + II): 36 lượt/46 người; 02 đoàn đông người\n",
    );
    expect([got("so.luot"), got("so.nguoi"), got("huyen.luot"), got("huyen.nguoi")]).toEqual(["05", "06", "31", "40"]);
    expect([got("tong.luot"), got("tong.nguoi"), got("tong.doanDongNguoi")]).toEqual(["36", "46", "02"]);
  });

  it("reads the land share and its list of matters in brackets, and where receptions arose", () => {
    const got = read(
      "Chủ tịch UBND các xã, phường tiếp 40 lượt với 51 người (định kỳ 35 lượt, đột xuất 05 lượt), phát sinh tại 17/45 xã, phường; các xã còn lại không có công dân đến.\n" +
        "Về nội dung: lĩnh vực đất đai có 30/40 lượt, tỷ lệ 75% (đền bù giải phóng mặt bằng; cấp đổi giấy chứng nhận); lĩnh vực khác: 10/40 lượt, chiếm 25%.\n",
    );
    expect([got("huyen.dinhKy"), got("huyen.dotXuat"), got("huyen.noiPhatSinh")]).toEqual(["35", "05", "17/45 xã, phường"]);
    expect(got("noiDung.khacTyLe")).toBe("25");
    expect(got("noiDung.moTa")).toBe("đền bù giải phóng mặt bằng\ncấp đổi giấy chứng nhận");
  });

  it("reads a level named only «Cấp huyện» at the start of its line", () => {
    const got = read("3. Cấp huyện\n- Cấp huyện tiếp 27 lượt/35 người, gồm định kỳ 20 lượt, đột xuất 07 lượt.\n- Ở cấp huyện, tiếp công dân phát sinh ở 6/8 huyện.\n");
    expect([got("huyen.luot"), got("huyen.nguoi"), got("huyen.dinhKy"), got("huyen.dotXuat")]).toEqual(["27", "35", "20", "07"]);
  });
});

describe("a level's split in brackets with its units left off («tiếp 27 lượt (định kỳ 14, đột xuất 13) với 39 người»)", () => {
  const DEPARTMENTS = "Thủ trưởng các sở, ban, ngành tiếp 04 lượt với 06 người, cụ thể: Giám đốc Sở Y tế tiếp định kỳ 02 lượt, 03 người; Giám đốc Sở Công Thương tiếp đột xuất 02 lượt, 03 người.\n";

  it("reads the communes' regular and unscheduled receptions and their people, not a department's", () => {
    const got = read(`${DEPARTMENTS}Chủ tịch UBND các xã, phường tiếp 31 lượt (định kỳ 18, đột xuất 13) với 44 người.\n`);
    expect([got("huyen.luot"), got("huyen.dinhKy"), got("huyen.dotXuat"), got("huyen.nguoi")]).toEqual(["31", "18", "13", "44"]);
  });

  it("near text: a bracket of another count after the level's visits is no split", () => {
    const got = read(`${DEPARTMENTS}Chủ tịch UBND các xã, phường tiếp 31 lượt (định kỳ 18 người, đột xuất 13 người) với 44 người.\n`);
    expect(got("huyen.dinhKy")).not.toBe("18");
    expect(got("huyen.dotXuat")).not.toBe("13");
  });

  it("a department's item after «…, cụ thể:» is that level's part, not the month's total stated again (statedTwice.ts)", () => {
    const total = "Trong tháng, lãnh đạo UBND tỉnh, thủ trưởng các sở, ban, ngành và Chủ tịch UBND các xã, phường đã tiếp 35 lượt công dân (20 lượt định kỳ, 15 lượt đột xuất) với 50 người.\n";
    const got = read(`${total}${DEPARTMENTS}Chủ tịch UBND các xã, phường tiếp 31 lượt (định kỳ 18, đột xuất 13) với 44 người.\n`);
    expect([got("tong.luot"), got("tong.dinhKy"), got("tong.dotXuat")]).toEqual(["35", "20", "15"]);
  });

  it("near text: with no «cụ thể:» the department's count still doubts the total's", () => {
    const total = "Trong tháng, lãnh đạo UBND tỉnh, thủ trưởng các sở, ban, ngành và Chủ tịch UBND các xã, phường đã tiếp 35 lượt công dân (20 lượt định kỳ, 15 lượt đột xuất) với 50 người.\n";
    const got = read(`${total}${DEPARTMENTS.replace(", cụ thể:", ";")}Chủ tịch UBND các xã, phường tiếp 31 lượt (định kỳ 18, đột xuất 13) với 44 người.\n`);
    expect(got("tong.dinhKy")).toBeNull();
  });
});
