/** Update planning on its own: what is written where, what is a hand edit, what waits for an error to be fixed. */
import type { Values } from "../../src/domain/compute";
import { reviewedText } from "../../src/domain/pendingRevisions";
import { REPORT } from "../support/forms";
import type { FieldValue, Problem } from "../../src/domain/types";
import { agreedTexts, blockedFields, landedChanges, planUpdate, type ControlText, type UpdateInput } from "../../src/domain/updatePlan";

const RECEIVED = "bcdc:motCuaVp.tiepNhan";
const DONE = "bcdc:motCuaVp.daGiaiQuyet";
const RATE = "bcdc:motCuaVp.tyLeDaGiaiQuyet";
const NONE_TEXT = "bcdc:tiepNhan.congChuc"; // zero is written "Không có"
const num = (value: number): FieldValue => ({ kind: "number", value });
const values = (entries: Record<string, FieldValue | null>): Values => new Map(Object.entries(entries));
const input = (over: Partial<UpdateInput>): UpdateInput => ({ report: REPORT, values: new Map(), problems: [], controls: [], baseline: {}, ...over });
const error = (fields: string[], severity: Problem["severity"] = "error"): Problem => ({ key: "k", severity, fields, message: "m" });

describe("planUpdate", () => {
  const controls: ControlText[] = [
    { id: 1, tag: RECEIVED, text: "9.700" },
    { id: 2, tag: RECEIVED, text: "9.700" },
    { id: 3, tag: RATE, text: "90,00%" },
    { id: 4, tag: "bcdc:khong.co", text: "x" },
  ];
  const v = values({ [RECEIVED]: num(9780), [DONE]: num(9297), [RATE]: num(95.06) });

  it("writes every control of a changed field in the house style, once per field in the changes", () => {
    const decision = planUpdate(input({ values: v, controls, baseline: { [RECEIVED]: "9.700", [RATE]: "90,00%" } }));
    expect([...decision.texts]).toEqual([[1, "9.780"], [2, "9.780"], [3, "95,06%"]]);
    expect(decision.written).toEqual({ [RECEIVED]: "9.780", [RATE]: "95,06%" });
    expect(decision.changes).toEqual([
      { field: RECEIVED, from: "9.700", to: "9.780" },
      { field: RATE, from: "90,00%", to: "95,06%" },
    ]);
    expect(decision.conflicts).toEqual([]);
    expect(decision.blocked).toEqual([]);
  });

  it("leaves a control that already shows the value, and one without a value or of an unknown field", () => {
    const same: ControlText[] = [{ id: 1, tag: RECEIVED, text: "9.780" }, { id: 4, tag: "bcdc:khong.co", text: "x" }, { id: 5, tag: DONE, text: "1" }];
    const decision = planUpdate(input({ values: values({ [RECEIVED]: num(9780), [DONE]: null }), controls: same, baseline: { [DONE]: "1" } }));
    expect(decision.texts.size).toBe(0);
    expect(decision.changes).toEqual([]);
  });

  it("takes a list written as prose for the same list", () => {
    const field = REPORT.fields.find((f) => f.kind === "list" && !f.formula)!;
    const list: FieldValue = { kind: "list", items: ["A", "B", "C"] };
    const decision = planUpdate(input({ values: values({ [field.id]: list }), controls: [{ id: 1, tag: field.id, text: "A, B và C" }] }));
    expect(decision.texts.size).toBe(0);
    expect(decision.conflicts).toEqual([]);
  });

  it("writes zero as the field's own words", () => {
    const decision = planUpdate(input({ values: values({ [NONE_TEXT]: num(0) }), controls: [{ id: 1, tag: NONE_TEXT, text: "01" }], baseline: { [NONE_TEXT]: "01" } }));
    expect(decision.texts.get(1)).toBe("Không có");
  });

  it("never overwrites a hand edit unless the clerk chose to, and leaves a skipped field alone", () => {
    const edited: ControlText[] = [{ id: 1, tag: RECEIVED, text: "9.999" }];
    const asked = planUpdate(input({ values: v, controls: edited, baseline: { [RECEIVED]: "9.700" } }));
    expect(asked.texts.size).toBe(0);
    expect(asked.conflicts).toEqual([{ field: RECEIVED, controlId: 1, documentText: "9.999", target: "9.780" }]);
    const overwrite = planUpdate(input({ values: v, controls: edited, baseline: { [RECEIVED]: "9.700" }, overwrite: new Set([RECEIVED]) }));
    expect([...overwrite.texts]).toEqual([[1, "9.780"]]);
    expect(overwrite.conflicts).toEqual([]);
    const skip = planUpdate(input({ values: v, controls: edited, baseline: { [RECEIVED]: "9.700" }, skip: new Set([RECEIVED]) }));
    expect(skip.texts.size).toBe(0);
    expect(skip.conflicts).toEqual([]);
  });

  it("leaves a right value written in another style for the clerk to decide, and writes it once asked", () => {
    const styled: ControlText[] = [
      { id: 1, tag: RECEIVED, text: "9 780" },
      { id: 2, tag: RATE, text: "95.06 %" },
      { id: 3, tag: NONE_TEXT, text: "0" },
    ];
    const zero = values({ [RECEIVED]: num(9780), [RATE]: num(95.06), [NONE_TEXT]: num(0) });
    const baseline = { [RECEIVED]: "9 780", [RATE]: "95.06 %", [NONE_TEXT]: "0" };
    const kept = planUpdate(input({ values: zero, controls: styled, baseline }));
    expect(kept.texts.size).toBe(0);
    expect(kept.changes).toEqual([]);
    expect(kept.restyles.map((r) => [r.documentText, r.target])).toEqual([["9 780", "9.780"], ["95.06 %", "95,06%"], ["0", "Không có"]]);
    const asked = planUpdate(input({ values: zero, controls: styled, baseline, overwrite: new Set([RECEIVED]) }));
    expect([...asked.texts]).toEqual([[1, "9.780"]]);
    // A different value is a change, not a style: written as usual.
    const changed = planUpdate(input({ values: values({ [RECEIVED]: num(9781) }), controls: styled, baseline }));
    expect([...changed.texts]).toEqual([[1, "9.781"]]);
    expect(changed.restyles).toEqual([]);
  });

  // Walk finding (walk41, held-out 1053): «UBND phường không nhận được phản ánh» became «UBND phường 0 nhận được…».
  it("leaves a figure the document says in words as it is; a new value over a zero said in words is asked (walk52, 1)", () => {
    const PETITIONS = "bcdc:ksthc.soPhanAnh";
    const words: ControlText[] = [{ id: 1, tag: PETITIONS, text: "không" }, { id: 2, tag: RECEIVED, text: "mười hai" }];
    const same = planUpdate(input({ values: values({ [PETITIONS]: num(0), [RECEIVED]: num(12) }), controls: words, baseline: {} }));
    expect(same.restyles).toEqual([]);
    expect(same.conflicts).toEqual([]);
    expect(same.texts.size).toBe(0);
    // «Văn phòng không nhận được …» → «Văn phòng 02 nhận được …»: the digits would break the sentence, so she is asked.
    const other = planUpdate(input({ values: values({ [PETITIONS]: num(2) }), controls: words, baseline: { [PETITIONS]: "không" } }));
    expect(other.texts.size).toBe(0);
    expect(other.conflicts).toEqual([{ field: PETITIONS, controlId: 1, documentText: "không", target: "02", inWords: true }]);
    const overwritten = planUpdate(input({ values: values({ [PETITIONS]: num(2) }), controls: words, baseline: { [PETITIONS]: "không" }, overwrite: new Set([PETITIONS]) }));
    expect([...overwritten.texts]).toEqual([[1, "02"]]);
    // A number in words is no negation: «mười hai» becomes «13» as usual.
    const twelve = planUpdate(input({ values: values({ [RECEIVED]: num(13) }), controls: words, baseline: { [RECEIVED]: "mười hai" } }));
    expect([...twelve.texts]).toEqual([[2, "13"]]);
    // Still zero: nothing to write.
    expect(planUpdate(input({ values: values({ [PETITIONS]: num(0) }), controls: words, baseline: { [PETITIONS]: "không" } })).conflicts).toEqual([]);
  });

  it("holds back a figure in error and what is computed from it, listed once each; a warning blocks nothing", () => {
    const blocked = planUpdate(input({ values: v, controls, baseline: { [RECEIVED]: "9.700", [RATE]: "90,00%" }, problems: [error([RECEIVED])] }));
    expect(blocked.texts.size).toBe(0);
    expect(blocked.blocked).toEqual([RECEIVED, RATE]);
    const warned = planUpdate(input({ values: v, controls, baseline: { [RECEIVED]: "9.700", [RATE]: "90,00%" }, problems: [error([RECEIVED], "warning")] }));
    expect(warned.texts.size).toBe(3);
    expect(warned.blocked).toEqual([]);
  });

  it("tells the held figures the fix would write from those the document already shows as the pane holds them", () => {
    const shown: ControlText[] = [
      { id: 1, tag: RECEIVED, text: "9.780" },
      { id: 2, tag: DONE, text: "9.000" },
      { id: 3, tag: RATE, text: "95,06%" },
    ];
    const problems = [error([RECEIVED, DONE])];
    const plan = planUpdate(input({ values: v, controls: shown, baseline: {}, problems }));
    expect(plan.blocked).toEqual([RECEIVED, DONE, RATE]);
    expect(plan.waiting).toEqual([{ field: DONE, from: "9.000", to: "9.297" }]);
    // A figure typed as no number waits (the document keeps its text); a share computed from it follows it.
    const typo = planUpdate(input({ values: values({ [RECEIVED]: null, [DONE]: num(9297) }), controls: shown, baseline: {}, problems }));
    expect(typo.waiting).toEqual([
      { field: RECEIVED, from: "9.780", to: null },
      { field: DONE, from: "9.000", to: "9.297" },
    ]);
    // The same value in another style is no change to wait for.
    const styled = planUpdate(input({ values: v, controls: [{ id: 1, tag: RECEIVED, text: "9780" }], baseline: {}, problems }));
    expect(styled.waiting).toEqual([]);
  });
});

