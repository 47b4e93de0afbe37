/**
 * A body that compiles its units' reports gives figures unit by unit (meaning/unitParts.ts): a number in an item led
 * by one unit's name, beside items led by other units', is that unit's, not the whole body's; the whole's figure is
 * the one stated for it, or none. A Hưng Yên and a Bình Phước clerk's ways of writing, not the held-out reports' words.
 */
import { unitOwning } from "../../../src/domain/import/meaning/unitParts";
import { sentenceAround } from "../../../src/domain/import/meaning/vetoText";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";
import { boundValue, byLabel } from "../../support/recognized";

/** The unit owning the number written `number` (its first occurrence after `after`) in `text`, by name. */
function owner(text: string, number: string, after = "", ownKind: string | null = "sở"): string | null {
  const start = text.indexOf(number, text.indexOf(after) + after.length);
  const end = start + number.length;
  return unitOwning(text, start, end, sentenceAround(text, start, end), ownKind)?.name ?? null;
}

describe("one unit's figure among its fellows' (unitOwning)", () => {
  it("a unit leading its item, other units leading the others, in one sentence", () => {
    const text = "Cao cấp lý luận chính trị: Văn phòng Sở 05; Thanh tra Sở 02; Chi cục Quản lý thị trường 07.";
    expect(owner(text, "05")).toBe("văn phòng sở");
    expect(owner(text, "07")).toBe("chi cục quản lý thị");
    expect(owner("Đang học cao cấp: Thanh tra Sở 01, Phòng Kế hoạch 02.", "02")).toBe("phòng kế hoạch");
  });

  it("the unit's acts, its two figures, and its bracket's breakdown are its own", () => {
    expect(owner("Luân chuyển: Văn phòng Sở chuyển 02 công chức sang Phòng Kế hoạch; Chi cục Thủy lợi luân chuyển 04 công chức giữa các hạt.", "02")).toBe("văn phòng sở");
    expect(owner("Biên chế sự nghiệp: Trung tâm Khuyến nông được giao 14, có mặt 12; Trung tâm Giống được giao 9, có mặt 9.", "12")).toBe("trung tâm khuyến nông");
    const lines = "- Văn phòng Sở: được giao 22, có mặt 21 (Chánh Văn phòng, 02 Phó Chánh Văn phòng và 18 công chức);\n- Thanh tra Sở: được giao 9, có mặt 8;\n";
    expect(owner(lines, "02")).toBe("văn phòng sở");
    expect(owner(lines, "8", "Thanh tra Sở: được giao 9, có mặt ")).toBe("thanh tra sở");
  });

  it("a unit's item broken by a page's width, and its fellows' lines with a paragraph between", () => {
    const wrapped = "- Phòng Kế hoạch (cấp mã số đơn vị):\ntiếp nhận 412, đã giải quyết 405 (trước hạn 390, đúng hạn 15), đang\ngiải quyết 7;\n- Chi cục Thủy lợi: tiếp nhận 57, đã giải quyết 49;\n";
    expect(owner(wrapped, "390")).toBe("phòng kế hoạch");
    expect(owner(wrapped, "7;")).toBe("phòng kế hoạch");
    const moved = "- Phòng Kế hoạch: tiếp nhận 412;\nToàn Sở tiếp nhận 469 hồ sơ.\n- Chi cục Thủy lợi: tiếp nhận 57;\n";
    expect(owner(moved, "412")).toBe("phòng kế hoạch");
    expect(owner(moved, "469")).toBeNull();
  });

  it("near-match: a line going on after a full stop or a table row is no wrapped item", () => {
    expect(owner("- Phòng Kế hoạch: tiếp nhận 412.\nđã giải quyết 405 hồ sơ;\n- Chi cục Thủy lợi: tiếp nhận 57;\n", "405")).toBeNull();
  });

  it("near-match: a unit alone with its figure may be the whole's", () => {
    expect(owner("Điều động đi: Văn phòng Sở 01 công chức (đến Văn phòng UBND tỉnh). Các phòng khác không có.", "01")).toBeNull();
    expect(owner("Hợp đồng lao động: Văn phòng Sở 06 (lái xe 03, bảo vệ 02, tạp vụ 01); các phòng chuyên môn không ký hợp đồng.", "06")).toBeNull();
    expect(owner("- Văn phòng Sở: được giao 22, có mặt 21;\nTổng cộng toàn Sở: được giao 119, có mặt 110.\n", "22")).toBeNull();
  });

  it("near-match: units named as where, whom or whither lead no item", () => {
    expect(owner("Toàn Sở có 02 tiến sĩ (01 tại Phòng Kế hoạch, 01 tại Chi cục Thủy lợi).", "01")).toBeNull();
    expect(owner("Bằng khen cho 01 cá nhân Văn phòng Sở; Giấy khen cho 02 cá nhân Thanh tra Sở.", "01")).toBeNull();
  });

  it("near-match: the whole stated after its parts, a count of the units listed, a name that is no unit's", () => {
    expect(owner("Nâng lương: Văn phòng Sở 02, Thanh tra Sở 01, Chi cục Thủy lợi 03; tổng số 06 công chức.", "06")).toBeNull();
    expect(owner("Bổ nhiệm: Phòng Kế hoạch 01, Chi cục Thủy lợi 01, cộng 02.", "02")).toBeNull();
    expect(owner("Đơn vị sự nghiệp: Trung tâm Khuyến nông; Trung tâm Giống (02 đơn vị).", "02")).toBeNull();
    expect(owner("02 đơn vị sự nghiệp: Trung tâm Thông tin, Nhà khách UBND tỉnh (tự chủ, 36 viên chức).", "36")).toBeNull();
  });

  it("near-match: a unit of the issuing body's own kind is the body itself, and no fellow of its units", () => {
    const text = "Công chức: Văn phòng UBND tỉnh 85; Trung tâm Phục vụ hành chính công 12.";
    expect(owner(text, "85", "", "văn phòng")).toBeNull();
    expect(owner(text, "12", "", "văn phòng")).toBeNull();
    expect(owner(`${text.slice(0, -1)}; Trung tâm Thông tin 07.`, "12", "", "văn phòng")).toBe("trung tâm phục vụ hành");
  });
});

