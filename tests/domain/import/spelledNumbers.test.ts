/**
 * Counts written in words: their value read strictly (spelledValue), and a count followed by its own words in
 * brackets «02 (hai) cá nhân» read with what follows the bracket (withoutSpelledEchoes). The sentences are a Bình
 * Định clerk's, not the held-out Thanh Hóa report's that showed the style.
 */
import { spelledCounts, withoutSpelledEchoes } from "../../../src/domain/import/meaning/spelledNumbers";
import { spelledValue } from "../../../src/domain/spelledCounts";
import { parseField, parseWritten, readsAs } from "../../../src/domain/fieldValues";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { boundValue, byLabel } from "../../support/recognized";
import { REPORT } from "../../support/forms";

describe("spelledValue", () => {
  it.each([
    ["một", 1], ["hai", 2], ["bốn", 4], ["mười", 10], ["mười một", 11], ["mười lăm", 15], ["hai mươi", 20],
    ["hai mươi mốt", 21], ["ba mươi tư", 34], ["một trăm", 100], ["một trăm linh năm", 105], ["hai trăm mười hai", 212],
    ["một nghìn", 1000], ["hai nghìn ba trăm", 2300], ["Mười Hai", 12],
  ])("«%s» is %d", (words, value) => expect(spelledValue(words)).toBe(value));

  it.each(["một cửa", "mười mốt", "hai ba", "trăm", "mươi", "năm nay", "", "linh năm", "một mươi"])("«%s» is no number", (words) =>
    expect(spelledValue(words)).toBeNull(),
  );
});

describe("withoutSpelledEchoes", () => {
  it("blanks the bracket that repeats the count, keeping the text's length", () => {
    const text = "khen thưởng 02 (hai) tập thể và 05 (năm) cá nhân";
    const read = withoutSpelledEchoes(text);
    expect(read).toHaveLength(text.length);
    expect(read.replace(/\s+/g, " ")).toBe("khen thưởng 02 tập thể và 05 cá nhân");
  });

  it("leaves a bracket that says another number or other words", () => {
    for (const text of ["tiếp nhận 03 (hai) công chức", "giúp đỡ 01 (xã Ân Sơn) xã", "(1) Công bố; (2) Rà soát", "ngày 15/12 (hai)"]) {
      expect(withoutSpelledEchoes(text)).toBe(text);
    }
  });
});

describe("a count echoed in words is read with its unit", () => {
  const read = (body: string, label: string) => boundValue(recognizeFigures(body, REPORT).get(byLabel(label).id));
  const REPORT_TEXT = [
    "I. ĐẶC ĐIỂM, TÌNH HÌNH",
    "Lãnh đạo Văn phòng gồm Chánh Văn phòng và 04 (bốn) Phó Chánh Văn phòng, trong đó 01 (một) đồng chí kiêm nhiệm Giám đốc Trung tâm Phục vụ hành chính công tỉnh.",
    "II. KẾT QUẢ THỰC HIỆN",
    "4. Thi đua, khen thưởng",
    "Văn phòng đề nghị Thủ tướng Chính phủ tặng Bằng khen đối với 04 (bốn) cá nhân có thành tích xuất sắc trong thực hiện nhiệm vụ năm 2025.",
    "5. An sinh xã hội",
    "Tham mưu ban hành 02 (hai) văn bản triển khai thực hiện trợ giúp gạo cho người dân vùng lũ; tiếp tục giúp đỡ 01 (một) xã theo phân công.",
  ].join("\n");

  it("the deputies, the award and the rice aid", () => {
    expect(read(REPORT_TEXT, "Số Phó Chánh Văn phòng")).toBe("04");
    expect(read(REPORT_TEXT, "Lãnh đạo kiêm nhiệm Giám đốc Trung tâm PVHCC")).toBe("01");
    expect(read(REPORT_TEXT, "Cá nhân đề nghị Thủ tướng tặng Bằng khen")).toBe("04");
    expect(read(REPORT_TEXT, "Văn bản về trợ giúp gạo, tặng quà Tết")).toBe("02");
    expect(read(REPORT_TEXT, "Số xã được phân công giúp đỡ")).toBe("01");
  });

  it("near-match: a bracket with another number is not an echo, and its count is not read through it", () => {
    const text = REPORT_TEXT.replace("04 (bốn) cá nhân", "04 (ba) cá nhân");
    expect(read(text, "Cá nhân đề nghị Thủ tướng tặng Bằng khen")).not.toBe("03");
  });
});

