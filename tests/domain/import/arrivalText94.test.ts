/**
 * What 853 showed: «Sở quản lý 27 nhiệm vụ khoa học và công nghệ …, nghiệm thu 6 nhiệm vụ»: the bare count is of
 * the science tasks just named, not the TTHC control plan's tasks. Near-misses: a bare count after a qualified one
 * that is itself a figure of the form («tiếp nhận 142 hồ sơ thủ tục hành chính, đã giải quyết 119 hồ sơ»).
 */
import { readPeriodScope } from "../../../src/domain/import/meaning/reportPeriod";
import { yearThenOwnQuarter } from "../../../src/domain/import/meaning/yearThenQuarter";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT, builtInDefinition } from "../../support/forms";
import { boundValue } from "../../support/recognized";

const HEAD = "UBND TỈNH TUYÊN QUANG\nSỞ KHOA HỌC VÀ CÔNG NGHỆ\n\nBÁO CÁO\nKết quả thực hiện dân chủ ở cơ sở quý I năm 2026\n\nIII. DÂN CHỦ TRONG HOẠT ĐỘNG CỦA CƠ QUAN\n4. Cải cách hành chính\n";

describe("a bare count repeating a noun just counted with other words", () => {
  it("does not take the science tasks accepted for the TTHC plan's tasks", () => {
    const text = `${HEAD}Sở đã trình ban hành 4 Quyết định công bố danh mục TTHC. Trong quý, Sở quản lý 27 nhiệm vụ khoa học và công nghệ cấp tỉnh đang triển khai, nghiệm thu 6 nhiệm vụ.\n`;
    const r = recognizeFigures(text, REPORT);
    expect(boundValue(r.get("bcdc:ksthc.soNhiemVu"))).toBeNull();
    expect(boundValue(r.get("bcdc:ksthc.soQuyetDinhCongBo"))).toBe("4");
  });

  it("near-miss: the plan's own tasks, written bare, stay bound", () => {
    const text = `${HEAD}Kế hoạch kiểm soát thủ tục hành chính năm 2026 đề ra 09 nhóm công việc và 32 nhiệm vụ cụ thể; Sở đã trình ban hành 4 Quyết định công bố danh mục TTHC.\n`;
    expect(boundValue(recognizeFigures(text, REPORT).get("bcdc:ksthc.soNhiemVu"))).toBe("32");
  });

  it("near-miss: a bare count after a qualified count the form itself counts", () => {
    const text = `${HEAD}Bộ phận một cửa của Văn phòng tiếp nhận 142 hồ sơ thủ tục hành chính, đã giải quyết 119 hồ sơ, đạt 83,80%; không có hồ sơ trễ hạn.\n`;
    expect(boundValue(recognizeFigures(text, REPORT).get("bcdc:motCuaVp.daGiaiQuyet"))).toBe("119");
  });
});

describe("items added up in the line that lists them", () => {
  const MONTHLY_HEAD = "UBND TỈNH GIA LAI\nBAN TIẾP CÔNG DÂN\n\nBÁO CÁO\nTình hình, kết quả tiếp công dân tháng 3/2026\n\n2. Lãnh đạo UBND tỉnh tiếp công dân định kỳ\n\n";

  it("does not take one leader's session, with only its unit beside it, for the province's sessions", () => {
    const text = `${MONTHLY_HEAD}CT UBND tỉnh tiếp định kỳ ngày 16/02/2026: 1 lượt, 6 người; PCT UBND tỉnh tiếp theo ủy quyền ngày 05/3/2026: 1 lượt, 3 người. Cộng: 2 lượt, 9 người.\n`;
    const r = recognizeFigures(text, builtInDefinition("tiep-cong-dan-thang"));
    expect(boundValue(r.get("tcd:tinh.luot"))).not.toBe("1");
    expect(boundValue(r.get("tcd:tinh.nguoi"))).not.toBe("6");
  });

  it("near-miss: items whose own words are the figure's stay its candidates", () => {
    const text = `${MONTHLY_HEAD}1. Tổng hợp chung\n\nTrong tháng, lãnh đạo các cấp tiếp định kỳ 66 lượt, đột xuất 19 lượt. Cộng: 85 lượt, 117 người.\n`;
    const r = recognizeFigures(text, builtInDefinition("tiep-cong-dan-thang"));
    expect(boundValue(r.get("tcd:tong.dinhKy"))).toBe("66");
    expect(boundValue(r.get("tcd:tong.dotXuat"))).toBe("19");
  });
});

describe("a year set against the report's own quarter in one sentence (903)", () => {
  const Q4 = "UBND TỈNH HÀ TĨNH\nBAN TIẾP CÔNG DÂN\n\nBÁO CÁO\nKết quả thực hiện dân chủ ở cơ sở quý IV năm 2025\n\nI. ĐẶC ĐIỂM TÌNH HÌNH\n4. Công tác cán bộ, chế độ chính sách\n";
  const ctx = readPeriodScope(Q4, "quarter");

  it("reads what the year did, before «riêng quý IV», as the year's", () => {
    const sentence = "Năm 2025, Ban được điều động đến 02 công chức, điều động đi 01 công chức; riêng quý IV, Văn phòng UBND tỉnh điều động đến Ban 01 công chức từ Thanh tra tỉnh, không có công chức điều động đi.";
    const at = sentence.indexOf("02 công");
    expect(yearThenOwnQuarter(sentence.slice(0, at), sentence.slice(at + 2), ctx)).toBe(true);
    const r = recognizeFigures(`${Q4}${sentence}\n`, REPORT);
    expect(boundValue(r.get("bcdc:dieuDong.den"))).not.toBe("02");
    expect(boundValue(r.get("bcdc:dieuDong.di"))).not.toBe("01");
  });

  it("near-miss: a year's quota with no quarter set apart, and a state the clerk says goes on, stay the quarter's", () => {
    const quota = "Năm 2025, Ban được giao 12 biên chế công chức, hiện có 11 công chức.";
    expect(yearThenOwnQuarter(quota.slice(0, quota.indexOf("12")), quota.slice(quota.indexOf("12") + 2), ctx)).toBe(false);
    const kept = "Năm 2025, Ban tiếp tục duy trì 03 tổ tiếp công dân; riêng quý IV bổ sung 01 tổ.";
    expect(yearThenOwnQuarter(kept.slice(0, kept.indexOf("03")), kept.slice(kept.indexOf("03") + 2), ctx)).toBe(false);
    const earlier = "Năm 2024, Ban được điều động đến 02 công chức; riêng quý IV năm 2025 không có.";
    expect(yearThenOwnQuarter(earlier.slice(0, earlier.indexOf("02 công")), earlier.slice(earlier.indexOf("02 công") + 2), ctx)).toBe(false);
  });
});
