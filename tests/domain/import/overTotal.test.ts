/**
 * A part written over its whole in words, «27.538 trên tổng số 28.436 hồ sơ» (meaning/overTotal.ts): the whole is
 * a total, never a part, and the share after it is the part's; the base named after a share («chiếm 18,13% trên tổng
 * số hồ sơ đã giải quyết») does not describe the share.
 */
import { overTotalAt, percentBaseAt } from "../../../src/domain/import/meaning/overTotal";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { boundValue, byLabel } from "../../support/recognized";
import { REPORT } from "../../support/forms";

describe("overTotalAt: «trên / trong tổng số» between a part and its whole", () => {
  it("finds it after the part's unit or right after the part", () => {
    expect(overTotalAt(" trên tổng số ")).toBe(1);
    expect(overTotalAt(" công chức trên tổng số ")).toBe(11);
    expect(overTotalAt(" hồ sơ trong tổng số ")).toBe(7);
  });

  it("finds nothing between figures of a list, or across a comma", () => {
    expect(overTotalAt(" hồ sơ, trên tổng số ")).toBe(-1);
    expect(overTotalAt(" hồ sơ, đã giải quyết ")).toBe(-1);
    expect(overTotalAt(" trên ")).toBe(-1);
  });
});

describe("percentBaseAt: the base named after a share", () => {
  it("reads «trên tổng số …», «số …», «tổng số …» as a base", () => {
    expect(percentBaseAt(" trên tổng số hồ sơ đã giải quyết")).toBe(0);
    expect(percentBaseAt(" số hồ sơ đã giải quyết")).toBe(0);
  });

  it("reads the share's own words as its own", () => {
    expect(percentBaseAt(" hồ sơ trả đúng hạn")).toBe(-1);
    expect(percentBaseAt(" sổ sách")).toBe(-1);
  });
});

describe("recognised: a centre's dossiers written over their whole", () => {
  const text = (sentence: string) =>
    [
      "VĂN PHÒNG UBND TỈNH",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "III. KẾT QUẢ",
      "2. Kết quả giải quyết thủ tục hành chính tại Trung tâm Phục vụ hành chính công tỉnh",
      sentence,
    ].join("\n");
  // The centre's figures, by their labels in the centre's section (the desk's share has the same label).
  const section = byLabel("Hồ sơ tiếp nhận (Trung tâm PVHCC)").section;
  const value = (t: string, label: string) => boundValue(recognizeFigures(t, REPORT).get(REPORT.fields.find((f) => f.label === label && f.section === section)!.id));

  it("binds the part and its share, the whole not as a part", () => {
    const t = text("Trung tâm tiếp nhận 28.436 hồ sơ. Đã giải quyết 27.538 trên tổng số 28.436 hồ sơ, đạt 96,84%.");
    expect(value(t, "Hồ sơ đã giải quyết")).toBe("27.538");
    expect(value(t, "Tỷ lệ đã giải quyết")).toBe("96,84");
    expect(value(t, "Hồ sơ đang giải quyết")).toBeNull();
  });

  it("leaves a share after a count and a second count that are no part and whole to the words", () => {
    const t = text("Trung tâm tiếp nhận 28.436 hồ sơ. Đã giải quyết 27.538 hồ sơ, trả trước hạn 22.375 hồ sơ, đạt 81,25%.");
    expect(value(t, "Tỷ lệ đã giải quyết")).not.toBe("81,25");
  });
});
