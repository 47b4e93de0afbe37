/**
 * A count of meetings whose noun is joined to another kind of meeting counts both kinds (joinedKinds.ts): «11 cuộc họp
 * giao ban, hội nghị» is the briefings with the staff conference, not the briefings alone. A clerk's sentences.
 */
import { countsJoinedKinds } from "../../../src/domain/import/meaning/joinedKinds";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { boundValue, byLabel } from "../../support/recognized";
import { REPORT } from "../../support/forms";

const LABEL = "Cuộc họp giao ban trong quý";
const joined = (sentence: string, n: string) => countsJoinedKinds(LABEL, sentence, sentence.indexOf(n) + n.length);

describe("countsJoinedKinds", () => {
  it("another kind of meeting joined to the count's noun: both kinds", () => {
    expect(joined("Trong quý đã tổ chức 11 cuộc họp giao ban, hội nghị có nội dung về dân chủ", "11")).toBe(true);
    expect(joined("Văn phòng tổ chức 09 cuộc giao ban và hội nghị chuyên đề", "09")).toBe(true);
    expect(joined("tổ chức 07 buổi giao ban/hội nghị", "07")).toBe(true);
  });
  it("near-match: the count's own kind alone, a second count, the field's own words, nouns of people", () => {
    expect(joined("Văn phòng tổ chức 10 cuộc giao ban giữa lãnh đạo Văn phòng với các phòng, đơn vị", "10")).toBe(false);
    expect(joined("tổ chức 10 cuộc giao ban, 01 hội nghị cán bộ", "10")).toBe(false);
    expect(joined("tổ chức 10 hội nghị, cuộc họp giao ban", "10")).toBe(false);
    expect(joined("có 05 công chức, viên chức tham dự", "05")).toBe(false);
  });
});

it("the briefings are bound where counted alone, not where counted with the conference", () => {
  const text = [
    "UBND TỈNH AN PHÚ",
    "VĂN PHÒNG",
    "",
    "3.2. Giao ban, hội nghị cán bộ, công chức",
    "Trong quý, Văn phòng tổ chức 10 cuộc giao ban giữa lãnh đạo Văn phòng với các phòng, đơn vị. Ngày 06/02/2026, Văn phòng tổ chức Hội nghị cán bộ, công chức, viên chức năm 2026.",
    "IV. ĐÁNH GIÁ CHUNG",
    "Trong quý đã tổ chức 11 cuộc họp giao ban, hội nghị có nội dung về thực hiện dân chủ.",
  ].join("\n");
  expect(boundValue(recognizeFigures(text, REPORT).get(byLabel(LABEL).id))).toBe("10");
});
