/**
 * A plain-text table keeps its own numbering: its rows «1. Hồ sơ tiếp nhận⇥2.917⇥3.264» and a group's title typed on
 * a line of its own between rows («I. Trung tâm Phục vụ hành chính công phường») are no headings of the report's
 * outline (541, a ward's comparison table inside «III.»: three false numbering errors before). A heading the outline
 * skips is still an error with such a table inside it.
 */
import { checkStructure } from "../../../src/domain/import/structure";

const PERIOD = { kind: "quarter", quarter: 1, year: 2026 } as const;

const outline = (third: string) =>
  [
    "I. TÌNH HÌNH CHUNG",
    "Phường có 03 cơ quan chuyên môn.",
    "II. KẾT QUẢ THỰC HIỆN DÂN CHỦ Ở CƠ SỞ",
    "1. UBND phường duy trì họp giao ban hằng tuần.",
    "2. Ngày 28/01/2026, Chủ tịch UBND phường đối thoại với Nhân dân.",
    `${third}. CẢI CÁCH HÀNH CHÍNH, TIẾP CÔNG DÂN`,
    "1. Kết quả giải quyết thủ tục hành chính quý I/2026 so với quý IV/2025:",
    "Nội dung\tQuý trước\tQuý này\tSo sánh (%)",
    "I. Trung tâm Phục vụ hành chính công phường",
    "1. Hồ sơ tiếp nhận\t2.917\t3.264\t111,90",
    "2. Hồ sơ đã giải quyết\t2.805\t3.108\t110,80",
    "II. Tiếp công dân, đơn thư",
    "1. Lượt tiếp công dân\t38\t45\t118,42",
    "2. Số người được tiếp\t52\t61\t117,31",
    "2. Trong quý, UBND phường tiếp nhận 02 phản ánh, kiến nghị về quy định hành chính.",
    "IV. CÔNG TÁC CÁN BỘ",
    "Trong quý tiếp nhận 01 công chức.",
    "",
  ].join("\n");

describe("a table's own numbering inside the outline", () => {
  it("raises no numbering error on a well-numbered report", () => {
    expect(checkStructure(outline("III"), PERIOD).filter((p) => p.key.startsWith("structure.numbering"))).toEqual([]);
  });

  it("near-miss: the outline's own slip is still found past the table", () => {
    const problems = checkStructure(outline("II"), PERIOD).filter((p) => p.key.startsWith("structure.numbering"));
    expect(problems.map((p) => p.lines[0])).toEqual([6, 16]);
  });

  it("near-miss: a heading with a tab after its number («I.⇥TÌNH HÌNH», Word's numbering) is still a heading", () => {
    const text = "I.\tTÌNH HÌNH CHUNG\nNội dung.\nIII.\tKẾT QUẢ\nNội dung.\n";
    expect(checkStructure(text, PERIOD).filter((p) => p.key.startsWith("structure.numbering")).map((p) => p.lines[0])).toEqual([3]);
  });
});
