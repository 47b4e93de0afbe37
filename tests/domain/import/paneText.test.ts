/** The pane's text has the command line's shape: table rows as lines, Word's list labels written, offsets mapped back. */
import { paneText } from "../../../src/domain/import/paneText";

const cell = (row: number, c: number, level = 1) => ({ table: { level, row, cell: c }, list: null });
const plain = { table: null, list: null };

describe("paneText", () => {
  const paragraphs = ["Kết quả:", "Nội dung", "Số hồ sơ", "Tiếp nhận", "9.780", "", "Đã giải quyết", "7.766", "Hết bảng."];
  const shapes = [plain, cell(0, 0), cell(0, 1), cell(1, 0), cell(1, 1), cell(1, 1), cell(2, 0), cell(2, 1), plain];
  const layout = paneText(paragraphs, shapes);

  it("writes a table row as one line, cells split by tabs, a cell's paragraphs joined by a space and trimmed", () => {
    expect(layout.lines).toEqual(["Kết quả:", "Nội dung\tSố hồ sơ", "Tiếp nhận\t9.780", "Đã giải quyết\t7.766", "Hết bảng."]);
    expect(layout.firstParagraph).toEqual([0, 1, 3, 6, 8]);
  });

  it("maps a figure of a row back to its own paragraph, and refuses a stretch across two cells", () => {
    const at = layout.text.indexOf("7.766");
    expect(layout.toParagraph(at, at + 5)).toEqual({ paragraph: 7, start: 0, end: 5 });
    const across = layout.text.indexOf("nhận\t9");
    expect(layout.toParagraph(across, across + 6)).toBeNull();
  });

  it("writes Word's list label before the text, and never maps the label to the paragraph", () => {
    const listed = paneText(["Kết quả", "Tiếp nhận 96 hồ sơ"], [{ table: null, list: { label: "I.", level: 0 } }, { table: null, list: { label: "1.", level: 1 } }]);
    expect(listed.lines).toEqual(["I. Kết quả", "1. Tiếp nhận 96 hồ sơ"]);
    const at = listed.text.indexOf("96");
    expect(listed.toParagraph(at, at + 2)).toEqual({ paragraph: 1, start: 10, end: 12 });
    expect(listed.toParagraph(0, 2)).toBeNull();
  });

  // Walk finding (walk40, 1032): Word reports «Tổng cộng» spanning «TT» and «Sở, ngành» as one cell.
  it("pads a total's row with fewer cells than the table's widest row, as the command line pads a spanning cell", () => {
    const texts = ["TT", "Sở, ngành", "Đúng hạn", "Quá hạn", "1", "Sở Tư pháp", "581", "32", "Tổng cộng", "581", "32", "Sau bảng."];
    const rows = [cell(0, 0), cell(0, 1), cell(0, 2), cell(0, 3), cell(1, 0), cell(1, 1), cell(1, 2), cell(1, 3), cell(2, 0), cell(2, 1), cell(2, 2), plain];
    const read = paneText(texts, rows);
    expect(read.lines).toEqual(["TT\tSở, ngành\tĐúng hạn\tQuá hạn", "1\tSở Tư pháp\t581\t32", "Tổng cộng\t\t581\t32", "Sau bảng."]);
    const at = read.text.lastIndexOf("32");
    expect(read.toParagraph(at, at + 2)).toEqual({ paragraph: 10, start: 0, end: 2 });
  });

  it("near-miss: a row of fewer cells that names no total, and a total in the widest row, are left as they are", () => {
    const texts = ["Nội dung", "Quý này", "Quý trước", "Ghi chú chung", "Tổng cộng", "5", "4"];
    const rows = [cell(0, 0), cell(0, 1), cell(0, 2), cell(1, 0), cell(2, 0), cell(2, 1), cell(2, 2)];
    expect(paneText(texts, rows).lines).toEqual(["Nội dung\tQuý này\tQuý trước", "Ghi chú chung", "Tổng cộng\t5\t4"]);
  });

  it("is the paragraphs themselves without shapes", () => {
    expect(paneText(["a", "b"]).text).toBe("a\nb");
  });
});
