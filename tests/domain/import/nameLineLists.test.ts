/**
 * A list the form's wording captures, written one name a line with no bullet (patterns/nameLines.ts): each line is an
 * item whatever separator the wording's sentence uses, and the run of names ends at the empty line after it, not at
 * the next heading's «II.».
 */
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { splitItems } from "../../../src/domain/import/patterns";
import { tinyReport } from "../../support/forms";

const report = tinyReport([
  { id: "toChuc", label: "Các tổ chức trực thuộc", kind: "list", section: "I", wording: ["tổ chức trực thuộc, gồm: {L} và {n} đơn vị sự nghiệp"], items: "semicolons" },
  { id: "dvsn", label: "Các đơn vị sự nghiệp", kind: "list", section: "I", wording: ["{n} đơn vị sự nghiệp: {L}\\."], items: "commasAnd" },
]);

const TEXT = [
  "I. ĐẶC ĐIỂM",
  // Word's text: one line a paragraph, longer than any page's width (meaning/hardWraps.ts leaves its lines as they are).
  "Văn phòng UBND tỉnh được tổ chức lại theo Quyết định số 86/QĐ-UBND ngày 01/7/2025 của UBND tỉnh; trụ sở chính đặt tại phường Xuân Hương, làm việc tại 03 địa điểm.",
  "Văn phòng có 03 tổ chức trực thuộc, gồm:",
  "Phòng Tổng hợp",
  "Phòng Khoa giáo - Văn xã",
  "Trung tâm Phục vụ hành chính công",
  "và 02 đơn vị sự nghiệp:",
  "Trung tâm Công báo - Tin học",
  "Nhà khách UBND tỉnh",
  "",
  "II. KẾT QUẢ THỰC HIỆN",
  "Trong quý tổ chức 13 cuộc giao ban.",
].join("\n");

function inputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [id, r] of recognizeFigures(text, report)) if (r.state === "bound") out[id.split(":").at(-1)!] = r.occurrences.map((o) => o.input).join(" | ");
  return out;
}

describe("a list written one name a line", () => {
  it("takes each line as an item, not the lines joined into one name", () => {
    expect(inputs(TEXT)["toChuc"]).toBe("Phòng Tổng hợp\nPhòng Khoa giáo - Văn xã\nTrung tâm Phục vụ hành chính công");
  });

  it("ends the names at the empty line, before the next heading's «II.»", () => {
    expect(inputs(TEXT)["dvsn"]).toBe("Trung tâm Công báo - Tin học\nNhà khách UBND tỉnh");
  });

  it("drops a line's own number and closing mark", () => {
    expect(splitItems("\n1. Phòng Tổng hợp;\n2. Phòng Kinh tế.", "semicolons")).toEqual(["Phòng Tổng hợp", "Phòng Kinh tế"]);
  });

  it("near-miss: an enumeration wrapped over two lines is still split on its separators", () => {
    expect(splitItems("Phòng Tổng hợp, Phòng Kinh tế,\nTrung tâm Công báo và Nhà khách UBND tỉnh", "commasAnd")).toEqual([
      "Phòng Tổng hợp",
      "Phòng Kinh tế",
      "Trung tâm Công báo",
      "Nhà khách UBND tỉnh",
    ]);
  });

  it("near-miss: a name going on in lower case on the next line is one name", () => {
    expect(splitItems("Trung tâm Phục vụ hành chính\ncông tỉnh; Nhà khách UBND tỉnh", "semicolons")).toEqual(["Trung tâm Phục vụ hành chính công tỉnh", "Nhà khách UBND tỉnh"]);
  });
});
