/**
 * Word's footnotes and endnotes in a .docx: the notes' text after the body, each opening with its mark, and the mark
 * where the reference stands, so a note's figures are read where its mark is (meaning/endNotes.ts).
 */
import { textFromDocx } from "../../../../src/domain/import/docx/docxText";
import { recognizeFigures } from "../../../../src/domain/import/recognize";
import { buildDocx } from "../../../fixtures/buildDocx";
import { REPORT } from "../../../support/forms";

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const esc = (t: string) => t.replace(/&/g, "&amp;").replace(/</g, "&lt;");
const r = (text: string) => `<w:r><w:t xml:space="preserve">${esc(text)}</w:t></w:r>`;
const p = (...runs: string[]) => `<w:p>${runs.join("")}</w:p>`;
const footnoteRef = (id: number, custom = false) =>
  `<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference ${custom ? 'w:customMarkFollows="1" ' : ""}w:id="${id}"/></w:r>`;
const endnoteRef = (id: number) => `<w:r><w:endnoteReference w:id="${id}"/></w:r>`;
const document = (...paragraphs: string[]) => `<w:document ${W}><w:body>${paragraphs.join("")}</w:body></w:document>`;

/** Word's two separators (ids -1 and 0) and the notes given, each opening with Word's own w:footnoteRef run. */
function notesPart(kind: "footnote" | "endnote", notes: Record<number, string[]>): string {
  const separators =
    `<w:${kind} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:${kind}>` +
    `<w:${kind} w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:${kind}>`;
  const body = Object.entries(notes)
    .map(([id, paragraphs]) => {
      const [first, ...rest] = paragraphs.map((t) => r(t));
      return `<w:${kind} w:id="${id}"><w:p><w:r><w:${kind}Ref/></w:r>${first}</w:p>${rest.map((x) => p(x)).join("")}</w:${kind}>`;
    })
    .join("");
  return `<w:${kind}s ${W}>${separators}${body}</w:${kind}s>`;
}

async function docx(body: string, parts: Record<string, string> = {}): Promise<Uint8Array> {
  return buildDocx([], [], { "word/document.xml": body, ...parts });
}

describe("footnotes and endnotes of a .docx", () => {
  it("numbers the references in the order they stand, not by id, and writes the notes after the body", async () => {
    const data = await docx(
      document(p(r("Văn phòng có 03 Phó Chánh Văn phòng"), footnoteRef(5), r(".")), p(r("Bộ phận một cửa tiếp nhận 412 hồ sơ"), footnoteRef(2), r(";"))),
      { "word/footnotes.xml": notesPart("footnote", { 2: ["Trong đó 12 hồ sơ trực tuyến."], 5: ["Gồm các đồng chí A, B", "và C."] }) },
    );
    expect(textFromDocx(data).split("\n")).toEqual([
      "Văn phòng có 03 Phó Chánh Văn phòng[1].",
      "Bộ phận một cửa tiếp nhận 412 hồ sơ[2];",
      "[1] Gồm các đồng chí A, B và C.",
      "[2] Trong đó 12 hồ sơ trực tuyến.",
    ]);
  });

  it("puts endnotes after footnotes with marks of their own, and gives a clerk's own symbol no number", async () => {
    const data = await docx(
      document(p(r("Tiếp nhận 96 hồ sơ"), endnoteRef(1), r(", trả kết quả 90 hồ sơ"), footnoteRef(1, true), r("*"), r("; đúng hạn 88"), footnoteRef(2), r("."))),
      {
        "word/footnotes.xml": notesPart("footnote", { 1: ["Số liệu đến ngày 15/3."], 2: ["Theo phần mềm một cửa."] }),
        "word/endnotes.xml": notesPart("endnote", { 1: ["Kể cả hồ sơ bổ sung."] }),
      },
    );
    expect(textFromDocx(data).split("\n")).toEqual([
      "Tiếp nhận 96 hồ sơ(1), trả kết quả 90 hồ sơ*; đúng hạn 88[1].",
      "Số liệu đến ngày 15/3.",
      "[1] Theo phần mềm một cửa.",
      "(1) Kể cả hồ sơ bổ sung.",
    ]);
  });

  it("leaves out a note no reference points to, and a reference whose note is missing", async () => {
    const data = await docx(document(p(r("Tiếp nhận 96 hồ sơ"), footnoteRef(7), r("."))), {
      "word/footnotes.xml": notesPart("footnote", { 3: ["Ghi chú bị xoá khỏi thân bài."] }),
    });
    expect(textFromDocx(data)).toBe("Tiếp nhận 96 hồ sơ.");
  });

  it("refuses a notes part that is not XML, naming it", async () => {
    const data = await docx(document(p(r("Tiếp nhận 96 hồ sơ"))), { "word/footnotes.xml": "<w:footnotes><w:footnote>" });
    expect(() => textFromDocx(data)).toThrow("word/footnotes.xml không phải XML hợp lệ");
  });
});

describe("a footnote's figures are read where its mark is", () => {
  const report = (mark: (id: number) => string, markAfterFigure: boolean) =>
    document(
      p(r("BÁO CÁO Kết quả thực hiện công tác dân chủ quý I năm 2026")),
      p(r("II. KẾT QUẢ THỰC HIỆN")),
      p(r("1. Trung tâm Phục vụ hành chính công tỉnh")),
      markAfterFigure
        ? p(r("Trong quý, Trung tâm tiếp nhận 9.780"), mark(2), r(" hồ sơ, trả kết quả cho tổ chức, công dân."))
        : p(r("Trong quý, Trung tâm tiếp nhận 9.780 hồ sơ"), mark(2), r(", trả kết quả cho tổ chức, công dân.")),
      p(r("III. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ II")),
      p(r("Tiếp tục nâng cao chất lượng phục vụ.")),
    );
  const notes = { "word/footnotes.xml": notesPart("footnote", { 2: ["Trong đó: đã giải quyết 9.297 hồ sơ; đang giải quyết 483 hồ sơ."] }) };
  const bound = (text: string, id: string) => {
    const got = recognizeFigures(text, REPORT).get(id);
    return got?.state === "bound" ? got.occurrences.map((o) => o.text).join(" ") : got?.state;
  };

  it.each([
    ["after the word", false],
    ["glued to the figure", true],
  ])("with the mark %s", async (_, afterFigure) => {
    const text = textFromDocx(await docx(report(footnoteRef, afterFigure), notes));
    expect(bound(text, "bcdc:hcc.tiepNhan")).toBe("9.780");
    expect(bound(text, "bcdc:hcc.daGiaiQuyet")).toBe("9.297");
    expect(bound(text, "bcdc:hcc.dangGiaiQuyet")).toBe("483");
  });

  it("without its mark a note at the end speaks of the last heading, and its figures are not bound", async () => {
    // The same note typed at the end with no reference: nothing ties it to the centre.
    const text = textFromDocx(await docx(report(() => "", false))) + "\n[1] Trong đó: đã giải quyết 9.297 hồ sơ; đang giải quyết 483 hồ sơ.";
    expect(bound(text, "bcdc:hcc.daGiaiQuyet")).not.toBe("9.297");
    expect(bound(text, "bcdc:hcc.dangGiaiQuyet")).not.toBe("483");
  });
});
