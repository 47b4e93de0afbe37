/**
 * What the unseen batches 890–896 and 900–906 showed, each with the near-miss beside it:
 * - «03 cơ quan chuyên môn, gồm: A; B; C; cùng với Trung tâm …»: what comes «along with» the list is none of its
 *   items (901);
 * - «Tại Trung tâm Phục vụ hành chính công tỉnh, trong quý Sở tiếp nhận 1.846 hồ sơ»: the place first, the department
 *   its subject, is the department's own desk, not the province-wide centre (890, 892).
 */
import { countsOtherKind } from "../../../src/domain/import/meaning/countedKinds";
import { isGluedHeadingNumber } from "../../../src/domain/import/meaning/notCounts";
import { outsideQuarter } from "../../../src/domain/import/meaning/dateInPeriod";
import { deskAtCentre } from "../../../src/domain/import/meaning/deskAtCentre";
import { provinceSubject } from "../../../src/domain/import/meaning/vetoProvinceBody";
import { listWithoutComment } from "../../../src/domain/import/textClauses";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT, builtInDefinition } from "../../support/forms";
import { boundValue } from "../../support/recognized";

const CENTRE = ["phục vụ hành chính công", "pvhcc", "hành chính công"];

describe("a list ends before what comes along with it", () => {
  it("leaves the centre named «cùng với» out of the commune's divisions", () => {
    const text = "UBND XÃ CẦU KÈ\n\nBÁO CÁO\nKết quả thực hiện dân chủ ở cơ sở quý IV năm 2025\n\nI. ĐẶC ĐIỂM TÌNH HÌNH\nUBND xã có 03 cơ quan chuyên môn, gồm: Văn phòng HĐND và UBND xã; Phòng Kinh tế; Phòng Văn hóa - Xã hội; cùng với Trung tâm Phục vụ hành chính công xã và 01 đơn vị sự nghiệp công lập là Trung tâm Dịch vụ tổng hợp xã.\n";
    const list = recognizeFigures(text, REPORT).get("bcdc:toChuc.danhSach");
    expect(list?.state === "bound" ? list.occurrences[0]!.input.split("\n") : null).toEqual(["Văn phòng HĐND và UBND xã", "Phòng Kinh tế", "Phòng Văn hóa - Xã hội"]);
    const captured = "Văn phòng HĐND và UBND xã; Phòng Kinh tế; cùng với Trung tâm Phục vụ hành chính công xã";
    expect(captured.slice(0, listWithoutComment(captured))).toBe("Văn phòng HĐND và UBND xã; Phòng Kinh tế");
  });

  it("near-miss: «cùng với» inside an item's own name is kept", () => {
    const captured = "Văn phòng Sở; Phòng Quản lý cùng với đối tác";
    expect(captured.slice(0, listWithoutComment(captured))).toBe(captured);
  });
});

describe("the place first, then the department receiving there", () => {
  const DOC = (line: string) =>
    ["UBND TỈNH VĨNH LONG", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "", "BÁO CÁO", "Kết quả thực hiện dân chủ ở cơ sở quý I năm 2026", "", "IV. CẢI CÁCH HÀNH CHÍNH", line, ""].join("\n");

  it("names the department's desk, and binds its dossiers as the desk's", () => {
    const line = "2. Tại Trung tâm Phục vụ hành chính công tỉnh, trong quý Sở tiếp nhận 1.846 hồ sơ (trực tuyến 1.372 hồ sơ); đã giải quyết 1.702 hồ sơ, đạt 92,20%, trong đó trước hạn 1.121 hồ sơ (chiếm 65,86%), đúng hạn 581 hồ sơ (chiếm 34,14%); đang giải quyết 144 hồ sơ, chiếm 7,80%.";
    expect(deskAtCentre(line.toLowerCase(), "sở nông nghiệp và môi trường", CENTRE)).toEqual(["tại trung tâm phục vụ hành chính công tỉnh, trong quý sở tiếp nhận "]);
    expect(provinceSubject("2. Tại Trung tâm Phục vụ hành chính công tỉnh, trong quý Sở tiếp nhận ", ["trung tâm phục vụ hành chính công tỉnh"], ["tại trung tâm phục vụ hành chính công tỉnh, trong quý sở tiếp nhận "])).toBe(false);
    const r = recognizeFigures(DOC(line), REPORT);
    expect(boundValue(r.get("bcdc:motCuaVp.tiepNhan"))).toBe("1.846");
    expect(boundValue(r.get("bcdc:motCuaVp.traSom"))).toBe("1.121");
    expect(boundValue(r.get("bcdc:hcc.tiepNhan"))).toBeNull();
  });

  it("near-miss: the centre as the subject, with the department's share after it, stays the centre's", () => {
    const line = "Tại Trung tâm Phục vụ hành chính công tỉnh, toàn tỉnh tiếp nhận 36.418 hồ sơ của các sở, ngành.";
    expect(deskAtCentre(line.toLowerCase(), "sở nông nghiệp và môi trường", CENTRE)).toEqual([]);
    expect(provinceSubject("Tại Trung tâm Phục vụ hành chính công tỉnh, toàn tỉnh tiếp nhận ", ["trung tâm phục vụ hành chính công tỉnh"], [])).toBe(true);
    const r = recognizeFigures(DOC(line), REPORT);
    expect(boundValue(r.get("bcdc:motCuaVp.tiepNhan"))).toBeNull();
  });
});

