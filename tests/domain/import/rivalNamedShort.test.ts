/**
 * A rival figure's short name («HĐND» of «Cá nhân khen thưởng hoạt động HĐND tỉnh») written in a number's own stretch,
 * with none of this figure's words there, says the number is the rival's even when the rest of the sentence names this
 * figure's words: «đề nghị tặng Bằng khen cho 02 cá nhân; khen thưởng 05 cá nhân phục vụ kỳ họp HĐND tỉnh». Other
 * clerks' sentences than the held-out report's.
 */
import { rivalries, rivalVeto, readRivalWords } from "../../../src/domain/import/meaning/vetoRival";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";
import { shown } from "../../support/recognitionShown";

const HEAD = "II. KẾT QUẢ THỰC HIỆN\n4. Phong trào thi đua, khen thưởng\n";

describe("a rival named by its short name in the number's own stretch", () => {
  const pccc = rivalries(REPORT).get("bcdc:khenThuong.pccc")!;
  const refuses = (sentence: string, segment: string) => rivalVeto(pccc, sentence, segment, segment, false, readRivalWords(sentence, segment, segment));

  it("refuses the number for a figure whose words the stretch lacks", () => {
    const sentence = "Đề nghị Giám đốc Công an tỉnh tặng Giấy khen cho 02 cá nhân; khen thưởng 05 cá nhân phục vụ kỳ họp HĐND tỉnh";
    expect(refuses(sentence, "khen thưởng 05 cá nhân phục vụ kỳ họp HĐND tỉnh")).toBe(true);
  });

  it("one word of this figure's several is chance: «phòng» of «Văn phòng» is no fire-safety award's", () => {
    const stretch = "ngày 21/5/2026 Văn phòng đề nghị Chủ tịch UBND tỉnh tặng Bằng khen cho 01 tập thể và 04 cá nhân có thành tích phục vụ hoạt động của HĐND tỉnh";
    expect(refuses(stretch, stretch)).toBe(true);
  });

  it("near-match: two of this figure's words in the stretch keep it, the rival's name beside them", () => {
    const stretch = "Văn phòng đề nghị tặng Bằng khen cho 04 cá nhân phòng cháy tại kỳ họp HĐND tỉnh";
    expect(refuses(stretch, stretch)).toBe(false);
  });

  it("near-match: the stretch names this figure's words too, or does not name the rival", () => {
    expect(refuses("Bằng khen cho 03 cá nhân phòng cháy, chữa cháy tại kỳ họp HĐND tỉnh", "Bằng khen cho 03 cá nhân phòng cháy, chữa cháy tại kỳ họp HĐND tỉnh")).toBe(false);
    expect(refuses("Khen thưởng 04 cá nhân có thành tích xuất sắc", "Khen thưởng 04 cá nhân có thành tích xuất sắc")).toBe(false);
  });

  it("binds the council's individuals after awards of other kinds in one sentence", () => {
    const r = recognizeFigures(
      `${HEAD}Trình Thủ tướng Chính phủ tặng Bằng khen cho 02 cá nhân; đề nghị Giám đốc Công an tỉnh tặng Giấy khen 01 cá nhân; khen thưởng 03 tập thể, 07 cá nhân phục vụ các kỳ họp HĐND tỉnh năm 2025.`,
      REPORT,
    );
    expect(shown(r.get("bcdc:khenThuong.hdndCaNhan"))).toBe("07");
    expect(shown(r.get("bcdc:khenThuong.pccc"))).not.toBe("07");
  });
});
