/**
 * Sections opened by a line in capitals with no number (capsHeadings.ts): «HỌP GIAO BAN» over «Trong quý tổ chức 12
 * cuộc.» scopes the figure as «1. Họp giao ban» would. The other side: the header's capitals (office block, motto,
 * «BÁO CÁO», a title in capitals), a label or a table row in capitals, a lone abbreviation, a capital word inside a
 * sentence, a block of three lines, the signature below «Nơi nhận», the office's name written again as a page's
 * running header, and any line in capitals of a document that numbers its sections.
 */
import { capsHeadingLines, headingsWithCaps } from "../../../src/domain/import/capsHeadings";
import { scanHeadings } from "../../../src/domain/import/headings";
import { checkStructure } from "../../../src/domain/import/structure";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { boundValue, byLabel } from "../../support/recognized";
import { REPORT } from "../../support/forms";

const HEADER = [
  "UBND TỈNH QUẢNG NINH",
  "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH",
  "Số: 12/BC-SVHTTDL",
  "",
  "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
  "Độc lập - Tự do - Hạnh phúc",
  "",
  "BÁO CÁO",
  "KẾT QUẢ THỰC HIỆN DÂN CHỦ QUÝ I NĂM 2026",
  "",
  "Thực hiện Công văn số 12/SNV ngày 01/3/2026 của Sở Nội vụ, Sở báo cáo kết quả như sau:",
  "",
].join("\n");

const titles = (body: string) => [...capsHeadingLines(`${HEADER}${body}`).values()];

