/** «Không bắt buộc» set and cleared in «Thiết kế mẫu» (authoring/optional.ts): checked whole, format version following. */
import { setOptional } from "../../../src/domain/form/authoring";
import { parseFormText } from "../../../src/domain/form/parseForm";
import type { ReportForm } from "../../../src/domain/form/types";
import { builtInForm, tinyForm } from "../../support/forms";

const base = (): ReportForm =>
  tinyForm([
    { id: "tiepNhan", label: "Hồ sơ tiếp nhận", kind: "count", section: "I" },
    { id: "daGiaiQuyet", label: "Hồ sơ đã giải quyết", kind: "count", section: "I" },
    { id: "tyLe", label: "Tỷ lệ đã giải quyết", kind: "percent", section: "I", formula: { op: "percentOf", part: "daGiaiQuyet", whole: "tiepNhan" } },
  ]);

function edited(form: ReportForm, ...args: Parameters<typeof setOptional> extends [ReportForm, ...infer R] ? R : never): ReportForm {
  const result = setOptional(form, ...args);
  if (!result.ok) throw new Error(result.problems.join());
  return result.form;
}

describe("setOptional", () => {
  it("marks a field, raising the format to 2, and survives a save to a .json file and its reading back", () => {
    const form = base();
    const before = JSON.stringify(form);
    const marked = edited(form, { field: "daGiaiQuyet" }, true);
    expect(JSON.stringify(form)).toBe(before);
    expect(marked.formatVersion).toBe(2);
    expect(marked.fields[1]).toEqual({ id: "daGiaiQuyet", label: "Hồ sơ đã giải quyết", kind: "count", section: "I", optional: true });
    const read = parseFormText(`${JSON.stringify(marked, null, 2)}\n`);
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    expect(read.form).toEqual(marked);
    expect(read.definition.byId.get("bcdc:daGiaiQuyet")?.optionalGroup).toBe("daGiaiQuyet");
    expect(read.definition.byId.get("bcdc:tiepNhan")?.optionalGroup).toBeUndefined();
  });

  it("clears the mark without leaving `optional: false`, and the last one cleared brings the format back to 1", () => {
    const twice = edited(edited(base(), { field: "daGiaiQuyet" }, true), { section: "I" }, true);
    expect(twice.sections[0]!.optional).toBe(true);
    const one = edited(twice, { field: "daGiaiQuyet" }, false);
    expect(one.fields[1]).not.toHaveProperty("optional");
    expect(one.formatVersion).toBe(2);
    const none = edited(one, { section: "I" }, false);
    expect(none.sections[0]).not.toHaveProperty("optional");
    expect(none.formatVersion).toBe(1);
    expect(JSON.stringify(none)).toBe(JSON.stringify(base()));
  });

  it("marks a whole section: its typed figures become one group", () => {
    const marked = edited(base(), { section: "I" }, true);
    const read = parseFormText(JSON.stringify(marked));
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    expect(read.definition.fields.map((f) => f.optionalGroup)).toEqual(["§I", "§I", undefined]);
  });

  it("refuses a computed figure and unknown targets, naming them", () => {
    const refusal = (result: ReturnType<typeof setOptional>) => (result.ok ? [] : result.problems);
    expect(refusal(setOptional(base(), { field: "tyLe" }, true))).toEqual([
      "«Tỷ lệ đã giải quyết» được tính từ số liệu khác: hãy đánh dấu «không bắt buộc» các số liệu nó được tính từ.",
    ]);
    expect(refusal(setOptional(base(), { field: "khongCo" }, true))).toEqual(["Không có số liệu «khongCo» trong mẫu."]);
    expect(refusal(setOptional(base(), { section: "IX" }, true))).toEqual(["Không có mục «IX» trong mẫu."]);
  });

  it("clears the monthly form's reception-board section and sets it again", () => {
    const monthly = builtInForm("tiep-cong-dan-thang");
    const cleared = edited(monthly, { section: "7" }, false);
    expect(cleared.formatVersion).toBe(1);
    expect(edited(cleared, { section: "7" }, true)).toEqual(monthly);
  });
});
