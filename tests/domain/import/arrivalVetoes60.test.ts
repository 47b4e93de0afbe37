/**
 * What the unseen batches 540–556 showed wrong or missed, each as a clerk wrote it, with the near-miss beside it:
 * - a heading over the office's desk and the centre leaves each sentence to say whose its figures are, read back to
 *   its subject however long; «phần mềm một cửa điện tử» is a system, no desk (552, 262, 263);
 * - a table of months «Tháng 7 | Tháng 8 | Tháng 9 | Cộng quý III» gives the quarter's column, and its rows «A⇥Bộ phận
 *   một cửa …», «B⇥Trung tâm …» head the rows under them (552);
 * - a tab table «Nội dung | Quý trước | Quý này | So sánh (%)» with its group heading «I. Trung tâm …» typed on a line
 *   of its own keeps its header over the rows below, and its digit-numbered rows head no scope (541);
 * - «so với cùng tháng năm 2025 (14 lượt, 23 người)» is a year ago, not the month before (546);
 * - «- Nâng lương trước thời hạn: chưa phát sinh.» is a zero, as «không phát sinh» is (544);
 * - «Thanh tra tỉnh có 05 phòng chuyên môn, gồm: …» names the inspectorate, no inspection of five rooms (324).
 */
import { sentenceOfOtherOrganisation, formOrganisations } from "../../../src/domain/import/meaning/cellOrganisation";
import { organisationNames } from "../../../src/domain/import/meaning/vetoPlace";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { parseField } from "../../../src/domain/fieldValues";
import type { FieldDef } from "../../../src/domain/types";
import { builtInDefinition, REPORT } from "../../support/forms";
import { listsFound } from "../../support/unitLists";

const MONTHLY = builtInDefinition("tiep-cong-dan-thang");

function bound(text: string, id: string, form = REPORT): string | null {
  const r = recognizeFigures(text, form).get(id);
  return r?.state === "bound" ? r.occurrences.map((o) => o.text).join("|") : null;
}

