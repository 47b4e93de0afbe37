/**
 * Two different ranges of dates in one text leave the period's ends found by meaning for the clerk
 * (meaning/rangeChoice.ts); one range, even written twice, still binds.
 */
import { recognizeFigures } from "../../../src/domain/import/recognize";
import type { Recognition } from "../../../src/domain/import/types";
import { REPORT } from "../../support/forms";

const shown = (r: Recognition | undefined) =>
  r?.state === "bound" ? r.occurrences.map((o) => o.input).join(" ") : r?.state === "ambiguous" ? "?" : "-";
const ends = (text: string) => {
  const r = recognizeFigures(text, REPORT);
  return [shown(r.get("bcdc:hcc.tuNgay")), shown(r.get("bcdc:hcc.denNgay"))];
};

describe("two ranges of dates", () => {
  it("leaves the period for the clerk when a sub-period is written beside it", () => {
    const text =
      "Trung tâm Phục vụ hành chính công tỉnh, từ ngày 2.1.2018 đến 17.5.2018 đã tiếp nhận 25.368 hồ sơ. " +
      "Chỉ tính riêng trong tuần (từ ngày 11.5.2018 đến 17.5.2018) đã có 1.129 lượt công dân đến giao dịch.";
    expect(ends(text)).toEqual(["?", "?"]);
  });

  it("binds one range, written once or twice", () => {
    const once = "Trung tâm Phục vụ hành chính công tỉnh, từ ngày 15/12/2025 đến 14/3/2026: tiếp nhận 9.780 hồ sơ.";
    expect(ends(once)).toEqual(["15/12/2025", "14/3/2026"]);
    expect(ends(`${once}\nKết quả (từ 15/12/2025 đến 14/3/2026) được công khai.`)[0]).not.toBe("?");
  });
});