describe("a department's report by room and sub-department", () => {
  const DOC = (body: string) => ["UBND TỈNH HƯNG YÊN", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "", "BÁO CÁO", "Kết quả thực hiện dân chủ trong hoạt động cơ quan quý I năm 2026", "", "I. ĐẶC ĐIỂM, TÌNH HÌNH", body, ""].join("\n");
  const value = (body: string, label: string) => boundValue(recognizeFigures(DOC(body), REPORT).get(byLabel(label).id));

  it("binds no unit's figure where the department's is not stated", () => {
    expect(value("Cao cấp lý luận chính trị: Văn phòng Sở 05; Thanh tra Sở 02; Chi cục Thủy lợi 07.", "Cao cấp lý luận chính trị")).toBeNull();
    expect(value("Biên chế sự nghiệp: Trung tâm Khuyến nông được giao 14, có mặt 12; Trung tâm Giống được giao 9, có mặt 9.", "Biên chế sự nghiệp được giao")).toBeNull();
  });

  it("still binds the department's own figure, stated after its units'", () => {
    expect(value("Cao cấp lý luận chính trị: Văn phòng Sở 05; Thanh tra Sở 02; Chi cục Thủy lợi 07; toàn Sở có 14 đồng chí cao cấp lý luận chính trị.", "Cao cấp lý luận chính trị")).toBe("14");
  });
});

describe("a Văn phòng's rooms: the field's own room keeps its figure", () => {
  const DOC = (body: string) => ["UBND TỈNH BÌNH PHƯỚC", "VĂN PHÒNG", "", "BÁO CÁO", "Kết quả thực hiện dân chủ ở cơ sở quý I năm 2026", "", "III. KẾT QUẢ", "1. Công tác cán bộ", body, ""].join("\n");
  const value = (body: string, label: string) => boundValue(recognizeFigures(DOC(body), REPORT).get(byLabel(label).id));

  it("«Phòng Tổng hợp - Kinh tế: 01; Phòng Khoa giáo - Văn xã: 01» for each room's deputies", () => {
    const body = "Bổ nhiệm Phó Trưởng phòng: Phòng Tổng hợp - Kinh tế: 01; Phòng Khoa giáo - Văn xã: 01; cộng: 02.";
    expect(value(body, "Bổ nhiệm Phó Trưởng phòng Tổng hợp - Kinh tế")).toBe("01");
    expect(value(body, "Bổ nhiệm Phó Trưởng phòng Khoa giáo - Văn xã")).toBe("01");
  });
});
