/**
 * A field naming a body with its level («Tập thể khen thưởng hoạt động HĐND tỉnh») is not a number whose sentence
 * names that body only at another level («… phục vụ các kỳ họp của HĐND huyện»), even in a district's own report
 * (meaning/vetoPlace.ts otherBodyLevel; held-out 181, a district office's long run-on paragraph).
 */
import { bodyLevelsIn, clauseText, otherBodyLevel } from "../../../src/domain/import/meaning/vetoPlace";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";
import { boundValue, byLabel } from "../../support/recognized";

const HEAD = "UBND HUYỆN HƯƠNG KHÊ\nVĂN PHÒNG HĐND VÀ UBND\nBÁO CÁO\nKết quả thực hiện dân chủ quý I năm 2025\nII. KẾT QUẢ\n3. Công tác thi đua, khen thưởng\n";
const groups = (text: string) => recognizeFigures(`${HEAD}${text}\n`, REPORT).get(byLabel("Tập thể khen thưởng hoạt động HĐND tỉnh").id);

describe("a body named at another level than the field's", () => {
  it("reads bodies with their levels, a city's council saying none", () => {
    expect(bodyLevelsIn("phục vụ các kỳ họp của HĐND huyện; Chủ tịch UBND tỉnh")).toEqual(["0:huyện", "1:tỉnh"]);
    expect(bodyLevelsIn("các kỳ họp Hội đồng nhân dân thành phố")).toEqual([]);
    expect(otherBodyLevel("cho 01 tập thể phục vụ các kỳ họp của HĐND huyện", ["0:tỉnh"])).toBe(true);
    const results = "Kết quả: 03 lượt/14 người; đã giao UBND xã Mai Sơn kiểm tra";
    expect(otherBodyLevel(clauseText(results, { from: 0, to: results.length }, 10, 12), ["1:tỉnh"])).toBe(false);
    expect(otherBodyLevel(results, ["1:tỉnh"])).toBe(true);
    expect(otherBodyLevel("cho 01 tập thể phục vụ các kỳ họp của HĐND huyện và HĐND tỉnh", ["0:tỉnh"])).toBe(false);
    // Only the field's body is compared: the district committee's chairman gives the award, the council is the province's.
    expect(otherBodyLevel("Chủ tịch UBND huyện tặng Giấy khen cho 01 tập thể phục vụ HĐND tỉnh", ["0:tỉnh"])).toBe(false);
  });

  it("the district council's awards are not the provincial council's", () => {
    const district = "Văn phòng trình Chủ tịch UBND huyện tặng Giấy khen cho 01 tập thể và 03 cá nhân có thành tích phục vụ các kỳ họp của HĐND huyện khóa XX.";
    expect(boundValue(groups(district))).toBeNull();
  });

  it("the provincial council's awards are still read in a district's report", () => {
    const province = "Văn phòng đề nghị Chủ tịch UBND tỉnh tặng Bằng khen cho 01 tập thể và 03 cá nhân có nhiều thành tích trong các hoạt động của HĐND tỉnh.";
    expect(boundValue(groups(province))).toBe("01");
  });
});
