/**
 * «Không bắt buộc»: which figures a report owes and which it may leave out (domain/optional.ts), how a form marks
 * them (schema, semantics, definition), and what a roll-over asks the clerk to confirm.
 */
import { checkForm } from "../../src/domain/form/parseForm";
import { definitionFromForm } from "../../src/domain/form/toDefinition";
import type { FormField, ReportForm } from "../../src/domain/form/types";
import { rollOver } from "../../src/domain/import/rollOver";
import { missingFigures } from "../../src/domain/optional";
import { tinyForm } from "../support/forms";

const count = (id: string, extra: Partial<FormField> = {}): FormField => ({ id, label: `Số ${id}`, kind: "count", section: "I", ...extra });

/** Section I required; section II («Tiếp thường xuyên») optional as a whole; a lone optional figure in I. */
function form(extra: Partial<ReportForm> = {}): ReportForm {
  return tinyForm(
    [
      count("luot"),
      count("nguoi"),
      count("doan", { optional: true }),
      count("txLuot", { section: "II" }),
      count("txNguoi", { section: "II" }),
      { id: "tong", label: "Tổng", kind: "count", section: "II", formula: { op: "sum", of: ["txLuot", "txNguoi"] } },
    ],
    [],
    {
      formatVersion: 2,
      sections: [
        { id: "I", number: "I", title: "Lãnh đạo tiếp", subsections: [{ id: "I", number: "I", title: "Lãnh đạo tiếp" }] },
        { id: "II", number: "II", title: "Tiếp thường xuyên", optional: true, subsections: [{ id: "II", number: "II", title: "Tiếp thường xuyên" }] },
      ],
      ...extra,
    },
  );
}

const ids = (fields: { id: string }[]) => fields.map((f) => f.id);

describe("missingFigures", () => {
  const report = definitionFromForm(form());
  const given = (...figures: string[]) => (id: string) => figures.includes(id.replace("bcdc:", ""));

  it("gives each optional typed figure its group: the marked section's, else its own; computed figures none", () => {
    expect(report.byId.get("bcdc:txLuot")?.optionalGroup).toBe("§II");
    expect(report.byId.get("bcdc:txNguoi")?.optionalGroup).toBe("§II");
    expect(report.byId.get("bcdc:doan")?.optionalGroup).toBe("doan");
    expect(report.byId.get("bcdc:luot")?.optionalGroup).toBeUndefined();
    expect(report.byId.get("bcdc:tong")?.optionalGroup).toBeUndefined();
  });

  it("leaves out a group the report does not state at all, and owes the required figures", () => {
    const missing = missingFigures(report, given("luot"));
    expect(ids(missing.owed)).toEqual(["bcdc:nguoi"]);
    expect(ids(missing.leftOut)).toEqual(["bcdc:doan", "bcdc:txLuot", "bcdc:txNguoi"]);
  });

  it("owes the rest of an optional section once one of its figures is stated (a half-stated section is a gap)", () => {
    const missing = missingFigures(report, given("luot", "nguoi", "txLuot"));
    expect(ids(missing.owed)).toEqual(["bcdc:txNguoi"]);
    expect(ids(missing.leftOut)).toEqual(["bcdc:doan"]);
  });

  it("owes a figure the report seems to state without a value taken (unclear)", () => {
    const missing = missingFigures(report, given("luot", "nguoi"), given("luot", "nguoi", "txNguoi"));
    expect(ids(missing.owed)).toEqual(["bcdc:txLuot", "bcdc:txNguoi"]);
    expect(ids(missing.leftOut)).toEqual(["bcdc:doan"]);
  });

  it("has nothing missing when everything is given", () => {
    expect(missingFigures(report, () => true)).toEqual({ owed: [], leftOut: [] });
  });
});

describe("the «optional» mark in a form file", () => {
  const problems = (value: unknown) => {
    const result = checkForm(value);
    return result.ok ? [] : result.problems.map((p) => `${p.path}: ${p.message}`);
  };

  it("is accepted on fields and sections of a format-2 form", () => {
    expect(problems(form())).toEqual([]);
  });

  it("needs format version 2, so an add-in reading only 1 says «update» instead of «broken»", () => {
    expect(problems(form({ formatVersion: 1 }))).toEqual(['/formatVersion: mẫu có dấu «không bắt buộc» ("optional") nên cần "formatVersion": 2']);
    expect(problems(tinyForm([count("a")]))).toEqual([]);
  });

  it("is refused on a computed figure, and when it is not true or false", () => {
    const computed = form();
    computed.fields[5] = { ...computed.fields[5]!, optional: true };
    expect(problems(computed)).toEqual(["/fields/5/optional: «Tổng» được tính từ số liệu khác, không nhập tay: hãy đánh dấu «không bắt buộc» các số liệu nó được tính từ"]);
    const worded = form() as unknown as { fields: Record<string, unknown>[] };
    worded.fields[0]!["optional"] = "có";
    expect(problems(worded)).toEqual([expect.stringMatching(/^\/fields\/0\/optional: /)]);
  });

  it("false is the same as no mark", () => {
    const cleared = form({ sections: form().sections.map((s) => ({ ...s, optional: false })) });
    expect(definitionFromForm(cleared).byId.get("bcdc:txLuot")?.optionalGroup).toBeUndefined();
  });
});

describe("rolling over a report with optional figures", () => {
  it("asks to confirm an optional figure that has a value, not one left empty (it carries no draft)", () => {
    const report = definitionFromForm(form());
    const result = rollOver({ period: { quarter: 1, year: 2026 }, figures: { "bcdc:luot": "3", "bcdc:nguoi": "4", "bcdc:txLuot": "5" } }, report);
    expect(result.unconfirmed).toEqual(["bcdc:luot", "bcdc:nguoi", "bcdc:txLuot"]);
  });
});
