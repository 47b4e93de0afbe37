/**
 * Held-out 170's and 174's «Phó Trưởng phòng (Phòng Khoa giáo - Văn xã 01, …)», «Phòng Kinh tế: 04» (candidates.ts
 * namesBody): a label opening with a body's kind and then its name names one room; the count after it counts the
 * person or post its line names (brokenDownUnit), not rooms.
 */
import { scanHeadings } from "../../../src/domain/import/headings";
import { findCandidates } from "../../../src/domain/import/meaning/candidates";
import { findNumbers } from "../../../src/domain/import/numbers";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import type { Recognition } from "../../../src/domain/import/types";
import { REPORT } from "../../support/forms";

const unitOf = (text: string, figure: string) => {
  const at = text.indexOf(figure);
  return findCandidates(text, findNumbers(text), scanHeadings(text), false).find((c) => c.token.start === at)!.unit;
};
const shown = (r: Recognition | undefined) =>
  r?.state === "bound" ? r.occurrences.map((o) => o.input).join(" ") : r?.state === "ambiguous" ? `? ${r.candidates.map((c) => c.text).join(" ")}` : "-";

describe("a room's name before a count is no unit", () => {
  it("reads the person its line counts after «Phòng Kinh tế: 04», «(…, Phòng Nội chính 03)», not rooms", () => {
    expect(unitOf("- Chuyên viên chuyển về phòng mới: 09, gồm Phòng Tổng hợp: 05; Phòng Kinh tế: 04\n", "04")).toBe("chuyên viên");
    expect(unitOf("bổ nhiệm 05 Phó Trưởng phòng (Phòng Khoa giáo - Văn xã 02, Phòng Nội chính 03).", "03)")).toBe("phó trưởng phòng");
    expect(unitOf("Bổ nhiệm Phó Trưởng phòng\t02\tPhòng Tổng hợp 01; Phòng Hành chính 01\n", "01")).toBe("phó trưởng phòng");
  });

  it("near-match: a line naming no person, rooms counted after the number and a post opening the label keep their unit", () => {
    expect(unitOf("- Sắp xếp lại: 09, gồm Phòng Tổng hợp: 05; Phòng Kinh tế: 04\n", "04")).toBe("phòng");
    expect(unitOf("Văn phòng có 07 phòng chuyên môn.", "07")).toBe("phòng");
    expect(unitOf("- Trưởng phòng Tổng hợp: 01\n", "01")).toBe("trưởng phòng");
    expect(unitOf("- phòng họp trực tuyến: 03\n", "03")).toBe("phòng");
  });

  it("binds the deputy heads of a room named in brackets", () => {
    const r = recognizeFigures(
      "III. THỰC HIỆN DÂN CHỦ TRONG HOẠT ĐỘNG CỦA CƠ QUAN\n1. Công tác cán bộ\nb) Bổ nhiệm 01 Trưởng phòng Kinh tế và 03 Phó Trưởng phòng (Phòng Tổng hợp - Kinh tế 02, Phòng Khoa giáo - Văn xã 01).\n",
      REPORT,
    );
    expect(["01", "? 01"]).toContain(shown(r.get("bcdc:boNhiem.phoPhongKGVX")));
    expect(shown(r.get("bcdc:boNhiem.phoPhongTHKT"))).not.toBe("01");
  });
});
