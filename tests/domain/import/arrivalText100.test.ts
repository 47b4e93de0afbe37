/**
 * What the unseen batches 950–954, 970–974, 980–984 and 990–994 showed, each with the near-miss beside it:
 * - a typed table whose header is ruled by one unbroken line of dashes, the report's quarter in its third column (954);
 * - «(1) …; (2) …; (4) tiếp nhận, xử lý phản ánh»: an item's number in brackets is no count (970, 973);
 * - «- Văn bản tham mưu UBND tỉnh về tặng quà …: 09»: the documents advising are the office's own work (990);
 * - an earlier report quoted, then corrected («Báo cáo số 45 … (… đang giải quyết 1.392 hồ sơ). Nay điều chỉnh …»,
 *   980), or quoted by its quarter («Báo cáo quý III nêu … 01 Phó Chánh Văn phòng», 981);
 * - items under an award's lead line («- Giám đốc Sở tặng Giấy khen:» over «+ Tập thể: 04», «+ Cá nhân: 17», 994);
 * - the department's counter «thuộc» the centre, or the centre «(tại …)» in a bracket, as its own desk (960, 961, 994);
 * - «theo 31 Quyết định công bố …»: the documents a work follows (972);
 * - «(3) Bổ nhiệm: …; 02 Phó Chánh Văn phòng»: a list a staffing act opens counts that act (973).
 */
import { advisedBodysAct } from "../../../src/domain/import/meaning/advisedAct";
import { isSuperseded, quotesEarlierReport } from "../../../src/domain/import/meaning/corrections";
import { deskAtCentre } from "../../../src/domain/import/meaning/deskAtCentre";
import { isBasisCount, isEnumerationMark } from "../../../src/domain/import/meaning/notCounts";
import { inStaffActList, namesStaffAct } from "../../../src/domain/import/meaning/staffActLead";
import { spaceAlignedTables } from "../../../src/domain/import/meaning/spaceAligned";
import { awardAt } from "../../../src/domain/import/meaning/vetoAward";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";
import { boundValue } from "../../support/recognized";

const at = (text: string, n: string, from = 0) => {
  const start = text.indexOf(n, from);
  return [start, start + n.length] as const;
};
const DOC = (head: string[], body: string[]) => [...head, "", "BÁO CÁO", ...body, ""].join("\n");

describe("a typed table ruled by one unbroken line (954)", () => {
  const table = [
    "Trình độ                                  Quý IV/2024  Quý I/2025  Tăng, giảm",
    "-----------------------------------------------------------------------------",
    "Tiến sĩ                                            01          01           0",
    "Thạc sĩ                                            31          35          +4",
    "Đại học                                            40          44          +4",
  ];

  it("reads the rule as the header's, so each figure stands under its quarter", () => {
    const lines = spaceAlignedTables(table.join("\n")).split("\n");
    expect(lines[0]!.split("\t").map((c) => c.trim())).toEqual(["Trình độ", "Quý IV/2024", "Quý I/2025", "Tăng, giảm"]);
    expect(lines[1]!.startsWith("\t-")).toBe(true);
    expect(lines[3]!.split("\t").map((c) => c.trim())).toEqual(["Thạc sĩ", "31", "35", "+4"]);
    const text = DOC(["UBND TỈNH BẮC GIANG", "VĂN PHÒNG"], ["Kết quả thực hiện dân chủ ở cơ sở quý I năm 2025", "", "I. TÌNH HÌNH CHUNG", "Bảng 2. Trình độ của công chức (người)", ...table]);
    const r = recognizeFigures(text, REPORT);
    expect(boundValue(r.get("bcdc:trinhDo.thacSi"))).toBe("35");
    expect(boundValue(r.get("bcdc:trinhDo.daiHoc"))).toBe("44");
  });

  it("near-miss: a line of dashes under no header is left as written", () => {
    const text = ["Ghi chú", "-----------------------------------------------------------------------------", "Thạc sĩ    31    35", "Đại học    40    44"].join("\n");
    expect(spaceAlignedTables(text).split("\n")[1]).toBe("-----------------------------------------------------------------------------");
  });
});

