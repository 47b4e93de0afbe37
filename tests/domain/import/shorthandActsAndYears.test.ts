/**
 * Shorthand reports (stop 50's batch): a year written right after a short form names what the short form names
 * («KH KSTTHC 2026», yearsAndRounded.ts); a renewal led by its post before the colon («Bổ nhiệm lại TP: 01»,
 * vetoRenewal.ts); the chairman in shorthand («CT UBND tỉnh») whose dialogue the office serves («VP phục vụ …»,
 * otherHeadsAct.ts); the office's desks named right after it says it has no organisations under it (deniedList.ts); a
 * bare ratio whose whole restates a count of its sentence («37 ý kiến … trả lời 37/37», ratioOfCounted.ts). Both sides
 * of each: where the rule applies and where it must not; the levels in a bracket that breaks down those still
 * studying («đang học 05 (cao cấp 02, trung cấp 03)», studying.ts). A clerk's sentences.
 */
import { deniedBefore, denialOf } from "../../../src/domain/import/meaning/deniedList";
import { listTargets } from "../../../src/domain/import/meaning/listHeads";
import { countsStudying } from "../../../src/domain/import/meaning/studying";
import { heldByOtherHead } from "../../../src/domain/import/meaning/otherHeadsAct";
import { isYear } from "../../../src/domain/import/meaning/yearsAndRounded";
import { renewalForAppointment } from "../../../src/domain/import/meaning/vetoRenewal";
import { findNumbers } from "../../../src/domain/import/numbers";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { boundValue, byLabel } from "../../support/recognized";
import { REPORT } from "../../support/forms";

const HEAD = "VĂN PHÒNG UBND TỈNH\n\nBÁO CÁO\nKết quả thực hiện dân chủ ở cơ sở quý III năm 2026\n";
const read = (text: string, label: string) => boundValue(recognizeFigures(`${HEAD}${text}\n`, REPORT).get(byLabel(label).id));
/** Every place offered for a figure, bound or left for the clerk. */
const places = (text: string, label: string): string[] => {
  const r = recognizeFigures(`${HEAD}${text}\n`, REPORT).get(byLabel(label).id);
  return r?.state === "bound" ? r.occurrences.map((o) => o.input) : r?.state === "ambiguous" ? r.candidates.map((o) => o.input) : [];
};
const yearAt = (text: string, n: string) => {
  const token = findNumbers(text).find((t) => t.start === text.indexOf(n));
  if (!token) throw new Error(n);
  return isYear(token, [], text);
};

describe("a year right after a short form", () => {
  it("dates what the short form names when nothing is counted after it", () => {
    expect(yearAt("ban hành KH KSTTHC 2026 (KH 17/KH-UBND ngày 23/01/2026): 06 nhóm", "2026")).toBe(true);
    expect(yearAt("Luật THDC 2022; NĐ 59/2023/NĐ-CP", "2022")).toBe(true);
  });
  it("near-match: a unit after it, a colon before it, a word in lower case before it", () => {
    expect(yearAt("tiếp nhận HS 2026 hồ sơ", "2026")).toBe(false);
    expect(yearAt("Tiếp nhận HS: 2026.", "2026")).toBe(false);
    expect(yearAt("đã tiếp nhận 2026 hồ sơ", "2026")).toBe(false);
  });
  it("is no count of decisions announcing procedures", () => {
    const text = "III. DÂN CHỦ TRONG HOẠT ĐỘNG\n2. CCHC, TTHC\na) KSTTHC: tham mưu CT UBND phường ban hành KH KSTTHC 2026 (KH 17/KH-UBND ngày 23/01/2026): 06 nhóm, 18 nhiệm vụ.";
    expect(read(text, "Quyết định công bố danh mục TTHC")).toBeNull();
  });
});

describe("a renewal led by its post", () => {
  const HEADS = "Bổ nhiệm Trưởng phòng";
  const renewal = (line: string) => renewalForAppointment(HEADS, "", () => line);
  it("a sentence led by «bổ nhiệm lại» and the post before the colon", () => {
    expect(renewal("- Bổ nhiệm PTP: 02 (Phòng Kinh tế 01). Bổ nhiệm lại TP: ")).toBe(true);
    expect(renewal("- Tái bổ nhiệm Trưởng phòng Tổng hợp: ")).toBe(true);
  });
  it("near-match: an appointment led by its post, a renewal that a number already closed", () => {
    expect(renewal("- Bổ nhiệm TP: ")).toBe(false);
    expect(renewal("- Bổ nhiệm lại 02 PTP; bổ nhiệm TP: ")).toBe(false);
  });
});

