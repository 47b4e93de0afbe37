/**
 * A figure stated twice with different values (src/domain/import/meaning/statedTwice.ts, corrections.ts, judge() in
 * recognize.ts): left for the clerk with both shown, and a percentage computed from it too; a correction the text
 * makes settles it; the same value written twice still binds. A form made up here (an archive's report).
 */
import { recognizeFigures } from "../../../src/domain/import/recognize";
import type { Recognition } from "../../../src/domain/import/types";
import { definitionFromForm } from "../../../src/domain/form/toDefinition";
import { tinyForm } from "../../support/forms";

const ARCHIVE = definitionFromForm(
  tinyForm(
    [
      { id: "kho.hoSo", label: "Hồ sơ nộp lưu vào kho lưu trữ", kind: "count", section: "B", unit: "hồ sơ" },
      { id: "kho.soHoa", label: "Hồ sơ đã số hóa", kind: "count", section: "B", unit: "hồ sơ" },
      { id: "kho.tyLe", label: "Tỷ lệ hồ sơ đã số hóa", kind: "percent", section: "B", formula: { op: "percentOf", part: "kho.soHoa", whole: "kho.hoSo" } },
      { id: "kt.cuoc", label: "Cuộc kiểm tra công tác lưu trữ", kind: "count", section: "C", unit: "cuộc", wording: ["tổ chức {N} cuộc kiểm tra"] },
    ],
    [],
    { sections: [{ id: "A", number: "I", title: "Tóm tắt" }, { id: "B", number: "II", title: "Kho lưu trữ" }, { id: "C", number: "III", title: "Kiểm tra" }] },
  ),
);

const shown = (r: Recognition | undefined) =>
  r?.state === "bound" ? r.occurrences.map((o) => o.text).join(" ") : r?.state === "ambiguous" ? `? ${r.candidates.map((c) => c.text).join(" ")}` : "-";
const read = (text: string, ...ids: string[]) => {
  const r = recognizeFigures(text, ARCHIVE);
  return ids.map((id) => shown(r.get(`bcdc:${id}`)));
};
const BODY = "II. KHO LƯU TRỮ\nKho lưu trữ đã nhận 125 hồ sơ nộp lưu; đã số hóa 80 hồ sơ, đạt 64%.";

describe("a figure stated in the summary and in the body", () => {
  it("with different values is left unclear, both shown, and the percentage computed from it is not bound", () => {
    const text = `I. TÓM TẮT\nKho lưu trữ đã nhận 125 hồ sơ nộp lưu; đã số hóa 85 hồ sơ.\n${BODY}`;
    const [hoSo, soHoa, tyLe] = read(text, "kho.hoSo", "kho.soHoa", "kho.tyLe");
    expect(hoSo).toBe("125 125");
    expect(soHoa!.startsWith("? ")).toBe(true);
    expect(soHoa!.split(" ").slice(1).sort()).toEqual(["80", "85"]);
    expect(tyLe!.startsWith("? ") || tyLe === "-").toBe(true);
  });

  it("with the same value binds both places", () => {
    const text = `I. TÓM TẮT\nTrong quý, kho lưu trữ nhận 125 hồ sơ nộp lưu, số hóa 80 hồ sơ.\n${BODY}`;
    expect(read(text, "kho.hoSo", "kho.soHoa", "kho.tyLe")).toEqual(["125 125", "80 80", "64%"]);
  });

  it("found by its wording in two sections binds each place, the same value or not (the form's rules report a disagreement)", () => {
    const two = "II. KHO LƯU TRỮ\nĐơn vị tổ chức 03 cuộc kiểm tra.\nIII. KIỂM TRA\nĐơn vị tổ chức 04 cuộc kiểm tra.";
    expect(read(two, "kt.cuoc")).toEqual(["03 04"]);
    const same = "II. KHO LƯU TRỮ\nĐơn vị tổ chức 03 cuộc kiểm tra.\nIII. KIỂM TRA\nĐơn vị tổ chức 03 cuộc kiểm tra.";
    expect(read(same, "kt.cuoc")).toEqual(["03 03"]);
  });

  it("is not doubted by another fact of the bound place's own paragraph", () => {
    const text = "II. KHO LƯU TRỮ\nKho lưu trữ đã nhận 125 hồ sơ nộp lưu, trong đó 40 hồ sơ của các sở.";
    expect(read(text, "kho.hoSo")).toEqual(["125"]);
  });
});

