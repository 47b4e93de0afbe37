/**
 * Opinions at a dialogue broken down by what was done with them, as the unseen batch 720–724 wrote it (721):
 * «có 14 ý kiến, kiến nghị, trong đó trả lời trực tiếp tại hội nghị 11 ý kiến, còn lại 3 ý kiến giao …, trả lời bằng
 * văn bản». «trong đó» after the count breaks it down as a bracket does; each part says what was done with the
 * opinions, so it shares the setting («tại hội nghị») with the figure without naming any part of what it counts.
 * Beside it, the near-miss: a part that names what the figure counts still refuses its total.
 */
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { answeredPart } from "../../../src/domain/import/meaning/answeredPart";
import { REPORT } from "../../support/forms";
import { boundValue } from "../../support/recognized";

const HEAD = "UBND TỈNH TUYÊN QUANG\nỦY BAN NHÂN DÂN PHƯỜNG HÀ GIANG 1\n\nBÁO CÁO\n\n6. Đối thoại, tiếp công dân\n\n";
const DIALOGUE =
  "Ngày 22/01/2026, Chủ tịch UBND phường đối thoại với Nhân dân các tổ dân phố 3, 4 và 5; có 14 ý kiến, kiến nghị, trong đó trả lời trực tiếp tại hội nghị 11 ý kiến, còn lại 3 ý kiến giao Phòng Kinh tế kiểm tra, trả lời bằng văn bản.\n";

function opinions(text: string): string | null {
  return boundValue(recognizeFigures(text, REPORT).get("bcdc:doiThoai.soYKien"));
}

describe("a dialogue's opinions and what was done with them", () => {
  it("binds the opinions raised, not those answered at the conference", () => {
    expect(opinions(HEAD + DIALOGUE)).toBe("14");
  });

  it("reads a part after «trong đó» as what was done with the count before it", () => {
    const words = new Set(["ý", "kiến", "nhận", "được", "tại", "hội", "nghị"]);
    const at = (figure: string) => DIALOGUE.indexOf(figure);
    expect(answeredPart(DIALOGUE, at("11 ý kiến"), 0, words)).toBe(true);
    expect(answeredPart(DIALOGUE, at("3 ý kiến"), 0, words)).toBe(true);
    // The count itself, before «trong đó», is what was raised.
    expect(answeredPart(DIALOGUE, at("14 ý kiến"), 0, words)).toBe(false);
  });

  it("near-miss: with the received count written first, a part answered elsewhere is still no total", () => {
    const text = `${HEAD}Tại Hội nghị có 09 ý kiến đề nghị, trong đó 06 ý kiến được trả lời ngay tại Hội nghị, 03 ý kiến giao Văn phòng tham mưu trả lời bằng văn bản.\n`;
    expect(opinions(text)).toBe("09");
  });
});
