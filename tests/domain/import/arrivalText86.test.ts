/**
 * What the unseen batches 800–816 and the studied 781 and 442 showed, each with the near-miss beside it:
 * - «Sở nhận 14 đơn phản ánh, kiến nghị, khiếu nại»: letters named by their kinds are the «đơn thư» (781);
 * - «Tiếp nhận 11 đơn (07 đơn kiến nghị, 02 đơn khiếu nại, 01 đơn tố cáo)»: one kind is no count of all letters (442);
 * - «giải quyết 25 đơn khiếu nại, kiến nghị của công dân»: citizens' letters settled, none about the staff (published,
 *   Bến Tre);
 * - «…: 12 ý kiến, đã trả lời 10 ý kiến tại hội nghị»: those answered are a part of those received (802);
 * - «hiện có 3.460 học sinh, sinh viên»: the people a school serves, not its staff (804);
 * - «cán bộ, công chức 71 người trên 76 biên chế được giao»: a bare «trên» between a part and its quota, no rounding (812);
 * - «VĂN PHÒNG UBND TỈNH QUẢNG TRỊ TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG  Số: …»: a Word cell's header on one line (814);
 * - «47 đồng chí từ trung cấp trở lên»: every level from it up, no one level's count (812);
 * - «gồm: A; B; C; ngoài ra có Trung tâm …»: what is named «besides» is no item of the list (812).
 */
import { kindInBracket, listsKinds } from "../../../src/domain/import/meaning/kindPart";
import { servedPeopleAfter } from "../../../src/domain/import/meaning/otherPeopleLabel";
import { overTotalAt } from "../../../src/domain/import/meaning/overTotal";
import { totalOfKinds } from "../../../src/domain/import/meaning/staffKinds";
import { citizensMatterLetters } from "../../../src/domain/import/meaning/ownStaffLetters";
import { fromLevelUp } from "../../../src/domain/import/meaning/atLeastLevel";
import { listWithoutComment } from "../../../src/domain/import/textClauses";
import { documentHeader } from "../../../src/domain/import/meaning/documentHeader";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";
import { boundValue } from "../../support/recognized";

const at = (text: string, figure: string) => ({ start: text.indexOf(figure), end: text.indexOf(figure) + figure.length });
const HEAD = "UBND TỈNH AN GIANG\nSỞ Y TẾ\n\nBÁO CÁO\nKết quả thực hiện dân chủ ở cơ sở quý II năm 2026\n\n";

describe("letters by their kinds", () => {
  it("reads a count of letters named by their kinds as the letters received", () => {
    const text = `${HEAD}III. KẾT QUẢ\n5. Đơn thư\nSở nhận 14 đơn phản ánh, kiến nghị, khiếu nại (09 đơn về chất lượng khám chữa bệnh, 05 đơn về chế độ chính sách), đã giải quyết 11 đơn, đang giải quyết 03 đơn.\n`;
    expect(boundValue(recognizeFigures(text, REPORT).get("bcdc:khieuNai.soDon"))).toBe("14");
  });

  it("reads one kind in a bracket after all the letters as a part, for a figure listing kinds", () => {
    const text = "Tiếp nhận 11 đơn (07 đơn kiến nghị, 02 đơn khiếu nại, 01 đơn tố cáo), đã xử lý theo thẩm quyền";
    expect(listsKinds("Đơn thư, khiếu nại, tố cáo nhận được")).toBe(true);
    expect(kindInBracket(text, at(text, "02").start, at(text, "02").end)).toBe(true);
    expect(kindInBracket(text, at(text, "11").start, at(text, "11").end)).toBe(false);
    // Near-miss: the same words in the bracket are a period's share of the whole, no kind of it.
    const period = "tiếp nhận, xử lý 87 phản ánh, kiến nghị (quý II: 41 phản ánh, kiến nghị).";
    expect(kindInBracket(period, at(period, "41").start, at(period, "41").end)).toBe(false);
    expect(listsKinds("Công chức đang thực hiện")).toBe(false);
  });

  it("reads citizens' letters the body settles as theirs, unless the clause names the staff", () => {
    const citizens = "Giải quyết 25 đơn khiếu nại, kiến nghị của công dân trong tháng.";
    expect(citizensMatterLetters(citizens, at(citizens, "25").start, at(citizens, "25").end)).toBe(true);
    // Near-miss: letters received, with nothing said of the staff, are the clerk's answer (ownStaffLetters.test.ts).
    const received = "Văn phòng nhận được 04 đơn thư của công dân, đã chuyển cơ quan có thẩm quyền.";
    expect(citizensMatterLetters(received, at(received, "04").start, at(received, "04").end)).toBe(false);
    const staff = "Sở nhận 02 đơn phản ánh của công dân về thái độ của công chức tiếp nhận hồ sơ.";
    expect(citizensMatterLetters(staff, at(staff, "02").start, at(staff, "02").end)).toBe(false);
    // Near-miss: a table's note in the next cell speaks of other letters than the count's (173).
    const row = "2\tĐơn thư, khiếu nại, tố cáo về thực hiện dân chủ trong cơ quan\tĐơn\t0\tĐơn của công dân về chính sách người có công (47 đơn)";
    expect(citizensMatterLetters(row, at(row, "\t0").start + 1, at(row, "\t0").end)).toBe(false);
  });
});

