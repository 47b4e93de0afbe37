/** Issue 9's answers in the domain: stale percentages are no warning, bad input is named among the skipped figures. */
import { REPORT } from "../support/forms";
import { checkDocument } from "../../src/domain/documentCheck";
import { planUpdate } from "../../src/domain/updatePlan";
import { validateFigures } from "../../src/domain/validate";

const PERIOD = { quarter: 1, year: 2026 } as const;
const seen = (entries: Record<string, string>) => new Map(Object.entries(entries).map(([id, text]) => [id, [{ text }]]));

describe("percentages out of date after a routine refresh", () => {
  const typed = { "bcdc:motCuaVp.tiepNhan": "90", "bcdc:motCuaVp.daGiaiQuyet": "77", "bcdc:motCuaVp.dangGiaiQuyet": "13" };
  const values = validateFigures(REPORT, typed, PERIOD).values;

  it("raise no warning when the document's percentage follows the document's own figures", () => {
    const observations = seen({ "bcdc:motCuaVp.tiepNhan": "81", "bcdc:motCuaVp.daGiaiQuyet": "77", "bcdc:motCuaVp.tyLeDaGiaiQuyet": "95,06%" });
    expect(checkDocument(REPORT, values, observations)).toEqual([]);
  });

  it("are still a warning, with the section-qualified name, when the document contradicts its own figures", () => {
    const observations = seen({ "bcdc:motCuaVp.tiepNhan": "81", "bcdc:motCuaVp.daGiaiQuyet": "77", "bcdc:motCuaVp.tyLeDaGiaiQuyet": "90%" });
    expect(checkDocument(REPORT, values, observations).map((p) => p.message)).toEqual([
      "Văn bản ghi «Tỷ lệ đã giải quyết (Bộ phận một cửa của Văn phòng)» là 90%, nhưng theo số liệu phải là 85,56% (77 / 90). Bấm «Cập nhật văn bản» để sửa.",
    ]);
  });
});

describe("an update with bad input", () => {
  it("counts a figure typed as «abc» among the skipped ones instead of passing over it", () => {
    const review = validateFigures(REPORT, { "bcdc:giaoBan.soCuoc": "abc" }, PERIOD);
    const plan = planUpdate({
      report: REPORT,
      values: review.values,
      problems: review.problems,
      controls: [{ id: 1, tag: "bcdc:giaoBan.soCuoc", text: "11" }],
      baseline: { "bcdc:giaoBan.soCuoc": "11" },
    });
    expect(plan.blocked).toEqual(["bcdc:giaoBan.soCuoc"]);
    expect(plan.texts.size).toBe(0);
  });
});
