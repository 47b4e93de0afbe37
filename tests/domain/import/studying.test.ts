/**
 * People still studying for a level hold no level yet (meaning/studying.ts): «04 đồng chí đang học cao cấp lý luận
 * chính trị» is no count of «cao cấp», only of those studying.
 */
import { aboutStudying, countsStudying } from "../../../src/domain/import/meaning/studying";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { boundValue, byLabel } from "../../support/recognized";
import { REPORT } from "../../support/forms";

const at = (t: string, n: string) => countsStudying(t, t.lastIndexOf(n), t.lastIndexOf(n) + n.length);

describe("countsStudying", () => {
  it("reads studying after the count and its unit, or right before the count", () => {
    expect(at("31 cao cấp và 04 đồng chí đang học cao cấp lý luận chính trị.", "04")).toBe(true);
    expect(at("01 bạn đang đi học trung cấp buổi tối", "01")).toBe(true);
    expect(at("hiện đang học 04 đồng chí.", "04")).toBe(true);
    expect(at("số đồng chí đang theo học: 05.", "05")).toBe(true);
  });

  it("reads a level held as held", () => {
    expect(at("31 cao cấp, 27 trung cấp lý luận chính trị", "31")).toBe(false);
    expect(at("có 02 đồng chí cao cấp lý luận chính trị, đang học 01", "02")).toBe(false);
  });

  it("knows a figure about studying by its words", () => {
    expect(aboutStudying("Đang học lý luận chính trị đang học {N}")).toBe(true);
    expect(aboutStudying("Cao cấp lý luận chính trị Cao cấp lý luận chính trị:? {N}")).toBe(false);
    expect(aboutStudying("Đại học")).toBe(false);
  });
});

describe("recognised: the level held and the one studied", () => {
  it("binds those studying to studying, never to the level they study", () => {
    const text = [
      "UBND TỈNH",
      "VĂN PHÒNG",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "I. TÌNH HÌNH CHUNG",
      "Về lý luận chính trị có 02 cử nhân chính trị, 31 cao cấp, 27 trung cấp lý luận chính trị - hành chính và 04 đồng chí đang học cao cấp lý luận chính trị.",
    ].join("\n");
    const r = recognizeFigures(text, REPORT);
    const value = (label: string) => boundValue(r.get(byLabel(label).id));
    expect(value("Cao cấp lý luận chính trị")).not.toBe("04");
    expect(value("Đang học lý luận chính trị")).toBe("04");
  });
});
