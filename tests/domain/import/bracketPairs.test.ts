/**
 * Figures in brackets after their noun, each with its share beside it: «đã giải quyết (8.802; 96,24%)». The count is
 * described by the words before the bracket as «(6.117)» alone is (candidates.ts, loneBrackets.ts), and the share
 * that shares its bracket is its percentage (meaning/index.ts attachPercents). A Khánh Hòa clerk's words, not the
 * held-out Phú Yên report's.
 */
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";
import { boundValue, byLabel } from "../../support/recognized";

const centre = (label: string) => REPORT.fields.find((f) => f.label === label && f.section === byLabel("Hồ sơ tiếp nhận (Trung tâm PVHCC)").section)!;
const read = (body: string) => {
  const r = recognizeFigures(`III. THỰC HIỆN DÂN CHỦ TRONG HOẠT ĐỘNG CỦA CƠ QUAN\n4. Cải cách hành chính\n${body}\n`, REPORT);
  return (label: string) => boundValue(r.get(centre(label).id));
};

it("counts in brackets with their shares after the nouns", () => {
  const value = read(
    "c) Trung tâm Phục vụ hành chính công tỉnh: tiếp nhận (5.402 hồ sơ); đã giải quyết (5.210; 96,45%), gồm trước hạn (3.880), đúng hạn (1.277), rút và trả lại (53); trễ hạn (25; 0,48%); đang giải quyết (167; 3,09%).",
  );
  expect(value("Hồ sơ đã giải quyết")).toBe("5.210");
  expect(value("Tỷ lệ đã giải quyết")).toBe("96,45");
  expect(value("Hồ sơ trễ và quá hạn")).toBe("25");
  expect(value("Tỷ lệ trễ và quá hạn (trên số đã giải quyết)")).toBe("0,48");
  expect(value("Hồ sơ đang giải quyết")).toBe("167");
  expect(value("Tỷ lệ đang giải quyết")).toBe("3,09");
});

it("the same in a table of two columns still binds; a share outside the count's bracket is not taken for it", () => {
  const table = read("c) Trung tâm Phục vụ hành chính công tỉnh\nĐã giải quyết\t5.210\nTrễ hạn\t25\nĐang giải quyết\t167");
  expect(table("Hồ sơ đang giải quyết")).toBe("167");
  // Near-match: the share after the bracket closes, past a «;», is another clause's.
  const apart = read("c) Trung tâm Phục vụ hành chính công tỉnh: đã giải quyết (5.210); 96,45% hồ sơ được số hóa.");
  expect(apart("Tỷ lệ đã giải quyết")).toBeNull();
});
