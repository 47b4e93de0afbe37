/**
 * «lãnh đạo UBND tỉnh, thủ trưởng các sở, ngành và Chủ tịch UBND các xã đã tiếp 96 lượt …, cụ thể: Chủ tịch UBND tỉnh
 * … 03 lượt; thủ trưởng các sở … 11 lượt; Chủ tịch UBND các xã … 82 lượt»: the levels a whole names before a word that
 * opens its breakdown are no part's level; each part, told from the next by «;», names its own (vetoText.isOtherLevel).
 * Other clerks' sentences than the held-out report that showed it (1406).
 */
import { isOtherLevel } from "../../../src/domain/import/meaning/vetoText";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { builtInDefinition } from "../../support/forms";
import { shown } from "../../support/recognitionShown";

const MONTHLY = builtInDefinition("tiep-cong-dan-thang");
const PROVINCE = 0;
const PROVINCE_FIELD = { total: false, levels: [0] };
const COMMUNE_FIELD = { total: false, levels: [1, 2] };
const at = (text: string, n: string, field: { total: boolean; levels: number[] }) => isOtherLevel(text, text.indexOf(n), text.indexOf(n) + n.length, PROVINCE, field);

const SENTENCE =
  "Trong tháng 10/2026, lãnh đạo UBND tỉnh, thủ trưởng các sở, ban, ngành và Chủ tịch UBND các xã, phường đã tiếp 74 lượt với 90 người (tiếp định kỳ 60 lượt, tiếp đột xuất 14 lượt), cụ thể: Chủ tịch UBND tỉnh tiếp định kỳ ngày 12/10/2026 được 02 lượt với 05 người; thủ trưởng các sở, ban, ngành tiếp 19 lượt với 22 người (định kỳ 15 lượt, đột xuất 04 lượt); Chủ tịch UBND các xã, phường tiếp 53 lượt với 63 người.";

describe("the parts after a word that opens a breakdown", () => {
  it("are not the whole's several levels", () => {
    expect(at(SENTENCE, "02 lượt", PROVINCE_FIELD)).toBe(false);
    expect(at(SENTENCE, "53 lượt", COMMUNE_FIELD)).toBe(false);
  });

  it("near-match: a part that names another level is still that level's, and the whole before the opener still a whole", () => {
    expect(at(SENTENCE, "53 lượt", PROVINCE_FIELD)).toBe(true);
    expect(at(SENTENCE, "74 lượt", PROVINCE_FIELD)).toBe(true);
  });

  it("binds each level's visits", () => {
    const r = recognizeFigures(
      `UBND TỈNH NGHỆ AN\nTHANH TRA TỈNH\n\nBÁO CÁO\nKết quả công tác tiếp công dân tháng 10/2026\n\n1. Kết quả tiếp công dân\n${SENTENCE}\n`,
      MONTHLY,
    );
    expect(shown(r.get("tcd:tinh.luot"))).toBe("02");
    expect(shown(r.get("tcd:so.luot"))).toBe("19");
    expect(shown(r.get("tcd:huyen.luot"))).toBe("53");
  });
});
