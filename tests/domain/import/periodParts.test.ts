/**
 * The parts of a longer span's report sent as the quarter's (meaning/periodParts.ts): a number naming no period is its
 * part's, the year's under the year's heading and the quarter's under the quarter's, unless its sentence still speaks
 * of the quarter; a quarter's own report is not read by its headings.
 */
import { isOtherPeriod } from "../../../src/domain/import/meaning/periodScope";
import { readPeriodScope } from "../../../src/domain/import/meaning/reportPeriod";

/** The figure that opens `words` in the text («02 đơn vị»: its 02). */
function at(text: string, words: string): [number, number] {
  const i = text.indexOf(words);
  if (i < 0) throw new Error(`${words} not in text`);
  const figure = /^(?:\d+(?:[.,]\d+)*|không có)/u.exec(words)![0];
  return [i, i + figure.length];
}

const YEAR = [
  "BÁO CÁO",
  "Công tác thực hiện dân chủ trong hoạt động của cơ quan năm 2025",
  "(Gửi kèm báo cáo quý IV/2025)",
  "",
  "I. ĐẶC ĐIỂM, TÌNH HÌNH",
  "Sở được giao 71 biên chế công chức.",
  "",
  "II. KẾT QUẢ THỰC HIỆN NĂM 2025",
  "Năm 2025: điều động đến và bổ nhiệm 05 công chức; tiếp nhận 27 công chức.",
  "Trong quý IV, Sở ban hành Kế hoạch kiểm tra 02 đơn vị.",
  "Ngày 18/7/2025, hội nghị đối thoại nhận được 09 ý kiến.",
  "Ngày 20/11/2025, Sở đề nghị khen thưởng 04 cá nhân.",
  "Sở tiếp tục giúp đỡ 01 xã.",
  "Sở giúp đỡ 03 hộ nghèo từ tháng 8/2025.",
  "Năm 2025 không có công chức bị xử lý.",
  "",
  "PHỤ LỤC: SỐ LIỆU RIÊNG QUÝ IV/2025",
  "- Tiếp nhận: 731 hồ sơ.",
].join("\n");

describe("the parts of a longer span's report", () => {
  const scope = readPeriodScope(YEAR, "quarter");

  it("a title naming the year alone is a longer span, even sent with the quarter's report", () => {
    expect(scope).toMatchObject({ index: 4, year: 2025, longer: true, otherByDefault: false });
    const quarter = "BÁO CÁO\nKết quả thực hiện dân chủ quý IV năm 2025\n\nII. KẾT QUẢ NĂM 2025\nTiếp nhận 27 công chức.";
    expect(readPeriodScope(quarter, "quarter").longer).toBe(false);
    expect(readPeriodScope("BÁO CÁO\nSơ kết 6 tháng đầu năm 2026\n(kèm số liệu quý II năm 2026)\n", "quarter").longer).toBe(true);
  });

  it("under the year's heading a number naming no period is the year's", () => {
    expect(isOtherPeriod(YEAR, ...at(YEAR, "05 công"), scope)).toBe(true);
    expect(isOtherPeriod(YEAR, ...at(YEAR, "27 công chức."), scope)).toBe(true);
    // A date outside the quarter says nothing for it.
    expect(isOtherPeriod(YEAR, ...at(YEAR, "09 ý"), scope)).toBe(true);
  });

  it("the quarter's heading, the quarter named, a date in the quarter, a state kept up or none keep the quarter's", () => {
    expect(isOtherPeriod(YEAR, ...at(YEAR, "731 hồ"), scope)).toBe(false);
    expect(isOtherPeriod(YEAR, ...at(YEAR, "02 đơn"), scope)).toBe(false);
    expect(isOtherPeriod(YEAR, ...at(YEAR, "04 cá"), scope)).toBe(false);
    expect(isOtherPeriod(YEAR, ...at(YEAR, "01 xã"), scope)).toBe(false);
    expect(isOtherPeriod(YEAR, ...at(YEAR, "03 hộ"), scope)).toBe(false);
    expect(isOtherPeriod(YEAR, ...at(YEAR, "không có"), scope)).toBe(false);
  });

  it("a part whose heading names no period, and a quarter's own report, are untouched", () => {
    expect(isOtherPeriod(YEAR, ...at(YEAR, "71 biên"), scope)).toBe(false);
    const quarter = "BÁO CÁO\nKết quả thực hiện dân chủ quý IV năm 2025\n\nII. KẾT QUẢ NĂM 2025\nTiếp nhận 27 công chức.";
    expect(isOtherPeriod(quarter, ...at(quarter, "27 công"), readPeriodScope(quarter, "quarter"))).toBe(false);
  });

  it("a numbered heading in capitals stays inside its part; a text all in capitals has no parts by its lines", () => {
    const sub = YEAR.replace("Năm 2025: điều động", "5. CÔNG TÁC CÁN BỘ\nNăm 2025: điều động");
    expect(isOtherPeriod(sub, ...at(sub, "05 công"), readPeriodScope(sub, "quarter"))).toBe(true);
    // (The item opens on the figure, not on «Năm 2025:», a label that makes it the year's in its own right: yearTopic.ts.)
    const caps = YEAR.replace("II. KẾT QUẢ THỰC HIỆN NĂM 2025", "KẾT QUẢ THỰC HIỆN NĂM 2025").replace("Năm 2025: điều động", "Sở điều động");
    expect(isOtherPeriod(caps, ...at(caps, "05 công"), readPeriodScope(caps, "quarter"))).toBe(false);
  });

  it("a span closed after the number is not kept up", () => {
    const closed = YEAR.replace("03 hộ nghèo từ tháng 8/2025.", "03 hộ nghèo từ tháng 8/2025 đến tháng 9/2025.");
    expect(isOtherPeriod(closed, ...at(closed, "03 hộ"), readPeriodScope(closed, "quarter"))).toBe(true);
  });
});