describe("a sentence naming one of the form's organisations under a heading over two", () => {
  const forms = formOrganisations(REPORT);
  const own = (title: string) => forms.find((names) => names[0] === organisationNames(title)![0])!;
  const desk = own("Bộ phận một cửa của Văn phòng");
  const centre = own("Trung tâm Phục vụ hành chính công tỉnh");

  it("is that organisation's, not the other's", () => {
    const before = "tại trung tâm phục vụ hành chính công tỉnh, từ ngày 15/6/2026 đến ngày 14/9/2026 hồ sơ đang giải quyết chiếm ";
    expect(sentenceOfOtherOrganisation(before, desk, forms)).toBe(true);
    expect(sentenceOfOtherOrganisation(before, centre, forms)).toBe(false);
  });

  it("near-miss: a sentence naming both (the desk at the centre), or neither, refuses nothing", () => {
    const both = "bộ phận một cửa của văn phòng tại trung tâm phục vụ hành chính công tỉnh tiếp nhận ";
    expect(sentenceOfOtherOrganisation(both, desk, forms)).toBe(false);
    expect(sentenceOfOtherOrganisation("trong quý, đã tiếp nhận ", desk, forms)).toBe(false);
  });

  // A table of both by month, then a sentence for each: the heading above names both, each sentence one.
  const text = [
    "BÁO CÁO Kết quả thực hiện dân chủ quý III năm 2026",
    "III. THỰC HIỆN DÂN CHỦ TRONG HOẠT ĐỘNG CỦA CƠ QUAN",
    "3. Kết quả tiếp nhận, giải quyết thủ tục hành chính tại Bộ phận một cửa Văn phòng và Trung tâm Phục vụ hành chính công tỉnh:",
    "",
    "TT\tNội dung\tTháng 7\tTháng 8\tTháng 9\tCộng quý III\tGhi chú",
    "A\tBộ phận một cửa Văn phòng\t\t\t\t\t",
    "1\tHồ sơ tiếp nhận\t34\t29\t31\t94\t",
    "2\tHồ sơ đã giải quyết\t31\t30\t29\t90\t",
    "3\tHồ sơ đang giải quyết\t03\t02\t04\t04\tSố tồn cuối kỳ",
    "B\tTrung tâm Phục vụ hành chính công tỉnh\t\t\t\t\t",
    "1\tHồ sơ tiếp nhận\t4.126\t3.874\t4.318\t12.318\tQuý II: 11.762",
    "2\tHồ sơ đã giải quyết\t3.952\t3.901\t4.087\t11.940\t",
    "\t- Trễ hạn\t12\t13\t15\t42\t",
    "3\tHồ sơ đang giải quyết\t174\t147\t378\t378\tSố tồn cuối kỳ",
    "",
    "Như vậy, trong quý III/2026, Bộ phận một cửa Văn phòng đã giải quyết 90/94 hồ sơ, đạt 95,74%; đang giải quyết 04 hồ sơ, chiếm 4,26%.",
    "Tại Trung tâm Phục vụ hành chính công tỉnh, từ ngày 15/6/2026 đến ngày 14/9/2026 hồ sơ trễ hạn chiếm 0,35% số đã giải quyết; hồ sơ đang giải quyết chiếm 3,07%.",
    "",
  ].join("\n");

  it("binds each share to the organisation its sentence names", () => {
    expect(bound(text, "bcdc:motCuaVp.tyLeDangGiaiQuyet")).toBe("4,26%");
    expect(bound(text, "bcdc:hcc.tyLeDangGiaiQuyet")).toBe("3,07%");
  });

  it("reads a table's lettered group rows as headings, and the quarter's column, not a month's, as the figure", () => {
    expect(bound(text, "bcdc:motCuaVp.tiepNhan")).toBe("94");
    expect(bound(text, "bcdc:hcc.tiepNhan")).toBe("12.318");
    expect(bound(text, "bcdc:hcc.treHan")).toBe("42");
    expect(bound(text, "bcdc:hcc.dangGiaiQuyet")).toBe("378");
  });

  it("reads the whole sentence back to its subject, however long, and a system's name as no desk", () => {
    const long = [
      "UBND TỈNH BẮC NINH\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP\tĐộc lập - Tự do - Hạnh phúc",
      "BÁO CÁO",
      "Kết quả thực hiện dân chủ trong hoạt động của cơ quan quý I năm 2026",
      "IV. CẢI CÁCH HÀNH CHÍNH VÀ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH",
      "Bộ phận một cửa của Ban Quản lý tại Trung tâm Phục vụ hành chính công tỉnh, từ ngày 15/12/2025 đến ngày 14/3/2026, tiếp nhận 1.318 hồ sơ (cấp giấy phép lao động cho người nước ngoài 704 hồ sơ, điều chỉnh chứng nhận đăng ký đầu tư 289 hồ sơ, các thủ tục khác 325 hồ sơ); đã giải quyết 1.271 hồ sơ, đạt 96,43%, trong đó trả trước hạn 1.102 hồ sơ (86,70%), trả đúng hạn 169 hồ sơ (13,30%); đang giải quyết 47 hồ sơ (3,57%).",
      "",
    ].join("\n");
    expect(bound(long, "bcdc:motCuaVp.tyLeDangGiaiQuyet")).toBe("3,57%");
    expect(sentenceOfOtherOrganisation("hộ tịch 02 hồ sơ do phần mềm một cửa điện tử lỗi 03 ngày liền, ", centre, forms)).toBe(false);
  });
});

describe("a tab table with its group heading on a line of its own", () => {
  const text = [
    "UBND PHƯỜNG ĐÔNG HÀ",
    "BÁO CÁO Kết quả thực hiện dân chủ quý I năm 2026",
    "1. Kết quả giải quyết thủ tục hành chính tại Trung tâm Phục vụ hành chính công phường quý I/2026 so với quý IV/2025:",
    "",
    "Nội dung\tQuý trước\tQuý này\tSo sánh (%)",
    "I. Trung tâm Phục vụ hành chính công phường",
    "1. Hồ sơ tiếp nhận\t2.917\t3.264\t111,90",
    "2. Hồ sơ đã giải quyết\t2.805\t3.108\t110,80",
    "   - Trước hạn\t2.196\t2.431\t110,70",
    "   - Đúng hạn\t561\t629\t112,12",
    "II. Tiếp công dân, đơn thư",
    "1. Lượt tiếp công dân\t38\t45\t118,42",
    "",
  ].join("\n");

  it("reads this quarter's column under the group the line names", () => {
    expect(bound(text, "bcdc:hcc.tiepNhan")).toBe("3.264");
    expect(bound(text, "bcdc:hcc.truocHan")).toBe("2.431");
    expect(bound(text, "bcdc:hcc.dungHan")).toBe("629");
  });

  it("near-miss: two tables with a heading between stay two (the second's header row holds no figure)", () => {
    const two = [
      "BÁO CÁO Kết quả thực hiện dân chủ quý I năm 2026",
      "Nội dung\tQuý trước\tQuý này",
      "Hồ sơ tiếp nhận tại Trung tâm Phục vụ hành chính công\t2.917\t3.264",
      "II. Tiếp công dân",
      "Nội dung\tSố lượt\tSố người",
      "Lãnh đạo tiếp\t12\t15",
      "",
    ].join("\n");
    expect(bound(two, "bcdc:hcc.tiepNhan")).toBe("3.264");
  });
});

