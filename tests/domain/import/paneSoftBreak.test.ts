/**
 * A walk on a .docx with a page break before its appendix: the unclear list showed each table figure inside the NEXT
 * row («Công chức có mặt**98**1 · 88»), because a paragraph holding a soft line or page break is one line of the
 * pane's layout and two of the text. Places are now found by offset.
 */
import { checkText } from "../../../src/domain/import/paneCheck";
import { choicesOf } from "../../../src/domain/import/paneChoices";
import { paneText } from "../../../src/domain/import/paneText";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";

const PARAGRAPHS = [
  "Báo cáo kết quả thực hiện công tác dân chủ quý I năm 2026\nngắt dòng mềm trong một đoạn",
  "Trung tâm Phục vụ hành chính công tỉnh:",
  "Hồ sơ tiếp nhận\t12.450",
  "Đã giải quyết\t10.902",
];

describe("a paragraph with a soft break", () => {
  const layout = paneText(PARAGRAPHS);

  it("is one line of the layout, found by offset", () => {
    expect(layout.lines).toHaveLength(4);
    expect(layout.text.split("\n")).toHaveLength(5);
    expect(layout.lineIndexAt(layout.text.indexOf("12.450"))).toBe(2);
    expect(layout.lineIndexAt(layout.text.indexOf("ngắt dòng"))).toBe(0);
  });

  it("shows each candidate in its own line's words and paragraph", () => {
    const recognition = recognizeFigures(layout.text, REPORT).get("bcdc:hcc.tiepNhan");
    expect(recognition?.state).toBe("bound");
    const occurrences = recognition?.state === "bound" ? recognition.occurrences : [];
    const [choice] = choicesOf(layout, PARAGRAPHS, occurrences, () => null);
    expect(choice).toMatchObject({ before: "Hồ sơ tiếp nhận · ", text: "12.450", after: "", paragraph: 3 });
  });

  it("quotes the right paragraph for a problem found after it", () => {
    const items = checkText([...PARAGRAPHS, "Tổng số 20 hồ sơ, gồm: 5 hồ sơ trực tuyến và 6 hồ sơ trực tiếp."], { quarter: 1, year: 2026 });
    const sum = items.find((i) => i.source === "arithmetic");
    expect(sum?.places).toEqual(["Đoạn 5: «Tổng số 20 hồ sơ, gồm: 5 hồ sơ trực tuyến và 6 hồ sơ trực tiếp.»"]);
  });
});

describe("a candidate in a table", () => {
  it("names its column, so that two figures of one row can be told apart", () => {
    const paragraphs = ["Biểu số 01", "Nội dung\tNăm 2025\tNăm 2026", "Biên chế công chức được giao\t98\t94"];
    const layout = paneText(paragraphs);
    const at = (n: string) => {
      const start = layout.text.indexOf(`\t${n}`) + 1;
      return { start, end: start + n.length, text: n, input: n, line: 3, where: "" };
    };
    const [older, current] = choicesOf(layout, paragraphs, [at("98"), at("94")], () => null);
    expect(older).toMatchObject({ text: "98", column: "Năm 2025" });
    expect(current).toMatchObject({ text: "94", column: "Năm 2026" });
    const [prose] = choicesOf(paneText(["Văn phòng được giao 94 biên chế."]), [], [{ start: 19, end: 21, text: "94", input: "94", line: 1, where: "" }], () => null);
    expect(prose).not.toHaveProperty("column");
  });

  it("shows the row's name whole, the nearest cells and no empty cell, however many columns come first", () => {
    const paragraphs = [
      "Nội dung\tSTT\tQuý I\tQuý II\tQuý III\tQuý IV\tGhi chú",
      "Số người làm việc trong các đơn vị sự nghiệp công lập trực thuộc\t3\t20\t19\t21\t18\t\t",
    ];
    const layout = paneText(paragraphs);
    const start = layout.text.indexOf("\t18") + 1;
    const [choice] = choicesOf(layout, paragraphs, [{ start, end: start + 2, text: "18", input: "18", line: 2, where: "" }], () => null);
    expect(choice).toMatchObject({
      before: "Số người làm việc trong các đơn vị sự nghiệp công lập trực thuộc · … · 19 · 21 · ",
      text: "18",
      after: "",
    });
  });
});
