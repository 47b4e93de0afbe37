/**
 * An office's divisions named at the end of what it has (listHas.ts, divisionHeads.ts), «+» items under a «-» line
 * (listItems.ts), a unit's remit in brackets (listAsides.ts), and a table cell beside a row label naming the kind —
 * each with a near-match that must not bind. Sentences in other clerks' words than the held-out reports'.
 */
import { readFields } from "../../support/readFields";

const read = (text: string, ...ids: string[]): string[] => readFields(text, ...ids);

describe("an office's divisions ending the enumeration of what it has", () => {
  it("reads «có A, 03 B và 03 phòng chuyên môn, nghiệp vụ:» with «+» items, their remits left out", () => {
    const text =
      "I. TÌNH HÌNH CHUNG\n- Về tổ chức: Thanh tra tỉnh có Chánh Thanh tra, 03 Phó Chánh Thanh tra và 03 phòng chuyên môn, nghiệp vụ:\n" +
      "  + Văn phòng;\n  + Phòng Nghiệp vụ 1 (thanh tra kinh tế - xã hội);\n  + Phòng Nghiệp vụ 2 (tiếp công dân, xử lý đơn).\n" +
      "- Về biên chế năm 2026: được giao 40, có mặt 38.\n";
    expect(read(text, "toChuc.so", "toChuc.danhSach")).toEqual(["03", "Văn phòng\nPhòng Nghiệp vụ 1\nPhòng Nghiệp vụ 2"]);
  });

  it("reads the same in one sentence after «gồm»", () => {
    const text = "I. TÌNH HÌNH CHUNG\nSở gồm Giám đốc, 02 Phó Giám đốc và 02 phòng chuyên môn: Văn phòng; Phòng Kế hoạch - Tài chính.\n";
    expect(read(text, "toChuc.so", "toChuc.danhSach")).toEqual(["02", "Văn phòng\nPhòng Kế hoạch - Tài chính"]);
  });

  it("reads no places inspected after «và», nor a count the items disagree with", () => {
    const visited = "II. KIỂM TRA\nĐoàn đã kiểm tra tại Phòng Tổng hợp và 02 phòng chuyên môn: Phòng Kinh tế; Phòng Nội chính.\n";
    expect(read(visited, "toChuc.so", "toChuc.danhSach")).toEqual(["-", "-"]);
    const miscounted = "I. TÌNH HÌNH CHUNG\nSở có Giám đốc, 02 Phó Giám đốc và 03 phòng chuyên môn: Văn phòng; Phòng Kế hoạch - Tài chính.\n";
    expect(read(miscounted, "toChuc.danhSach")).toEqual(["-"]);
  });
});

describe("a table cell opening with the count of divisions", () => {
  it("is taken only beside a row label naming the kind", () => {
    const inspected = "STT\tNội dung\tKết quả\n9\tKiểm tra việc thực hiện dân chủ\t02 phòng: Phòng Kinh tế; Phòng Nội chính\t\n";
    expect(read(inspected, "toChuc.so", "toChuc.danhSach")).toEqual(["-", "-"]);
    const own = "STT\tNội dung\tKết quả\n7\tCác phòng chuyên môn\t02 phòng: Phòng Kinh tế; Phòng Nội chính\t\n";
    expect(read(own, "toChuc.danhSach")[0]).toMatch(/Phòng Kinh tế\nPhòng Nội chính$/);
  });
});
