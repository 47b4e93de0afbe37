/**
 * Whose people a count counts («04 cá nhân thuộc Văn phòng», «thuộc Sở») says nothing of what they were counted for
 * (src/domain/import/meaning/candidates.ts ownPeople): the words after it still describe the count.
 */
import { recognizeFigures } from "../../../src/domain/import/recognize";
import type { Recognition } from "../../../src/domain/import/types";
import { REPORT } from "../../support/forms";

const shown = (r: Recognition | undefined) =>
  r?.state === "bound" ? r.occurrences.map((o) => o.text).join(" ") : r?.state === "ambiguous" ? `? ${r.candidates.map((c) => c.text).join(" ")}` : "-";

const read = (sentence: string) => {
  const r = recognizeFigures(`3. Công tác thi đua, khen thưởng\n${sentence}\n`, REPORT);
  return ["khenThuong.hdndTapThe", "khenThuong.hdndCaNhan"].map((id) => shown(r.get(`bcdc:${id}`)));
};

describe("the owner written after a count of people", () => {
  it("does not push away what the people were rewarded for", () => {
    expect(read("Chủ tịch UBND tỉnh tặng Bằng khen cho 02 tập thể và 05 cá nhân thuộc Sở có thành tích phục vụ kỳ họp HĐND tỉnh.")).toEqual(["02", "05"]);
    expect(read("Chủ tịch UBND tỉnh tặng Bằng khen cho 02 tập thể và 05 cá nhân thuộc Văn phòng có thành tích phục vụ kỳ họp HĐND tỉnh.")).toEqual(["02", "05"]);
  });

  it("binds no count rewarded for something else, nor reads past «của Văn phòng» before the giver", () => {
    expect(read("Đảng ủy xã: 04 cá nhân của Văn phòng được Đảng ủy xã tặng Giấy khen vì có thành tích phục vụ Đại hội Đảng bộ xã.")[1]).not.toBe("04");
    expect(read("Chủ tịch UBND tỉnh tặng Bằng khen cho 05 cá nhân thuộc Văn phòng có thành tích trong phong trào thi đua yêu nước.")[1]).not.toBe("05");
  });
});
