/**
 * A long sentence is read from a window of its last 400 characters; when the window opens between a count and the
 * «từ» of where its people came from («… 03 công chức | từ Văn phòng HĐND và UBND các huyện …»), the origin is still
 * read as one, so its level says nothing of the figures after it (vetoText.isOtherLevel). Other clerks' sentences
 * than the held-out report that showed it (1401).
 */
import { isOtherLevel } from "../../../src/domain/import/meaning/vetoText";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";
import { shown } from "../../support/recognitionShown";

const HEAD = "UBND TỈNH BẾN TRE\nVĂN PHÒNG\n\nBÁO CÁO\nKết quả thực hiện dân chủ quý IV năm 2025\n\nIII. THỰC HIỆN DÂN CHỦ\n";
const ANY = { total: false, levels: [] };
const LONG = "Trong quý, Văn phòng tiếp nhận 03 công chức từ Văn phòng HĐND và UBND các huyện sau khi kết thúc hoạt động cấp huyện, bổ nhiệm 01 Trưởng phòng Tổng hợp và 02 Phó Trưởng phòng (01 Phó Trưởng phòng Kinh tế, 01 Phó Trưởng phòng Nội chính), luân chuyển 04 công chức giữa các phòng chuyên môn, nâng lương trước thời hạn cho 05 công chức; Văn phòng duy trì giao ban hằng tuần giữa lãnh đạo Văn phòng với các phòng, đơn vị, trong quý đã tổ chức 13 cuộc giao ban.";

describe("an origin whose count is just outside a long sentence's window", () => {
  it("gives the figures after it no level", () => {
    const at = LONG.indexOf("13 cuộc");
    expect(isOtherLevel(LONG, at, at + 2, 0, ANY)).toBe(false);
  });

  it("near-match: a level the clause names as its own still is", () => {
    const text = LONG.replace("trong quý đã tổ chức", "cấp huyện trong quý đã tổ chức");
    const at = text.indexOf("13 cuộc");
    expect(isOtherLevel(text, at, at + 2, 0, ANY)).toBe(true);
  });

  it("binds the office's meetings", () => {
    const r = recognizeFigures(`${HEAD}${LONG}\n`, REPORT);
    expect(shown(r.get("bcdc:giaoBan.soCuoc"))).toBe("13");
  });
});
