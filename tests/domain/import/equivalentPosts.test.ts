/**
 * A post counted «và tương đương» counts that rank across every room: never one named room's figure, whatever rooms
 * its bracket then names (meaning/equivalentPosts.ts). A commune clerk's words of our own.
 */
import { countsWithEquivalents } from "../../../src/domain/import/meaning/equivalentPosts";
import { REPORT } from "../../support/forms";
import { boundByLabel } from "../../support/recognized";

const at = (text: string, n: string) => countsWithEquivalents(text, text.indexOf(n) + n.length);

describe("a post counted with its equivalents", () => {
  it("«04 Phó Trưởng phòng và tương đương», «03 Trưởng phòng và chức vụ tương đương»", () => {
    expect(at("Bổ nhiệm 04 Phó Trưởng phòng và tương đương (01 Phó Chánh Văn phòng)", "04")).toBe(true);
    expect(at("Bổ nhiệm 03 Trưởng phòng và chức vụ tương đương", "03")).toBe(true);
  });

  it("not a post of one room, nor a count with no «tương đương»", () => {
    expect(at("Bổ nhiệm 02 Phó Trưởng phòng Kinh tế", "02")).toBe(false);
    expect(at("Bổ nhiệm 04 Phó Trưởng phòng (01 Phó Chánh Văn phòng)", "04")).toBe(false);
  });

  it("a room's deputies are not the total of the rank with its equivalents", () => {
    const value = boundByLabel(
      "III. THỰC HIỆN DÂN CHỦ TRONG HOẠT ĐỘNG CỦA CƠ QUAN\n1. Việc sử dụng, điều động, bổ nhiệm cán bộ, công chức\n- Bổ nhiệm: Bổ nhiệm 03 Trưởng phòng và tương đương (Chánh Văn phòng HĐND và UBND, Trưởng phòng Kinh tế, Trưởng phòng Văn hóa - Xã hội); 04 Phó Trưởng phòng và tương đương (01 Phó Chánh Văn phòng, 02 Phó Trưởng phòng Kinh tế, 01 Phó Trưởng phòng Văn hóa - Xã hội).\n",
      REPORT,
    );
    expect(value("Bổ nhiệm Phó Trưởng phòng Tổng hợp - Kinh tế")).not.toBe("04");
  });
});
