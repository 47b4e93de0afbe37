import { wordsDisagree } from "../../../src/domain/import/meaning/wordsDisagree";
import { isCorrection } from "../../../src/domain/import/meaning/corrections";

/** The span of the first `digits` in `text`. */
function at(text: string, digits: string): [number, number] {
  const start = text.indexOf(digits);
  return [start, start + digits.length];
}

describe("a count whose words and digits disagree", () => {
  it("refuses digits in brackets after words of another value", () => {
    const text = "nâng lương trước thời hạn đối với hai (03) công chức";
    expect(wordsDisagree(text, ...at(text, "03"))).toBe(true);
  });

  it("refuses digits followed by words of another value", () => {
    const text = "nâng lương trước thời hạn đối với 03 (hai) công chức";
    expect(wordsDisagree(text, ...at(text, "03"))).toBe(true);
  });

  it("keeps a count its words agree with, either way round", () => {
    for (const text of ["bốn mươi hai (42) biên chế", "42 (bốn mươi hai) biên chế", "mười hai ( 12 ) cuộc"]) {
      expect(wordsDisagree(text, ...at(text, /\d+/.exec(text)![0]))).toBe(false);
    }
  });

  it("keeps a count after a word that only ends like a numeral, and a bracket holding more than the digits", () => {
    for (const [text, digits] of [
      ["Kế hoạch năm (02) đợt kiểm tra", "02"],
      ["vốn đầu tư (12) dự án", "12"],
      ["tổ chức hai hội nghị (03 lượt báo cáo viên)", "03"],
      ["Văn phòng (03) Phó Chánh", "03"],
    ] as const) {
      expect(wordsDisagree(text, ...at(text, digits))).toBe(false);
    }
  });

  it("keeps a year and a number without words beside it", () => {
    const text = "trong năm (2026) tiếp nhận 15 (mười lăm) hồ sơ";
    expect(wordsDisagree(text, ...at(text, "2026"))).toBe(false);
    expect(wordsDisagree(text, ...at(text, "15"))).toBe(false);
  });
});

describe("a table row's remark that its figure was revised", () => {
  const row = "12 | Hồ sơ đã giải quyết | hồ sơ | 2.874 | Số liệu rà soát lại trên Hệ thống ngày 16/6/2026";

  it("makes the row's figure a correction", () => {
    const [start, end] = at(row, "2.874");
    expect(isCorrection(row, start, end)).toBe(true);
    expect(isCorrection(row.replace(/ \| /g, "\t"), ...at(row.replace(/ \| /g, "\t"), "2.874"))).toBe(true);
  });

  it("is no correction without its end, in another row's remark or in prose after a number", () => {
    const [start] = at(row, "2.874");
    expect(isCorrection(row, start)).toBe(false);
    const other = "11 | Hồ sơ tiếp nhận | hồ sơ | 3.126 | 15/3/2026 - 14/6/2026\n" + row;
    expect(isCorrection(other, ...at(other, "3.126"))).toBe(false);
    const prose = "Đã giải quyết 2.874 hồ sơ; số liệu rà soát lại trên Hệ thống ngày 16/6/2026.";
    expect(isCorrection(prose, ...at(prose, "2.874"))).toBe(false);
    const activity = "5 | Thủ tục hành chính | thủ tục | 12 | Đã rà soát, đề nghị đơn giản hóa";
    expect(isCorrection(activity, ...at(activity, "12"))).toBe(false);
  });
});
