/**
 * A report titled for a longer span that says, before its first part, that it stands in for the form's period
 * (meaning/standIn.ts, reportPeriod.ts): a figure naming no period is then the period's own, and one naming the
 * longer span still is not. A Bình Định clerk's half-year report here, not the held-out Tây Ninh one.
 */
import { readPeriodScope } from "../../../src/domain/import/meaning/reportPeriod";
import { standsInForOwn } from "../../../src/domain/import/meaning/standIn";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";

const report = (opening: string) =>
  [
    "UBND TỈNH BÌNH ĐỊNH",
    "VĂN PHÒNG",
    "",
    "BÁO CÁO",
    "Kết quả công tác dân chủ 6 tháng đầu năm 2026",
    "",
    opening,
    "",
    "I. ĐẶC ĐIỂM TÌNH HÌNH",
    "Lãnh đạo Văn phòng gồm Chánh Văn phòng và 03 Phó Chánh Văn phòng.",
    "II. KẾT QUẢ",
    "Luân chuyển 02 công chức giữa các phòng (6 tháng: 04).",
  ].join("\n");

const STAND_IN = "Theo Công văn số 88/SNV ngày 01/6/2026 (báo cáo này thay thế báo cáo quý II/2026), Văn phòng báo cáo như sau.";

describe("the opening says the report stands in for the form's period", () => {
  it.each([
    ["(báo cáo này thay báo cáo quý II/2026)"],
    ["Báo cáo này thay thế báo cáo quý II năm 2026."],
    ["Văn phòng gửi báo cáo 6 tháng, thay cho báo cáo quý II."],
    // The quarter's results given apart inside the half-year's (644).
    ["Văn phòng báo cáo sơ kết 6 tháng đầu năm 2026, trong đó nêu riêng kết quả quý II năm 2026 như sau:"],
    ["Số liệu 6 tháng, có tách riêng số liệu quý II/2026."],
  ])("«%s» is the quarter's report", (opening) => {
    expect(standsInForOwn(report(opening), "quarter", 2)).toBe(true);
    expect(readPeriodScope(report(opening), "quarter").otherByDefault).toBe(false);
  });

  it.each([
    // A correction replacing a report named by its number says nothing of the period.
    ["Báo cáo này thay báo cáo số 120/BC-VP ngày 10/6/2026."],
    // Said not to replace it.
    ["Báo cáo này không thay báo cáo quý II/2026."],
    // Another quarter than the report's.
    ["(báo cáo này thay báo cáo quý I/2026)"],
    // No stand-in at all.
    ["Văn phòng báo cáo như sau."],
    // Another quarter given apart.
    ["Văn phòng báo cáo 6 tháng, trong đó nêu riêng kết quả quý I năm 2026."],
  ])("near-match «%s»: the half-year title still says whose the figures are", (opening) => {
    expect(standsInForOwn(report(opening), "quarter", 2)).toBe(false);
  });

  it("said only inside a part, not in the opening, it is not read", () => {
    const text = report("Văn phòng báo cáo như sau.") + "\nGhi chú: số liệu này thay báo cáo quý II/2026.";
    expect(standsInForOwn(text, "quarter", 2)).toBe(false);
  });

  it("a monthly form is not stood in for by a quarter's report", () => {
    expect(standsInForOwn(report("(báo cáo này thay báo cáo quý II/2026)"), "month", 6)).toBe(false);
  });
});

describe("recognition of a half-year report standing in for the quarter", () => {
  const state = (text: string, field: string) => recognizeFigures(text, REPORT).get(field);

  it("a figure naming no period is bound; the half-year's in brackets is not taken", () => {
    const found = state(report(STAND_IN), "bcdc:luanChuyen.congChuc");
    expect(found?.state).toBe("bound");
    expect(found?.state === "bound" && found.occurrences.map((o) => o.text)).toEqual(["02"]);
    expect(state(report(STAND_IN), "bcdc:lanhDao.soPhoChanh")?.state).toBe("bound");
  });

  it("near-match: without the stand-in the half-year title keeps the same figures from being bound", () => {
    expect(state(report("Văn phòng báo cáo như sau."), "bcdc:lanhDao.soPhoChanh")?.state).not.toBe("bound");
  });
});