describe("opinions received and answered", () => {
  it("reads those answered after a count of the same opinions as a part, never what was received", () => {
    const text = `${HEAD}III. KẾT QUẢ\n3. Đối thoại\n- Ngày 21/4/2026, Giám đốc Sở đối thoại với viên chức, người lao động Bệnh viện Đa khoa Trung tâm An Giang: 12 ý kiến, đã trả lời 10 ý kiến tại hội nghị, 02 ý kiến giao Phòng Tổ chức cán bộ trả lời bằng văn bản.\n`;
    expect(boundValue(recognizeFigures(text, REPORT).get("bcdc:doiThoai.soYKien"))).not.toBe("10");
    // Near-miss: with the receiving said, the count received is the figure.
    const said = `${HEAD}III. KẾT QUẢ\n3. Đối thoại\nTại hội nghị đối thoại, Giám đốc Sở nhận được 12 ý kiến đề nghị, đã trả lời 10 ý kiến tại hội nghị.\n`;
    expect(boundValue(recognizeFigures(said, REPORT).get("bcdc:doiThoai.soYKien"))).toBe("12");
  });
});

describe("staff, quotas and the people a body serves", () => {
  it("reads learners after a count as no staff", () => {
    const text = "Quy mô đào tạo hiện có 3.460 học sinh, sinh viên; hiện có 171 viên chức.";
    expect(servedPeopleAfter("Công chức đang thực hiện", text, at(text, "3.460").end)).toBe(true);
    expect(servedPeopleAfter("Công chức đang thực hiện", text, at(text, "171").end)).toBe(false);
    expect(servedPeopleAfter("Số học sinh, sinh viên", text, at(text, "3.460").end)).toBe(false);
  });

  it("reads a bare «trên» between a part with its unit and a named whole as part over whole", () => {
    expect(overTotalAt(" người trên ", " biên chế được giao năm 2026")).toBeGreaterThan(0);
    expect(overTotalAt(" trên tổng số ", " biên chế")).toBeGreaterThanOrEqual(0);
    // Near-misses: people over an age, and «trên 76» with no unit before it, stay as they were read.
    expect(overTotalAt(" người trên ", " tuổi")).toBe(-1);
    expect(overTotalAt(" trên ", " biên chế")).toBe(-1);
  });

  it("reads a total of both kinds as that total's, not its parts'", () => {
    const text = "Tổng số cán bộ, công chức, viên chức và người lao động của phường là 96 người, trong đó: cán bộ, công chức 71 người trên 76 biên chế được giao";
    expect(totalOfKinds(text, at(text, "96").start)).toBe(true);
    expect(totalOfKinds(text, at(text, "71").start)).toBe(false);
  });

  it("binds each side of «N người trên M biên chế được giao»", () => {
    const text = `${HEAD}I. ĐẶC ĐIỂM TÌNH HÌNH\nTổng số công chức, viên chức và người lao động của Sở là 96 người, trong đó: công chức 71 người trên 76 biên chế được giao năm 2026; viên chức 18 người trên 21 số lượng người làm việc được giao; hợp đồng lao động 07 người.\n`;
    const r = recognizeFigures(text, REPORT);
    expect(boundValue(r.get("bcdc:bienChe.congChucGiao"))).toBe("76");
    expect(boundValue(r.get("bcdc:bienChe.congChucThucHien"))).toBe("71");
    expect(boundValue(r.get("bcdc:bienChe.suNghiepGiao"))).toBe("21");
    expect(boundValue(r.get("bcdc:bienChe.hopDong"))).toBe("07");
  });
});

