/**
 * The year of the staff figures («Năm của số liệu biên chế») written as the label or heading the figures stand under:
 * «Biên chế năm 2026:», «1. Biên chế 2026», «I⇥Tổ chức bộ máy, biên chế năm 2026», «Biên chế, lao động năm 2026 (số
 * liệu đến …)». The year closes the label (a colon, a bracket, a cell's or a line's end follows); a year inside a
 * sentence about the staff («… so với biên chế năm 2025 giảm 02») is no heading. Sentences written for this test.
 */
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { boundValue, byLabel } from "../../support/recognized";
import { REPORT } from "../../support/forms";

const YEAR = byLabel("Năm của số liệu biên chế").id;
const read = (text: string) => recognizeFigures(`BÁO CÁO\nKết quả thực hiện dân chủ quý II năm 2026\nI. ĐẶC ĐIỂM, TÌNH HÌNH\n${text}\n`, REPORT).get(YEAR);

describe("the year closing the staff figures' label or heading", () => {
  it.each([
    ["2. Biên chế năm 2026:\n- Công chức được giao 48, có mặt 45.", "2026"],
    ["1. Biên chế 2026\n- Công chức được giao 48, có mặt 45.", "2026"],
    ["Biên chế, nhân lực năm 2026 (số liệu đến ngày 31/5/2026)\nCông chức được giao 48, có mặt 45.", "2026"],
    ["TT\tNội dung\tSố lượng\nI\tTổ chức bộ máy, biên chế năm 2025\t\t\n1\tBiên chế công chức được giao\t48", "2025"],
    ["- Biên chế công chức được giao năm 2026: 48; có mặt: 45.", "2026"],
  ])("«%s» → %s", (text, value) => {
    expect(boundValue(read(text))).toBe(value);
  });
});

describe("a year that does not close a staff label", () => {
  it("a year inside the sentence, a change against it following", () => {
    expect(read("Công chức được giao 48, có mặt 45; so với biên chế năm 2025 giảm 02 người.")?.state).not.toBe("bound");
  });

  it("a plan's year in a bracket after the staff figures", () => {
    expect(read("Văn phòng được giao 48 biên chế công chức, có mặt 45 (kế hoạch tuyển dụng năm 2026: 02 chỉ tiêu).")?.state).not.toBe("bound");
  });
});