describe("an item's number in brackets (970, 973)", () => {
  it("is no count when the paragraph goes on counting", () => {
    const line = "gồm 05 nhóm nhiệm vụ: (1) rà soát, công khai thủ tục hành chính; (2) một cửa liên thông; (3) môi trường điện tử; (4) tiếp nhận, xử lý phản ánh, kiến nghị; (5) thông tin, báo cáo.";
    expect(isEnumerationMark(line, ...at(line, "4)"))).toBe(false);
    expect(isEnumerationMark(line, at(line, "(4)")[0] + 1, at(line, "(4)")[0] + 2)).toBe(true);
    expect(isEnumerationMark(line, at(line, "(1)")[0] + 1, at(line, "(1)")[0] + 2)).toBe(true);
  });

  it("near-miss: a count wrapped in brackets alone stays a count", () => {
    const line = "hai nhà khách đã tự chủ toàn bộ chi thường xuyên với tổng số (37) viên chức.";
    const [start] = at(line, "37");
    expect(isEnumerationMark(line, start, start + 2)).toBe(false);
  });
});

describe("documents that advise (990)", () => {
  it("are the office's own documents", () => {
    const line = "- Văn bản tham mưu UBND tỉnh về tặng quà, trợ giúp gạo dịp Tết Nguyên đán Bính Ngọ năm 2026: 09";
    expect(advisedBodysAct(line, at(line, "09")[0], "văn phòng ủy ban nhân dân tỉnh ninh bình")).toBe(false);
  });

  it("near-miss: what the advised committee itself did stays its own", () => {
    const line = "Văn phòng tham mưu UBND tỉnh tổ chức 05 đoàn kiểm tra tại các huyện.";
    expect(advisedBodysAct(line, at(line, "05")[0], "văn phòng ủy ban nhân dân tỉnh ninh bình")).toBe(true);
  });
});

describe("an earlier report quoted (980, 981)", () => {
  it("gives values replaced when the correction follows, and that report's values when named by its quarter", () => {
    const line = "6. Số liệu của Trung tâm: Báo cáo số 45 lấy số liệu từ ngày 15/12/2025 đến ngày 10/3/2026 (tiếp nhận 15.312 hồ sơ; đã giải quyết 13.840 hồ sơ, đạt 90,39%; trễ hạn 80 hồ sơ; đang giải quyết 1.392 hồ sơ, chiếm 9,09%). Nay điều chỉnh theo đúng kỳ chốt số liệu.";
    expect(isSuperseded(line, at(line, "1.392")[0])).toBe(true);
    const quarter = "- Điều động: Báo cáo quý III nêu Văn phòng đã tiếp nhận điều động và bổ nhiệm 01 Phó Chánh Văn phòng. Trong quý IV, điều động 01 công chức đến công tác tại Sở Nội vụ.";
    expect(quotesEarlierReport(quarter, at(quarter, "01")[0])).toBe(true);
    expect(quotesEarlierReport(quarter, at(quarter, "01", at(quarter, "Trong quý IV")[0])[0])).toBe(false);
  });

  it("near-miss: a report cited as the source, or the correction's own numbers, are this period's", () => {
    const source = "Theo Báo cáo số 58/BC-TTPVHCC ngày 17/6/2024 của Trung tâm (số liệu từ ngày 15/3/2024 đến ngày 14/6/2024): Trung tâm tiếp nhận 14.826 hồ sơ.";
    expect(quotesEarlierReport(source, at(source, "14.826")[0])).toBe(false);
    expect(isSuperseded(source, at(source, "14.826")[0])).toBe(false);
    const corrected = "1. Tại mục I của Báo cáo số 45 ghi: \"công chức đang thực hiện 71 người\"; nay điều chỉnh là 70 người.";
    expect(isSuperseded(corrected, at(corrected, "71")[0])).toBe(true);
    expect(isSuperseded(corrected, at(corrected, "70")[0])).toBe(false);
    expect(quotesEarlierReport(corrected, at(corrected, "70")[0])).toBe(false);
  });
});

describe("items under an award's lead line (992, 994)", () => {
  const list = ["- Đề nghị Thủ tướng Chính phủ tặng Bằng khen: 02 cá nhân", "- Giám đốc Sở tặng Giấy khen:", "  + Tập thể: 04", "  + Cá nhân: 17"];

  it("are given under the lead's title, by the lead's giver", () => {
    const text = list.join("\n");
    expect(awardAt(text, ...at(text, "17"))).toEqual({ title: "giấy khen", giver: "giám đốc" });
    const doc = DOC(["UBND TỈNH THANH HÓA", "SỞ KHOA HỌC VÀ CÔNG NGHỆ"], ["Kết quả thực hiện dân chủ ở cơ sở quý III năm 2025", "", "II. KẾT QUẢ", "3. Thi đua, khen thưởng", ...list]);
    const r = recognizeFigures(doc, REPORT);
    expect(boundValue(r.get("bcdc:khenThuong.congAn"))).toBeNull();
    expect(boundValue(r.get("bcdc:khenThuong.hdndTapThe"))).toBeNull();
    expect(boundValue(r.get("bcdc:khenThuong.bangKhenTTg"))).toBe("02");
  });

  it("near-miss: an item naming its own award keeps it", () => {
    const text = ["- Giám đốc Sở tặng Giấy khen:", "  + Bằng khen của Chủ tịch UBND tỉnh: 03 cá nhân"].join("\n");
    expect(awardAt(text, ...at(text, "03"))).toEqual({ title: "bằng khen", giver: "chủ tịch" });
  });
});

