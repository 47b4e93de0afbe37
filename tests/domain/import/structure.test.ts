import { checkStructure } from "../../../src/domain/import/structure";
import { detectPeriod } from "../../../src/domain/import/quarters";
import { REFERENCE_TEXT } from "../../fixtures/referenceText";

describe("checkStructure on the reference report", () => {
  it("finds the second «II.» and the repeated heading text of b) and c), and nothing else", () => {
    const problems = checkStructure(REFERENCE_TEXT, { quarter: 1, year: 2026 });
    expect(problems.map((p) => [p.key, p.severity, p.lines])).toEqual([
      ["structure.numbering:61", "error", [61]],
      ["structure.sameTitle:137-141", "error", [137, 141]],
    ]);
    expect(problems[0]!.message).toContain("lặp lại số II đã dùng ở dòng 25; đúng ra là III");
  });

  it("accepts a b c d đ e g as the letter sequence and the next quarter in the title and tasks section", () => {
    const keys = checkStructure(REFERENCE_TEXT, { quarter: 1, year: 2026 }).map((p) => p.key);
    expect(keys.filter((k) => k.startsWith("structure.quarter"))).toEqual([]);
  });

  it("reads the period from the title", () => {
    expect(detectPeriod(REFERENCE_TEXT)).toEqual({ quarter: 1, year: 2026 });
    expect(detectPeriod("BÁO CÁO\nKết quả quý IV;\nNhiệm vụ trọng tâm quý I năm 2027")).toEqual({ quarter: 4, year: 2026 });
    expect(detectPeriod("BÁO CÁO\nKết quả quý III/2025")).toEqual({ quarter: 3, year: 2025 });
    expect(detectPeriod("Sơn La, ngày 05 tháng 6 năm 2026\nKết quả quý II")).toEqual({ quarter: 2, year: 2026 });
    expect(detectPeriod("Báo cáo không nêu quý")).toBeNull();
  });

  it("reads a title naming only the next quarter's tasks as the quarter before it, with no title error", () => {
    const nineMonths = "BÁO CÁO\nKết quả 9 tháng đầu năm 2026;\nphương hướng, nhiệm vụ quý IV năm 2026\nSố liệu riêng quý III năm 2026: …";
    expect(detectPeriod(nineMonths)).toEqual({ quarter: 3, year: 2026 });
    expect(detectPeriod("Hà Nội, ngày 20 tháng 12 năm 2026\nBÁO CÁO\nKết quả năm 2026; phương hướng nhiệm vụ quý I năm 2027")).toEqual({ quarter: 4, year: 2026 });
    expect(checkStructure(nineMonths, { quarter: 3, year: 2026 }).map((p) => p.key)).toEqual([]);
    // The report's own quarter first is still the title's quarter.
    expect(detectPeriod("BÁO CÁO\nKết quả quý III năm 2026; phương hướng, nhiệm vụ quý IV năm 2026")).toEqual({ quarter: 3, year: 2026 });
  });

  it("flags, for a report of another quarter, the title, the next-quarter lines and the stray quarter", () => {
    const keys = checkStructure(REFERENCE_TEXT, { quarter: 4, year: 2025 }).map((p) => p.key);
    expect(keys).toEqual(
      expect.arrayContaining(["structure.quarter.title:8", "structure.quarter.next:9", "structure.quarter.next:187", "structure.quarter:167"]),
    );
  });
});