describe("a count added «ngoài ra» after the figure's own count (910, 914)", () => {
  const HEAD = "UBND TỈNH KHÁNH HÒA\nBAN QUẢN LÝ DỰ ÁN ĐẦU TƯ XÂY DỰNG TỈNH\n\nBÁO CÁO\nKết quả thực hiện dân chủ ở cơ sở quý III năm 2025\n\nIII. DÂN CHỦ TRONG HOẠT ĐỘNG CỦA CƠ QUAN\n1. Hội họp, giao ban\n";

  it("keeps the office's own briefings, not the meetings it adds besides them", () => {
    const site = `${HEAD}Ban giao ban định kỳ vào chiều thứ Sáu hằng tuần, trong quý 12 cuộc, có kết nối trực tuyến với bộ phận làm việc tại Phan Rang; ngoài ra tổ chức 27 cuộc giao ban tại công trường các dự án trọng điểm.\n`;
    expect(boundValue(recognizeFigures(site, REPORT).get("bcdc:giaoBan.soCuoc"))).toBe("12");
    const served = `${HEAD}Trong quý, Văn phòng tổ chức 12 cuộc giao ban giữa Lãnh đạo Văn phòng với trưởng các phòng, đơn vị. Ngoài ra, Văn phòng phục vụ 03 phiên họp thường kỳ của UBND tỉnh và 11 cuộc họp giao ban của Thường trực UBND tỉnh.\n`;
    expect(boundValue(recognizeFigures(served, REPORT).get("bcdc:giaoBan.soCuoc"))).toBe("12");
  });

  it("near-miss: awards listed «bên cạnh đó» are each their own figure", () => {
    const text = `${HEAD.replace("1. Hội họp, giao ban", "4. Thi đua, khen thưởng")}Văn phòng đã hoàn thiện hồ sơ đề nghị Thủ tướng Chính phủ tặng Bằng khen cho 03 cá nhân có thành tích xuất sắc trong công tác từ năm 2021 đến năm 2025, bên cạnh đó đề nghị Chủ tịch UBND tỉnh tặng Bằng khen cho 02 cá nhân có thành tích xuất sắc trong phong trào "Toàn dân tham gia phòng cháy, chữa cháy và cứu nạn, cứu hộ".\n`;
    const r = recognizeFigures(text, REPORT);
    expect(boundValue(r.get("bcdc:khenThuong.bangKhenTTg"))).toBe("03");
    expect(boundValue(r.get("bcdc:khenThuong.pccc"))).toBe("02");
  });
});

describe("a count holding the kinds named after it (932)", () => {
  const HEAD = "UBND TỈNH BÌNH PHƯỚC\nVĂN PHÒNG\n\nBÁO CÁO\nKết quả thực hiện dân chủ ở cơ sở quý II năm 2025\n\nI. ĐẶC ĐIỂM TÌNH HÌNH\n";

  it("does not take the whole for the one kind whose count is a word", () => {
    const text = `${HEAD}Về trình độ chuyên môn, trong sáu mươi mốt công chức có một tiến sĩ, 24 thạc sĩ, ba mươi lăm đại học.\n`;
    const r = recognizeFigures(text, REPORT);
    expect(boundValue(r.get("bcdc:trinhDo.tienSi"))).toBeNull();
    expect(boundValue(r.get("bcdc:trinhDo.thacSi"))).toBe("24");
    const digits = `${HEAD}Về trình độ chuyên môn, trong 61 công chức có một tiến sĩ, 24 thạc sĩ, 35 đại học.\n`;
    expect(boundValue(recognizeFigures(digits, REPORT).get("bcdc:trinhDo.tienSi"))).toBeNull();
  });

  it("near-miss: people said to have a level are a count of that level", () => {
    const text = `${HEAD}Về trình độ chuyên môn, Văn phòng có 01 tiến sĩ, 27 thạc sĩ và 42 người có trình độ đại học.\n`;
    expect(boundValue(recognizeFigures(text, REPORT).get("bcdc:trinhDo.daiHoc"))).toBe("42");
  });
});

