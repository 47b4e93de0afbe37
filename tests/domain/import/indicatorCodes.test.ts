/**
 * An indicator set's code before every item («- (MS 01) …: 2025.») is a name: read as blank (indicatorCodes.ts), so
 * the item's words reach its figure and the code's number is no rival of a figure of the same value. One bracketed
 * code, or codes that name documents here and there, stay as written. Words no corpus document uses.
 */
import { withoutIndicatorCodes } from "../../../src/domain/import/indicatorCodes";
import { boundByLabel } from "../../support/recognized";
import { REPORT } from "../../support/forms";

const coded = (code: (n: string) => string) =>
  [
    "UBND TỈNH HÀ GIANG",
    "SỞ XÂY DỰNG",
    "",
    "BÁO CÁO",
    "Kết quả thực hiện dân chủ trong hoạt động của cơ quan quý II năm 2027",
    "",
    "I. THÔNG TIN CHUNG (nhóm chỉ tiêu MS 01 - MS 04)",
    `- ${code("01")} Năm của số liệu biên chế: 2027.`,
    `- ${code("02")} Biên chế công chức được giao: 48.`,
    `- ${code("03")} Lý luận chính trị: cao cấp 09; trung cấp 17; đang học 02.`,
    `- ${code("04")} Các phòng chuyên môn (03): Văn phòng Sở; Thanh tra Sở; Phòng Quản lý xây dựng.`,
    `- ${code("17")} Ghi chú: số nêu tại MS 02 không gồm hợp đồng lao động.`,
    "",
  ].join("\n");

describe("indicator codes before every item", () => {
  it("are read as blank, one character for one, with the document's references to them", () => {
    const text = coded((n) => `(MS ${n})`);
    const read = withoutIndicatorCodes(text);
    expect(read.length).toBe(text.length);
    expect(read).toContain("-         Năm của số liệu biên chế: 2027.");
    expect(read).toContain("(nhóm chỉ tiêu       -      )");
    expect(read).toContain("số nêu tại       không gồm");
  });

  it("let the items' figures bind", () => {
    const bound = boundByLabel(coded((n) => `(MS ${n})`), REPORT);
    expect(bound("Năm của số liệu biên chế")).toBe("2027");
    expect(bound("Trung cấp lý luận chính trị - hành chính")).toBe("17");
    expect(bound("Số tổ chức trực thuộc")).toBe("03");
  });

  it("leave a document whose brackets name documents now and then as written", () => {
    const text = coded((n) => (n === "01" ? "(NĐ 111)" : n === "02" ? "(QĐ 12)" : ""));
    expect(withoutIndicatorCodes(text)).toBe(text);
    const twice = ["- (MS 01) Năm của số liệu biên chế: 2027.", "- (MS 02) Biên chế công chức được giao: 48.", "- (MS 01) nhắc lại."].join("\n");
    expect(withoutIndicatorCodes(twice)).toBe(twice);
  });
});
