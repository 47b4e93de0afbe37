/**
 * Letters about the body's own staff (ownStaffLetters.ts): where the document states whether there were letters,
 * complaints or denunciations against its staff, a count of petitions or citizens' letters beside it is not the
 * figure; a document that says nothing of its staff keeps its count. A clerk's sentences, not the corpus's.
 */
import { citizensMatterLetters, countsOwnStaffLetters, lettersBesideStaffStatement, ownStaffStatements } from "../../../src/domain/import/meaning/ownStaffLetters";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { boundValue, byLabel } from "../../support/recognized";
import { REPORT } from "../../support/forms";

const beside = (text: string, n: string, reported: string | null = "văn phòng") => {
  const start = text.indexOf(n);
  return lettersBesideStaffStatement(text, start, start + n.length, ownStaffStatements(text, reported));
};

describe("lettersBesideStaffStatement", () => {
  it("a count of other letters beside a statement about the own staff", () => {
    expect(beside("Văn phòng nhận 04 đơn thư của công dân. Không có đơn khiếu nại, tố cáo đối với cán bộ, công chức của Văn phòng.", "04")).toBe(true);
    expect(beside("Sở nhận 07 đơn kiến nghị; không có đơn thư tố cáo công chức, viên chức của Sở.", "07", "sở xây dựng")).toBe(true);
  });
  it("near-match: no statement about the staff, another body's staff, the statement's own count, a zero", () => {
    expect(beside("Văn phòng nhận 04 đơn thư của công dân, không có đơn khiếu nại, tố cáo.", "04")).toBe(false);
    expect(beside("Văn phòng nhận 04 đơn thư tố cáo cán bộ địa chính xã.", "04")).toBe(false);
    expect(beside("Văn phòng nhận 04 đơn thư; có 02 đơn tố cáo đối với công chức của Văn phòng.", "02")).toBe(false);
    expect(beside("Đơn thư khiếu nại, tố cáo đối với công chức của Văn phòng: 03 đơn.", "03")).toBe(false);
    expect(beside("Tiếp nhận 0 đơn; không có đơn khiếu nại, tố cáo đối với công chức của Văn phòng.", "0")).toBe(false);
  });
  it("a statement may count the staff's letters as «đơn phản ánh»: the sector's complaints beside it are not the figure", () => {
    const text = "Sở nhận 02 đơn phản ánh liên quan đến công chức của Sở, đã giải quyết. Trong quý, Sở tiếp nhận 57 đơn khiếu nại, tranh chấp về đất đai của công dân.";
    expect(beside(text, "57", "sở nông nghiệp và môi trường")).toBe(true);
    expect(beside(text, "02", "sở nông nghiệp và môi trường")).toBe(false);
    // Near-match: citizens' feedback naming no staff of the body is no statement, and leaves the count alone.
    const citizens = "Sở nhận 02 đơn phản ánh của công dân về thủ tục đất đai. Trong quý, Sở tiếp nhận 57 đơn khiếu nại về đất đai.";
    expect(beside(citizens, "57", "sở nông nghiệp và môi trường")).toBe(false);
  });
  it("asked only of a field counting letters about the staff", () => {
    expect(countsOwnStaffLetters("Đơn thư, khiếu nại, tố cáo đối với cán bộ, công chức trực thuộc Văn phòng")).toBe(true);
    expect(countsOwnStaffLetters("Đơn thư khiếu nại của công dân")).toBe(false);
    expect(countsOwnStaffLetters(undefined)).toBe(false);
  });
});

it("in a report, the stated «không có» about the staff is the figure, not the citizens' letters beside it", () => {
  const text = [
    "UBND TỈNH AN PHÚ",
    "VĂN PHÒNG",
    "",
    "III. THỰC HIỆN DÂN CHỦ TRONG HOẠT ĐỘNG CỦA CƠ QUAN",
    "4. Đơn thư: Văn phòng nhận được 04 đơn thư của công dân, đã chuyển cơ quan có thẩm quyền; không có đơn khiếu nại, tố cáo đối với cán bộ, công chức của Văn phòng.",
  ].join("\n");
  const field = byLabel("Đơn thư, khiếu nại, tố cáo nhận được").id;
  expect(boundValue(recognizeFigures(text, REPORT).get(field))).not.toBe("04");
  const silent = text.replace("; không có đơn khiếu nại, tố cáo đối với cán bộ, công chức của Văn phòng", "");
  expect(boundValue(recognizeFigures(silent, REPORT).get(field))).toBe("04");
});

describe("citizensMatterLetters", () => {
  const about = (text: string, n: string) => {
    const start = text.indexOf(n);
    return citizensMatterLetters(text, start, start + n.length);
  };
  it("letters whose own words or bracket say they are about land: the citizens' matter", () => {
    expect(about("Khiếu nại, tố cáo: tiếp nhận 04 đơn (trong đó 03 đơn về đất đai), đã giải quyết 02 đơn.", "04")).toBe(true);
    expect(about("Đơn thư: nhận 13 đơn (10 đơn tranh chấp đất đai, 03 đơn kiến nghị), đã hòa giải thành 06 vụ.", "13")).toBe(true);
    expect(about("Sở tiếp nhận 57 đơn khiếu nại lĩnh vực đất đai.", "57")).toBe(true);
    // A «;» inside quotes ends no clause (numberClause.ts): the quoted matter is the letters'.
    expect(about("Tiếp nhận 04 đơn “khiếu nại; tranh chấp về đất đai” của công dân.", "04")).toBe(true);
  });
  it("near-match: a land dossier the body's desk handled, letters of no such matter, a matter in another clause, a count of something else", () => {
    expect(about("Văn phòng nhận được 01 đơn kiến nghị liên quan đến việc giải quyết hồ sơ đất đai tại Trung tâm.", "01")).toBe(false);
    expect(about("Khiếu nại, tố cáo: tiếp nhận 04 đơn (trong đó 03 đơn kiến nghị), đã giải quyết 02 đơn.", "04")).toBe(false);
    expect(about("Văn phòng nhận 01 đơn phản ánh thái độ của công chức; Ban Tiếp công dân nhận 38 đơn về đất đai.", "01")).toBe(false);
    expect(about("Tiếp 12 lượt công dân về đất đai.", "12")).toBe(false);
  });
});

it("in a ward's report, its citizens' land complaints are left to the clerk; letters of no such matter still bind", () => {
  const text = (bracket: string) =>
    ["UBND PHƯỜNG AN PHÚ", "BÁO CÁO", "Kết quả thực hiện dân chủ ở cơ sở, cải cách hành chính quý IV năm 2025", "II. Thực hiện dân chủ", `- Khiếu nại, tố cáo: tiếp nhận 04 đơn (${bracket}), đã giải quyết 02 đơn.`].join("\n");
  const field = byLabel("Đơn thư, khiếu nại, tố cáo nhận được").id;
  expect(boundValue(recognizeFigures(text("trong đó 03 đơn về đất đai"), REPORT).get(field))).toBeNull();
  expect(boundValue(recognizeFigures(text("trong đó 03 đơn kiến nghị"), REPORT).get(field))).toBe("04");
});