describe("levels and lists with what is said beside them", () => {
  it("reads a count from a level up as no one level's", () => {
    const text = "Về lý luận chính trị, có 47 đồng chí từ trung cấp trở lên, trong đó: cao cấp 09 đồng chí, trung cấp 38 đồng chí.";
    expect(fromLevelUp("Trung cấp lý luận chính trị - hành chính", text, at(text, "47").end)).toBe(true);
    expect(fromLevelUp("Trung cấp lý luận chính trị - hành chính", text, at(text, "38").end)).toBe(false);
    expect(fromLevelUp("Trình độ đại học trở lên", text, at(text, "47").end)).toBe(false);
  });

  it("ends a list before what is named besides it", () => {
    const text = `${HEAD}I. ĐẶC ĐIỂM TÌNH HÌNH\nTổ chức bộ máy của Sở gồm Giám đốc, 03 Phó Giám đốc và 03 tổ chức trực thuộc, gồm: Văn phòng Sở; Phòng Kế hoạch - Tài chính; Phòng Nghiệp vụ Y; ngoài ra có Trung tâm Kiểm soát bệnh tật và 02 đơn vị sự nghiệp công lập trực thuộc.\n`;
    const list = recognizeFigures(text, REPORT).get("bcdc:toChuc.danhSach");
    expect(list?.state === "bound" ? list.occurrences[0]!.input : null).toBe("Văn phòng Sở\nPhòng Kế hoạch - Tài chính\nPhòng Nghiệp vụ Y");
    // The same list under a kind of division and its count (divisionHeads.ts), as a ward writes it.
    const ward = `${HEAD}I. ĐẶC ĐIỂM TÌNH HÌNH\nTổ chức bộ máy của Ủy ban nhân dân phường gồm Chủ tịch, 03 Phó Chủ tịch và 03 cơ quan chuyên môn, gồm: Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường; Phòng Kinh tế, Hạ tầng và Đô thị; Phòng Văn hóa - Xã hội; ngoài ra có Trung tâm Phục vụ hành chính công phường và 02 đơn vị sự nghiệp công lập trực thuộc.\n`;
    const wards = recognizeFigures(ward, REPORT).get("bcdc:toChuc.danhSach");
    expect(wards?.state === "bound" ? wards.occurrences[0]!.input.split("\n") : null).toEqual(["Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường", "Phòng Kinh tế, Hạ tầng và Đô thị", "Phòng Văn hóa - Xã hội"]);
    const captured = "Văn phòng Sở; Phòng Nghiệp vụ Y; ngoài ra có Trung tâm Kiểm soát bệnh tật";
    expect(captured.slice(0, listWithoutComment(captured))).toBe("Văn phòng Sở; Phòng Nghiệp vụ Y");
  });
});

describe("a header whose Word cell was read as one line", () => {
  it("reads the body after its parent's place on the same line as the issuer", () => {
    const text = "VĂN PHÒNG UBND TỈNH QUẢNG TRỊ TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG  Số: 41/BC-TTPVHCC\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nBÁO CÁO\n";
    const header = documentHeader(text);
    expect(header.body).toBe("trung tâm phục vụ hành chính công");
    expect(header.parent).toBe("văn phòng ủy ban nhân dân tỉnh quảng trị");
  });

  it("near-miss: a joint report's two bodies and an office of council and committee stay whole", () => {
    const joint = "UBND TỈNH QUẢNG NGÃI\nVĂN PHÒNG UBND TỈNH - TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG TỈNH\n\nSố: 1127/BC-VP-TTPVHCC\n\nBÁO CÁO\n";
    expect(documentHeader(joint).body).toBe("văn phòng ủy ban nhân dân tỉnh - trung tâm phục vụ hành chính công tỉnh");
    const office = "ỦY BAN NHÂN DÂN\nPHƯỜNG BẮC GIANG\nVĂN PHÒNG HĐND VÀ UBND\n\nBÁO CÁO\n";
    expect(documentHeader(office).body).toBe("văn phòng hội đồng nhân dân và ủy ban nhân dân");
  });
});