describe("blockedFields", () => {
  it("adds every computed field that reads a field in error, and nothing for warnings", () => {
    const blocked = blockedFields(REPORT, [error([DONE])]);
    expect(blocked.has(DONE)).toBe(true);
    expect(blocked.has(RATE)).toBe(true);
    expect(blocked.has("bcdc:motCuaVp.tyLeTraSom")).toBe(true);
    expect(blocked.has(RECEIVED)).toBe(false);
    expect(blockedFields(REPORT, [error([DONE], "warning")]).size).toBe(0);
  });
});

describe("agreedTexts", () => {
  it("gives a field the text all its controls show, and none when they disagree", () => {
    const agreed = agreedTexts([
      { id: 1, tag: RECEIVED, text: "9.780" },
      { id: 2, tag: RECEIVED, text: "9.780" },
      { id: 3, tag: DONE, text: "1" },
      { id: 4, tag: DONE, text: "2" },
    ]);
    expect(agreed).toEqual({ [RECEIVED]: "9.780" });
  });
});

describe("landedChanges", () => {
  const planned: ControlText[] = [{ id: 1, tag: RECEIVED, text: "9.700" }, { id: 2, tag: RECEIVED, text: "9.700" }, { id: 3, tag: DONE, text: "1" }];
  const decision = planUpdate(input({
    values: values({ [RECEIVED]: num(9780), [DONE]: num(2) }),
    controls: planned,
    baseline: { [RECEIVED]: "9.700", [DONE]: "1" },
  }));

  it("counts a change that reached every control, tracked deletion in front included", () => {
    const after = [{ id: 1, tag: RECEIVED, text: "9.780" }, { id: 2, tag: RECEIVED, text: "9.7009.780" }, { id: 3, tag: DONE, text: "02" }];
    expect(landedChanges(decision, planned, after)).toEqual(decision.changes);
  });

  it("leaves out a change that missed one control, or whose control is gone", () => {
    const missed = [{ id: 1, tag: RECEIVED, text: "9.780" }, { id: 2, tag: RECEIVED, text: "9.700" }, { id: 3, tag: DONE, text: "02" }];
    expect(landedChanges(decision, planned, missed)).toEqual([{ field: DONE, from: "1", to: "02" }]);
    const gone = [{ id: 1, tag: RECEIVED, text: "9.780" }, { id: 2, tag: RECEIVED, text: "9.780" }];
    expect(landedChanges(decision, planned, gone)).toEqual([{ field: RECEIVED, from: "9.700", to: "9.780" }]);
  });
});

