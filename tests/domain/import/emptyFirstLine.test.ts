/**
 * A text that opens with an empty line (a document whose first paragraph is blank): the walk up to a number's
 * heading (vetoPlace.ts scopeBefore, vetoChannel.ts sectorHeading) stops at the text's start. lastIndexOf("\n", -1)
 * finds the first «\n» again, and the walk went round for ever.
 */
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { scopeBefore } from "../../../src/domain/import/meaning/vetoPlace";
import { sectorHeading } from "../../../src/domain/import/meaning/vetoChannel";
import { underReferencePart } from "../../../src/domain/import/meaning/vetoQuoted";
import { REPORT } from "../../support/forms";

const BODY = "3.1. Công tác cán bộ\nSử dụng: 03 viên chức biệt phái.\n";

describe("the walk to a number's heading below an empty first line", () => {
  it("reads the scope back to the text's start, as without the empty line", () => {
    const at = BODY.indexOf("03");
    expect(scopeBefore(`\n${BODY}`, at + 1).trim()).toBe(scopeBefore(BODY, at).trim());
    expect(scopeBefore(`\n\n${BODY}`, at + 2).trim()).toBe(scopeBefore(BODY, at).trim());
  });

  it("finds no sector heading where none is", () => {
    const prose = "Văn phòng đã thực hiện\ntiếp nhận 06 phản ánh.\n";
    expect(sectorHeading(`\n${prose}`, prose.indexOf("06") + 1, "SỞ NỘI VỤ")).toBe(false);
  });

  it("reads a part's heading «(để tham khảo)» back to the text's start, and ends where there is none (stop 27's hang)", () => {
    const part = "III. SỐ LIỆU NGÀNH (để tham khảo)\nTiếp nhận 06 phản ánh.\n";
    expect(underReferencePart(`\n${part}`, part.indexOf("06") + 1)).toBe(true);
    expect(underReferencePart(`\n${BODY}`, BODY.indexOf("03") + 1)).toBe(false);
    expect(underReferencePart("\n\nTiếp nhận 06 phản ánh.", 14)).toBe(false);
  });

  it("recognises the figure below it", () => {
    const r = recognizeFigures(`\n${BODY}`, REPORT).get("bcdc:bienChe.bietPhai");
    const plain = recognizeFigures(BODY, REPORT).get("bcdc:bienChe.bietPhai");
    expect(r?.state).toBe(plain?.state);
  });
});
