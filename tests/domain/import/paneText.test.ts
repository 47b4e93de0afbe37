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

  it("is the paragraphs themselves without shapes", () => {
    expect(paneText(["a", "b"]).text).toBe("a\nb");
  });
});
