/**
 * Words typed without their marks (meaning/toneless.ts) are read with them only where one marked pair of syllables
 * fits; the text keeps its length and what the clerk is shown quotes the document as written.
 */
import { withTones } from "../../../src/domain/import/meaning/toneless";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";

describe("words typed without their marks", () => {
  it("gives a pair of unmarked syllables the marks of the one marked pair it stands for, capitals and length kept", () => {
    const text = "Trình độ: Thac sy: 24; Dai hoc: 39. Tiếp nhận 87 ho so.";
    const read = withTones(text, ["thạc sĩ", "đại học", "hồ sơ"]);
    expect(read).toBe("Trình độ: Thạc sĩ: 24; Đại học: 39. Tiếp nhận 87 hồ sơ.");
    expect(read.length).toBe(text.length);
  });

  it("leaves a pair two marked pairs could be, a lone syllable, and a syllable its two sides mark differently", () => {
    expect(withTones("87 ho so", ["hồ sơ", "hộ sở"])).toBe("87 ho so");
    expect(withTones("chiem 14,29%; co 02", ["chiếm", "có"])).toBe("chiem 14,29%; co 02");
    expect(withTones("da giai quyet", ["đã giải", "giai quyết", "giải quyết"])).toBe("đã giải quyet");
    expect(withTones("da giai quyet", ["đã giải", "giài quyết"])).toBe("đã giai quyết");
    expect(withTones("Văn phòng có 02 đơn vị", ["văn phòng"])).toBe("Văn phòng có 02 đơn vị");
  });

  it("binds figures after unmarked words, and leaves a zero written without marks for the clerk", () => {
    const text = [
      "I. ĐẶC ĐIỂM, TÌNH HÌNH",
      "Trình độ: Tiến sỹ: 01; Thac sy: 24; Dai hoc: 39.",
      "II. KẾT QUẢ",
      "5. Phòng chống tham nhũng: Khong co cán bộ, công chức bị xử lý vì hành vi tham nhũng.",
    ].join("\n");
    const result = recognizeFigures(text, REPORT);
    const bound = (id: string) => {
      const r = result.get(id);
      return r?.state === "bound" ? r.occurrences.map((o) => o.input).join() : r?.state;
    };
    expect(bound("bcdc:trinhDo.thacSi")).toBe("24");
    expect(bound("bcdc:trinhDo.daiHoc")).toBe("39");
    expect(result.get("bcdc:thamNhung.soBiXuLy")?.state).not.toBe("bound");
    const zero = result.get("bcdc:thamNhung.soBiXuLy");
    if (zero?.state === "ambiguous") expect(zero.candidates[0]!.text).toBe("Khong co");
  });
});
