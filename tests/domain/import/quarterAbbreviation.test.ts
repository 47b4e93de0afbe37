/**
 * «- Q.IV/2024 nhận 15.102 HS.» in the report for quý I/2025: clerks shorten «quý» to «Q.», and a list item opening
 * with a period is about that period, as a clause opening with it is (meaning/periodMarkers.ts; held-out 182).
 */
import { MARKER, markerScope } from "../../../src/domain/import/meaning/periodMarkers";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";
import { boundValue, byLabel } from "../../support/recognized";

const scopes = (text: string) => [...text.matchAll(MARKER)].map((m) => markerScope(m, text));

const HEAD = "BÁO CÁO\nKết quả thực hiện dân chủ quý I năm 2025\nIII. KẾT QUẢ\nc) Trung tâm Phục vụ hành chính công tỉnh\n";
const received = (lines: string) => recognizeFigures(`${HEAD}${lines}\n`, REPORT).get(byLabel("Hồ sơ tiếp nhận (Trung tâm PVHCC)").id);

describe("a quarter shortened to «Q.» and a list item opening with a period", () => {
  it("«Q.IV/2024» names the quarter and its year; a bullet before it opens the item", () => {
    expect(scopes("- Q.IV/2024 nhận 15.102 HS.")).toEqual([{ quarter: 4, year: 2024, topic: true }]);
    expect(scopes("- Quý IV/2024 nhận 15.102 hồ sơ.")).toEqual([{ quarter: 4, year: 2024, topic: true }]);
  });

  it("not a «Q» of another word, nor a dash inside a line", () => {
    expect(scopes("Q. Hoàn Kiếm tiếp nhận 15 hồ sơ")).toEqual([]);
    expect(scopes("QĐ số 93")).toEqual([]);
    expect(scopes("tăng 12 hồ sơ - cao hơn quý IV/2024")).toEqual([{ quarter: 4, year: 2024, topic: false }]);
  });

  it("the earlier quarter's item is not the centre's figure, the item above it is", () => {
    const r = received("- Nhận: 14.386 hồ sơ.\n- Đã giải quyết: 13.652 hồ sơ.\n- Q.IV/2024 nhận 15.102 hồ sơ.");
    expect(boundValue(r)).toBe("14.386");
    expect(boundValue(received("- Q.IV/2024 nhận 15.102 hồ sơ."))).toBeNull();
  });
});
