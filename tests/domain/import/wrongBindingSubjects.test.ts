/**
 * The traps of held-out 25, 27 and 29, each written again in another clerk's words: a department's own files sent
 * through the provincial centre, figures under a heading restricted to the department's sector, a post named after
 * «đ/c», units listed as places inspected or as winners of an award. Each is refused, and the right figure of the
 * same shape is still bound. The department's own figures under its sector's heading (the feedback it handled) are
 * its own (the corpus's ruling 2): only a named body's (the centre's) are refused there.
 */
import { departmentSubject, sectorHeading } from "../../../src/domain/import/meaning/vetoChannel";
import { otherHeadNoun } from "../../../src/domain/import/meaning/vetoHeadNoun";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import type { FieldDef } from "../../../src/domain/types";
import { REPORT } from "../../support/forms";
import { boundValue, byLabel } from "../../support/recognized";

const CENTRE = ["phục vụ hành chính công", "pvhcc", "hành chính công"];
const DEPARTMENT = "ubnd tỉnh quảng bình\nsở nội vụ\n\nsố: 45/bc-snv\n";
const OFFICE = "ubnd tỉnh quảng bình\nvăn phòng\n\nsố: 45/bc-vp\n";
const at = (text: string, figure: string) => text.indexOf(figure);

function centre(label: string): FieldDef {
  const section = REPORT.sections.find((s) => s.title === "Trung tâm Phục vụ hành chính công tỉnh")!;
  return REPORT.fields.find((f) => f.label === label && f.section === section.id)!;
}

const head = (office: string, code: string) =>
  `UBND TỈNH QUẢNG BÌNH\n${office}\nSố: 45/BC-${code}\nQuảng Bình, ngày 15 tháng 6 năm 2026\n\nBÁO CÁO\nKết quả thực hiện dân chủ ở cơ sở quý II năm 2026\n\n`;

describe("a department's own files, sent through the centre, are not the centre's", () => {
  it.each([
    ["Trong quý, Ngành Nội vụ đã tiếp nhận 1.250 hồ sơ thông qua Trung tâm Phục vụ hành chính công tỉnh.", "1.250"],
    ["Về thủ tục hành chính, Sở tiếp nhận qua Trung tâm PVHCC tỉnh 640 hồ sơ, giải quyết 631 hồ sơ.", "640"],
    ["Sở Nội vụ đã giải quyết 930 hồ sơ tại Trung tâm Phục vụ hành chính công tỉnh.", "930"],
  ])("«%s»", (t, figure) => expect(departmentSubject(t, 0, at(t, figure), CENTRE, DEPARTMENT)).toBe(true));
  it("the centre as subject, and any subject in an office's report, are not refused", () => {
    const own = "Trung tâm Phục vụ hành chính công tỉnh tiếp nhận 9.780 hồ sơ.";
    expect(departmentSubject(own, 0, at(own, "9.780"), CENTRE, DEPARTMENT)).toBe(false);
    const office = "Văn phòng tiếp nhận 81 hồ sơ qua Trung tâm Phục vụ hành chính công tỉnh.";
    expect(departmentSubject(office, 0, at(office, "81"), CENTRE, OFFICE)).toBe(false);
  });
  it("a heading restricting its figures to the department's sector", () => {
    const t = "4. Giải quyết thủ tục hành chính thuộc lĩnh vực quản lý của ngành\nTiếp nhận 820 hồ sơ; đã giải quyết 800 hồ sơ.";
    expect(sectorHeading(t, at(t, "820"), DEPARTMENT)).toBe(true);
    expect(sectorHeading(t, at(t, "820"), OFFICE)).toBe(false);
    const open = "4. Cải cách hành chính\nTiếp nhận 820 hồ sơ; đã giải quyết 800 hồ sơ.";
    expect(sectorHeading(open, at(open, "820"), DEPARTMENT)).toBe(false);
  });
  it("in a department's report: no centre figure is bound; the department's own briefings and feedback are", () => {
    const t = `${head("SỞ NỘI VỤ", "SNV")}II. KẾT QUẢ\n1. Họp giao ban\nTrong quý, Sở tổ chức 13 cuộc họp giao ban.\n2. Cải cách hành chính\nTrong quý, Ngành Nội vụ đã tiếp nhận 1.250 hồ sơ thông qua Trung tâm Phục vụ hành chính công tỉnh; đã giải quyết 1.231 hồ sơ, đạt 98,5%; trễ hạn 03 hồ sơ; đang giải quyết 19 hồ sơ.\n3. Kiểm soát thủ tục hành chính thuộc lĩnh vực của Sở\nTiếp nhận 2.004 hồ sơ; đã giải quyết 1.990 hồ sơ; đang giải quyết 14 hồ sơ; xử lý 05 phản ánh, kiến nghị.\n`;
    const r = recognizeFigures(t, REPORT);
    const section = centre("Hồ sơ đã giải quyết").section;
    const bound = REPORT.fields.filter((f) => f.section === section && r.get(f.id)?.state === "bound");
    expect(bound.map((f) => f.label)).toEqual([]);
    // The feedback it handled in its own sector is its own figure (the corpus's ruling 2; 27's truth, changed by it).
    expect(boundValue(r.get(byLabel("Phản ánh, kiến nghị đã tiếp nhận và xử lý").id))).toBe("05");
    expect(boundValue(r.get(byLabel("Cuộc họp giao ban trong quý").id))).toBe("13");
  });
  it("in an office's report: the centre's own sentence is still bound", () => {
    const t = `${head("VĂN PHÒNG", "VP")}III. THỰC HIỆN DÂN CHỦ\n2. Trung tâm Phục vụ hành chính công tỉnh\nTrung tâm Phục vụ hành chính công tỉnh tiếp nhận 9.780 hồ sơ; đã giải quyết 7.766 hồ sơ.\n`;
    const r = recognizeFigures(t, REPORT);
    expect(boundValue(r.get(centre("Hồ sơ tiếp nhận (Trung tâm PVHCC)").id))).toBe("9.780");
  });
});

