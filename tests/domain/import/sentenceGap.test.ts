/**
 * A wording's gap does not read past a sentence that its label's own figure ended (sentenceGap.ts): «… nhà khách tự
 * chủ tài chính 44 người. Tổng số người làm việc: 162 người» — the 162 is the next sentence's, not the label's.
 */
import { readsPastEndedSentence } from "../../../src/domain/import/sentenceGap";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";

const valueOf = (text: string, id: string) => {
  const r = recognizeFigures(text, REPORT).get(id);
  return r?.state === "bound" ? r.occurrences.map((o) => o.text) : r?.state;
};

describe("readsPastEndedSentence", () => {
  it("a gap crossing «44 người. Tổng số …» crosses a sentence its own figure ended", () => {
    const text = "viên chức hai nhà khách tự chủ tài chính 44 người. Tổng số người làm việc: 162";
    expect(readsPastEndedSentence(text, 0, text.indexOf("162"))).toBe(true);
  });
  it("the next sentence going on about the same subject, with no label of its own, is read as before", () => {
    const text = "Trung tâm tiếp nhận 56.830 hồ sơ. Riêng quý II (từ ngày 15/3/2025";
    expect(readsPastEndedSentence(text, 0, text.indexOf("15/3"))).toBe(false);
  });
  it("a thousands dot or an abbreviation's stop in the gap is no sentence end", () => {
    const text = "viên chức nhà khách TP. Huế (đơn vị 1.020 chỗ): 44";
    expect(readsPastEndedSentence(text, 0, text.indexOf("44"))).toBe(false);
  });
});

describe("the guest houses' staff before the office's headcount", () => {
  const staff =
    "Năm 2026, Văn phòng được giao 91 biên chế công chức, đang thực hiện 85; hợp đồng lao động 17; viên chức hai nhà khách tự chủ tài chính 44 người. Tổng số người làm việc: 162 người (85 công chức, 17 hợp đồng, 44 viên chức nhà khách).";
  it("the headcount after the next sentence's colon is not the guest houses' staff", () => {
    expect(valueOf(staff, "bcdc:bienChe.vienChucNhaKhach")).not.toEqual(["162"]);
  });
  it("the wording with its colon in the same sentence still reads its figure", () => {
    expect(valueOf("Viên chức hai nhà khách (tự chủ tài chính): 44 người.", "bcdc:bienChe.vienChucNhaKhach")).toEqual(["44"]);
  });
});
