/**
 * Figures another body supplied are that body's (meaning/sourcedPassages.ts; held-out 224, the Văn phòng Đoàn ĐBQH và
 * HĐND tỉnh quoting «số liệu do Văn phòng UBND tỉnh cung cấp» for a supervision): none of the issuer's fields. The
 * same words under the province office's own header, a source that is the form's own centre or one of the issuer's
 * rooms, and a figure after the quoted sentence stay the issuer's.
 */
import { foreignSourcedPassages } from "../../../src/domain/import/meaning/sourcedPassages";
import { normal } from "../../../src/domain/import/meaning/vetoOwnAward";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";
import { boundValue, byLabel } from "../../support/recognized";

const COUNCIL_OFFICE = ["ĐOÀN ĐBQH VÀ HĐND TỈNH TUYÊN QUANG", "VĂN PHÒNG"];
const PROVINCE_OFFICE = ["UBND TỈNH TUYÊN QUANG", "VĂN PHÒNG"];

const doc = (header: readonly string[], body: string) =>
  [...header, "", "BÁO CÁO", "Kết quả thực hiện dân chủ quý III năm 2026", "", "II. KẾT QUẢ THỰC HIỆN", "5. Cải cách hành chính", body, ""].join("\n");
const bound = (text: string, label: string) => boundValue(recognizeFigures(text, REPORT).get(byLabel(label).id));

const QUOTED =
  "Văn phòng đã tổng hợp số liệu do Văn phòng UBND tỉnh cung cấp: Bộ phận Một cửa của Văn phòng UBND tỉnh tiếp nhận 131 hồ sơ, đã giải quyết 126 hồ sơ. Trung tâm Phục vụ hành chính công tỉnh tiếp nhận 47.382 hồ sơ, đã giải quyết 44.019 hồ sơ.";

describe("the passages another body supplied", () => {
  // The header's lines as documentHeader.ts reads them: lower case, abbreviations spelled out.
  const lines = (header: readonly string[]) => header.map(normal);
  const centre = ["phục vụ hành chính công"];

  it("runs to the paragraph's end after a colon, to the sentence's end without one", () => {
    const colon = "Tổng hợp số liệu do Văn phòng UBND tỉnh cung cấp: tiếp nhận 131 hồ sơ. Trung tâm tiếp nhận 47 hồ sơ.\nVăn phòng có 03 phòng.";
    const [p] = foreignSourcedPassages(colon, lines(COUNCIL_OFFICE), null, centre);
    expect(colon.slice(p!.from, p!.to)).toBe(": tiếp nhận 131 hồ sơ. Trung tâm tiếp nhận 47 hồ sơ.");
    const sentence = "Theo số liệu của Văn phòng UBND tỉnh, toàn tỉnh có 96 Quyết định. Văn phòng có 03 phòng.";
    const [q] = foreignSourcedPassages(sentence, lines(COUNCIL_OFFICE), null, centre);
    expect(sentence.slice(q!.from, q!.to)).toBe(", toàn tỉnh có 96 Quyết định");
  });

  it("a source in brackets speaks to their close", () => {
    const bracket = "một số số liệu (do Văn phòng UBND tỉnh An Giang cung cấp tại Công văn số 902) được ghi kèm: Văn phòng có 03 phòng.";
    const [p] = foreignSourcedPassages(bracket, lines(PROVINCE_OFFICE), null, centre);
    expect(bracket.slice(p!.from, p!.to)).toBe(" tại Công văn số 902");
  });

  it("is none when the source is the issuer, its room, the form's centre, or there is no header", () => {
    const text = (source: string) => `Số liệu do ${source} cung cấp: tiếp nhận 131 hồ sơ.`;
    expect(foreignSourcedPassages(text("Văn phòng UBND tỉnh"), lines(PROVINCE_OFFICE), null, centre)).toEqual([]);
    expect(foreignSourcedPassages(text("Văn phòng"), lines(COUNCIL_OFFICE), null, centre)).toEqual([]);
    expect(foreignSourcedPassages(text("Phòng Hành chính - Tổ chức"), lines(COUNCIL_OFFICE), null, centre)).toEqual([]);
    expect(foreignSourcedPassages(text("Trung tâm Phục vụ hành chính công tỉnh"), lines(COUNCIL_OFFICE), null, centre)).toEqual([]);
    expect(foreignSourcedPassages(text("Văn phòng UBND tỉnh"), [], null, centre)).toEqual([]);
    expect(foreignSourcedPassages(text("Văn phòng UBND tỉnh"), lines(COUNCIL_OFFICE), null, centre)).toHaveLength(1);
  });
});

describe("figures another body supplied in a report", () => {
  it("are none of the issuer's fields: not its desk's, not the centre's", () => {
    const text = doc(COUNCIL_OFFICE, QUOTED);
    expect(bound(text, "Hồ sơ tiếp nhận (một cửa Văn phòng)")).toBeNull();
    expect(bound(text, "Hồ sơ tiếp nhận (Trung tâm PVHCC)")).toBeNull();
  });

  it("are the province office's own in its own report", () => {
    const text = doc(PROVINCE_OFFICE, QUOTED);
    expect(bound(text, "Hồ sơ tiếp nhận (một cửa Văn phòng)")).toBe("131");
    expect(bound(text, "Hồ sơ tiếp nhận (Trung tâm PVHCC)")).toBe("47.382");
  });

  it("the centre as the source of the office's centre figures leaves them the office's", () => {
    const text = doc(PROVINCE_OFFICE, "Theo số liệu do Trung tâm Phục vụ hành chính công tỉnh cung cấp: Trung tâm tiếp nhận 47.382 hồ sơ, đã giải quyết 44.019 hồ sơ.");
    expect(bound(text, "Hồ sơ tiếp nhận (Trung tâm PVHCC)")).toBe("47.382");
  });

  it("a figure after the sourced sentence is the issuer's again", () => {
    const text = doc(PROVINCE_OFFICE, "Theo số liệu của Sở Nội vụ, toàn tỉnh có 310 hồ sơ. Bộ phận Một cửa của Văn phòng tiếp nhận 131 hồ sơ, đã giải quyết 126 hồ sơ.");
    expect(bound(text, "Hồ sơ tiếp nhận (một cửa Văn phòng)")).toBe("131");
  });
});
