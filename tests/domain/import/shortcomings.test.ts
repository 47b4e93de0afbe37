/**
 * A report's «Tồn tại, hạn chế» tells what fell short: what is lacking, left undone, pending, or an earlier year's
 * (meaning/shortcomings.ts). A done figure takes no number from there; a figure that counts a shortfall itself (late
 * dossiers) may be restated there. Other clerks' words than the held-out report that showed it.
 */
import { countsShortfall, inShortcomings, lackingCount } from "../../../src/domain/import/meaning/shortcomings";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";
import { boundValue, byLabel } from "../../support/recognized";

const head = "UBND TỈNH QUẢNG TRỊ\nVĂN PHÒNG\nSố: 88/BC-VP\n\nBÁO CÁO\nKết quả thực hiện dân chủ trong hoạt động của cơ quan quý III năm 2026\n\nII. KẾT QUẢ\n";
const value = (text: string, label: string) => boundValue(recognizeFigures(text, REPORT).get(byLabel(label).id));
const at = (text: string, n: string) => text.lastIndexOf(n);

describe("where a report tells its shortcomings", () => {
  it.each([
    ["Tồn tại, hạn chế: còn 02 đơn vị chưa kiểm tra.", "02"],
    ["- Hạn chế: 03 trường hợp chưa được thẩm định.", "03"],
    ["Công tác được duy trì. Khó khăn, vướng mắc: thiếu 04 công chức.", "04"],
    ["4.2. Hạn chế và nguyên nhân: 05 hồ sơ chậm.", "05"],
    ["III. TỒN TẠI, HẠN CHẾ\n\n- Còn 06 ý kiến chưa trả lời.\n", "06"],
    ["2. Hạn chế\nViệc kiểm tra tại 07 đơn vị còn chậm.\n", "07"],
    // What the body asks for after them is told there too.
    ["IV. KHÓ KHĂN, VƯỚNG MẮC VÀ KIẾN NGHỊ\nĐề nghị bổ sung 08 máy tính.\n", "08"],
    ["5. Tồn tại, hạn chế và đề xuất\nĐề nghị điều động 01 công chức cho Trung tâm.\n", "01"],
  ])("%#: «%s» is a shortcoming's", (line, n) => {
    const text = `${head}${line}\n`;
    expect(inShortcomings(text, at(text, n))).toBe(true);
  });

  it.each([
    // The body before the lead, and a lowercase «hạn chế» inside a sentence.
    ["Kiểm tra tại 02 đơn vị. Hạn chế: còn chậm.", "02"],
    ["Đã tổ chức 03 cuộc đối thoại, hạn chế: không.", "03"],
    // The part ends at the next heading.
    ["III. TỒN TẠI, HẠN CHẾ\nMột số hồ sơ còn chậm.\nIV. NHIỆM VỤ QUÝ IV\nKiểm tra 04 đơn vị.\n", "04"],
    // The words as a topic, not a lead.
    ["Khắc phục tồn tại, hạn chế tại 05 đơn vị.", "05"],
    // «Kiến nghị» alone is a topic of the body's work (voters' petitions), no shortcomings' part.
    ["3. Kiến nghị\nTiếp nhận 09 kiến nghị của cử tri.\n", "09"],
  ])("%#: near-match: «%s» is not", (line, n) => {
    const text = `${head}${line}\n`;
    expect(inShortcomings(text, at(text, n))).toBe(false);
  });

  it("knows the figures that count a shortfall themselves", () => {
    expect(countsShortfall("Hồ sơ trễ và quá hạn")).toBe(true);
    expect(countsShortfall("Hồ sơ đang giải quyết")).toBe(true);
    expect(countsShortfall("Công chức được nâng lương trước thời hạn")).toBe(false);
    expect(countsShortfall("Số đơn vị dự kiến kiểm tra việc thực hiện dân chủ")).toBe(false);
  });

  it("binds the pay rises of the body, not the pending ones of the shortcomings", () => {
    const text = `${head}1. Chế độ chính sách\nVăn phòng nâng lương trước thời hạn đối với 04 công chức.\nTồn tại, hạn chế: 02 trường hợp đủ điều kiện nâng lương trước thời hạn chưa được thẩm định kịp.\n`;
    expect(value(text, "Công chức được nâng lương trước thời hạn")).toBe("04");
  });

  it("near-match: a shortcoming alone gives no done figure", () => {
    const text = `${head}1. Chế độ chính sách\nTồn tại, hạn chế: 02 trường hợp đủ điều kiện nâng lương trước thời hạn chưa được thẩm định kịp.\n`;
    expect(value(text, "Công chức được nâng lương trước thời hạn")).toBeNull();
  });
});

describe("a part of difficulties and requests («Khó khăn và kiến nghị»)", () => {
  const requests = (body: string) =>
    `${head}1. Công tác cán bộ\n${body}\n5. Khó khăn, vướng mắc và kiến nghị\nThứ nhất, thiếu 01 văn thư như đã nói, nên chúng tôi đề nghị phường cho tuyển sớm 01 thủ quỹ và điều động bổ sung 02 công chức cho Trung tâm. Thứ hai, đề nghị bổ sung 03 máy tính.\n`;
  it("a move asked for there is no move done", () => {
    expect(value(requests("Trong quý không có biến động nhân sự."), "Điều động đến và bổ nhiệm")).toBeNull();
  });
  it("near-match: the move done, told in the body, is still read", () => {
    expect(value(requests("Trong quý, điều động và bổ nhiệm 01 đồng chí từ Sở Nội vụ."), "Điều động đến và bổ nhiệm")).toBe("01");
  });
});

describe("a count said lacking (lackingCount)", () => {
  it.each([
    ["Vì thiếu 03 viên chức nên Trung tâm phải trực luân phiên.", "03"],
    ["Biên chế còn thiếu 02 người.", "02"],
    ["Phòng Tổng hợp thiếu hụt 01 công chức.", "01"],
  ])("%#: «%s» counts what is lacking", (line, n) => {
    expect(lackingCount(line, line.indexOf(n))).toBe(true);
  });
  it.each([
    ["Khắc phục thiếu sót trong 04 hồ sơ.", "04"],
    ["Bổ sung 02 công chức còn thiếu.", "02"],
    ["Điều động 01 công chức về Phòng Tổng hợp.", "01"],
  ])("%#: near-match: «%s» does not", (line, n) => {
    expect(lackingCount(line, line.indexOf(n))).toBe(false);
  });

  // A clerk's plain words: the one who «chuyển sang» another body makes «chuyển» a word of the rotations' figure.
  const staff = (lack: string) =>
    [
      "Ngoài đồng chí chuyển sang Sở Tư pháp nói trên, trong quý Văn phòng không tiếp nhận thêm công chức nào. Có 01 đồng chí được nâng lương trước thời hạn.",
      `Thứ nhất, ${lack}, nên đề nghị tuyển sớm 01 văn thư và điều động bổ sung 01 công chức cho Bộ phận một cửa.`,
      "",
    ].join("\n");
  it("a shortfall of staff is no rotation between rooms", () => {
    expect(value(staff("thiếu 03 công chức như đã nêu"), "Luân chuyển công chức giữa các phòng")).toBeNull();
  });
  it("near-match: a rotation said in its place is still read", () => {
    expect(value(staff("đã luân chuyển 03 công chức giữa các phòng"), "Luân chuyển công chức giữa các phòng")).toBe("03");
  });
});
