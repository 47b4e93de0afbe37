import { addRule, ruleNow, type RuleDraft } from "../../../src/domain/form/authoring";
import type { FieldValue } from "../../../src/domain/types";
import { tinyForm } from "../../support/forms";

const form = tinyForm([
  { id: "nhan", label: "Tiếp nhận", kind: "count", section: "I" },
  { id: "xong", label: "Đã giải quyết", kind: "count", section: "I" },
  { id: "dang", label: "Đang giải quyết", kind: "count", section: "I" },
  { id: "tyLe", label: "Tỷ lệ đã giải quyết", kind: "percent", section: "I" },
  { id: "ten", label: "Tên xã", kind: "text", section: "I" },
]);
const values = (entries: Record<string, number>) =>
  new Map<string, FieldValue | null>(Object.entries(entries).map(([id, value]) => [`bcdc:${id}`, { kind: "number", value }]));
const none = () => undefined;

describe("addRule", () => {
  it("adds A = B + C and A ≤ B as rules with fresh ids", () => {
    const sum = addRule(form, { kind: "sum", total: "nhan", parts: ["xong", "dang"] });
    if (!sum.ok) throw new Error(sum.problems.join());
    expect(sum.form.rules).toEqual([{ id: "quyTac1", kind: "sum", total: "nhan", parts: ["xong", "dang"], severity: "error" }]);
    const atMost = addRule(sum.form, { kind: "atMost", small: "xong", big: "nhan" });
    expect(atMost.ok && atMost.form.rules[1]).toEqual({ id: "quyTac2", kind: "atMost", small: "xong", big: "nhan", severity: "error" });
    expect(atMost.ok && atMost.definition.rules[1]).toMatchObject({ small: "bcdc:xong", big: "bcdc:nhan" });
  });

  it("makes P = A / B a computed percentage", () => {
    const result = addRule(form, { kind: "percent", result: "tyLe", part: "xong", whole: "nhan" });
    expect(result.ok && result.form.fields[3]?.formula).toEqual({ op: "percentOf", part: "xong", whole: "nhan" });
    expect(result.ok && result.definition.computeOrder.map((f) => f.id)).toEqual(["bcdc:tyLe"]);
  });

  it.each([
    [{ kind: "sum", total: "nhan", parts: ["xong"] }, "Hãy chọn số tổng và ít nhất hai số cộng lại."],
    [{ kind: "sum", total: "nhan", parts: ["nhan", "xong"] }, "Mỗi số liệu chỉ được chọn một lần trong một quy tắc."],
    [{ kind: "atMost", small: "khong", big: "nhan" }, "Không có số liệu «khong» trong mẫu."],
    [{ kind: "atMost", small: "ten", big: "nhan" }, "«Tên xã» không phải một số nên không cộng, so sánh được."],
    [{ kind: "percent", result: "dang", part: "xong", whole: "nhan" }, "«Đang giải quyết» không phải tỷ lệ phần trăm: hãy đánh dấu nó với loại «Tỷ lệ %»."],
    [{ kind: "percent", result: "tyLe", part: "tyLe2", whole: "nhan" }, "Không có số liệu «tyLe2» trong mẫu."],
  ] as const)("refuses %j in Vietnamese, the form unchanged", (draft, message) => {
    const before = JSON.stringify(form);
    expect(addRule(form, draft as never)).toEqual({ ok: false, problems: [message] });
    expect(JSON.stringify(form)).toBe(before);
  });

  it("refuses a percentage already computed", () => {
    const once = addRule(form, { kind: "percent", result: "tyLe", part: "xong", whole: "nhan" });
    if (!once.ok) throw new Error("first");
    expect(addRule(once.form, { kind: "percent", result: "tyLe", part: "dang", whole: "nhan" })).toEqual({ ok: false, problems: ["«Tỷ lệ đã giải quyết» đã được tính từ số khác."] });
  });
});

describe("ruleNow: does the rule hold with the figures now?", () => {
  it("sums: the seed's own error (7.613 + 15 + 109 ≠ 7.766)", () => {
    const f = tinyForm([
      { id: "a", label: "A", kind: "count", section: "I" },
      { id: "b", label: "B", kind: "count", section: "I" },
      { id: "c", label: "C", kind: "count", section: "I" },
      { id: "d", label: "D", kind: "count", section: "I" },
    ]);
    const draft: RuleDraft = { kind: "sum", total: "a", parts: ["b", "c", "d"] };
    expect(ruleNow(f, draft, values({ a: 7766, b: 7613, c: 15, d: 109 }), none)).toEqual({ state: "fails", text: "Chưa đúng: 7.613 + 15 + 109 = 7.737, khác 7.766 (chênh 29)." });
    expect(ruleNow(f, draft, values({ a: 7737, b: 7613, c: 15, d: 109 }), none)).toEqual({ state: "holds", text: "Đúng với số liệu hiện có: 7.737 = 7.613 + 15 + 109." });
    expect(ruleNow(f, draft, values({ a: 7737, b: 7613 }), none)).toEqual({ state: "incomplete", text: "Chưa kiểm được: chưa có số «C», «D»." });
  });

  it("at most", () => {
    const draft = { kind: "atMost", small: "xong", big: "nhan" } as const;
    expect(ruleNow(form, draft, values({ xong: 56, nhan: 55 }), none)).toEqual({ state: "fails", text: "Chưa đúng: 56 lớn hơn 55." });
    expect(ruleNow(form, draft, values({ xong: 5, nhan: 55 }), none)).toEqual({ state: "holds", text: "Đúng với số liệu hiện có: 05 ≤ 55." });
  });

  it("percentages: against what the document shows (960 / 9.780 is 9,82%, not 9,7%)", () => {
    const draft = { kind: "percent", result: "tyLe", part: "dang", whole: "nhan" } as const;
    const shown = (tag: string) => (tag === "bcdc:tyLe" ? 9.7 : undefined);
    expect(ruleNow(form, draft, values({ dang: 960, nhan: 9780 }), shown)).toEqual({
      state: "fails",
      text: "Văn bản đang ghi 9,70%, nhưng 960 / 9.780 = 9,82%; «Cập nhật văn bản» sẽ ghi số đúng.",
    });
    expect(ruleNow(form, draft, values({ dang: 960, nhan: 9780, tyLe: 9.82 }), none).state).toBe("holds");
    expect(ruleNow(form, draft, values({ dang: 960, nhan: 9780 }), none)).toEqual({ state: "holds", text: "Sẽ tính: 960 / 9.780 = 9,82%." });
    expect(ruleNow(form, draft, values({ dang: 960, nhan: 0 }), none)).toEqual({ state: "incomplete", text: "Chưa tính được: «Tiếp nhận» bằng 0." });
  });
});
