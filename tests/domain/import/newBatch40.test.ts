/**
 * Ways of writing met in wt-fresh40/41's reports (340–356), each rule with the text where it must bind and a near
 * text where it must not. Sentences in other clerks' words than the held-out reports'.
 */
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { withoutSpelledEchoes } from "../../../src/domain/import/meaning/spelledNumbers";
import { awardAt } from "../../../src/domain/import/meaning/vetoAward";
import { wholeAreaParts } from "../../../src/domain/import/meaning/areaParts";
import { postPartAt } from "../../../src/domain/import/meaning/postParts";
import { scanHeadings } from "../../../src/domain/import/headings";
import { REPORT } from "../../support/forms";
import { readFields } from "../../support/readFields";

const TITLE = "BÁO CÁO\nKết quả thực hiện dân chủ ở cơ sở quý II năm 2026\n\n";

const read = (text: string, ...ids: string[]): string[] => readFields(TITLE + text, ...ids);

describe("a zero as a label line's value meets the sibling label lines (labelReading.ts)", () => {
  it("«- A: không có.» beside «- B: 02 công chức.» is A's zero, not B's 02", () => {
    const lines = "III. KẾT QUẢ\n1. Chế độ, chính sách\n- Nâng lương trước thời hạn: không có.\n- Nâng lương thường xuyên: 02 công chức.\n";
    expect(read(lines, "cheDo.nangLuongTruocHan")).toEqual(["không có"]);
    const oneLine = "III. KẾT QUẢ\n1. Chế độ, chính sách\n- Nâng lương trước thời hạn: không có. Nâng lương thường xuyên: 02 công chức.\n";
    expect(read(oneLine, "cheDo.nangLuongTruocHan")).toEqual(["không có"]);
  });

  it("near: a «không» that is no item's value is no rival («không để chậm»), the line's own count stays", () => {
    const notValue = "III. KẾT QUẢ\n1. Chế độ, chính sách\n- Nâng lương trước thời hạn: không để chậm hồ sơ nào.\n- Nâng lương trước thời hạn cho 03 công chức.\n";
    expect(read(notValue, "cheDo.nangLuongTruocHan")).toEqual(["03"]);
  });
});

describe("a count in words with its digits in brackets after it (spelledNumbers.ts)", () => {
  it("blanks the words and the brackets, keeping the digits where they are", () => {
    const text = "nhận được mười một (11) ý kiến";
    const out = withoutSpelledEchoes(text);
    expect(out.length).toBe(text.length);
    expect(out.replace(/ +/g, " ")).toBe("nhận được 11 ý kiến");
    expect(withoutSpelledEchoes("có ba mươi tư (34) Quyết định").replace(/ +/g, " ")).toBe("có 34 Quyết định");
  });

  it("near: words saying another number, or no number, are left as written", () => {
    expect(withoutSpelledEchoes("nhận được mười hai (11) ý kiến")).toBe("nhận được mười hai (11) ý kiến");
    expect(withoutSpelledEchoes("Phòng Nội chính (11)")).toBe("Phòng Nội chính (11)");
  });

  it("the words before the words describe the digits: the opinions received, not those answered", () => {
    const text = "III. KẾT QUẢ\n5. Đối thoại\nHội nghị đối thoại của Chánh Văn phòng nhận được mười bốn (14) ý kiến, đã trả lời tại hội nghị 12 ý kiến, 02 ý kiến trả lời bằng văn bản.\n";
    expect(read(text, "doiThoai.soYKien")).toEqual(["14"]);
  });
});

describe("a giver named between the number and the award (vetoAward.ts)", () => {
  it("«01 cá nhân đề nghị Chủ tịch UBND tỉnh tặng Bằng khen» is the chairman's award, not the Prime Minister's", () => {
    const text = "- 01 cá nhân đề nghị Chủ tịch UBND tỉnh tặng Bằng khen (hoàn thành xuất sắc nhiệm vụ).";
    const at = text.indexOf("01");
    expect(awardAt(text, at, at + 2)).toEqual({ title: "bằng khen", giver: "chủ tịch" });
    expect(read(`II. KẾT QUẢ\n3. Thi đua, khen thưởng\n${text}\n`, "khenThuong.bangKhenTTg")[0]).not.toBe("01");
  });

  it("near: the Prime Minister named there gives it", () => {
    const text = "- 01 cá nhân đề nghị Thủ tướng Chính phủ tặng Bằng khen (hoàn thành xuất sắc nhiệm vụ).";
    const at = text.indexOf("01");
    expect(awardAt(text, at, at + 2)).toEqual({ title: "bằng khen", giver: "thủ tướng" });
    expect(read(`II. KẾT QUẢ\n3. Thi đua, khen thưởng\n${text}\n`, "khenThuong.bangKhenTTg")).toEqual(["01"]);
  });
});

