/** Word's automatic numbering (w:numPr + numbering.xml) read as the reader sees it, and checked like typed numbers. */
import { readNumbering } from "../../../../src/domain/import/docx/docxNumbering";
import { paragraphsFromDocumentXml } from "../../../../src/domain/import/docx/docxText";
import { checkStructure } from "../../../../src/domain/import/structure";

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const lvl = (ilvl: number, fmt: string, text: string, start = 1) =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="${start}"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${text}"/></w:lvl>`;
const NUMBERING =
  `<w:numbering ${W}>` +
  `<w:abstractNum w:abstractNumId="0">${lvl(0, "upperRoman", "%1.")}${lvl(1, "decimal", "%2.")}${lvl(2, "lowerLetter", "%3)")}${lvl(3, "bullet", "-")}</w:abstractNum>` +
  `<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>` +
  `<w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="3"/></w:lvlOverride></w:num>` +
  `</w:numbering>`;
const para = (text: string, numId?: number, ilvl = 0) =>
  `<w:p>${numId === undefined ? "" : `<w:pPr><w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr></w:pPr>`}<w:r><w:t>${text}</w:t></w:r></w:p>`;
const doc = (body: string) => `<w:document ${W}><w:body>${body}</w:body></w:document>`;

describe("Word's automatic numbering", () => {
  const body = [
    para("ĐẶC ĐIỂM", 1, 0),
    para("Biên chế", 1, 1),
    para("Công chức", 1, 2),
    para("ý một", 1, 3),
    para("Viên chức", 1, 2),
    para("Tổ chức", 1, 1),
    para("KẾT QUẢ", 1, 0),
    para("Quán triệt", 1, 1),
    para("văn bản thường"),
    para("NHIỆM VỤ", 2, 0),
  ].join("");

  it("writes the label Word shows before each numbered paragraph, counting per list and level", () => {
    expect(paragraphsFromDocumentXml(doc(body), readNumbering(NUMBERING))).toEqual([
      "I. ĐẶC ĐIỂM",
      "1. Biên chế",
      "a) Công chức",
      "- ý một",
      "b) Viên chức",
      "2. Tổ chức",
      "II. KẾT QUẢ",
      "1. Quán triệt",
      "văn bản thường",
      "III. NHIỆM VỤ",
    ]);
  });

  it("gives no numbering error on a report numbered by Word, and finds a typed number that breaks the sequence", () => {
    const text = paragraphsFromDocumentXml(doc(body), readNumbering(NUMBERING)).join("\n");
    expect(checkStructure(text, null).filter((p) => p.key.startsWith("structure.numbering"))).toEqual([]);
    const typed = paragraphsFromDocumentXml(doc(body + para("II. THÊM")), readNumbering(NUMBERING)).join("\n");
    expect(checkStructure(typed, null).map((p) => p.key)).toEqual(["structure.numbering:11"]);
  });

  it("leaves paragraphs alone without numbering.xml, with numId 0, or with an unknown list", () => {
    expect(paragraphsFromDocumentXml(doc(para("A", 1)))).toEqual(["A"]);
    expect(paragraphsFromDocumentXml(doc(para("A", 0) + para("B", 9)), readNumbering(NUMBERING))).toEqual(["A", "B"]);
  });
});
