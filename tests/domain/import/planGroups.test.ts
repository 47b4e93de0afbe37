/**
 * The TTHC-control plan's groups of work written «nhóm nhiệm vụ» (groups of tasks), as the form's «nhóm công việc»
 * (words.ts). A Quảng Bình clerk's sentences, not the held-out reports' that showed the wording.
 */
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { boundValue, byLabel } from "../../support/recognized";
import { REPORT } from "../../support/forms";

const groups = (text: string) => boundValue(recognizeFigures(text, REPORT).get(byLabel("Số nhóm công việc").id));
const tasks = (text: string) => boundValue(recognizeFigures(text, REPORT).get(byLabel("Số nhiệm vụ cụ thể").id));

const CONTROL = [
  "III. THỰC HIỆN DÂN CHỦ TRONG HOẠT ĐỘNG CỦA CƠ QUAN",
  "2. Cải cách hành chính",
  "c) Kiểm soát thủ tục hành chính",
].join("\n");

it("«Kế hoạch kiểm soát TTHC … có 09 nhóm nhiệm vụ, 33 nhiệm vụ cụ thể»", () => {
  const text = `${CONTROL}\nUBND tỉnh ban hành Kế hoạch kiểm soát TTHC năm 2026, có 09 nhóm nhiệm vụ, 33 nhiệm vụ cụ thể; Văn phòng theo dõi, đôn đốc thực hiện.`;
  expect(groups(text)).toBe("09");
  expect(tasks(text)).toBe("33");
});

it("near-match: tasks without «nhóm» are no groups", () => {
  const text = `${CONTROL}\nVăn phòng giao 12 nhiệm vụ kiểm soát TTHC cho các phòng chuyên môn trong quý.`;
  expect(groups(text)).toBeNull();
});
