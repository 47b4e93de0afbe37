/**
 * A report copied from a PDF keeps the page's line width (meaning/wrappedLines.ts): a full line that does not end a
 * clause goes on in the next one, whatever starts it («01 Phó⏎Chánh Văn phòng», «luân chuyển 02⏎công chức»).
 * Headings, bullets, short lines and documents written a paragraph a line keep their breaks.
 */
import { joinWrappedLines } from "../../../src/domain/import/meaning/wrappedLines";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";
import { boundValue, byLabel } from "../../support/recognized";

// About 85 characters a line, as a PDF viewer's «copy text» gives an A4 page.
const PAGE = [
  "UBND TỈNH BẮC KẠN",
  "VĂN PHÒNG",
  "BÁO CÁO",
  "Kết quả thực hiện công tác dân chủ quý III năm 2026",
  "",
  "I. ĐẶC ĐIỂM, TÌNH HÌNH",
  "",
  "Văn phòng được tổ chức lại theo Quyết định số 715/QĐ-UBND ngày 02/7/2025 của UBND",
  "tỉnh. Lãnh đạo Văn phòng có Chánh Văn phòng và 03 Phó Chánh Văn phòng; trong đó 01 Phó",
  "Chánh Văn phòng kiêm nhiệm Giám đốc Trung tâm Phục vụ hành chính công tỉnh, đồng thời",
  "phụ trách công tác cải cách hành chính và chuyển đổi số của cơ quan Văn phòng UBND tỉnh.",
  "",
  "III. THỰC HIỆN DÂN CHỦ TRONG HOẠT ĐỘNG CỦA CƠ QUAN",
  "1. Sử dụng và quản lý công chức, viên chức",
  "Năm 2026 Văn phòng được giao 70 biên chế công chức, đang thực hiện 64; hợp đồng lao động 09",
  "người; biệt phái 03 viên chức về làm việc tại Trung tâm Phục vụ hành chính công tỉnh theo",
  "đề nghị của Giám đốc Trung tâm; các trường hợp đều được lấy ý kiến của tập thể lãnh đạo.",
  "",
].join("\n");

it("the breaks of a page's full lines are spaces, one character for one", () => {
  const joined = joinWrappedLines(PAGE);
  expect(joined.length).toBe(PAGE.length);
  expect(joined).toContain("01 Phó Chánh Văn phòng kiêm nhiệm");
  expect(joined).toContain("hợp đồng lao động 09 người; biệt phái");
  // Headings, the title lines and the end of a paragraph keep their breaks.
  expect(joined).toContain("\nI. ĐẶC ĐIỂM, TÌNH HÌNH\n");
  expect(joined).toContain("Văn phòng UBND tỉnh.\n\nIII.");
  expect(joined).toContain("\n1. Sử dụng và quản lý công chức, viên chức\nNăm 2026");
});

it("in the copied page, the figures split by a break are found", () => {
  const r = recognizeFigures(PAGE, REPORT);
  expect(boundValue(r.get(byLabel("Lãnh đạo kiêm nhiệm Giám đốc Trung tâm PVHCC").id))).toBe("01");
  expect(boundValue(r.get(byLabel("Hợp đồng lao động").id))).toBe("09");
});

it("a document written a paragraph a line, or a list an item a line, keeps every break", () => {
  const paragraphs = [
    "Lãnh đạo Văn phòng gồm Chánh Văn phòng và 03 Phó Chánh Văn phòng, trong đó 01 Phó Chánh Văn phòng kiêm nhiệm Giám đốc Trung tâm Phục vụ hành chính công tỉnh theo Quyết định của Chủ tịch UBND tỉnh",
    "Trình độ chuyên môn của công chức, viên chức và người lao động của Văn phòng",
    "Tiến sĩ 02 người, thạc sĩ 31 người, đại học 44 người, còn lại là cao đẳng và trung cấp",
    "Lý luận chính trị của công chức, viên chức và người lao động trong quý III năm 2026",
    "Cao cấp 20 đồng chí, trung cấp 25 đồng chí, cử nhân chính trị 03 đồng chí",
  ].join("\n");
  expect(joinWrappedLines(paragraphs)).toBe(paragraphs);
  const list = ["Trình độ chuyên môn:", "- Tiến sĩ 02", "- Thạc sĩ 31", "- Đại học 44"].join("\n");
  expect(joinWrappedLines(list)).toBe(list);
});
