/**
 * Look-alike figures told apart by their names (meaning/figureNames.ts): every award reads «… cá nhân có thành tích
 * trong …»; a word only one figure's label has («phòng cháy, chữa cháy», «Thủ tướng») written beside the number
 * settles a near tie. Sentences written for these tests, in the ways clerks write them.
 */
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";
import { boundValue, byLabel } from "../../support/recognized";

const PCCC = "Cá nhân khen thưởng phong trào phòng cháy, chữa cháy";
const DAI_HOI = "Cá nhân khen thưởng đợt thi đua chào mừng Đại hội XIV";
const TTG = "Cá nhân đề nghị Thủ tướng tặng Bằng khen";

const read = (text: string, heading = "4. Thi đua, khen thưởng") => {
  const r = recognizeFigures(`II. KẾT QUẢ TRIỂN KHAI\n${heading}\n${text}\n`, REPORT);
  return (label: string) => ({ bound: boundValue(r.get(byLabel(label).id)), state: r.get(byLabel(label).id)?.state ?? "notFound" });
};

describe("a near tie between look-alike awards is settled by the name written beside the number", () => {
  it("an award for fire safety, named so, is the fire-safety figure's", () => {
    const value = read("Đề nghị khen thưởng 02 cá nhân có thành tích trong phong trào toàn dân tham gia phòng cháy, chữa cháy.");
    expect(value(PCCC).bound).toBe("02");
    expect(value(DAI_HOI).state).toBe("notFound");
    expect(value(TTG).state).toBe("notFound");
  });

  it("the name may follow a count repeated in words", () => {
    const value = read("Đề nghị khen thưởng 03 (ba) cá nhân có thành tích trong phong trào toàn dân tham gia phòng cháy, chữa cháy và cứu nạn, cứu hộ.");
    expect(value(PCCC).bound).toBe("03");
  });
});

describe("without a name beside the number the clerk still chooses", () => {
  it("an award that names no figure stays unclear for all of them", () => {
    const value = read("Đề nghị khen thưởng 02 cá nhân có thành tích trong phong trào thi đua của tỉnh.");
    for (const label of [PCCC, DAI_HOI, TTG]) expect(value(label)).toEqual({ bound: null, state: "ambiguous" });
  });

  it("a name in the heading above is no name of the number", () => {
    const value = read("Đề nghị khen thưởng 02 cá nhân có thành tích trong phong trào thi đua của tỉnh.", "4. Thi đua, khen thưởng; phòng cháy, chữa cháy");
    expect(value(PCCC)).toEqual({ bound: null, state: "ambiguous" });
    expect(value(DAI_HOI)).toEqual({ bound: null, state: "ambiguous" });
  });
});
