/**
 * An e-mail resending a revised report with the earlier version quoted under it, every line opening with «>»
 * (quotedReply.ts): the quoted figures are the replaced version's, never this report's. A report only forwarded, all
 * of it quoted under a short note, is still read.
 */
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { quotedReplyLines } from "../../../src/domain/import/meaning/quotedReply";
import { withLinesBlank } from "../../../src/domain/import/blankLines";
import { boundValue, byLabel } from "../../support/recognized";
import { REPORT } from "../../support/forms";

/** The text as recognition reads it with these lines blank (blankLines.ts). */
const withoutQuotedReply = (text: string) => withLinesBlank(text, [quotedReplyLines]);

const REVISED = [
  "BÁO CÁO",
  "Kết quả thực hiện dân chủ ở cơ sở quý II năm 2026",
  "II. KẾT QUẢ THỰC HIỆN",
  "5. Giao ban: 12 cuộc.",
  "8. Kiểm soát TTHC: tham mưu Chủ tịch UBND tỉnh ban hành 29 quyết định công bố danh mục TTHC; tiếp nhận, xử lý 44 phản ánh, kiến nghị.",
].join("\n");
const EARLIER = [
  "> II. KẾT QUẢ THỰC HIỆN",
  "> 5. Giao ban: 13 cuộc.",
  "> 8. Kiểm soát TTHC: tham mưu Chủ tịch UBND tỉnh ban hành 27 quyết định công bố danh mục TTHC; tiếp nhận, xử lý 44 phản ánh, kiến nghị.",
].join("\n");

const figures = (text: string) => {
  const r = recognizeFigures(text, REPORT);
  return {
    meetings: boundValue(r.get(byLabel("Cuộc họp giao ban trong quý").id)),
    decisions: boundValue(r.get(byLabel("Quyết định công bố danh mục TTHC").id)),
  };
};

it("the revised report's figures, the quoted earlier version set aside", () => {
  const r = figures(`${REVISED}\n\n-----Thư gốc-----\n${EARLIER}\n`);
  expect(r.meetings).toBe("12");
  expect(r.decisions).toBe("29");
});

it("one character for one: offsets stay the document's", () => {
  const text = `${REVISED}\n> Giao ban: 13 cuộc. «Đề nghị»\n`;
  const read = withoutQuotedReply(text);
  expect(read).toHaveLength(text.length);
  expect(read.slice(0, REVISED.length)).toBe(REVISED);
  expect(read.slice(REVISED.length + 1).trim()).toBe("");
});

it("near text: a report only forwarded, quoted whole under a short note, is still read", () => {
  const forwarded = `Chuyển tiếp báo cáo của Văn phòng.\n\n> BÁO CÁO\n> Kết quả thực hiện dân chủ ở cơ sở quý II năm 2026\n${EARLIER.replace("13", "12")}\n`;
  expect(withoutQuotedReply(forwarded)).toBe(forwarded);
  expect(figures(forwarded).decisions).toBe("27");
});
