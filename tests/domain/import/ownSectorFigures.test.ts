/**
 * A department's own sector is its own (tests/fixtures/corpus/README.md, ruling 2): the decisions it submitted to
 * the chairman and the feedback it handled «lĩnh vực công thương», «thuộc lĩnh vực của Sở» are its own figures,
 * written in the clause or in the heading above. The same restriction still makes a count the sector's share of a
 * body the form names (the office's one-stop desk): vetoLeading.ts asks vetoTarget.ownSectorOnly and
 * vetoChannel.sectorHeading of those figures alone. Written here by a clerk of a Sở Công Thương.
 */
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";
import { boundValue, byLabel } from "../../support/recognized";

const HEAD = "UBND TỈNH QUẢNG TRỊ\nSỞ CÔNG THƯƠNG\nSố: 15/BC-SCT\n\nBÁO CÁO\nKết quả thực hiện dân chủ trong hoạt động của cơ quan quý III năm 2026\n\nII. KẾT QUẢ\n";
const DECISIONS = "Quyết định công bố danh mục TTHC";
const FEEDBACK = "Phản ánh, kiến nghị đã tiếp nhận và xử lý";
const value = (body: string, label: string) => boundValue(recognizeFigures(HEAD + body, REPORT).get(byLabel(label).id));

describe("a department's own sector is its own", () => {
  it("in the number's clause", () => {
    const body = "4. Kiểm soát thủ tục hành chính\nSở đã trình Chủ tịch UBND tỉnh ban hành 04 quyết định công bố danh mục thủ tục hành chính lĩnh vực công thương; tiếp nhận, xử lý 12 phản ánh, kiến nghị về quy định hành chính thuộc lĩnh vực của Sở.\n";
    expect(value(body, DECISIONS)).toBe("04");
    expect(value(body, FEEDBACK)).toBe("12");
  });

  it("in the heading above", () => {
    const body = "6. Cải cách hành chính, thủ tục hành chính thuộc lĩnh vực của Sở\nTham mưu Chủ tịch UBND tỉnh ban hành 03 Quyết định công bố danh mục TTHC lĩnh vực công thương; tiếp nhận, xử lý 09 phản ánh, kiến nghị về quy định hành chính.\n";
    expect(value(body, DECISIONS)).toBe("03");
    expect(value(body, FEEDBACK)).toBe("09");
  });
});

describe("near-match: the sector's share of a body the form names", () => {
  it("a desk's dossiers «lĩnh vực công thương» in the department's report are not the form's desk's", () => {
    const body = "3. Bộ phận một cửa của Sở\nBộ phận một cửa của Sở tiếp nhận 120 hồ sơ thủ tục hành chính lĩnh vực công thương, đã giải quyết 118 hồ sơ.\n";
    expect(value(body, "Hồ sơ tiếp nhận (một cửa Văn phòng)")).toBeNull();
    expect(value(body, "Hồ sơ đã giải quyết, trả kết quả")).toBeNull();
  });
});
