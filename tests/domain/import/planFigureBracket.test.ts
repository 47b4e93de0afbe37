/**
 * The plan's figure in a bracket right after «kế hoạch năm» / «kế hoạch quý» (meaning/vetoTarget.ts PLAN_LABEL):
 * «tổ chức 12 cuộc họp giao ban, bằng 25% kế hoạch năm (48 cuộc)» did 12; the 48 is what the year aims at.
 */
import { isTarget } from "../../../src/domain/import/meaning/vetoTarget";

function target(sentence: string, number: string): boolean {
  return isTarget(sentence, sentence.indexOf(number));
}

describe("a plan's figure in the bracket after «kế hoạch năm»", () => {
  it("is a target, and the figure done before it is not", () => {
    const s = "Trong quý tổ chức 12 cuộc họp giao ban, bằng 25% kế hoạch năm (48 cuộc).";
    expect(target(s, "48")).toBe(true);
    expect(target(s, "12")).toBe(false);
    expect(target("Đã kiểm tra 03 đơn vị, đạt 50% kế hoạch quý III (06 đơn vị).", "06")).toBe(true);
  });

  it("near-miss: a bracket after a plan's number or name is no plan figure", () => {
    expect(target("Văn phòng ban hành kế hoạch (Kế hoạch số 12) và tổ chức 05 cuộc.", "05")).toBe(false);
    expect(target("Triển khai kế hoạch năm 2026, trong quý tổ chức (12 cuộc).", "12")).toBe(false);
  });
});
