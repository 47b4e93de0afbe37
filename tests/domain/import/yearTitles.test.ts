/**
 * The year of the staff figures read from the title they stand under (yearOfFigures.ts): a title's year written
 * without «năm» («1. BIÊN CHẾ 2025», «Biên chế 2026: …»), a bullet of another kind over the items, a numbered title
 * over a table or a paragraph, a table's numbered group row, the label that opens a paragraph. Each in another
 * clerk's words than the held-out reports that showed them (63, 121, 123, 160, 173, 182, 204, 220, 221, 243).
 */
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";
import { boundValue, byLabel } from "../../support/recognized";

const STAFF = "I. ĐẶC ĐIỂM, TÌNH HÌNH\n";
const year = (text: string) => boundValue(recognizeFigures(`${STAFF}${text}\n`, REPORT).get(byLabel("Năm của số liệu biên chế").id));
const quota = (text: string) => boundValue(recognizeFigures(`${STAFF}${text}\n`, REPORT).get(byLabel("Biên chế công chức được giao").id));

describe("a title's year without «năm»", () => {
  it("«1. BIÊN CHẾ 2025» over «- Công chức: …»", () => {
    expect(year("1. BIÊN CHẾ 2025\n- Công chức: giao 47, có mặt 44.\n- Sự nghiệp: giao 16, có mặt 15.")).toBe("2025");
  });
  it("«Biên chế 2026: CC giao 57; …»: the year, and no rival of the quota", () => {
    const text = "Biên chế 2026: CC giao 57; có mặt 52; SN giao 14; có mặt 13.";
    expect(year(text)).toBe("2026");
    expect(quota(text)).toBe("57");
  });
  it("near-match: a bullet's line that ends with a bare number may be a count, not a year", () => {
    expect(year("Biên chế công chức được giao 47, có mặt 44.\n- Hồ sơ tiếp nhận 2026")).toBeNull();
  });
  it("near-match: a comparison's year in a title («Cùng kỳ 2025:») is not the figures' year", () => {
    expect(year("Cùng kỳ 2025: công chức được giao 47, có mặt 44.")).toBeNull();
  });
});

describe("the title above the staff figures", () => {
  it("«• Biên chế năm 2025 (QĐ …):» over «- CC: giao 47, có mặt 44»", () => {
    expect(year("• Biên chế năm 2025 (theo Quyết định số 1520/QĐ-UBND ngày 20/12/2024):\n- CC: giao 47, có mặt 44.\n- SN: giao 16, có mặt 15.")).toBe("2025");
  });
  it("«2. Biên chế … năm 2026 (…):» over a table", () => {
    expect(year("2. Biên chế, số lượng người làm việc năm 2026 (số liệu đến 30-4-2026):\nSTT\tNội dung\tĐược giao\tHiện có\n1\tBiên chế công chức\t47\t44\n2\tBiên chế sự nghiệp\t16\t15")).toBe("2026");
  });
  it("a table's group row numbered in a cell of its own, «I⇥Tổ chức, biên chế năm 2026⇥⇥»", () => {
    expect(year("STT\tChỉ tiêu\tĐVT\tKết quả\nI\tTổ chức, biên chế năm 2026\t\t\n1\tBiên chế công chức được giao\tNgười\t47\n2\tCông chức hiện có\tNgười\t44")).toBe("2026");
  });
  it("«1.2. Biên chế, nhân sự năm 2026» over the paragraph, past the words that lead into a list", () => {
    expect(year("1.2. Biên chế, nhân sự năm 2026\nCông chức: được giao 47 biên chế, hiện có 44 người.")).toBe("2026");
    expect(year("1. Biên chế năm 2026 (số liệu đến ngày 28/02/2026)\n\nSố có mặt tại từng phòng như sau:\n- Phòng A: 20;\n- Phòng B: 24.\nTổng cộng: biên chế công chức được giao 47, có mặt 44.")).toBe("2026");
  });
  it("the label opening the paragraph, «Biên chế năm 2026: …. Cụ thể, …»", () => {
    expect(year("1.3.1. Biên chế năm 2026: công chức 44/47, sự nghiệp 15/16. Cụ thể, biên chế công chức được giao 47, đang thực hiện 44.")).toBe("2026");
  });
  it("near-match: a paragraph of its own between the title and the figures", () => {
    expect(year("1.2. Biên chế năm 2025\nVăn phòng đã rà soát vị trí việc làm theo quy định.\nCông chức: được giao 47 biên chế, hiện có 44 người.")).toBeNull();
  });
});