describe("unnumbered headings in capitals", () => {
  it("reads each line in capitals of the body as a heading, and none of the header's", () => {
    const body = "HỌP GIAO BAN\n\nTrong quý tổ chức 12 cuộc.\n\nTIẾP CÔNG DÂN, ĐƠN THƯ\n\nTrong quý, Sở nhận 05 đơn của công dân.\n";
    expect(titles(body)).toEqual(["HỌP GIAO BAN", "TIẾP CÔNG DÂN, ĐƠN THƯ"]);
  });

  it("joins a heading the page wrapped on two lines", () => {
    expect(titles("KẾT QUẢ THỰC HIỆN DÂN CHỦ\nTRONG HOẠT ĐỘNG CỦA CƠ QUAN\nTrong quý tổ chức 12 cuộc.\n")).toEqual(["KẾT QUẢ THỰC HIỆN DÂN CHỦ TRONG HOẠT ĐỘNG CỦA CƠ QUAN"]);
  });

  it("scopes the figures below it: a number its own words do not name is the heading's", () => {
    const body = "HỌP GIAO BAN\n\nTrong quý tổ chức 12 cuộc.\n\nTIẾP CÔNG DÂN, ĐƠN THƯ\n\nTrong quý, Sở nhận 05 đơn.\n";
    expect(boundValue(recognizeFigures(`${HEADER}${body}`, REPORT).get(byLabel("Cuộc họp giao ban trong quý").id))).toBe("12");
  });

  it("gives the numbered headings under it their place beneath it", () => {
    const text = `${HEADER}CÔNG TÁC CÁN BỘ\n1. Điều động\nĐiều động 01 người.\nTHI ĐUA, KHEN THƯỞNG\n1. Khen thưởng\nKhen 02 người.\n`;
    const headings = headingsWithCaps(text, scanHeadings(text));
    expect(headings.map((h) => h.path)).toEqual(["I", "I.1", "II", "II.1"]);
    expect(headings[0]!.written).toBe("");
  });

  it("does not read the same lines in sentence case", () => {
    const body = "Họp giao ban\n\nTrong quý tổ chức 12 cuộc.\n\nTiếp công dân, đơn thư\n\nTrong quý, Sở nhận 05 đơn.\n";
    expect(titles(body)).toEqual([]);
    expect(boundValue(recognizeFigures(`${HEADER}${body}`, REPORT).get(byLabel("Cuộc họp giao ban trong quý").id))).toBeNull();
  });

  it("takes no label, table row, lone abbreviation, capital word in a sentence, nor block of three", () => {
    expect(titles("TỔNG SỐ: 45 HỒ SƠ\nTrong quý tổ chức 12 cuộc.\n")).toEqual([]);
    expect(titles("STT\tNỘI DUNG\tSỐ LƯỢNG\n1\tHồ sơ\t45\n")).toEqual([]);
    expect(titles("TTHC\nTrong quý tổ chức 12 cuộc.\n")).toEqual([]);
    expect(titles("Trong quý, Sở thực hiện KẾT LUẬN THANH TRA số 05.\n")).toEqual([]);
    expect(titles("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NINH\nSỞ VĂN HÓA\nTrong quý tổ chức 12 cuộc.\n")).toEqual([]);
    expect(titles("- HỌP GIAO BAN\nTrong quý tổ chức 12 cuộc.\n")).toEqual([]);
  });

  it("takes nothing below «Nơi nhận», nor the office's name written again as a page's running header", () => {
    expect(titles("HỌP GIAO BAN\nTrong quý tổ chức 12 cuộc.\nNơi nhận:\n- Sở Nội vụ;\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n")).toEqual(["HỌP GIAO BAN"]);
    expect(titles("HỌP GIAO BAN\nTrong quý tổ chức 12 cuộc.\nSỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH\nTrang 2\n")).toEqual(["HỌP GIAO BAN"]);
  });

  it("reads none in a document that numbers its sections, nor a single one", () => {
    const numbered = `${HEADER}I. TÌNH HÌNH CHUNG\nBIỂU TỔNG HỢP SỐ LIỆU\nTrong quý tổ chức 12 cuộc.\nII. KẾT QUẢ\nHỌP GIAO BAN\nNhận 05 đơn.\n`;
    expect(headingsWithCaps(numbered, scanHeadings(numbered))).toEqual(scanHeadings(numbered));
    const one = `${HEADER}HỌP GIAO BAN\nTrong quý tổ chức 12 cuộc.\n`;
    expect(headingsWithCaps(one, scanHeadings(one))).toEqual([]);
  });

  const PERIOD = { kind: "quarter", quarter: 1, year: 2026 } as const;
  const SECTIONS = "CÔNG TÁC CÁN BỘ\n1. Điều động\nĐiều động 01 người.\n2. Kết quả\nKhen 02 người.\nTHI ĐUA, KHEN THƯỞNG\n1. Khen thưởng\nKhen 02 người.\n2. Kết quả\nKhông có.\n";

  it("gives the structure check nothing to say of «1.» under each of them", () => {
    expect(checkStructure(`${HEADER}${SECTIONS}`, PERIOD)).toEqual([]);
  });

  it("lets the numbering under them go on from the section before, as an outline's questions do", () => {
    const outline = "PHẦN A. THÔNG TIN CHUNG\n1. Số biên chế: 58.\n2. Số hợp đồng: 09.\nPHẦN B. KẾT QUẢ TRONG KỲ\n3. Số cuộc giao ban: 13.\n4. Số đơn: không.\n";
    expect(checkStructure(`${HEADER}${outline}`, PERIOD)).toEqual([]);
    expect(checkStructure(`${HEADER}${outline.replace("4. Số đơn", "5. Số đơn")}`, PERIOD).map((p) => p.key)).toEqual([expect.stringMatching(/^structure\.numbering:/)]);
  });

  it("leaves the structure check its errors where no line in capitals parts the numbering", () => {
    const keys = checkStructure(`${HEADER}${SECTIONS.replace("THI ĐUA, KHEN THƯỞNG", "Thi đua, khen thưởng")}`, PERIOD).map((p) => p.key);
    expect(keys).toEqual(expect.arrayContaining([expect.stringMatching(/^structure\.numbering:/), expect.stringMatching(/^structure\.sameTitle:/)]));
  });
});