describe("a post named after the person is what is counted", () => {
  const report = (line: string) => `${head("VĂN PHÒNG", "VP")}III. THỰC HIỆN DÂN CHỦ\n1. Công tác cán bộ\n${line}\n`;
  it.each([
    "- Điều động và bổ nhiệm: 01 đ/c Phó Chánh Văn phòng (từ Sở Tài chính).",
    "- Bổ nhiệm lại 01 đồng chí Phó Chánh Văn phòng.",
    "- Bổ nhiệm 02 đ/c Phó Trưởng phòng Nội chính.",
  ])("«%s» is no Trưởng phòng appointed", (line) => {
    expect(boundValue(recognizeFigures(report(line), REPORT).get(byLabel("Bổ nhiệm Trưởng phòng").id))).toBeNull();
  });
  it.each([
    ["Điều động, bổ nhiệm: 01 đ/c Phó Chánh Văn phòng (nguyên Phó Giám đốc Sở)", "01"],
    ["bổ nhiệm 02 Đ/c Phó Trưởng phòng Kinh tế", "02"],
    ["bổ nhiệm 01 người Phó Chánh Văn phòng", "01"],
    ["bổ nhiệm 01 Phó Chánh Văn phòng", "01"],
  ])("«%s» counts another post than «trưởng phòng»", (t, figure) => {
    expect(otherHeadNoun("trưởng phòng", t, at(t, figure) + figure.length)).toBe(true);
  });
  it("the field's own post, after the person or alone, is no other head noun", () => {
    for (const t of ["bổ nhiệm 01 đ/c Trưởng phòng Nội chính", "bổ nhiệm 01 Trưởng phòng", "bổ nhiệm 01 đồng chí làm Trưởng phòng"]) {
      expect(otherHeadNoun("trưởng phòng", t, at(t, "01") + 2)).toBe(false);
    }
  });
  it("«Bổ nhiệm 01 đ/c Trưởng phòng Nội chính» still is", () => {
    const r = recognizeFigures(report("- Bổ nhiệm 01 đ/c Trưởng phòng Nội chính."), REPORT);
    expect(boundValue(r.get(byLabel("Bổ nhiệm Trưởng phòng").id))).toBe("01");
  });
});

