/**
 * Which form a document is on (fix44E): each built-in form's count of figures found in the same text, and the rule
 * that proposes another form only when it clearly finds more.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { betterForm, clearlyBetter, MIN_LEAD } from "../../../src/domain/import/formFit";
import { planBinding } from "../../../src/domain/import/paneBinding";
import { builtInDefinition, REPORT } from "../../support/forms";
import { REFERENCE_TEXT } from "../../fixtures/referenceText";

const MONTHLY_FORM = builtInDefinition("tiep-cong-dan-thang");
const MONTHLY = readFileSync(join(__dirname, "../../fixtures/corpus/second-form/1096-lam-dong-tcd-2026-05-dien-van-gach-viet-tat.txt"), "utf8");
const found = (text: string, report = REPORT, controls: { tag: string }[] = []) => planBinding({ paragraphs: text.split("\n"), controls }, report).found;

describe("clearlyBetter", () => {
  it.each([
    [MIN_LEAD, 0, true],
    [MIN_LEAD - 1, 0, false],
    [18, 9, true],
    [17, 9, false],
    [12, 6, true],
    [11, 6, false],
    [3, 3, false],
    [0, 61, false],
  ])("%i found against %i in use: %s", (other, current, expected) => {
    expect(clearlyBetter(other, current)).toBe(expected);
  });
});

describe("betterForm", () => {
  it("names the candidate that finds most, the first of a tie, none when none clearly fits better", () => {
    expect(betterForm(0, [{ form: "a", found: 7 }, { form: "b", found: 9 }, { form: "c", found: 9 }])).toEqual({ form: "b", found: 9 });
    expect(betterForm(8, [{ form: "a", found: 15 }])).toBeNull();
    expect(betterForm(0, [])).toBeNull();
  });
});

describe("BindingPlan.found on the shipped forms", () => {
  it("the 1096 monthly report: the monthly form finds its figures, the quarterly none", () => {
    expect(found(MONTHLY, REPORT)).toBe(0);
    expect(found(MONTHLY, MONTHLY_FORM)).toBeGreaterThanOrEqual(17);
    expect(betterForm(found(MONTHLY, REPORT), [{ form: MONTHLY_FORM.id, found: found(MONTHLY, MONTHLY_FORM) }])?.form).toBe(MONTHLY_FORM.id);
  });

  it("the reference report: the quarterly form fits, the monthly is not proposed", () => {
    expect(found(REFERENCE_TEXT, REPORT)).toBeGreaterThan(50);
    expect(betterForm(found(REFERENCE_TEXT, REPORT), [{ form: MONTHLY_FORM.id, found: found(REFERENCE_TEXT, MONTHLY_FORM) }])).toBeNull();
  });

  it("counts a field that already has a control as found", () => {
    const tag = MONTHLY_FORM.fields.find((f) => !f.formula)!.id;
    expect(found("Không có số liệu.", MONTHLY_FORM, [{ tag }])).toBe(1);
  });
});