describe("a passage that restates the body's figures tersely (an appendix's label line)", () => {
  // The appendix writes the body's received files again, so it restates that paragraph: its other number for the
  // digitised files is the figure stated twice, though the line says less than the body does (no unit, fewer words).
  const body = "II. KHO LƯU TRỮ\nTrong quý, kho lưu trữ của Trung tâm đã tiếp nhận 125 hồ sơ nộp lưu, trong đó đã số hóa 80 hồ sơ.\nPHỤ LỤC SỐ LIỆU\n";
  it("with another value leaves the figure unclear, both shown", () => {
    const text = `${body}B.1. Kho lưu trữ: tiếp nhận 125 hồ sơ nộp lưu; đã số hóa 85.`;
    expect(read(text, "kho.hoSo", "kho.soHoa")).toEqual(["125 125", "? 80 85"]);
  });

  it("with the same value binds both places", () => {
    const text = `${body}B.1. Kho lưu trữ: tiếp nhận 125 hồ sơ nộp lưu; đã số hóa 80.`;
    expect(read(text, "kho.hoSo", "kho.soHoa")).toEqual(["125 125", "80 80"]);
  });

  it("is no doubt where the passage writes the bound value too, or the other number counts another thing", () => {
    const also = `${body}B.1. Kho lưu trữ: tiếp nhận 125 hồ sơ nộp lưu; đã số hóa 45 (đợt 1), 80 (cả quý).`;
    expect(read(also, "kho.soHoa")).toEqual(["80"]);
    const other = `${body}B.1. Kho lưu trữ: tiếp nhận 125 hồ sơ nộp lưu; đã số hóa 85 trang tài liệu.`;
    expect(read(other, "kho.soHoa")).toEqual(["80"]);
  });

  it("is no doubt from a passage that restates none of the bound paragraph's other figures", () => {
    const text = `${body}B.1. Kho lưu trữ: đã số hóa 85.`;
    expect(read(text, "kho.soHoa")).toEqual(["80"]);
  });
});

describe("a correction the text makes", () => {
  it("binds the value of «Số liệu đã điều chỉnh: …» over the one it replaces", () => {
    const text = `${BODY.replace("125", "120")}\nSố liệu đã điều chỉnh: hồ sơ nộp lưu vào kho lưu trữ là 125 hồ sơ.`;
    expect(read(text, "kho.hoSo")).toEqual(["125"]);
  });

  it("leaves «120 hồ sơ (điều chỉnh lại: 125 hồ sơ)» unclear, the corrected value first", () => {
    const text = "II. KHO LƯU TRỮ\nKho lưu trữ đã nhận 120 hồ sơ nộp lưu (điều chỉnh lại: 125 hồ sơ); đã số hóa 80 hồ sơ.";
    expect(read(text, "kho.hoSo")).toEqual(["? 125 120"]);
  });

  it("never binds the value «thay cho …» says was replaced", () => {
    const text = "II. KHO LƯU TRỮ\nKho lưu trữ đã nhận 125 hồ sơ nộp lưu (thay cho 120 hồ sơ tại Báo cáo số 15/BC-VP); đã số hóa 80 hồ sơ.";
    expect(read(text, "kho.hoSo", "kho.soHoa")).toEqual(["125", "80"]);
    const only = "II. KHO LƯU TRỮ\nSố hồ sơ nộp lưu vào kho lưu trữ: thay cho 120 hồ sơ đã báo cáo.";
    expect(read(only, "kho.hoSo")[0]).not.toBe("120");
  });
});