describe("counts said among another group, and models counted as works (920, 921)", () => {
  const HEAD = "UBND TỈNH NGHỆ AN\nUBND XÃ CON CUÔNG\n\nBÁO CÁO\nKết quả thực hiện dân chủ ở cơ sở quý IV năm 2025\n\nI. ĐẶC ĐIỂM TÌNH HÌNH\n";

  it("leaves the village heads' levels to them", () => {
    const text = `${HEAD}Trình độ của cán bộ, công chức xã: thạc sĩ 04, đại học 35; lý luận chính trị cao cấp 03, trung cấp 27. Trong số 31 trưởng thôn, bản có 09 người tốt nghiệp đại học, 17 người trình độ trung cấp lý luận chính trị.\n`;
    const r = recognizeFigures(text, REPORT);
    expect(boundValue(r.get("bcdc:llct.trungCap"))).toBe("27");
    expect(boundValue(r.get("bcdc:trinhDo.daiHoc"))).toBe("35");
  });

  it("near-miss: among the office's own staff the levels are its own", () => {
    const text = `${HEAD}Trong số 41 cán bộ, công chức xã có 03 người trình độ cao cấp lý luận chính trị, 27 người trình độ trung cấp lý luận chính trị.\n`;
    expect(boundValue(recognizeFigures(text, REPORT).get("bcdc:llct.trungCap"))).toBe("27");
  });

  it("does not count models set up in a commune as documents on Tết gifts", () => {
    const text = `${HEAD.replace("I. ĐẶC ĐIỂM TÌNH HÌNH", "II. KẾT QUẢ\n5. An sinh xã hội")}Sở tiếp tục được phân công giúp đỡ 01 xã (xã Măng Bút). Trong quý, Trung tâm Khuyến nông triển khai 02 mô hình trồng sâm dưới tán rừng tại xã.\n`;
    expect(boundValue(recognizeFigures(text, REPORT).get("bcdc:anSinh.soVanBan"))).toBeNull();
    expect(countsOtherKind(["văn bản"], text, text.indexOf("02 mô hình") + 2)).toBe(true);
    const plans = "ban hành 02 văn bản về tặng quà Tết";
    expect(countsOtherKind(["văn bản"], plans, plans.indexOf("02") + 2)).toBe(false);
  });
});

describe("a date far from the report's quarter bounds other figures (934)", () => {
  const q3 = { kind: "quarter", index: 3, year: 2026, monthsAreOther: false, otherByDefault: false, longer: false } as const;

  it("refuses a year-old date for the centre's span, keeps the span's own", () => {
    expect(outsideQuarter("01/7/2025", q3)).toBe(true);
    expect(outsideQuarter("15/6/2026", q3)).toBe(false);
    expect(outsideQuarter("14/9/2026", q3)).toBe(false);
    const text = "UBND THÀNH PHỐ HẢI PHÒNG\nVĂN PHÒNG\n\nBÁO CÁO\nKết quả thực hiện dân chủ ở cơ sở quý III năm 2026\n\nIII. KẾT QUẢ\nc) Trung tâm Phục vụ hành chính công thành phố: số liệu từ ngày 15/6/2026 đến ngày 14/9/2026, Trung tâm tiếp nhận 52.847 hồ sơ.\nGhi chú: cùng kỳ năm 2025 là số liệu cộng của Trung tâm hai địa phương cũ đến ngày 30/6/2025 và Trung tâm thành phố từ ngày 01/7/2025.\n";
    expect(boundValue(recognizeFigures(text, REPORT).get("bcdc:hcc.tuNgay"))).not.toBe("01/7/2025");
  });

  it("near-miss: a span from the start of the report's year, and a date without its year, are not judged", () => {
    expect(outsideQuarter("01/01/2026", q3)).toBe(false);
    expect(outsideQuarter("15/6", q3)).toBe(false);
    expect(outsideQuarter("01/7/2025", { ...q3, index: null })).toBe(false);
  });
});

describe("an item number glued to its words (936)", () => {
  it("is no count, however the chat was typed", () => {
    const text = "1.Tổng hợp chung: 47 l/71 ng\n2.Lãnh đạo UBND tỉnh: tiếp định kỳ 01 l/07 ng\n";
    expect(isGluedHeadingNumber(text, 0, 1)).toBe(true);
    expect(isGluedHeadingNumber(text, text.indexOf("2.L"), text.indexOf("2.L") + 1)).toBe(true);
    const monthly = "UBND TỈNH ĐẮK LẮK\nBAN TIẾP CÔNG DÂN\n\nBÁO CÁO\nKết quả tiếp công dân tháng 10/2025\n\n2.Lãnh đạo UBND tỉnh: ngày 08/10, đ/c Phó Chủ tịch UBND tỉnh tiếp định kỳ 01 l/07 ng tại Trụ sở TCD tỉnh.\n3.Thủ trưởng các sở, ngành: tiếp 05 l/06 ng (định kỳ 03 l, đột xuất 02 l).\n";
    const r = recognizeFigures(monthly, builtInDefinition("tiep-cong-dan-thang"));
    expect(boundValue(r.get("tcd:tinh.luot"))).not.toBe("2");
    expect(boundValue(r.get("tcd:so.luot"))).not.toBe("3");
  });

  it("near-miss: a count with thousands at a line's start, and a spaced heading number, are read as before", () => {
    const text = "2.500 hồ sơ được tiếp nhận\n";
    expect(isGluedHeadingNumber(text, 0, 5)).toBe(false);
    const spaced = "2. Lãnh đạo UBND tỉnh";
    expect(isGluedHeadingNumber(spaced, 0, 1)).toBe(false);
  });
});