describe("checkStructure rules", () => {
  const keys = (text: string) => checkStructure(text, { quarter: 2, year: 2026 }).map((p) => p.key);

  it("reports a skipped number once and goes on from it", () => {
    expect(keys("I. Một\nII. Hai\nIV. Bốn\nV. Năm")).toEqual(["structure.numbering:3"]);
  });

  it("restarts arabic numbers under each roman heading and letters under each arabic one", () => {
    expect(keys("I. A\n1. x\na) p\nb) q\n2. y\na) r\nII. B\n1. z")).toEqual([]);
    expect(keys("I. A\n1. x\na) p\nc) q")).toEqual(["structure.numbering:4"]);
  });

  it("knows the Vietnamese letter order: đ after d, no f (Word's Latin a…e, f is accepted only in order)", () => {
    expect(keys("I. A\n1. x\na) a\nb) b\nc) c\nd) d\nđ) đ\ne) e\ng) g")).toEqual([]);
    expect(keys("I. A\n1. x\na) a\nb) b\nc) c\nd) d\nđ) đ\nf) f")).toEqual(["structure.numbering:8"]);
    expect(keys("I. A\n1. x\na) a\nf) f")).toEqual(["structure.numbering:4"]);
  });

  it("accepts the report's quarter, the next one, and a schedule in the report's year", () => {
    const text = "Kết quả quý II;\nNhiệm vụ trọng tâm quý III năm 2026\nTrong quý II/2026 …\nDự kiến quý I và quý IV năm 2026.";
    expect(keys(text)).toEqual([]);
  });

  it("warns about a quarter left over from another report", () => {
    expect(keys("Kết quả quý II;\nTrong quý I năm 2026 đã tiếp nhận…")).toEqual(["structure.quarter:2"]);
    expect(keys("Kết quả quý II;\nDự kiến quý I và quý IV năm 2025.")).toEqual(["structure.quarter:2", "structure.quarter:2"]);
  });

  it("takes a quarter the text compares with as named on purpose, not left over (walking 244 in the pane)", () => {
    expect(keys("Kết quả quý II;\nTiếp nhận 31.507 hồ sơ. So với quý I/2026 (28.913 hồ sơ), tăng 2.594 hồ sơ.")).toEqual([]);
    expect(keys("Kết quả quý II;\nTăng 12% so với cùng kỳ quý II/2025 và so với quý trước (quý I/2026).")).toEqual([]);
    // Near-miss: a comparison earlier in the sentence does not cover a quarter named after a figure.
    expect(keys("Kết quả quý II;\nSo với kế hoạch đạt 95%; trong quý I năm 2026 đã tiếp nhận 40 hồ sơ.")).toEqual(["structure.quarter:2"]);
  });

  it("takes a quarter whose own figure is given beside this one's as named on purpose (walk51, 8)", () => {
    expect(keys("Kết quả quý II;\nBiên chế giao 34, đang thực hiện 31 (quý I: 32); tin, bài (trong quý: 15; quý IV/2025: 09).")).toEqual([]);
    expect(keys("Kết quả quý II;\nLũy kế 6 tháng: 225.725 hồ sơ (quý I: 108.420; quý II: 117.305).")).toEqual([]);
    // Near-miss: a colon after a quarter that heads a sentence of its own is no figure of it.
    expect(keys("Kết quả quý II;\nTrong quý I: đã tiếp nhận 40 hồ sơ.")).toEqual(["structure.quarter:2"]);
  });

  it("requires the title to name the report's quarter and the tasks section the next one", () => {
    expect(keys("Kết quả quý I;\nNhiệm vụ trọng tâm quý II năm 2026")).toEqual(["structure.quarter.title:1", "structure.quarter.next:2"]);
  });
});

describe("headings as offices write them", () => {
  const keys = (text: string) =>
    checkStructure(text, { quarter: 2, year: 2026 })
      .filter((p) => p.key.startsWith("structure.numbering"))
      .map((p) => p.key);

  it("accepts «Phần thứ nhất / hai», A./B., I./II. restarting under each part, 1./2., a)/b), «-» and «+» bullets", () => {
    const text = [
      "PHẦN THỨ NHẤT: KẾT QUẢ",
      "A. CÔNG TÁC CHUNG",
      "I. Tình hình",
      "1. Biên chế",
      "a) Công chức",
      "- ý một",
      "+ ý nhỏ",
      "b) Viên chức",
      "2. Tổ chức",
      "II. Kết quả",
      "B. CÔNG TÁC RIÊNG",
      "I. Lại từ đầu",
      "Phần thứ hai. Nhiệm vụ",
      "I. Nhiệm vụ",
      "1. Một",
      "PHẦN THỨ BA",
    ].join("\n");
    expect(keys(text)).toEqual([]);
  });

  it("reports a skipped or repeated part, capital letter and roman number per level", () => {
    expect(keys("Phần thứ nhất\nI. A\nPhần thứ ba\nI. B")).toEqual(["structure.numbering:3"]);
    expect(keys("A. Một\nB. Hai\nB. Ba")).toEqual(["structure.numbering:3"]);
    expect(keys("A. Một\nI. x\nII. y\nB. Hai\nI. z\nIII. w")).toEqual(["structure.numbering:6"]);
    const message = checkStructure("Phần thứ nhất\nPhần thứ ba", { quarter: 2, year: 2026 })[0]!.message;
    expect(message).toContain("bỏ qua số thứ hai");
  });

  it("accepts Word's Latin lettering (a b c d e f g) as well as the Vietnamese one (a b c d đ e g)", () => {
    expect(keys("1. X\na) a\nb) b\nc) c\nd) d\ne) e\nf) f\ng) g\nh) h\ni) i\nj) j\nk) k")).toEqual([]);
    expect(keys("1. X\na) a\nb) b\nc) c\nd) d\nđ) đ\ne) e\ng) g")).toEqual([]);
    expect(keys("1. X\na) a\nb) b\nd) d")).toEqual(["structure.numbering:4"]);
  });
  it("takes the line after a bare «Phần thứ nhất» as its title: no «cùng tiêu đề «»» on a well-numbered report", () => {
    const report = ["Phần thứ nhất", "TÌNH HÌNH CHUNG", "Nội dung.", "Phần thứ hai", "", "KẾT QUẢ THỰC HIỆN", "A. Tổ chức", "Phần thứ ba", "I. Nhiệm vụ"];
    expect(checkStructure(report.join("\n"), null)).toEqual([]);
    const repeated = checkStructure("Phần thứ nhất\nTÌNH HÌNH CHUNG\nPhần thứ hai\nTình hình chung", null);
    expect(repeated.map((p) => p.message)).toEqual([
      "Đề mục Phần thứ nhất (dòng 1) và Phần thứ hai (dòng 3) có cùng tiêu đề «Tình hình chung»: một trong hai cần đặt lại tên.",
    ]);
  });
});