describe("the same month a year ago", () => {
  const head = "Kết quả tiếp công dân tháng 10/2026\n\nTrong tháng tiếp 11 lượt với 16 người.\n";

  it("is no figure of the month before, «cùng tháng năm 2025» as «cùng kỳ»", () => {
    const text = `${head}So với tháng 9/2026 (08 lượt), tăng 03 lượt. So với cùng tháng năm 2025 của các xã cũ cộng lại (14 lượt, 23 người), giảm 03 lượt.\n`;
    expect(bound(text, "tcd:soSanh.nguoiThangTruoc", MONTHLY)).toBeNull();
    expect(bound(text, "tcd:soSanh.luotThangTruoc", MONTHLY)).toBe("08");
  });

  it("near-miss: the month before written in its bracket stays the month before's", () => {
    const text = `${head}So với tháng 9/2026 (08 lượt, 12 người), tăng 03 lượt.\n`;
    expect(bound(text, "tcd:soSanh.nguoiThangTruoc", MONTHLY)).toBe("12");
  });
});

describe("the inspectorate by its name opening the sentence", () => {
  it("has its rooms: «Thanh tra tỉnh có 05 phòng chuyên môn, gồm: …»", () => {
    expect(listsFound("Thanh tra tỉnh có Chánh Thanh tra, 03 Phó Chánh Thanh tra và 02 phòng chuyên môn, gồm: Văn phòng; Phòng Nghiệp vụ 1.")).toEqual({
      "toChuc.danhSach": "Văn phòng\nPhòng Nghiệp vụ 1",
      "toChuc.so": "02",
    });
  });

  it("near-miss: an inspection of rooms is still the places inspected", () => {
    expect(listsFound("Thanh tra việc thực hiện dân chủ tại 02 phòng chuyên môn, gồm: Phòng Một; Phòng Hai.")).toEqual({});
  });
});

describe("«chưa phát sinh», a zero as clerks write it", () => {
  it("is read as none in a count box, as «không phát sinh» is", () => {
    const count: FieldDef = { id: "x:y", label: "Y", kind: "count", section: "I" };
    expect(parseField(count, "chưa phát sinh")).toEqual(parseField(count, "không phát sinh"));
    expect(parseField(count, "chưa phát sinh").ok).toBe(true);
  });

  it("binds as an item's value (544), and not where it leads a clause that goes on", () => {
    const head = "UBND TỈNH QUẢNG NINH\nỦY BAN NHÂN DÂN ĐẶC KHU CÔ TÔ\nBÁO CÁO\nKết quả thực hiện dân chủ quý IV năm 2025\n3. Công tác cán bộ\n";
    expect(bound(`${head}- Nâng lương trước thời hạn: chưa phát sinh.\n`, "bcdc:cheDo.nangLuongTruocHan")).toBe("chưa phát sinh");
    expect(bound(`${head}- Nâng lương trước thời hạn: chưa phát sinh trường hợp đủ điều kiện, dự kiến quý I/2026 xét 02 người.\n`, "bcdc:cheDo.nangLuongTruocHan")).toBeNull();
  });
});

describe("no feedback on the rules, as offices write it", () => {
  const head = "UBND TỈNH LẠNG SƠN\nTHANH TRA TỈNH\nBÁO CÁO\nKết quả thực hiện dân chủ quý III năm 2026\n2. Cải cách hành chính\n";

  it("binds the zero of «không có / không nhận được phản ánh, kiến nghị về quy định hành chính» and of its label line", () => {
    expect(bound(`${head}Thanh tra tỉnh trình ban hành 01 Quyết định công bố danh mục TTHC; trong quý không có phản ánh, kiến nghị về quy định hành chính thuộc lĩnh vực.\n`, "bcdc:ksthc.soPhanAnh")).toBe("không có");
    expect(bound(`${head}Trong quý, Sở không nhận được phản ánh, kiến nghị về quy định hành chính thuộc lĩnh vực của Sở.\n`, "bcdc:ksthc.soPhanAnh")).toBe("không");
    expect(bound(`${head}- Phản ánh, kiến nghị về quy định hành chính: chưa phát sinh.\n`, "bcdc:ksthc.soPhanAnh")).toBe("chưa phát sinh");
  });

  it("near-miss: citizens' letters complaining of wages are no feedback on the rules", () => {
    expect(bound(`${head}Không có đơn thư khiếu nại, tố cáo. Ban nhận 07 đơn của người lao động phản ánh về tiền lương, bảo hiểm xã hội.\n`, "bcdc:ksthc.soPhanAnh")).toBeNull();
  });
});
