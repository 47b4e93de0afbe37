/**
 * Notes typed after a report's body (meaning/endNotes.ts): the mark glued in the body («đạt 95,31%(8);») is no
 * figure, and the note's figures are read where the mark is — its sentence's place and headings, not the next
 * period's tasks the notes happen to follow. Lines «(1) …» with no glued mark above them are no notes.
 */
import { endNotes, markLead, markOf } from "../../../src/domain/import/meaning/endNotes";
import { inTasksPart } from "../../../src/domain/import/meaning/planPlaces";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";

const REPORT_TEXT = [
  "III. THỰC HIỆN DÂN CHỦ TRONG HOẠT ĐỘNG CỦA CƠ QUAN",
  "Văn phòng duy trì giao ban; trong quý tổ chức 12 cuộc giao ban(1).",
  "Bộ phận một cửa Văn phòng tiếp nhận 64 hồ sơ; đã giải quyết 61 hồ sơ, đạt 95,31%(2); đang giải quyết 03 hồ sơ.",
  "IV. NHIỆM VỤ TRỌNG TÂM QUÝ II NĂM 2025",
  "Tiếp tục thực hiện nghiêm Quy chế dân chủ trong hoạt động của cơ quan.",
  "Văn phòng UBND tỉnh trân trọng báo cáo./.",
  "_______________",
  "(1) Gồm giao ban tuần và giao ban tháng.",
  "(2) Trong đó trả trước hạn 09 hồ sơ, chiếm 14,75%; trả đúng hạn 52 hồ sơ, chiếm 85,25%.",
].join("\n");

describe("notes typed after the body", () => {
  it("finds each note with its mark above it, and reads its figures where the mark is", () => {
    const notes = endNotes(REPORT_TEXT);
    expect(notes.map((n) => REPORT_TEXT.slice(n.mark, n.mark + 3))).toEqual(["(1)", "(2)"]);
    const nine = REPORT_TEXT.indexOf("09 hồ sơ");
    expect(markOf(notes, nine)).toBe(REPORT_TEXT.indexOf("(2)"));
    expect(markLead(REPORT_TEXT, notes, nine)).toBe("Bộ phận một cửa Văn phòng tiếp nhận ");
    expect(inTasksPart(REPORT_TEXT, nine)).toBe(false);
    expect(markOf(notes, REPORT_TEXT.indexOf("64 hồ sơ"))).toBeNull();
  });

  it("keeps a note marked in the next period's tasks there, and the tasks end at the rule under the body", () => {
    const planned = REPORT_TEXT.replace("hoạt động của cơ quan.", "hoạt động của cơ quan; kiểm tra 02 đơn vị(3).") + "\n(3) Gồm 02 phòng chuyên môn.";
    expect(inTasksPart(planned, planned.indexOf("02 phòng"))).toBe(true);
    const remark = `${REPORT_TEXT}\nGhi chú: số liệu tính đến ngày 14/3/2025.`;
    expect(inTasksPart(remark, remark.indexOf("14/3/2025"))).toBe(false);
    expect(inTasksPart(REPORT_TEXT.replace("_______________\n", ""), REPORT_TEXT.replace("_______________\n", "").indexOf("Tiếp tục"))).toBe(true);
  });

  it("never reads a mark as a figure, and binds the note's figures to the place of its mark", () => {
    const r = recognizeFigures(REPORT_TEXT, REPORT);
    const bound = (id: string) => {
      const x = r.get(`bcdc:${id}`);
      return x?.state === "bound" ? x.occurrences.map((o) => o.text).join(" ") : x?.state ?? "-";
    };
    expect(bound("giaoBan.soCuoc")).toBe("12");
    expect(bound("motCuaVp.traSom")).toBe("09");
    expect(bound("motCuaVp.dungHan")).toBe("52");
    expect(bound("hcc.truocHan")).not.toBe("09");
  });

  it("takes a square mark glued to a figure («9.780[1]», Word's footnote after a number) but not a round one («2(3)»)", () => {
    const square = "Trung tâm tiếp nhận 9.780[1] hồ sơ.\n[1] Trong đó 12 hồ sơ trực tuyến.";
    expect(endNotes(square).map((n) => square.slice(n.mark, n.mark + 3))).toEqual(["[1]"]);
    expect(markOf(endNotes(square), square.indexOf("12 hồ sơ"))).toBe(square.indexOf("[1]"));
    const round = "Theo khoản 2(3) của Điều 5, tổ chức 02 hội nghị.\n(3) Gồm 01 hội nghị cấp tỉnh.";
    expect(endNotes(round)).toEqual([]);
  });

  it("takes no numbered list for notes: «(1) …» lines with no mark glued above them, or a mark with a space before it", () => {
    const list = "Nhiệm vụ quý tới:\n(1) Tổ chức 02 hội nghị.\n(2) Kiểm tra 03 đơn vị.";
    expect(endNotes(list)).toEqual([]);
    const spaced = "Theo khoản 2 Điều 5 (1) của Luật, tổ chức 02 hội nghị.\n(1) Gồm 01 hội nghị cấp tỉnh.";
    expect(endNotes(spaced)).toEqual([]);
  });

  it("takes a note's own numbers only: a list inside a note reusing the marks is the note's text", () => {
    const text = "Kế hoạch gồm 03 nhóm nhiệm vụ(1).\n_____\n(1) Gồm: (1) chỉ đạo; (2) kiểm tra; (3) báo cáo.";
    expect(endNotes(text)).toHaveLength(1);
    expect(markOf(endNotes(text), text.indexOf("chỉ đạo"))).toBe(text.indexOf("(1)."));
  });
});
