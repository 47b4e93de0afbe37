import { paragraphsFromDocumentXml, textFromDocx } from "../../../../src/domain/import/docx/docxText";
import { buildDocx, documentXml } from "../../../fixtures/buildDocx";

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const MC = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"';
const doc = (body: string) => `<w:document ${W} ${MC}><w:body>${body}</w:body></w:document>`;

describe("paragraphsFromDocumentXml", () => {
  it("joins runs, keeps tabs and breaks, and ignores tab stops in paragraph properties", () => {
    const xml = doc(
      `<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr>` +
        `<w:r><w:t>Tiếp nhận </w:t></w:r><w:r><w:t>81</w:t><w:tab/><w:t>hồ sơ</w:t><w:br/><w:t>dòng sau</w:t></w:r></w:p>`,
    );
    expect(paragraphsFromDocumentXml(xml)).toEqual(["Tiếp nhận 81\thồ sơ\ndòng sau"]);
  });

  it("counts text in content controls and insertions, not deleted text or field codes", () => {
    const xml = doc(
      `<w:p><w:r><w:t xml:space="preserve">Công chức được giao là </w:t></w:r>` +
        `<w:sdt><w:sdtPr><w:tag w:val="bcdc:bienChe.congChucGiao"/></w:sdtPr><w:sdtContent><w:r><w:t>55</w:t></w:r></w:sdtContent></w:sdt>` +
        `<w:del><w:r><w:delText>54</w:delText></w:r></w:del><w:ins><w:r><w:t>.</w:t></w:r></w:ins>` +
        `<w:r><w:instrText> PAGE </w:instrText></w:r></w:p>` +
        `<w:sdt><w:sdtContent><w:p><w:r><w:t>Đoạn trong khối</w:t></w:r></w:p></w:sdtContent></w:sdt>`,
    );
    expect(paragraphsFromDocumentXml(xml)).toEqual(["Công chức được giao là 55.", "Đoạn trong khối"]);
  });

  it("reads a text box once (not its fallback copy), a table row as one line of tab-separated cells, and empty paragraphs", () => {
    const box = `<w:txbxContent><w:p><w:r><w:t>Hộp</w:t></w:r></w:p></w:txbxContent>`;
    const xml = doc(
      `<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps">${box}</mc:Choice><mc:Fallback>${box}</mc:Fallback></mc:AlternateContent></w:r></w:p>` +
        `<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Ô 1</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Ô 2</w:t></w:r></w:p></w:tc></w:tr></w:tbl><w:p/>`,
    );
    expect(paragraphsFromDocumentXml(xml)).toEqual(["Hộp", "", "Ô 1\tÔ 2", ""]);
  });

  it("reads tables set side by side in a layout table each as a table of its own, one after the other (691)", () => {
    const p = (t: string) => `<w:p><w:r><w:t>${t}</w:t></w:r></w:p>`;
    const row = (...cells: string[]) => `<w:tr>${cells.map((c) => `<w:tc>${p(c)}</w:tc>`).join("")}</w:tr>`;
    const inner = (title: string, ...rows: string[]) => `<w:tc>${p(title)}<w:tbl>${rows.join("")}</w:tbl>${p("")}</w:tc>`;
    const xml = doc(
      `<w:tbl><w:tr>${inner("Biểu 1. Biên chế", row("Nội dung", "Số lượng"), row("Công chức có mặt", "81"))}` +
        `${inner("Biểu 2. Một cửa", row("Chỉ tiêu", "Quý II/2026"), row("Tiếp nhận", "642"))}</w:tr></w:tbl>`,
    );
    expect(paragraphsFromDocumentXml(xml)).toEqual([
      "Biểu 1. Biên chế", "Nội dung\tSố lượng", "Công chức có mặt\t81", "",
      "Biểu 2. Một cửa", "Chỉ tiêu\tQuý II/2026", "Tiếp nhận\t642", "",
    ]);
  });

  it("near-match: a table with no table inside its cells keeps a row as one line", () => {
    const xml = doc(`<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Tiếp nhận</w:t></w:r></w:p><w:p><w:r><w:t>hồ sơ</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>642</w:t></w:r></w:p></w:tc></w:tr></w:tbl>`);
    expect(paragraphsFromDocumentXml(xml)).toEqual(["Tiếp nhận hồ sơ\t642"]);
  });

  it("refuses XML that is not well formed, saying so", () => {
    expect(() => paragraphsFromDocumentXml("<w:document><w:body>")).toThrow("word/document.xml không phải XML hợp lệ");
  });
});

describe("textFromDocx", () => {
  it("reads the paragraphs of a generated .docx back as lines", async () => {
    const lines = ["BÁO CÁO", "", "Có 05 tổ chức & 03 đơn vị <trực thuộc>."];
    expect(textFromDocx(await buildDocx(lines))).toBe(lines.join("\n"));
    expect(paragraphsFromDocumentXml(documentXml(["a", "b"]))).toEqual(["a", "b"]);
  });

  it("explains a file that is not a .docx", async () => {
    expect(() => textFromDocx(Buffer.from("không phải zip"))).toThrow("tệp không có cấu trúc của một tệp .docx");
  });
});