describe("reviewedText on a huge hand-typed control", () => {
  it("answers for 200,000 characters ending with the written value (the old search was cubic)", () => {
    const text = `${"x".repeat(200_000)}56`;
    expect(reviewedText(text, "56", new Set(["55", "56"]))).toBe(text);
    expect(reviewedText(`${"55".repeat(100_000)}56`, "56", new Set(["55"]))).toBe("56");
  });
});

describe("places that write one value differently (walk50, 1)", () => {
  const LETTERS = "bcdc:khieuNai.soDon";
  const STAFF = "bcdc:bienChe.hopDong";
  const plan = (tag: string, texts: string[], value: FieldValue) =>
    planUpdate({ report: REPORT, values: new Map([[tag, value]]), problems: [], baseline: agreedTexts(texts.map((text, i) => ({ id: i + 1, tag, text }))), controls: texts.map((text, i) => ({ id: i + 1, tag, text })) });

  it("in digits, are the document's own statement: a new value replaces them, no hand edit asked about", () => {
    const styles = plan(STAFF, ["08", "8"], { kind: "number", value: 9 });
    expect(styles.conflicts).toEqual([]);
    expect([...styles.texts]).toEqual([[1, "09"], [2, "09"]]);
  });

  it("in words, may belong to another sentence: still asked about, in the document's own words", () => {
    const words = plan(LETTERS, ["không", "không có"], { kind: "number", value: 1 });
    expect(words.conflicts.map((c) => c.documentText)).toEqual(["không", "không có"]);
    expect([...words.texts]).toEqual([]);
  });

  it("still ask when the places say different values", () => {
    const decision = plan(STAFF, ["08", "09"], { kind: "number", value: 10 });
    expect(decision.conflicts.map((c) => c.documentText)).toEqual(["08", "09"]);
    expect([...decision.texts]).toEqual([]);
  });
});
