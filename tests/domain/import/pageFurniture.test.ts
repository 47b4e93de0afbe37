/**
 * Page furniture copied from a PDF (meaning/pageFurniture.ts): page numbers and the running headers and footers
 * repeated at every page break read as blank, their breaks folded into the line before; anything that merely looks
 * like them (a number one a line in a table, a line said once, a number line without a page count) is left as written.
 */
import { joinHardWraps } from "../../../src/domain/import/meaning/hardWraps";
import { pageNumbers, pageFurnitureLines } from "../../../src/domain/import/meaning/pageFurniture";
import { withLinesBlank } from "../../../src/domain/import/blankLines";

/** The text as recognition reads it with these lines blank (blankLines.ts). */
const withoutPageFurniture = (text: string) => withLinesBlank(text, [pageFurnitureLines]);

const filler = (n: number, from = 0) => Array.from({ length: n }, (_, i) => `Đoạn văn thứ ${from + i} của trang, nói về công việc.`);

/** Three pages: the page number at each foot, the office's running header at the top of pages 2 and 3. */
const PAGES = [
  "Trong quý, Văn phòng tiếp tục quán triệt Kế hoạch số 09/KH-VP",
  "Trang 1/3",
  "VĂN PHÒNG ỦY BAN NHÂN DÂN TỈNH",
  "Báo cáo số 12/BC-VP ngày 16/12/2025",
  "ngày 21/01/2025 về công tác dân vận tới toàn thể công chức.",
  ...filler(20),
  "5. Cải cách hành chính",
  "Trang 2/3",
  "VĂN PHÒNG ỦY BAN NHÂN DÂN TỈNH",
  "Báo cáo số 12/BC-VP ngày 16/12/2025",
  "a) Tiếp nhận 72 hồ sơ.",
  "Trang 3/3",
].join("\n");

describe("page furniture copied from a PDF", () => {
  it("blanks page numbers and running headers, one character for one, folding their breaks into the line before", () => {
    const read = withoutPageFurniture(PAGES);
    expect(read.length).toBe(PAGES.length);
    expect(read).not.toMatch(/Trang \d|VĂN PHÒNG ỦY BAN|Báo cáo số 12/);
    const lines = read.split("\n").map((l) => l.trimEnd());
    expect(lines.slice(0, 2)).toEqual(["Trong quý, Văn phòng tiếp tục quán triệt Kế hoạch số 09/KH-VP", "ngày 21/01/2025 về công tác dân vận tới toàn thể công chức."]);
    expect(lines.slice(-2)).toEqual(["5. Cải cách hành chính", "a) Tiếp nhận 72 hồ sơ."]);
  });

  it("lets a sentence the page broke read on as one line once wrapped lines are joined", () => {
    const prose = Array.from({ length: 6 }, (_, i) => `Dòng văn bản thứ ${i} được trình bày đầy đủ theo khổ giấy của trang in số`).join("\n");
    const text = `${prose}\nTrang 1/2\nBáo cáo số 12/BC-VP\ntiếp theo của câu.\n${filler(3).join("\n")}\nTrang 2/2\nBáo cáo số 12/BC-VP\nHết.`;
    const read = joinHardWraps(withoutPageFurniture(text));
    expect(read).toMatch(/trang in số +tiếp theo của câu\./);
  });

  it("takes lone numbers for pages only when they count the pages, a page apart", () => {
    const pages = [...filler(18), "2", ...filler(20, 20), "3", ...filler(5, 50)];
    expect(pageNumbers(pages)).toEqual([18, 39]);
    // A table one cell a line: its row numbers are close together, and no page count.
    const table = ["STT", "Chỉ tiêu", "Số hồ sơ", "1", "Tiếp nhận", "72", "2", "Đã giải quyết", "69", "3", "Đang giải quyết", "03"];
    expect(pageNumbers(table)).toEqual([]);
    expect(withoutPageFurniture(table.join("\n"))).toBe(table.join("\n"));
    // One lone number is no page count.
    const once = [...filler(18), "2", ...filler(20, 20)].join("\n");
    expect(withoutPageFurniture(once)).toBe(once);
  });

  it("keeps a line said once beside a page number, and a line repeated away from page breaks", () => {
    const text = ["Kết quả như sau:", "Trang 1/2", "BIÊN CHẾ", ...filler(20), "BIÊN CHẾ", ...filler(5, 30), "Trang 2/2"].join("\n");
    const read = withoutPageFurniture(text);
    expect(read).toContain("BIÊN CHẾ\n");
    expect(read.match(/BIÊN CHẾ/g)).toHaveLength(2);
    expect(read).not.toContain("Trang");
  });

  it("leaves a text without page numbers as written", () => {
    const text = ["UBND TỈNH", "VĂN PHÒNG", ...filler(30), "VĂN PHÒNG", "Trang trí hội trường 12 lần."].join("\n");
    expect(withoutPageFurniture(text)).toBe(text);
  });

  it("reads a lone number pushed right and a running header carrying «Trang N/M» at its end as the page's", () => {
    const header = (n: number) => `VP UBND tỉnh - Báo cáo số 45/BC-VPUBND ngày 20/3/2026                    Trang ${n}/3`;
    const text = [
      ...filler(17),
      "01 cá nhân có thành tích trong",
      "",
      `${" ".repeat(60)}1`,
      header(2),
      "phong trào toàn dân phòng cháy, chữa cháy.",
      ...filler(17, 20),
      `${" ".repeat(60)}2`,
      header(3),
      "Hết.",
    ].join("\n");
    const read = withoutPageFurniture(text);
    expect(read).not.toMatch(/Báo cáo số 45|Trang \d| {60}\d/);
    expect(read.split("\n").map((l) => l.trimEnd())).toContain("01 cá nhân có thành tích trong");
    expect(read).toMatch(/thành tích trong +\nphong trào toàn dân/);
    // Said once beside a page number, a line with «Trang» inside a sentence is the report's.
    const once = "Văn phòng in tài liệu      Trang 2 của kế hoạch số 12";
    expect(withoutPageFurniture(once)).toBe(once);
  });
});
