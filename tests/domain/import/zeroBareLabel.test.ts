/**
 * «Trình độ chuyên môn: tiến sĩ không có; thạc sĩ 09 người; …»: in a list of short labels and their counts, a zero
 * may follow its label with no colon (zeroWords.ts bareLabel), read only where a neighbouring item states its count
 * in digits.
 */
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { boundValue, byLabel } from "../../support/recognized";
import { REPORT } from "../../support/forms";

const read = (line: string) => {
  const r = recognizeFigures(`I. ĐẶC ĐIỂM TÌNH HÌNH\n${line}\n`, REPORT);
  return { doctors: boundValue(r.get(byLabel("Tiến sĩ").id)), masters: boundValue(r.get(byLabel("Thạc sĩ").id)) };
};

it("a zero right after its label in a list of counts", () => {
  expect(read("Trình độ chuyên môn: tiến sĩ không có; thạc sĩ 11 người; đại học 30 người.")).toEqual({ doctors: "không có", masters: "11" });
});

it("and after an item with its count", () => {
  expect(read("Trình độ chuyên môn: thạc sĩ 11 người; tiến sĩ không có.").doctors).toBe("không có");
});

it("near text: a zero after a label in prose with no count beside it is no item's value", () => {
  expect(read("Trình độ chuyên môn: tiến sĩ không có; nhiều đồng chí đang học thạc sĩ.").doctors).toBeNull();
});