describe("the chairman in shorthand holds the dialogue the office serves", () => {
  const held = (sentence: string, n: string) => heldByOtherHead(sentence, 0, sentence.indexOf(n), "văn phòng");
  it("«CT UBND tỉnh», «PCT UBND phường», after «phục vụ»", () => {
    expect(held("Ngày 20/8/2026 VP phục vụ CT UBND tỉnh đối thoại với DN, HTX: 37 ý kiến", "37")).toBe(true);
    expect(held("PCT UBND phường đối thoại với nhân dân, nhận 05 ý kiến", "05")).toBe(true);
  });
  it("near-match: the office head's own dialogue, the chairman advised", () => {
    expect(held("CVP đối thoại với CBCCVC, NLĐ: 04 ý kiến", "04")).toBe(false);
    expect(held("VP trình CT UBND tỉnh ban hành 06 quyết định", "06")).toBe(false);
  });
});

describe("the office's desks after it denies having organisations under it", () => {
  const target = listTargets(REPORT).find((t) => t.list.label === "Các tổ chức trực thuộc")!;
  const denied = (sentence: string) => deniedBefore(sentence, sentence.indexOf("04"), denialOf(target));
  it("the list denied by its own name in the sentence before the heading", () => {
    expect(denied("- VP không có tổ chức trực thuộc; bố trí 04 bộ phận (TH; HĐND; HC-QT; TCD).")).toBe(true);
  });
  it("near-match: another list denied, the denial in an earlier sentence", () => {
    expect(denied("- VP không có đơn vị sự nghiệp trực thuộc; có 04 phòng: A; B; C; D.")).toBe(false);
    expect(denied("VP không có tổ chức trực thuộc. Từ 01/7, VP có 04 phòng: A; B; C; D.")).toBe(false);
  });
  it("binds neither the desks nor their count", () => {
    const text = "I. ĐẶC ĐIỂM\n- VP không có tổ chức trực thuộc; bố trí 04 bộ phận (TH; HĐND; HC-QT; TCD).";
    expect(read(text, "Các tổ chức trực thuộc")).toBeNull();
    expect(read(text, "Số tổ chức trực thuộc")).toBeNull();
  });
});

describe("a bare ratio whose whole restates a count of its sentence", () => {
  it("is of that count's unit: opinions are no heads of a room appointed", () => {
    const text =
      "III. DÂN CHỦ TRONG HOẠT ĐỘNG CỦA VP\n1. Công tác cán bộ\n- Luân chuyển CC giữa các phòng: 04.\n3. Đối thoại: Ngày 20/8/2026 VP phục vụ CT UBND tỉnh đối thoại với DN, HTX: 37 ý kiến, VP tổng hợp, chuyển sở, ngành trả lời 37/37.";
    expect(read(text, "Bổ nhiệm Phó Trưởng phòng Tổng hợp - Kinh tế")).toBeNull();
  });
  it("is of that count's unit: feedback answered is no files returned, not even a place to offer", () => {
    const text = [
      "III. DÂN CHỦ TRONG HOẠT ĐỘNG CỦA VP",
      "2. CCHC, TTHC",
      "a) KSTTHC: tham mưu CT UBND phường ban hành KH KSTTHC năm 2026: 06 nhóm, 18 nhiệm vụ. Quý I xong 05/18.",
      "- PAKN về TTHC (hộp thư góp ý, đường dây nóng, Cổng 1022): VP tiếp nhận, xử lý 09 PAKN; trả lời đúng hạn 09/09.",
      "b) Trung tâm PVHCC phường (15/12/2025 - 14/3/2026):",
      "- Tiếp nhận: 6.842 HS (trực tuyến 5.337 = 78,0%).",
      "- Đã GQ: 6.519 (95,28%); trước hạn 5.904; ĐH 571; rút/trả lại 44.",
    ].join("\n");
    expect(places(text, "Hồ sơ trả đúng hạn")).not.toContain("09");
  });
});

describe("the levels in a bracket breaking down those still studying", () => {
  const LINE = "- Khối QLNN: TS 02; ThS 38; ĐH 41. LLCT: cử nhân 01; cao cấp 27; trung cấp 33; đang học 05 (cao cấp 02, trung cấp 03).";
  const studying = (line: string, n: string) => countsStudying(line, line.indexOf(n), line.indexOf(n) + n.length);
  it("study for the level, they do not hold it", () => {
    expect(studying(LINE, "02,")).toBe(true);
    expect(studying(LINE, "03)")).toBe(true);
  });
  it("near-match: the holders before it, a bracket after another count", () => {
    expect(studying(LINE, "27")).toBe(false);
    expect(studying("LLCT: cao cấp 27 (nữ 02, nam 25); đang học 05.", "02")).toBe(false);
  });
  it("leaves the holders' figures to the holders", () => {
    const text = `I. ĐẶC ĐIỂM\n${LINE}`;
    expect(read(text, "Cao cấp lý luận chính trị")).toBe("27");
  });
});
