/**
 * Reports that came back into Word from a PDF (stop 45's unseen batch, held-out 1220–1226): footnotes with raised
 * marks whose notes at the page's foot break a figure down, and a page number left alone in a text re-joined by hand
 * but for one page. Other clerks' sentences than the held-out reports'.
 */
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";
import { shown } from "../../support/recognitionShown";

const HEADER = "UBND TỈNH HÀ TĨNH                        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nVĂN PHÒNG                                 Độc lập - Tự do - Hạnh phúc\n";
const TITLE = `${HEADER}                                   BÁO CÁO\nKết quả thực hiện dân chủ ở cơ sở quý II năm 2026\n\nI. TỔ CHỨC BỘ MÁY\nVăn phòng có 04 phòng²; bổ nhiệm 02 Trưởng phòng.\n`;

describe("a footnote with a raised mark", () => {
  const text =
    `${TITLE}III. CẢI CÁCH HÀNH CHÍNH\n` +
    "1. Bộ phận Một cửa Văn phòng tiếp nhận 212 hồ sơ, đã giải quyết 204 hồ sơ, đạt 96,23%³;\n" +
    "đang giải quyết 08 hồ sơ, chiếm 3,77%.\n" +
    "2. Kiểm soát thủ tục hành chính: Kế hoạch năm của tỉnh có 06 nhóm công việc; trong quý\n" +
    "______________________\n" +
    "² Phòng Tổng hợp 02; Phòng Nội chính 01; Trung tâm Phục vụ hành chính công\n" +
    "tỉnh 01.\n" +
    "³ Trả trước hạn 71 hồ sơ (34,80%); trả đúng hạn 133 hồ sơ (65,20%).\n" +
    "Văn phòng tham mưu ban hành 31 quyết định công bố danh mục thủ tục hành chính.\n" +
    "3. Trung tâm Phục vụ hành chính công tỉnh tiếp nhận 38.410 hồ sơ; đã giải quyết 36.902 hồ sơ⁴, đạt 96,07%;\n" +
    "đang giải quyết 1.508 hồ sơ.\n" +
    "______________________\n" +
    "⁴ Trả trước hạn 33.015 hồ sơ; trả đúng hạn 3.640 hồ sơ; rút và trả lại 247 hồ sơ.\n";
  const r = recognizeFigures(text, REPORT);

  it("reads the note's figures where its mark is: the desk's, not the centre a note above it names", () => {
    expect([shown(r.get("bcdc:motCuaVp.traSom")), shown(r.get("bcdc:motCuaVp.dungHan"))]).toEqual(["71", "133"]);
    expect([shown(r.get("bcdc:hcc.truocHan")), shown(r.get("bcdc:hcc.dungHan"))]).toEqual(["33.015", "3.640"]);
  });
});

describe("a page number left alone", () => {
  it("is no figure where it breaks a word beside the first page's header line", () => {
    const text =
      `${TITLE}III. CẢI CÁCH HÀNH CHÍNH\n` +
      "- Bộ phận Một cửa Văn phòng: tiếp nhận 95 hồ sơ; đã giải quyết 91 hồ sơ, đạt 95,79%; đang giải quy-\n" +
      "                                          2\n" +
      "UBND TỈNH HÀ TĨNH                        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n" +
      "ết 04 hồ sơ (4,21%).\n";
    expect(shown(recognizeFigures(text, REPORT).get("bcdc:motCuaVp.dangGiaiQuyet"))).toBe("04");
  });
});
