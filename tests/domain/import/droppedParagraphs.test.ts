/**
 * «(bỏ đoạn này – quý I đã báo cáo rồi)» over a draft's paragraph: its author strikes it out, its figures are no
 * figures of the report (meaning/droppedParagraphs.ts).
 */
import { droppedParagraphLines } from "../../../src/domain/import/meaning/droppedParagraphs";
import { withLinesBlank } from "../../../src/domain/import/blankLines";
import { boundByLabel } from "../../support/recognized";
import { builtInDefinition } from "../../support/forms";

/** The text as recognition reads it with these lines blank (blankLines.ts). */
const withoutDroppedParagraphs = (text: string) => withLinesBlank(text, [droppedParagraphLines]);

const QUARTERLY = builtInDefinition("bao-cao-dan-chu-quy");
const HEAD = "BÁO CÁO\nKết quả thực hiện quy chế dân chủ quý II năm 2026\n\n2. Thi đua, khen thưởng\n\n";
const PARA = "Văn phòng đã đề nghị khen thưởng 01 cá nhân có thành tích trong Đợt thi đua lập thành tích chào mừng Đại hội lần thứ XIV của Đảng.\n";
const AWARD = "Cá nhân khen thưởng đợt thi đua chào mừng Đại hội XIV";

describe("a paragraph its draft's author strikes out", () => {
  it("blanks the note and the paragraph under it, or the line it opens, one character for one", () => {
    const text = "A 01.\n(bỏ đoạn này – quý I đã báo cáo rồi)\nB 02.\n\nC 03.\n[xóa phần này] D 04.\nE 05.";
    const read = withoutDroppedParagraphs(text);
    expect(read.length).toBe(text.length);
    expect(read.split("\n").map((l) => l.trim())).toEqual(["A 01.", "", "", "", "C 03.", "", "E 05."]);
  });

  it("reads a note typed in decomposed letters (NFD) as the same note: alone on its line, it strikes the next", () => {
    const text = "A 01.\n(bỏ đoạn này)\nB 02.\nC 03.".normalize("NFD");
    const read = withoutDroppedParagraphs(text);
    expect(read.length).toBe(text.length);
    expect(read.split("\n").map((l) => l.trim())).toEqual(["A 01.", "", "", "C 03."]);
    // The same note opening a line with words strikes that line only.
    const opening = "(bỏ đoạn này) B 02.\nC 03.".normalize("NFD");
    expect(withoutDroppedParagraphs(opening).split("\n").map((l) => l.trim())).toEqual(["", "C 03."]);
  });

  it("a bracket that keeps or adds a paragraph, or drops no paragraph, strikes nothing", () => {
    for (const text of ["(bổ sung đoạn này)\nB 02.", "(giữ nguyên đoạn này)\nB 02.", "(bỏ trống nếu chưa có số liệu)\nB 02.", "Đã bỏ đoạn này (bỏ đoạn)?\nB 02."]) {
      expect(withoutDroppedParagraphs(text)).toBe(text);
    }
  });

  it("the struck-out award is not read; the same paragraph under another note is", () => {
    expect(boundByLabel(`${HEAD}(bỏ đoạn này – quý I đã báo cáo rồi)\n${PARA}`, QUARTERLY)(AWARD)).toBeNull();
    expect(boundByLabel(`${HEAD}(bổ sung đoạn này – chị Hà kiểm tra lại)\n${PARA}`, QUARTERLY)(AWARD)).toBe("01");
  });
});
