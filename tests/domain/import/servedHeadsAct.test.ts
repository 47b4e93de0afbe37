/**
 * A dialogue an office only serves or advises is held by the head it serves (otherHeadsAct.ts): «Ban phục vụ hội nghị
 * Chủ tịch UBND tỉnh đối thoại với 46 doanh nghiệp; hội nghị nhận được 19 ý kiến» is the chairman's dialogue, not the
 * Ban head's own. A clerk's sentences, not the corpus's.
 */
import { heldByOtherHead } from "../../../src/domain/import/meaning/otherHeadsAct";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { boundValue, byLabel } from "../../support/recognized";
import { REPORT } from "../../support/forms";

const held = (sentence: string, n: string) => heldByOtherHead(sentence, 0, sentence.indexOf(n), "văn phòng");

describe("a head the office serves in his own dialogue", () => {
  it("served, advised or organised for him, then his dialogue: his act", () => {
    expect(held("Ngày 14/5/2026, Văn phòng phục vụ hội nghị Chủ tịch UBND tỉnh đối thoại với 46 doanh nghiệp; hội nghị nhận được 19 ý kiến", "19")).toBe(true);
    expect(held("Văn phòng tham mưu Phó Chủ tịch UBND tỉnh đối thoại với hộ dân vùng dự án, ghi nhận 07 ý kiến", "07")).toBe(true);
    expect(held("Văn phòng phối hợp tổ chức cho Chủ tịch UBND tỉnh chủ trì đối thoại với thanh niên, nhận 05 ý kiến", "05")).toBe(true);
  });
  it("near-match: advice on another act, a report to him, the own head's dialogue", () => {
    expect(held("Văn phòng tham mưu Chủ tịch UBND tỉnh ban hành 06 quyết định", "06")).toBe(false);
    expect(held("Văn phòng phục vụ Chủ tịch UBND tỉnh làm việc với các sở; Chánh Văn phòng đối thoại với công chức, nhận 03 ý kiến", "03")).toBe(false);
    expect(held("Chánh Văn phòng đối thoại với công chức sau hội nghị, nhận được 04 ý kiến", "04")).toBe(false);
  });
});

it("the own head's dialogue is the figure beside a chairman's dialogue the office served", () => {
  const text = [
    "UBND TỈNH AN PHÚ",
    "VĂN PHÒNG",
    "",
    "IV. Đối thoại",
    "Ngày 22/4/2026, Chánh Văn phòng đối thoại với công chức, viên chức và người lao động; nhận được 02 ý kiến về phương tiện đi công tác.",
    "Ngày 14/5/2026, Văn phòng phục vụ hội nghị Chủ tịch UBND tỉnh đối thoại với 46 doanh nghiệp; hội nghị nhận được 19 ý kiến, kiến nghị.",
  ].join("\n");
  const field = byLabel("Ý kiến đề nghị nhận được tại hội nghị đối thoại").id;
  expect(boundValue(recognizeFigures(text, REPORT).get(field))).toBe("02");
});
