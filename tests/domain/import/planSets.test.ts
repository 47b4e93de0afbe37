/**
 * A plan that sets what is to be reached (src/domain/import/meaning/planLabel.ts): «Kế hoạch năm đề ra tỷ lệ … đạt
 * 86,71%» is a target, its «đạt» the target's; a result written after the plan's figure («…, đã thực hiện 11 cuộc»)
 * is still a result, and «đạt» with no plan setting it is a result too.
 */
import { planLabelled } from "../../../src/domain/import/meaning/planLabel";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";

const plan = (t: string, figure: string) => planLabelled(t, t.indexOf(figure));

describe("a plan that sets («đề ra») what is to be reached", () => {
  it("makes every number it sets a plan, «đạt» included", () => {
    expect(plan("Kế hoạch năm đề ra tỷ lệ hồ sơ giải quyết đúng hạn đạt 86,71%.", "86,71%")).toBe(true);
    expect(plan("Kế hoạch quý đặt ra tổ chức 13 cuộc giao ban.", "13")).toBe(true);
  });
  it("leaves a result after it, and a result with no plan setting it, a result", () => {
    expect(plan("Kế hoạch năm đề ra 12 cuộc, đã thực hiện 11 cuộc.", "11")).toBe(false);
    expect(plan("Tỷ lệ hồ sơ giải quyết đúng hạn đạt 86,71%.", "86,71%")).toBe(false);
  });
  it("is no share of the desk's on-time files beside them", () => {
    const text = "III.2. Bộ phận một cửa của Văn phòng\nĐã giải quyết: 1.317 hồ sơ; đúng hạn 262 hồ sơ.\nKế hoạch năm đề ra tỷ lệ hồ sơ giải quyết đúng hạn đạt 86,71%.\n";
    expect(recognizeFigures(text, REPORT).get("bcdc:motCuaVp.tyLeDungHan")?.state).not.toBe("bound");
  });
});
