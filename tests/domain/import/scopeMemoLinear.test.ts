/**
 * The parts of a report headed by an earlier period are read once per text and period scope (meaning/scopeMemo.ts).
 * The vetoes ask with copies of the scope that differ in a flag (laterOther, cumulativeOther), one number after
 * another; a cache of one entry read the whole report again at each number, quadratic on a long report (the local CI
 * of stop 44 stalled on hugeText.test.ts). Counted as the characters read (tests/support/charactersRead.ts), never timed.
 */
import { inEarlierPart } from "../../../src/domain/import/meaning/earlierPart";
import { readPeriodScope } from "../../../src/domain/import/meaning/reportPeriod";
import { charactersRead } from "../../support/charactersRead";

const text =
  "BÁO CÁO\nKết quả thực hiện dân chủ quý IV năm 2026\n\nPhần I\nKẾT QUẢ QUÝ TRƯỚC (QUÝ III NĂM 2026)\n" +
  Array.from({ length: 2_000 }, (_, i) => `- Bổ nhiệm ${(i % 9) + 1} Trưởng phòng; lũy kế ${i} hồ sơ.`).join("\n");

it("asks with copies of the scope that differ in a flag, and reads the report's parts once for each", () => {
  const scope = readPeriodScope(text, "quarter")!;
  const copies = [scope, { ...scope, laterOther: true }, { ...scope, cumulativeOther: true }];
  const at = text.indexOf("lũy kế 5 ");
  for (const copy of copies) expect(inEarlierPart(text, at, copy)).toBe(true);
  const asked = charactersRead(() => {
    for (let k = 0; k < 300; k++) inEarlierPart(text, at + k, copies[k % 3]!);
  });
  expect(asked).toBeLessThan(text.length);
});
