/**
 * A department's desk at the province's centre written in the passive, «hồ sơ … của Sở được tiếp nhận tại Trung tâm
 * Phục vụ hành chính công tỉnh»: «được» before the act says what the active phrase says (meaning/deskAtCentre.ts), so
 * the figures are the department's own desk's. Without the body («hồ sơ được tiếp nhận tại Trung tâm …») or with
 * another verb than receiving or settling, no desk is named. A Lào Cai clerk's words.
 */
import { deskAtCentre } from "../../../src/domain/import/meaning/deskAtCentre";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";
import { boundValue, byLabel } from "../../support/recognized";

const CENTRE = ["phục vụ hành chính công", "pvhcc", "hành chính công"];
const DOC = (line: string) =>
  ["UBND TỈNH LÀO CAI", "SỞ Y TẾ", "", "BÁO CÁO", "Kết quả thực hiện dân chủ ở cơ sở quý III năm 2026", "", "II. KẾT QUẢ", "3. Cải cách hành chính", line, ""].join("\n");
const read = (line: string) => recognizeFigures(DOC(line), REPORT);
const DESK = byLabel("Hồ sơ tiếp nhận (một cửa Văn phòng)");
const CENTRE_RECEIVED = byLabel("Hồ sơ tiếp nhận (Trung tâm PVHCC)");

describe("a department's desk at the centre, written in the passive", () => {
  it("finds «<the body> được tiếp nhận tại <the centre>»", () => {
    expect(deskAtCentre("hồ sơ tthc của sở được tiếp nhận tại trung tâm phục vụ hành chính công tỉnh", "sở y tế", CENTRE)).toEqual([
      "sở được tiếp nhận tại trung tâm phục vụ hành chính công",
    ]);
  });

  it("near-match: «được» before another verb («được cử làm việc tại …») names no desk", () => {
    expect(deskAtCentre("công chức của sở được cử làm việc tại trung tâm phục vụ hành chính công tỉnh", "sở y tế", CENTRE)).toEqual([]);
  });

  it("binds the department's received files to its own desk", () => {
    const line = "Hồ sơ thủ tục hành chính của Sở được tiếp nhận tại Trung tâm Phục vụ hành chính công tỉnh: tiếp nhận 520 hồ sơ; đã giải quyết 505 hồ sơ; đang giải quyết 15 hồ sơ.";
    const r = read(line);
    expect(boundValue(r.get(DESK.id))).toBe("520");
    expect(boundValue(r.get(CENTRE_RECEIVED.id))).toBeNull();
  });

  it("near-match: the files received at the centre with no body named stay the clerk's to place", () => {
    const line = "Hồ sơ thủ tục hành chính được tiếp nhận tại Trung tâm Phục vụ hành chính công tỉnh: tiếp nhận 520 hồ sơ; đã giải quyết 505 hồ sơ; đang giải quyết 15 hồ sơ.";
    const r = read(line);
    expect(boundValue(r.get(DESK.id))).toBeNull();
    expect(boundValue(r.get(CENTRE_RECEIVED.id))).toBeNull();
  });
});