describe("units visited or rewarded are not the office's list of units", () => {
  const report = (line: string) => `${head("VĂN PHÒNG", "VP")}II. KẾT QUẢ\n${line}\n`;
  it.each([
    "Trong quý, Lãnh đạo Văn phòng làm việc với 03 phòng, đơn vị (Phòng Tổng hợp; Phòng Nội chính; Nhà khách UBND tỉnh).",
    "Đoàn giám sát tiến hành tại: 02 phòng, đơn vị (Phòng Kinh tế; Nhà khách UBND tỉnh).",
    "Đề nghị công nhận danh hiệu Tập thể lao động xuất sắc cho 02 phòng, đơn vị: Phòng Kinh tế; Phòng Nội chính.",
  ])("«%s»", (line) => {
    const r = recognizeFigures(report(line), REPORT);
    expect(boundValue(r.get(byLabel("Các tổ chức trực thuộc").id))).toBeNull();
    expect(boundValue(r.get(byLabel("Số tổ chức trực thuộc").id))).toBeNull();
  });
  it("«Khen thưởng: 03 phòng, đơn vị.» is no count of the office's units; «Tổ chức bộ máy: 05 phòng, đơn vị.» is", () => {
    const award = recognizeFigures(report("- Tập thể được tặng Giấy khen: 03 phòng, đơn vị."), REPORT);
    expect(boundValue(award.get(byLabel("Số tổ chức trực thuộc").id))).toBeNull();
    const own = recognizeFigures(`${head("VĂN PHÒNG", "VP")}I. ĐẶC ĐIỂM TÌNH HÌNH\n- Tổ chức bộ máy: 05 phòng, đơn vị.\n`, REPORT);
    expect(Number(boundValue(own.get(byLabel("Số tổ chức trực thuộc").id)))).toBe(5);
  });
  it("the office's own list is still read", () => {
    const t = `${head("VĂN PHÒNG", "VP")}I. ĐẶC ĐIỂM TÌNH HÌNH\nVăn phòng có 03 phòng, đơn vị trực thuộc: Phòng Tổng hợp; Phòng Nội chính; Trung tâm Phục vụ hành chính công tỉnh.\n`;
    const r = recognizeFigures(t, REPORT);
    expect(boundValue(r.get(byLabel("Các tổ chức trực thuộc").id))).toBe("Phòng Tổng hợp\nPhòng Nội chính\nTrung tâm Phục vụ hành chính công tỉnh");
  });
});

describe("the same kind of organisation of another owner or level is another organisation", () => {
  const desk = (office: string, code: string, body: string) => recognizeFigures(`${head(office, code)}III. THỰC HIỆN DÂN CHỦ\n${body}\n`, REPORT);
  const deskReceived = byLabel("Hồ sơ tiếp nhận (một cửa Văn phòng)");
  it.each([
    "2. Cải cách hành chính\nBộ phận một cửa của Sở Tư pháp tiếp nhận 47 hồ sơ, đã giải quyết 45 hồ sơ.",
    "2. Bộ phận một cửa cấp huyện\nTiếp nhận 1.400 hồ sơ, đã giải quyết 1.300 hồ sơ, đang giải quyết 100 hồ sơ.",
    "2. Cải cách hành chính\nQua Bộ phận một cửa các xã, phường tiếp nhận 5.974 hồ sơ.",
  ])("in an office's report: «%s»", (body) => {
    expect(boundValue(desk("VĂN PHÒNG", "VP", body).get(deskReceived.id))).toBeNull();
  });
  it("the office's own desk, a department's own desk in its report, «của tỉnh» for the centre are still read", () => {
    expect(boundValue(desk("VĂN PHÒNG", "VP", "2. Cải cách hành chính\nBộ phận một cửa của Văn phòng tiếp nhận 81 hồ sơ, đã giải quyết 77 hồ sơ.").get(deskReceived.id))).toBe("81");
    expect(boundValue(desk("SỞ TƯ PHÁP", "STP", "2. Cải cách hành chính\nBộ phận một cửa của Sở tiếp nhận 47 hồ sơ, đã giải quyết 45 hồ sơ.").get(deskReceived.id))).toBe("47");
    const r = desk("VĂN PHÒNG", "VP", "2. Cải cách hành chính\nTrung tâm Phục vụ hành chính công của tỉnh đã tiếp nhận 9.780 hồ sơ.");
    expect(boundValue(r.get(centre("Hồ sơ tiếp nhận (Trung tâm PVHCC)").id))).toBe("9.780");
  });
  it("units inspected or rewarded are neither the list of service units nor its count", () => {
    for (const body of ["2. Kiểm tra\nKiểm tra tại 02 đơn vị sự nghiệp: Trung tâm Thông tin; Nhà khách tỉnh.", "2. Thi đua\nTặng Giấy khen cho 02 đơn vị sự nghiệp (Trung tâm Thông tin; Nhà khách tỉnh)."]) {
      const r = desk("VĂN PHÒNG", "VP", body);
      expect(boundValue(r.get(byLabel("Các đơn vị sự nghiệp").id))).toBeNull();
      expect(boundValue(r.get(byLabel("Số đơn vị sự nghiệp").id))).toBeNull();
    }
  });
});
