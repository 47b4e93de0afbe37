import { rollOver } from "../../../src/domain/import/rollOver";
import { builtInDefinition, REPORT, tinyForm } from "../../support/forms";
import { semanticProblems } from "../../../src/domain/form/semantics";
import { deleteField } from "../../../src/domain/form/authoring/fields";
import { REFERENCE_FIGURES } from "../../fixtures/referenceReport";

describe("rollOver", () => {
  it("advances Q1–Q3 within the year and Q4 to Q1 of the next year", () => {
    expect(rollOver({ period: { quarter: 1, year: 2026 }, figures: {} }, REPORT).period).toEqual({ quarter: 2, year: 2026 });
    expect(rollOver({ period: { quarter: 3, year: 2026 }, figures: {} }, REPORT).period).toEqual({ quarter: 4, year: 2026 });
    expect(rollOver({ period: { quarter: 4, year: 2026 }, figures: {} }, REPORT).period).toEqual({ quarter: 1, year: 2027 });
  });

  it("keeps the figures as a draft and marks every typed figure unconfirmed, no computed one", () => {
    const result = rollOver({ period: { quarter: 1, year: 2026 }, figures: REFERENCE_FIGURES }, REPORT);
    expect(result.figures).toEqual(REFERENCE_FIGURES);
    expect(result.figures).not.toBe(REFERENCE_FIGURES);
    expect([...result.unconfirmed].sort()).toEqual(Object.keys(REFERENCE_FIGURES).sort());
    expect(result.unconfirmed).not.toContain("bcdc:hcc.tyLeDangGiaiQuyet");
    expect(result.unconfirmed).toHaveLength(REPORT.fields.filter((f) => !f.formula).length);
  });

  it("does not change the state it is given", () => {
    const state = { period: { quarter: 4 as const, year: 2026 }, figures: { "bcdc:hcc.tiepNhan": "9.780" } };
    rollOver(state, REPORT);
    expect(state).toEqual({ period: { quarter: 4, year: 2026 }, figures: { "bcdc:hcc.tiepNhan": "9.780" } });
  });
});

describe("rollOver of figures the form carries from the period just ended", () => {
  const MONTHLY = builtInDefinition("tiep-cong-dan-thang");
  const november = { kind: "month" as const, year: 2020, month: 11, quarter: 4 as const };
  const typed = {
    "tcd:tinh.luot": "2",
    "tcd:so.luot": "10",
    "tcd:huyen.luot": "20",
    "tcd:tinh.nguoi": "3",
    "tcd:so.nguoi": "20",
    "tcd:huyen.nguoi": "30",
    "tcd:soSanh.thangTruoc": "10/2020",
    "tcd:soSanh.luotThangTruoc": "26",
    "tcd:soSanh.nguoiThangTruoc": "45",
  };

  it("takes last month's name and its computed totals, and leaves them out of what the clerk must confirm", () => {
    const result = rollOver({ period: november, figures: typed }, MONTHLY);
    expect(result.period).toMatchObject({ kind: "month", year: 2020, month: 12 });
    expect(result.figures["tcd:soSanh.thangTruoc"]).toBe("11/2020");
    expect(result.figures["tcd:soSanh.luotThangTruoc"]).toBe("32");
    expect(result.figures["tcd:soSanh.nguoiThangTruoc"]).toBe("53");
    expect(result.unconfirmed).not.toContain("tcd:soSanh.luotThangTruoc");
    expect(result.unconfirmed).not.toContain("tcd:soSanh.thangTruoc");
    expect(result.unconfirmed).toContain("tcd:tinh.luot");
    expect(result.figures["tcd:tinh.luot"]).toBe("2");
  });

  it("empties a carried figure whose source is empty or wrong, and asks for it", () => {
    const result = rollOver({ period: november, figures: { ...typed, "tcd:tinh.nguoi": "abc" } }, MONTHLY);
    expect(result.figures["tcd:soSanh.nguoiThangTruoc"]).toBeUndefined();
    expect(result.unconfirmed).toContain("tcd:soSanh.nguoiThangTruoc");
    expect(result.figures["tcd:soSanh.luotThangTruoc"]).toBe("32");
  });

  it("names December's predecessor across the year", () => {
    const december = { kind: "month" as const, year: 2020, month: 12, quarter: 4 as const };
    const result = rollOver({ period: december, figures: typed }, MONTHLY);
    expect(result.period).toMatchObject({ year: 2021, month: 1 });
    expect(result.figures["tcd:soSanh.thangTruoc"]).toBe("12/2020");
  });
});

describe("a form's carriedFrom", () => {
  const count = (id: string, extra: object = {}) => ({ id, label: `Số ${id}`, kind: "count" as const, section: "I", ...extra });

  it("is refused naming an unknown field, itself, another kind, or a computed figure", () => {
    const messages = (fields: Parameters<typeof tinyForm>[0]) => semanticProblems(tinyForm(fields)).map((p) => `${p.path}: ${p.message}`);
    expect(messages([count("x", { carriedFrom: "y" })])).toContain('/fields/0/carriedFrom: không có số liệu «y» trong "fields"');
    expect(messages([count("x", { carriedFrom: "x" })])).toContain("/fields/0/carriedFrom: «Số x» không lấy từ chính nó được");
    expect(messages([count("x", { carriedFrom: "period" })])).toContain('/fields/0/carriedFrom: chỉ số liệu dạng chữ ("text") mới lấy được tên kỳ trước');
    expect(messages([count("x"), { id: "t", label: "T", kind: "text", section: "I", carriedFrom: "x" }])).toContain(
      '/fields/1/carriedFrom: «Số x» là số liệu dạng "count", «T» dạng "text": phải cùng dạng',
    );
    expect(messages([count("x"), count("y"), count("s", { formula: { op: "sum", of: ["x", "y"] }, carriedFrom: "x" })])).toContain(
      '/fields/2/carriedFrom: «Số s» đã có cách tính ("formula"): không lấy thêm từ kỳ trước được',
    );
    expect(messages([count("x"), count("y", { carriedFrom: "x" })])).toEqual([]);
  });

  it("is dropped, not left dangling, when the field it names is deleted", () => {
    const edit = deleteField(tinyForm([count("x"), count("y", { carriedFrom: "x" })]), "x");
    expect(edit.ok).toBe(true);
    if (edit.ok) expect(edit.form.fields).toEqual([count("y")]);
  });
});
