/**
 * A list introduced in a later sentence of its line («… (còn lại là cao đẳng). Trình độ chính trị: cử nhân 02; cao
 * cấp 27») keeps that sentence's introduction for its items after «;» (meaning/candidates.ts), as a list opening the
 * line does; an introduction naming something else gives its items nothing of the form's.
 */
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";
import { boundValue, byLabel } from "../../support/recognized";

const report = (line: string) =>
  `UBND TỈNH HÀ GIANG\nVĂN PHÒNG\nBÁO CÁO\nKết quả thực hiện công tác dân chủ quý II năm 2026\n\nI. ĐẶC ĐIỂM, TÌNH HÌNH\n\n${line}\n`;
const value = (text: string, label: string) => boundValue(recognizeFigures(text, REPORT).get(byLabel(label).id));
const FIRST = "Trình độ chuyên môn: tiến sĩ 01; thạc sĩ 30; đại học 41 (còn lại là cao đẳng).";

it("the items of a list opened in the line's second sentence are read with its introduction", () => {
  const text = report(`${FIRST} Trình độ chính trị: cử nhân 02; cao cấp 27; trung cấp 25.`);
  expect(value(text, "Cao cấp lý luận chính trị")).toBe("27");
  expect(value(text, "Cử nhân chính trị")).toBe("02");
  expect(value(text, "Đại học")).toBe("41");
});

it("a second sentence's list of something else («Trình độ tin học») gives no political-theory figure", () => {
  const text = report(`${FIRST} Trình độ tin học: cơ bản 40; cao cấp 27; trung cấp 25.`);
  expect(value(text, "Cao cấp lý luận chính trị")).toBeNull();
  expect(value(text, "Trung cấp lý luận chính trị - hành chính")).toBeNull();
});
