/**
 * A specialist's walk: a Sở's report numbered «I - KẾT QUẢ», «1.1.», «1.2.» … repeated «1.3.» and nothing was said;
 * its figures were located in «phần mở đầu». Multi-level decimals and dashed numbers are now checked per level, with
 * no error on well-numbered reports (typed, or Word's automatic «%1.%2.» numbering).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { checkReport } from "../../../../src/domain/import";
import { checkStructure } from "../../../../src/domain/import/structure";
import { REPORT } from "../../../support/forms";
import { paragraphsFromDocumentXml } from "../../../../src/domain/import/docx/docxText";
import { readNumbering } from "../../../../src/domain/import/docx/docxNumbering";

const FIXTURES = join(__dirname, "../../../fixtures/specialist");
const numbering = (text: string) => checkStructure(text, null).filter((p) => p.key.startsWith("structure.numbering")).map((p) => p.message);

describe("decimal and dashed headings", () => {
  it("reports the repeated «1.3.» of the Kon Tum report, and nothing else", () => {
    expect(numbering(readFileSync(join(FIXTURES, "kon-tum-so-1-1.txt"), "utf8"))).toEqual([
      "Đề mục «1.3. Kiểm tra» (dòng 25) lặp lại số 1.3; đúng ra là 1.5 và các đề mục cùng cấp sau đó đánh số tiếp theo.",
    ]);
  });

  it("says a figure under «1.2.» stands there, not in «phần mở đầu» (the command line's places)", () => {
    const check = checkReport(readFileSync(join(FIXTURES, "kon-tum-so-1-1.txt"), "utf8"), { report: REPORT });
    const places = check.figures.find((f) => f.id === "bcdc:motCuaVp.tiepNhan")!.places;
    expect(places.map((o) => [o.text, o.line, o.where])).toEqual([["1 204", 13, "mục 1.2"]]);
    expect(check.figures.flatMap((f) => f.places).filter((o) => o.where === "phần mở đầu")).toEqual([]);
  });

  it("accepts well-numbered schemes: I./1./1.1./1.1.1., II -/2.1., dashed arabic under dashed roman", () => {
    const schemes = [
      "I. KẾT QUẢ\n1. Biên chế\n1.1. Công chức\n1.1.1. Được giao\n1.1.2. Có mặt\n1.2. Viên chức\n2. Cải cách\n2.1. Một cửa\nII. NHIỆM VỤ\n1. Tiếp tục",
      "I - KẾT QUẢ\n1.1 Biên chế\n1.2 Cải cách\nII - NHIỆM VỤ\n2.1 Tiếp tục\n2.2 Nâng cao",
      "I- KẾT QUẢ\n1- Biên chế\n2- Cải cách\nII- NHIỆM VỤ\n1- Tiếp tục",
      "Phần thứ nhất\nKẾT QUẢ\n1.1. Biên chế\n1.2. Cải cách\nPhần thứ hai\nNHIỆM VỤ\n2.1. Tiếp tục",
      // A table's row numbers are no headings.
      "I. KẾT QUẢ\nSTT\tLĩnh vực\tSố hồ sơ\n1.1\tĐất đai\t12\n1.1\tXây dựng\t15",
    ];
    for (const text of schemes) expect([text, numbering(text)]).toEqual([text, []]);
  });

  it("reports a skipped number, a heading under the wrong parent, and a dashed roman repeated", () => {
    expect(numbering("1. Biên chế\n1.1. Công chức\n1.3. Viên chức")).toEqual([
      "Đề mục «1.3. Viên chức» (dòng 3) bỏ qua số 1.2; đúng ra là 1.2 và các đề mục cùng cấp sau đó đánh số tiếp theo.",
    ]);
    expect(numbering("1. Biên chế\n1.1. Công chức\n2.2. Viên chức")).toEqual([
      "Đề mục «2.2. Viên chức» (dòng 3) nằm trong mục 1 nhưng mang số 2; đúng ra là 1.2.",
    ]);
    expect(numbering("I - KẾT QUẢ\nII - NHIỆM VỤ\nII - KIẾN NGHỊ")).toEqual([
      "Đề mục «II - KIẾN NGHỊ» (dòng 3) lặp lại số II; đúng ra là III và các đề mục cùng cấp sau đó đánh số tiếp theo.",
    ]);
  });

  it("gives no error on Word's automatic multi-level decimal numbering (w:numPr, «%1.» and «%1.%2.»)", () => {
    const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    const lvl = (i: number, text: string) => `<w:lvl w:ilvl="${i}"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="${text}"/></w:lvl>`;
    const numberingXml = `<w:numbering xmlns:w="${W}"><w:abstractNum w:abstractNumId="0">${lvl(0, "%1.")}${lvl(1, "%1.%2.")}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`;
    const p = (text: string, level: number) => `<w:p><w:pPr><w:numPr><w:ilvl w:val="${level}"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;
    const body = [p("Biên chế", 0), p("Công chức", 1), p("Viên chức", 1), p("Cải cách", 0), p("Một cửa", 1), p("Trung tâm", 1)].join("");
    const lines = paragraphsFromDocumentXml(`<w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`, readNumbering(numberingXml));
    expect(lines).toEqual(["1. Biên chế", "1.1. Công chức", "1.2. Viên chức", "2. Cải cách", "2.1. Một cửa", "2.2. Trung tâm"]);
    expect(numbering(lines.join("\n"))).toEqual([]);
  });
});
