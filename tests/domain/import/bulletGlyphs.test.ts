/**
 * Bullets drawn with the arrows and ticks of slides and mails («➢», «✓») open their own lines, as «-» does: a page's
 * width never joins them to the line before (meaning/hardWraps.ts), and a list read under a heading takes them
 * (listItems.ts). A lower-case next line still goes on the sentence.
 */
import { joinHardWraps } from "../../../src/domain/import/meaning/hardWraps";

const PROSE =
  "Trong quý, toàn tỉnh tiếp nhận 3.412 hồ sơ thủ tục hành chính, trong đó riêng Văn phòng tiếp nhận 81 hồ sơ; Trung tâm Phục vụ hành chính công tỉnh đã giải quyết 7.766 hồ sơ, đạt 79,41%, số còn lại";

function wrapped(paragraph: string, width: number): string {
  const lines: string[] = [];
  let line = "";
  for (const word of paragraph.split(" ")) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return [...lines, line].join("\n");
}

describe("bullets of any glyph keep their lines", () => {
  it("keeps a ticked or arrowed item on its own line under a wrapped paragraph", () => {
    const items = ["  ✓ truyền thông, kiểm tra công tác kiểm soát thủ tục hành chính trên địa bàn", "  ✓ chế độ thông tin, báo cáo", "  ➢ Phòng Tổng hợp"];
    const text = [wrapped(PROSE, 64), ...items].join("\n");
    expect(joinHardWraps(text).split("\n").slice(-3)).toEqual(items);
  });

  it("near-match: a lower-case line with no glyph still goes on the line before", () => {
    const text = [wrapped(PROSE, 64), "đang giải quyết theo quy định."].join("\n");
    expect(joinHardWraps(text).split("\n").at(-1)).not.toBe("đang giải quyết theo quy định.");
  });
});
