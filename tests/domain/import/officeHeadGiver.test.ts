/**
 * «Giám đốc Trung tâm đề nghị Chánh Văn phòng UBND tỉnh tặng Giấy khen cho 04 công chức» (774): the office's head
 * gives this Giấy khen, not the provincial police director of «Cá nhân đề nghị Giám đốc Công an tỉnh tặng Giấy khen»;
 * the near-miss beside it is the police director's own award, still that figure's.
 */
import { otherAward } from "../../../src/domain/import/meaning/vetoAward";

const POLICE = { titles: new Set(["giấy khen"]), givers: new Set(["giám đốc"]) };

describe("who gives a Giấy khen", () => {
  it("reads the office's head as the giver named right before the award", () => {
    const text = "Giám đốc Trung tâm đề nghị Chánh Văn phòng UBND tỉnh tặng Giấy khen cho 04 công chức.";
    const at = text.indexOf("04");
    expect(otherAward(POLICE, text, at, at + 2)).toBe(true);
  });

  it("near-miss: the police director's Giấy khen stays the police director's", () => {
    const text = "Văn phòng đề nghị Giám đốc Công an tỉnh tặng Giấy khen cho 02 cá nhân.";
    const at = text.indexOf("02");
    expect(otherAward(POLICE, text, at, at + 2)).toBe(false);
  });
});
