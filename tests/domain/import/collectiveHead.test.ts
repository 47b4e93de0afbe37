/**
 * «đón 27 đoàn khách»: a collective noun right after a number (đoàn, nhóm, đợt, lĩnh vực…) is what it counts, so the
 * number is no count of another unit (meaning/vetoHeadNoun.ts). A figure whose own words name that collective keeps it.
 */
import { otherHeadNoun } from "../../../src/domain/import/meaning/vetoHeadNoun";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";
import { byLabel } from "../../support/recognized";

const HEADER = "UBND TỈNH HÀ GIANG\nVĂN PHÒNG\nBÁO CÁO\nKết quả thực hiện công tác dân chủ quý II năm 2026\n\nI. ĐẶC ĐIỂM, TÌNH HÌNH\n\n";
const after = (text: string, number: string) => text.indexOf(number) + number.length;

it("guests received by the units that report to the office are not a count of those units", () => {
  const text = `${HEADER}Hai nhà khách trực thuộc tự chủ về tài chính, trong quý đón 27 đoàn khách, tăng 02 đoàn so với đầu năm.\n`;
  expect(recognizeFigures(text, REPORT).get(byLabel("Số tổ chức trực thuộc").id)?.state).not.toBe("bound");
  expect(otherHeadNoun("tổ chức", text, after(text, "27"), "Số tổ chức trực thuộc")).toBe(true);
});

it("a collective the figure's own label names, or the figure's own unit, is no other head", () => {
  const groups = "Kế hoạch đề ra 07 nhóm công việc";
  expect(otherHeadNoun("nhóm", groups, after(groups, "07"), "Số nhóm công việc")).toBe(false);
  const rounds = "đã tổ chức 03 đợt kiểm tra";
  expect(otherHeadNoun("cuộc", rounds, after(rounds, "03"), "Số đợt kiểm tra")).toBe(false);
  const units = "Văn phòng có 07 tổ chức trực thuộc";
  expect(otherHeadNoun("tổ chức", units, after(units, "07"), "Số tổ chức trực thuộc")).toBe(false);
});
