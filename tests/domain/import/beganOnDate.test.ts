/**
 * «… được kiện toàn sau khi hợp nhất … từ ngày 01/7/2025»: a lone «từ ngày» date the text says something began on is
 * not the start of the figures' period; the period written as a range («số liệu từ ngày 15/12/2025 đến ngày
 * 14/3/2026») still is, and so is a lone start with no such words. Found on wt-fresh56's 504, a centre reporting for
 * itself.
 */
import { beganOn } from "../../../src/domain/import/meaning/dateRange";
import { REPORT } from "../../support/forms";
import { boundByLabel } from "../../support/recognized";

const head = "UBND TỈNH ĐỒNG NAI\nTRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG\nSố: 12/BC-TTPVHCC\nĐồng Nai, ngày 17 tháng 3 năm 2026\n\nBÁO CÁO\nKết quả thực hiện dân chủ ở cơ sở quý I năm 2026\n\n";
const merged = "Trung tâm Phục vụ hành chính công tỉnh được kiện toàn sau khi hợp nhất tỉnh Đồng Nai và tỉnh Bình Phước từ ngày 01/7/2025; có 03 phòng.\n";
const dossiers = "Trung tâm Phục vụ hành chính công tỉnh tiếp nhận 27.846 hồ sơ, đã giải quyết 26.912 hồ sơ.\n";
const START = "Số liệu Trung tâm tính từ ngày";

describe("a date something began on is not the start of the figures' period", () => {
  it("the merger's «từ ngày 01/7/2025» is not taken when the period is written as a range", () => {
    const bound = boundByLabel(`${head}Trung tâm báo cáo kết quả quý I năm 2026 (số liệu từ ngày 15/12/2025 đến ngày 14/3/2026) như sau:\n${merged}${dossiers}`, REPORT);
    expect(bound(START)).not.toBe("01/7/2025");
  });
  it("nor alone", () => {
    expect(boundByLabel(`${head}${merged}${dossiers}`, REPORT)(START)).not.toBe("01/7/2025");
  });
  it("a lone start with no such words is still read", () => {
    const bound = boundByLabel(`${head}Trung tâm Phục vụ hành chính công tỉnh, số liệu tính từ ngày 15/12/2025: tiếp nhận 27.846 hồ sơ, đã giải quyết 26.912 hồ sơ.\n`, REPORT);
    expect(bound(START)).toBe("15/12/2025");
  });
  it("reads the date's clause bracket-aware: a «;» inside brackets before it cuts nothing (numberClause.ts)", () => {
    const t = "Trung tâm được kiện toàn sau khi hợp nhất (theo Nghị quyết số 202/2025/QH15; Quyết định số 1234/QĐ-UBND) từ ngày 01/7/2025.";
    const at = t.indexOf("01/7/2025");
    expect(beganOn(t, at, at + "01/7/2025".length)).toBe(true);
    const lone = "Trung tâm hợp nhất các bộ phận; số liệu tính từ ngày 15/12/2025.";
    expect(beganOn(lone, lone.indexOf("15/12"), lone.indexOf("15/12") + 10)).toBe(false);
  });
});