describe("a count written only in words before its unit", () => {
  const read = (body: string, label: string) => boundValue(recognizeFigures(body, REPORT).get(byLabel(label).id));
  const text = [
    "II. KẾT QUẢ THỰC HIỆN",
    "2. Kiểm tra, giám sát",
    "Trong quý IV, Văn phòng dự kiến kiểm tra việc thực hiện công tác dân chủ đối với ba đơn vị trực thuộc.",
    "III. THỰC HIỆN DÂN CHỦ TRONG HOẠT ĐỘNG CỦA CƠ QUAN",
    "đ) Giao ban: trong quý đã tổ chức mười một cuộc giao ban giữa Lãnh đạo UBND tỉnh với Lãnh đạo Văn phòng; ngoài ra có 04 cuộc họp chuyên đề.",
    "3. Hội nghị đối thoại",
    "Tại hội nghị đối thoại, Chánh Văn phòng nhận được bảy ý kiến đề nghị của công chức, viên chức.",
  ].join("\n");

  it("a Quảng Nam clerk's inspections, meetings and dialogue in words", () => {
    expect(read(text, "Số đơn vị dự kiến kiểm tra việc thực hiện dân chủ")).toBe("3");
    expect(read(text, "Cuộc họp giao ban trong quý")).toBe("11");
    expect(read(text, "Ý kiến đề nghị nhận được tại hội nghị đối thoại")).toBe("7");
  });

  it("near-match: a year's «năm», an ordinal, words without a unit are no counts", () => {
    const other = [
      "III. THỰC HIỆN DÂN CHỦ TRONG HOẠT ĐỘNG CỦA CƠ QUAN",
      "Hội nghị đối thoại lần thứ hai cuộc họp với người lao động được tổ chức; trong năm cán bộ được nâng lương trước thời hạn theo quy định; hai nhà khách tự chủ tài chính.",
    ].join("\n");
    const r = recognizeFigures(other, REPORT);
    expect([...r.values()].filter((x) => x.state === "bound")).toEqual([]);
  });
});

describe("«năm» as five (spelledNumbers.ts fiveCounted)", () => {
  it("right after a word that does not go with a year, before its unit, «năm» is five", () => {
    const tokens = spelledCounts("đã giải quyết 2.041 hồ sơ; trễ hạn năm hồ sơ, đều thuộc lĩnh vực đất đai; Văn phòng cử năm công chức.");
    expect(tokens.map((t) => [t.text, t.value])).toEqual([["năm", 5], ["năm", 5]]);
  });

  it("near text: a year's «năm» before a noun, at a line's start, or in a longer run, is no count", () => {
    expect(spelledCounts("trong năm cán bộ được nâng lương; cả năm hồ sơ tăng; đầu năm công chức được bố trí lại.")).toEqual([]);
    expect(spelledCounts("Năm cán bộ được cử đi học.\nnăm hồ sơ")).toEqual([]);
  });
});

describe("a count bound in words, as the document keeps it", () => {
  const field = byLabel("Cuộc họp giao ban trong quý");
  it("reads as its number where the document is read, and typing stays digits", () => {
    expect(readsAs(field, "mười hai", { kind: "number", value: 12 })).toBe(true);
    expect(readsAs(field, "mười hai", { kind: "number", value: 11 })).toBe(false);
    expect(parseWritten(field, "bảy")).toEqual({ ok: true, value: { kind: "number", value: 7 } });
    expect(parseField(field, "bảy").ok).toBe(false);
  });
});
