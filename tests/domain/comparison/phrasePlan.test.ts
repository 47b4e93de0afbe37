/** Comparison phrases through the update plan: computed like any derived figure, from the field's tag plus a suffix. */
import { periodValues } from "../../../src/domain/comparison/compare";
import { phraseTag, phraseTags, type EarlierValues } from "../../../src/domain/comparison/phrase";
import { count, defineForm, percentOf } from "./form";
import { planUpdate, type ControlText } from "../../../src/domain/updatePlan";
import { validateFigures } from "../../../src/domain/validate";

const S = [{ id: "A", number: "1", title: "Hồ sơ" }];
const FORM = defineForm(
  [count("nhan", "Hồ sơ nhận", "A"), count("xong", "Hồ sơ giải quyết", "A"), percentOf("tl", "Tỷ lệ", "A", "xong", "nhan")],
  [{ id: "xong≤nhan", kind: "atMost", small: "xong", big: "nhan", severity: "error" }],
  S,
);
const Q2 = { quarter: 2, year: 2026 } as const;
const previous = periodValues(FORM, { "bcdc:nhan": "9.650", "bcdc:xong": "9.000" }, { quarter: 1, year: 2026 });
const lastYear = periodValues(FORM, { "bcdc:nhan": "9.780" }, { quarter: 2, year: 2025 });

function plan(raw: Record<string, string>, controls: ControlText[], baseline: Record<string, string> = {}, earlier: EarlierValues = { previous, lastYear }) {
  const review = validateFigures(FORM, raw, Q2);
  const derived = phraseTags(FORM, review.values, earlier);
  return planUpdate({ report: FORM, values: review.values, problems: review.problems, controls, baseline, derived });
}

describe("comparison phrases in the update plan", () => {
  const controls: ControlText[] = [
    { id: 1, tag: "bcdc:nhan", text: "9.650" },
    { id: 2, tag: phraseTag("bcdc:nhan", "previous"), text: "…" },
    { id: 3, tag: phraseTag("bcdc:nhan", "lastYear"), text: "…" },
    { id: 4, tag: phraseTag("bcdc:tl", "previous"), text: "…" },
  ];
  const baseline = { "bcdc:nhan": "9.650", [controls[1]!.tag]: "…", [controls[2]!.tag]: "…", [controls[3]!.tag]: "…" };

  it("writes each phrase from this period and the other one, under the phrase's own tag", () => {
    const decision = plan({ "bcdc:nhan": "9.780", "bcdc:xong": "9.291" }, controls, baseline);
    expect([...decision.texts]).toEqual([
      [1, "9.780"],
      [2, "tăng 130 (1,35%) so với quý trước"],
      [3, "không thay đổi so với cùng kỳ năm trước"],
      [4, "tăng 1,74 điểm phần trăm so với quý trước"],
    ]);
    expect(decision.written[controls[1]!.tag]).toBe("tăng 130 (1,35%) so với quý trước");
    expect(decision.changes.map((c) => c.field)).toEqual(["bcdc:nhan", ...controls.slice(1).map((c) => c.tag)]);
  });

  it("leaves a phrase alone when the earlier value is unknown", () => {
    const decision = plan({ "bcdc:nhan": "9.780", "bcdc:xong": "9.291" }, controls, baseline, { previous, lastYear: null });
    expect(decision.texts.has(3)).toBe(false);
    expect(plan({ "bcdc:xong": "9.291" }, controls, baseline).texts.has(2)).toBe(false);
  });

  it("treats a phrase edited by hand as a conflict, and blocks it with its field's error", () => {
    const edited = plan({ "bcdc:nhan": "9.780", "bcdc:xong": "9.291" }, controls, { ...baseline, [controls[1]!.tag]: "tăng chút ít" });
    expect(edited.conflicts).toEqual([{ field: controls[1]!.tag, controlId: 2, documentText: "…", target: "tăng 130 (1,35%) so với quý trước" }]);
    const blocked = plan({ "bcdc:nhan": "9.780", "bcdc:xong": "9.900" }, controls, baseline);
    expect(blocked.texts.has(2)).toBe(false);
    expect(blocked.blocked).toContain("bcdc:nhan");
  });
});

describe("without a derived-tag scheme", () => {
  it("leaves phrase controls alone", () => {
    const review = validateFigures(FORM, { "bcdc:nhan": "9.780" }, Q2);
    const controls = [{ id: 1, tag: phraseTag("bcdc:nhan", "previous"), text: "…" }];
    const decision = planUpdate({ report: FORM, values: review.values, problems: [], controls, baseline: { [controls[0]!.tag]: "…" } });
    expect(decision.texts.size).toBe(0);
  });
});
