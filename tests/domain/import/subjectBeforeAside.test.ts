/**
 * «Hai nhà khách trực thuộc (Nhà khách A; Nhà khách B) tự chủ tài chính, có 52 viên chức»: the clause after a bracket
 * goes on with the sentence the bracket interrupted, so the words before the bracket describe its number
 * (meaning/placeWords.ts, subjectBeforeAside). What the same subject did that the form does not count stays unbound.
 */
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";
import { boundValue, byLabel } from "../../support/recognized";

const GUEST_HOUSES = "Viên chức hai nhà khách (tự chủ tài chính)";
const report = (sentence: string) =>
  "UBND TỈNH HÀ GIANG\nVĂN PHÒNG\nBÁO CÁO\nKết quả thực hiện công tác dân chủ quý II năm 2026\n\nI. ĐẶC ĐIỂM, TÌNH HÌNH\n\n" +
  `Năm 2026, Văn phòng được giao 61 biên chế công chức, hiện có 57 công chức; hợp đồng lao động 09 người. ${sentence}\n`;
const value = (text: string, label: string) => boundValue(recognizeFigures(text, REPORT).get(byLabel(label).id));
const SUBJECT = "Hai nhà khách trực thuộc Văn phòng (Nhà khách Hà Giang; Nhà khách tại Hà Nội) tự chủ về tài chính";

it("the staff counted after the bracket are the guest houses' named before it", () => {
  expect(value(report(`${SUBJECT}, hiện sử dụng 33 viên chức.`), GUEST_HOUSES)).toBe("33");
});

it("the guests they received are not their staff", () => {
  expect(value(report(`${SUBJECT}, đón 33 đoàn khách.`), GUEST_HOUSES)).toBeNull();
});