describe("a part about the whole area beside a part about the issuer (areaParts.ts)", () => {
  const both =
    "PHẦN THỨ NHẤT\nTÌNH HÌNH THỰC HIỆN TRÊN ĐỊA BÀN TỈNH\n\n1. Thủ tục hành chính\nUBND tỉnh ban hành 41 Quyết định công bố danh mục thủ tục hành chính.\n\n" +
    "PHẦN THỨ HAI\nTÌNH HÌNH THỰC HIỆN TẠI CƠ QUAN SỞ\n\n1. Thủ tục hành chính\nSở trình Chủ tịch UBND tỉnh ban hành 02 Quyết định công bố danh mục thủ tục hành chính.\n";

  it("the area's part is another body's: the issuer's own figure is read in its own part", () => {
    expect(wholeAreaParts(both, scanHeadings(both))).toHaveLength(1);
    expect(read(both, "ksthc.soQuyetDinhCongBo")).toEqual(["02"]);
  });

  it("near: an area part with no part of the issuer's own marks nothing", () => {
    const alone = both.replace("TẠI CƠ QUAN SỞ", "VỀ CÔNG TÁC CẢI CÁCH");
    expect(wholeAreaParts(alone, scanHeadings(alone))).toEqual([]);
  });
});

describe("a qualification's holders counted post by post (postParts.ts)", () => {
  const byPost = "I. TÌNH HÌNH\n3. Trình độ\n- Lý luận chính trị: cao cấp gồm Lãnh đạo Văn phòng 03, Trưởng phòng 06, Phó Trưởng phòng 07; trung cấp 21 người.\n";

  it("is neither the qualification's total nor a count of the post", () => {
    const at = byPost.indexOf("06");
    expect(postPartAt(byPost, at, at + 2)).toEqual({ lead: ["cao", "cấp"], post: ["trưởng", "phòng"] });
    const [caoCap, truongPhong, phoPhong] = read(byPost, "llct.caoCap", "boNhiem.truongPhong", "boNhiem.phoPhong");
    expect(caoCap).not.toBe("03");
    expect(truongPhong).not.toBe("06");
    expect(phoPhong).not.toBe("07");
  });

  it("near: a lead that is people («Lãnh đạo Văn phòng gồm …»), or items that are no posts, are no such list", () => {
    const leaders = "Lãnh đạo Văn phòng gồm Chánh Văn phòng 01, Phó Chánh Văn phòng 03.";
    expect(postPartAt(leaders, leaders.indexOf("03"), leaders.indexOf("03") + 2)).toBeNull();
    const kinds = "Trình độ gồm tiến sĩ 01, thạc sĩ 36, đại học 63.";
    expect(postPartAt(kinds, kinds.indexOf("36"), kinds.indexOf("36") + 2)).toBeNull();
    expect(read("I. TÌNH HÌNH\n3. Trình độ\n- Lý luận chính trị: cao cấp 19 người; trung cấp 21 người.\n", "llct.caoCap")).toEqual(["19"]);
  });
});

describe("a table's total column beside its sites' columns (tableGrid.ts)", () => {
  const table = (last: string) =>
    "III. KẾT QUẢ\n4. Trung tâm Phục vụ hành chính công tỉnh, từ ngày 15/3/2026 đến ngày 14/6/2026:\n" +
    `Nội dung\tTrụ sở chính\tChi nhánh Hòa Bình\t${last}\n` +
    "Hồ sơ tiếp nhận\t5.200\t3.100\t8.300\nHồ sơ đã giải quyết\t5.000\t2.900\t7.900\n";

  it("«Toàn Trung tâm» is the figure, the sites' cells its parts", () => {
    expect(read(table("Toàn Trung tâm"), "hcc.tiepNhan", "hcc.daGiaiQuyet")).toEqual(["8.300", "7.900"]);
  });

  it("near: a last column that says no total leaves the sites' cells as candidates", () => {
    const [tiepNhan] = read(table("Điểm tiếp nhận Mai Châu"), "hcc.tiepNhan");
    expect(tiepNhan).not.toBe("8.300");
  });
});

describe("a report the organisation issues itself (vetoLeading.ts issuedBy)", () => {
  const report = (body: string) =>
    `VĂN PHÒNG UBND TỈNH HÒA BÌNH\n${body}\n\nBÁO CÁO\nKết quả thực hiện dân chủ ở cơ sở quý II năm 2026\n\n` +
    "II. KẾT QUẢ\n4. Kết quả giải quyết hồ sơ thủ tục hành chính từ ngày 15/3/2026 đến ngày 14/6/2026: tiếp nhận 8.300 hồ sơ; đã giải quyết 7.900 hồ sơ, trước hạn 6.100 hồ sơ.\n";

  it("the centre's own report: its dossiers are the centre's though the sentence does not name it", () => {
    const r = recognizeFigures(report("TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG"), REPORT);
    const x = r.get("bcdc:hcc.truocHan");
    expect(x?.state === "bound" ? x.occurrences.map((o) => o.input) : x?.state).toEqual(["6.100"]);
  });

  it("near: the office's own report does not give the centre's figure to a sentence that does not name it", () => {
    const r = recognizeFigures(report("PHÒNG HÀNH CHÍNH - TỔ CHỨC"), REPORT);
    expect(r.get("bcdc:hcc.truocHan")?.state).not.toBe("bound");
  });
});
