/**
 * A note that declares a stated figure a slip and gives the right one (meaning/corrections.ts, statedTwice.ts):
 * «… đúng là 10.986 hồ sơ (… ghi nhầm là 10.968 hồ sơ)». The slipped value is never the figure alone: the corrected
 * one is offered first. «đúng là» in a sentence that names no slip corrects nothing.
 */
import { isCorrection, isSuperseded, slippedDigits } from "../../../src/domain/import/meaning/corrections";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import type { Recognition } from "../../../src/domain/import/types";
import { definitionFromForm } from "../../../src/domain/form/toDefinition";
import { tinyForm } from "../../support/forms";

const at = (text: string, digits: string): [number, number] => {
  const start = text.indexOf(digits);
  return [start, start + digits.length];
};

const NOTE = "Ghi chú: Số hồ sơ nộp lưu trong quý đúng là 125 hồ sơ (tại mục II ghi nhầm là 152 hồ sơ).";

describe("a note that corrects a slip", () => {
  it("makes the value after «đúng là» a correction and the slipped one replaced", () => {
    expect(isCorrection(NOTE, ...at(NOTE, "125"))).toBe(true);
    expect(isSuperseded(NOTE, at(NOTE, "152")[0])).toBe(true);
    expect(slippedDigits(NOTE, ...at(NOTE, "125"))).toEqual(["152"]);
    const spaced = "Số hồ sơ tiếp nhận đúng là 10 986 hồ sơ (ghi nhầm là 10 968 hồ sơ).";
    expect(slippedDigits(spaced, ...at(spaced, "10 986"))).toEqual(["10968"]);
  });

  it("reads the slip before the right value too: «… ghi nhầm thành 152; số đúng là 125»", () => {
    const text = "Mục II ghi nhầm thành 152 hồ sơ; số đúng là 125 hồ sơ.";
    expect(isCorrection(text, ...at(text, "125"))).toBe(true);
    expect(isSuperseded(text, at(text, "152")[0])).toBe(true);
  });

  it("reads a figure left from last period's template, the note naming it then giving the right one in its next sentence", () => {
    const text = "Ghi chú: tại mục II, số hợp đồng lao động «19 người» là số của báo cáo quý trước, chưa cập nhật. Số đúng của quý này là 23 người.";
    expect(isCorrection(text, ...at(text, "23"))).toBe(true);
    expect(slippedDigits(text, ...at(text, "23"))).toEqual(["19"]);
    expect(isSuperseded(text, at(text, "19")[0])).toBe(true);
    const unrelated = "Phần mềm chưa cập nhật kịp. Số đúng hạn là 23 hồ sơ.";
    expect(isCorrection(unrelated, ...at(unrelated, "23"))).toBe(false);
  });

  it("is no correction where «đúng là» names no slip, nor where the slip is another sentence's", () => {
    const plain = "Kết quả trên đúng là 125 hồ sơ được số hóa nhờ phần mềm mới.";
    expect(isCorrection(plain, ...at(plain, "125"))).toBe(false);
    expect(slippedDigits(plain, ...at(plain, "125"))).toEqual([]);
    const apart = "Số hồ sơ đúng là 125 hồ sơ. Trước đó không có hồ sơ nào bị ghi nhầm.";
    expect(isCorrection(apart, ...at(apart, "125"))).toBe(false);
    const sure = "Văn phòng đã tiếp nhận 125 hồ sơ, đúng hạn 120 hồ sơ.";
    expect(isSuperseded(sure, at(sure, "120")[0])).toBe(false);
  });
});

const ARCHIVE = definitionFromForm(
  tinyForm(
    [
      { id: "kho.hoSo", label: "Hồ sơ nộp lưu vào kho lưu trữ", kind: "count", section: "B", unit: "hồ sơ" },
      { id: "kho.soHoa", label: "Hồ sơ đã số hóa", kind: "count", section: "B", unit: "hồ sơ" },
      { id: "tam.hoSo", label: "Hồ sơ nộp lưu vào kho tạm", kind: "count", section: "C", unit: "hồ sơ" },
    ],
    [],
    { sections: [{ id: "A", number: "I", title: "Tóm tắt" }, { id: "B", number: "II", title: "Kho lưu trữ" }, { id: "C", number: "III", title: "Kho tạm" }] },
  ),
);
const shown = (r: Recognition | undefined) =>
  r?.state === "bound" ? r.occurrences.map((o) => o.text).join(" ") : r?.state === "ambiguous" ? `? ${r.candidates.map((c) => c.text).join(" ")}` : "-";
const read = (text: string, ...ids: string[]) => {
  const r = recognizeFigures(text, ARCHIVE);
  return ids.map((id) => shown(r.get(`bcdc:${id}`)));
};
const BODY = "II. KHO LƯU TRỮ\nKho lưu trữ đã nhận 152 hồ sơ nộp lưu; đã số hóa 80 hồ sơ.";

describe("a report whose note corrects a slip in its body", () => {
  it("never binds the slipped value alone: the corrected one is bound, or offered first", () => {
    // Stop 52: a note naming the figure in full as the subject of «… đúng là 125» binds the correction itself (the
    // subject of «là», copulaSubject.ts); the slipped 152 is still never the figure.
    const [hoSo] = read(`${BODY}\nGhi chú: Số hồ sơ nộp lưu vào kho lưu trữ trong quý đúng là 125 hồ sơ (tại mục II ghi nhầm là 152 hồ sơ).`, "kho.hoSo");
    expect(hoSo).toBe("125");
  });

  it("corrects only the figure bound to the slipped value, not another its words describe", () => {
    const text = `${BODY}\nIII. KHO TẠM\nKho tạm đã nhận 40 hồ sơ nộp lưu.\nGhi chú: Số hồ sơ nộp lưu trong quý đúng là 125 hồ sơ (tại mục II ghi nhầm là 152 hồ sơ).`;
    expect(read(text, "kho.hoSo", "kho.soHoa", "tam.hoSo")).toEqual(["? 125 152", "80", "40"]);
  });

  it("takes the correction wherever the clerk put it, even under the next period's tasks", () => {
    const text = `${BODY}\nIII. NHIỆM VỤ QUÝ TỚI\nTiếp tục số hóa hồ sơ.\nGhi chú: Số hồ sơ nộp lưu vào kho lưu trữ trong quý đúng là 125 hồ sơ (tại mục II ghi nhầm là 152 hồ sơ).`;
    expect(read(text, "kho.hoSo")).toEqual(["125"]);
  });

  it("binds the body's value where «đúng là» corrects nothing", () => {
    const [hoSo] = read(`${BODY}\nGhi chú: Số hồ sơ nộp lưu vào kho lưu trữ trong quý đúng là 152 hồ sơ như đã báo cáo.`, "kho.hoSo");
    expect(hoSo).toMatch(/^152/);
  });
});
