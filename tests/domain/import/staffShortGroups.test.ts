/**
 * A quota paired with its present count is a staffing quota, «biên chế», whatever short name the clerk gives its
 * group («- Sự nghiệp: giao 22, có mặt 19», «sự nghiệp giao 18, hiện có 17»: staffPairs.ts); a group named by more
 * than its nouns («Trung tâm Thông tin có 12 viên chức, có mặt 11») counts a unit's people. The same short group's
 * present count said again alone and otherwise («sự nghiệp có mặt 13 người») is the same figure stated twice
 * differently: the clerk chooses. Other clerks' words than the held-out reports that showed the rule.
 */
import { staffFigures } from "../../support/recognized";

const staff = (text: string) => {
  const { values, states } = staffFigures(text);
  return { ...values, snCoState: states.snCo };
};

describe("a staffing pair named short", () => {
  it.each([
    ["after the officials' pair in one sentence", "Biên chế công chức giao 52, có mặt 49; sự nghiệp giao 21, hiện có 20; hợp đồng 05.", "21", "20"],
    ["as a slide's items with arrows", "2. Biên chế năm 2026\n+ Công chức: giao 60 → có mặt 57\n+ Sự nghiệp: giao 29 → có mặt 27", "29", "27"],
    ["in a terse line with «;» and initials", "Biên chế 2026: CC giao 55; có mặt 52; SN giao 19; có mặt 18; HĐLĐ 07 người.", "19", "18"],
    ["labelled after a «;»", "Công chức: được giao 80 biên chế, hiện có 77 người; viên chức sự nghiệp: được giao 24, hiện có 22.", "24", "22"],
  ])("%s", (_, text, quota, present) => {
    const r = staff(text);
    expect([r.snGiao, r.snCo]).toEqual([quota, present]);
  });
  it("near-match: a unit's people named with the unit are no quota", () => {
    const r = staff("Biên chế công chức giao 52, có mặt 49; Trung tâm Thông tin có 12 viên chức, có mặt 11.");
    expect([r.snGiao, r.snCo]).toEqual([null, null]);
  });
});

describe("the same short group's present count said again", () => {
  const report = (note: string) =>
    staff(`Biên chế năm 2026: công chức giao 48, có mặt 45; sự nghiệp giao 16, có mặt 15; hợp đồng 06.\nGhi chú: đến ngày 14/6/2026, ${note}.`);
  it("otherwise: the clerk chooses between the two", () => {
    const r = report("sự nghiệp có mặt 14 người");
    expect(r.snCo).toBeNull();
    expect(r.snCoState).toBe("ambiguous");
    expect(r.snGiao).toBe("16");
  });
  it("near-match: the same value said again is still the figure", () => {
    expect(report("sự nghiệp có mặt 15 người").snCo).toMatch(/^15(?:\|15)*$/);
  });
  it("near-match: a unit's people said alone are no restatement", () => {
    expect(report("Trung tâm Hội nghị có mặt 14 người").snCo).toBe("15");
  });
});
