/**
 * The other way clerks add the Centre's account (meaning/formSums.ts movedPartReadings, used by sumsSettle.ts): many
 * count the late files inside the resolved ones (resolved = early + on time + withdrawn + late; received = resolved +
 * in progress), where the form adds them beside. A figure left unclear is settled under that reading only when both
 * sums it changes hold; a clerk who adds the form's way, a part the form measures against the total and not the inner
 * figure, and a reading whose other sum breaks, settle nothing.
 */
import { movedPartReadings, sumRelations } from "../../../src/domain/import/meaning/formSums";
import { settleBySums } from "../../../src/domain/import/meaning/sumsSettle";
import type { Occurrence, Recognition } from "../../../src/domain/import/types";
import type { FieldId } from "../../../src/domain/types";
import { REPORT } from "../../support/forms";

const id = (suffix: string): FieldId => REPORT.fields.find((f) => f.id.endsWith(suffix))!.id;

let offset = 0;
const places = new Map<string, Occurrence>();
const at = (text: string): Occurrence => {
  let o = places.get(text);
  if (!o) places.set(text, (o = { start: (offset += 10), end: offset + text.length, text, input: text, line: 1, where: "" }));
  return o;
};
const bound = (text: string): Recognition => ({ state: "bound", occurrences: [at(text)] });
const unclear = (...texts: string[]): Recognition => ({ state: "ambiguous", candidates: texts.map(at) });

function settle(entries: Array<[string, Recognition]>) {
  const result = new Map(entries.map(([suffix, r]) => [id(suffix), r]));
  settleBySums(REPORT, result, () => false);
  return (suffix: string) => {
    const r = result.get(id(suffix))!;
    return r.state === "bound" ? r.occurrences.map((o) => o.text) : r.state;
  };
}

beforeEach(() => places.clear());

describe("the late files counted inside the resolved ones", () => {
  it("reads the form's nested sums with the part measured against the inner total moved inside it", () => {
    const readings = movedPartReadings(REPORT);
    const moved = readings.map((r) => r.changed.map((rel) => `${rel.total.split(":")[1]} = ${rel.parts.map((p) => p.split(":")[1]).join(" + ")}`));
    expect(moved).toContainEqual([
      "hcc.tiepNhan = hcc.daGiaiQuyet + hcc.dangGiaiQuyet",
      "hcc.daGiaiQuyet = hcc.truocHan + hcc.dungHan + hcc.rutTraLai + hcc.treHan",
    ]);
    // In progress is measured against the files received, not the resolved ones: never moved inside them.
    expect(moved.flat().some((s) => s.startsWith("hcc.daGiaiQuyet") && s.includes("dangGiaiQuyet"))).toBe(false);
    // The one-stop desk has no part beside its resolved files measured against them: no other reading of its sums.
    expect(moved.flat().some((s) => s.includes("motCuaVp"))).toBe(false);
    expect(readings.every((r) => r.relations.length === sumRelations(REPORT).length)).toBe(true);
  });

  // «Tổng số hồ sơ tiếp nhận: 12.618 … Đã giải quyết: 11.970 … trước hạn 10.877; đúng hạn 912; rút và trả lại 117;
  // trễ hạn 64 … Đang giải quyết: 648 … (*) bao gồm 1.203 hồ sơ của kỳ trước; tiếp nhận mới 11.415»
  const lateInside = (): Array<[string, Recognition]> => [
    ["hcc.tiepNhan", unclear("1.203", "12.618", "11.415")],
    ["hcc.daGiaiQuyet", bound("11.970")],
    ["hcc.truocHan", bound("10.877")],
    ["hcc.dungHan", bound("912")],
    ["hcc.rutTraLai", bound("117")],
    ["hcc.treHan", bound("64")],
    ["hcc.dangGiaiQuyet", bound("648")],
  ];

  it("settles the received files of a clerk who counts the late ones among the resolved", () => {
    expect(settle(lateInside())("hcc.tiepNhan")).toEqual(["12.618"]);
  });

  it("settles the resolved files when both sums read that way hold", () => {
    const shown = settle([
      ["hcc.tiepNhan", bound("3.284")],
      ["hcc.daGiaiQuyet", unclear("1.927", "3.121")],
      ["hcc.truocHan", bound("2.406")],
      ["hcc.dungHan", bound("641")],
      ["hcc.rutTraLai", bound("52")],
      ["hcc.treHan", bound("22")],
      ["hcc.dangGiaiQuyet", bound("163")],
    ]);
    expect(shown("hcc.daGiaiQuyet")).toEqual(["3.121"]);
  });

  it("settles nothing when the resolved files do not hold the late ones (the inner sum breaks)", () => {
    const entries = lateInside().map(([k, r]): [string, Recognition] => (k === "hcc.truocHan" ? [k, bound("10.941")] : [k, r]));
    expect(settle(entries)("hcc.tiepNhan")).toBe("ambiguous");
  });

  it("settles nothing when the late files are not placed: the other sum cannot say how this clerk adds", () => {
    const entries = lateInside().filter(([k]) => k !== "hcc.treHan");
    expect(settle(entries)("hcc.tiepNhan")).toBe("ambiguous");
  });

  it("leaves the form's own way of adding to the form's sums (both readings never bind two values)", () => {
    const shown = settle([
      ["hcc.tiepNhan", unclear("12.682", "12.618")],
      ["hcc.daGiaiQuyet", bound("11.970")],
      ["hcc.truocHan", bound("10.941")],
      ["hcc.dungHan", bound("912")],
      ["hcc.rutTraLai", bound("117")],
      ["hcc.treHan", bound("64")],
      ["hcc.dangGiaiQuyet", bound("648")],
    ]);
    expect(shown("hcc.tiepNhan")).toEqual(["12.682"]);
  });
});