describe("the department's counter at the centre (960, 961, 994)", () => {
  const CENTRE = ["phục vụ hành chính công", "pvhcc", "hành chính công"];
  const HEAD = ["UBND TỈNH NGHỆ AN", "SỞ TƯ PHÁP"];

  it("«thuộc» the centre names the desk, and its dossiers are the desk's", () => {
    const line = "Tại Quầy của Sở Tư pháp thuộc Trung tâm Phục vụ hành chính công tỉnh, trong quý tiếp nhận 6.842 hồ sơ; đã giải quyết 6.615 hồ sơ, đạt 96,68%, trong đó trả trước hạn 5.904 hồ sơ, trả đúng hạn 711 hồ sơ; đang giải quyết 227 hồ sơ.";
    expect(deskAtCentre(line.toLowerCase(), "sở tư pháp", CENTRE)).toEqual(["quầy của sở tư pháp thuộc trung tâm phục vụ hành chính công"]);
    const r = recognizeFigures(DOC(HEAD, ["Kết quả thực hiện dân chủ ở cơ sở quý II năm 2026", "", "IV. CẢI CÁCH HÀNH CHÍNH", line]), REPORT);
    expect(boundValue(r.get("bcdc:motCuaVp.tiepNhan"))).toBe("6.842");
    expect(boundValue(r.get("bcdc:motCuaVp.traSom"))).toBe("5.904");
    expect(boundValue(r.get("bcdc:hcc.tiepNhan"))).toBeNull();
  });

  it("so does the centre «(tại …)» in a bracket after the department's receiving desk", () => {
    const heading = "b) Kết quả giải quyết TTHC tại Bộ phận tiếp nhận của Sở (tại Trung tâm Phục vụ hành chính công tỉnh)";
    expect(deskAtCentre(heading.toLowerCase(), "sở khoa học và công nghệ", CENTRE)).toContain("bộ phận tiếp nhận của sở");
  });

  it("near-miss: the centre receiving for the whole province stays the centre's", () => {
    const line = "Trung tâm Phục vụ hành chính công tỉnh tiếp nhận 38.642 hồ sơ của các sở, ngành.";
    expect(deskAtCentre(line.toLowerCase(), "sở tư pháp", CENTRE)).toEqual([]);
  });
});

describe("documents followed, and lists of a staffing act (972, 973)", () => {
  it("reads «theo 31 Quyết định» as the documents a work rests on", () => {
    const line = "Trung tâm niêm yết, công khai 326 thủ tục hành chính theo 31 Quyết định công bố danh mục thủ tục hành chính của Chủ tịch UBND tỉnh.";
    expect(isBasisCount(line, ...at(line, "31"))).toBe(true);
    const done = "Văn phòng tham mưu ban hành 31 Quyết định công bố danh mục thủ tục hành chính.";
    expect(isBasisCount(done, ...at(done, "31"))).toBe(false);
  });

  it("reads every item after «Bổ nhiệm:» as appointed, for figures that name no such act", () => {
    const line = "(3) Bổ nhiệm: 02 Trưởng phòng và 05 Phó Trưởng phòng (Phòng Kinh tế 03, Phòng Văn hóa - Xã hội 02); 02 Phó Chánh Văn phòng HĐND và UBND xã. Luân chuyển: không phát sinh.";
    expect(inStaffActList(line, at(line, "02 Phó Chánh")[0])).toBe(true);
    expect(namesStaffAct("Số Phó Chánh Văn phòng Chánh Văn phòng và {N} Phó Chánh Văn phòng")).toBe(false);
    expect(namesStaffAct("Tiếp nhận công chức")).toBe(true);
    const held = "Lãnh đạo Văn phòng gồm Chánh Văn phòng và 02 Phó Chánh Văn phòng; trong quý bổ nhiệm 01 Trưởng phòng.";
    expect(inStaffActList(held, at(held, "02")[0])).toBe(false);
  });
});
