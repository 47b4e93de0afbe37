/**
 * 571 (a .docx numbered by Word): «Văn phòng có 06 tổ chức trực thuộc, gồm:» then «a) Phòng Tổng hợp;» … «f) Trung tâm
 * …», and «Và 03 đơn vị sự nghiệp công lập:» then «a) …» again: Word restarts each list at «a)» by itself. Lettered
 * items a line ending with «:» opens, the first ending with «;» or «,», are an enumeration, numbered apart from the
 * outline: no «lặp lại số a» for them, and the outline's «b) Chế độ, chính sách» after them follows its own «a)».
 */
import { checkStructure } from "../../../src/domain/import/structure";

const numberingErrors = (text: string) => checkStructure(text, null).filter((p) => p.key.startsWith("structure.numbering")).map((p) => p.message);

const report = (second: string) =>
  [
    "1. ĐẶC ĐIỂM, TÌNH HÌNH",
    "Văn phòng có 03 tổ chức trực thuộc, gồm:",
    "a) Phòng Tổng hợp;",
    "b) Phòng Kinh tế;",
    "c) Trung tâm Phục vụ hành chính công tỉnh.",
    "Và 02 đơn vị sự nghiệp công lập:",
    "a) Trung tâm Tin học - Công báo;",
    "b) Nhà khách tỉnh.",
    "2. THỰC HIỆN DÂN CHỦ TRONG HOẠT ĐỘNG CỦA CƠ QUAN",
    "a) Điều động, bổ nhiệm",
    "Bổ nhiệm sau khi kiện toàn tổ chức các phòng:",
    "a) 01 Trưởng phòng Nội chính;",
    "b) 02 Phó Trưởng phòng.",
    `${second} Chế độ, chính sách`,
    "Nâng lương trước thời hạn cho 02 công chức.",
  ].join("\n");

describe("lettered items of an enumeration under a line ending with «:»", () => {
  it("are numbered apart from the outline: a well-numbered report has no numbering error", () => {
    expect(numberingErrors(report("b)"))).toEqual([]);
  });

  it("near-miss: the outline's own slip after them is still found", () => {
    expect(numberingErrors(report("c)"))).toHaveLength(1);
    expect(numberingErrors(report("c)"))[0]).toContain("bỏ qua số b");
  });

  it("near-miss: a heading under a sentence ending «như sau:» is the outline's", () => {
    const text = ["1. Kết quả cụ thể như sau:", "a) Về tổ chức bộ máy", "Văn phòng có 05 phòng.", "a) Về biên chế", "Công chức 41."].join("\n");
    expect(numberingErrors(text)).toHaveLength(1);
  });
});
