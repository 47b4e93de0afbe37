/**
 * The clause a number stands in (numberClause.ts): between «;», a sentence's end or a line's end (and «:» when asked),
 * brackets and quotes skipped whole, decimal points, dates and times no edges. A clerk's sentences, not the corpus's.
 */
import { numberClause, type ClauseOptions } from "../../../src/domain/import/meaning/numberClause";

/** The clause's text around the `nth` occurrence (0 the first) of `n`. */
const clause = (text: string, n: string, options?: ClauseOptions, nth = 0) => {
  let start = -1;
  for (let k = 0; k <= nth; k++) start = text.indexOf(n, start + 1);
  if (start < 0) throw new Error(`${n} not in the text`);
  const span = numberClause(text, start, start + n.length, options);
  return text.slice(span.from, span.to);
};

describe("numberClause", () => {
  it("runs between «;» and a sentence's end", () => {
    const text = "Văn phòng tiếp 12 lượt công dân; nhận 04 đơn thư của công dân. Sở có 06 phòng.";
    expect(clause(text, "04")).toBe(" nhận 04 đơn thư của công dân");
    expect(clause(text, "12")).toBe("Văn phòng tiếp 12 lượt công dân");
    expect(clause(text, "06")).toBe(" Sở có 06 phòng");
  });
  it("a line's end is an edge, either side, and so is the text's start and end", () => {
    const text = "I. KẾT QUẢ\nTiếp 12 lượt công dân\nnhận 04 đơn";
    expect(clause(text, "12")).toBe("Tiếp 12 lượt công dân");
    expect(clause(text, "04")).toBe("nhận 04 đơn");
  });
  it("a full stop ends a sentence only before a space or the text's end; «!» and «?» too", () => {
    expect(clause("Tiếp 12 lượt tại TP.HCM và 05 lượt tại xã.", "05")).toBe("Tiếp 12 lượt tại TP.HCM và 05 lượt tại xã");
    expect(clause("Có sai sót không? Có 03 trường hợp!", "03")).toBe(" Có 03 trường hợp");
  });
  it("brackets are skipped whole: a «;» or a full stop inside them ends nothing outside", () => {
    const text = "Kỳ trước chuyển sang 02 đơn; tiếp nhận 04 đơn (trong đó 03 đơn về đất đai; 01 đơn khác. ) và đã giải quyết 03 đơn; còn 01 đơn.";
    expect(clause(text, "04")).toBe(" tiếp nhận 04 đơn (trong đó 03 đơn về đất đai; 01 đơn khác. ) và đã giải quyết 03 đơn");
    // The count after the bracket stands in the same clause, reaching back over it.
    expect(clause(text, "03", undefined, 1)).toBe(clause(text, "04"));
    const after = "Sở nhận (theo Quyết định số 12; ngày 15/3/2026) 07 hồ sơ; còn 02 hồ sơ.";
    expect(clause(after, "07")).toBe("Sở nhận (theo Quyết định số 12; ngày 15/3/2026) 07 hồ sơ");
    expect(clause("Năm 2025 [số liệu cũ; đã sửa] có 09 đơn vị; còn lại 01.", "09")).toBe("Năm 2025 [số liệu cũ; đã sửa] có 09 đơn vị");
  });
  it("a number inside a bracket: the bracket's own «;» still ends its clause, which runs on out of the bracket", () => {
    const text = "Tiếp nhận 13 đơn (10 đơn tranh chấp đất đai; 03 đơn kiến nghị) trong quý; giải quyết 11 đơn.";
    expect(clause(text, "10")).toBe("Tiếp nhận 13 đơn (10 đơn tranh chấp đất đai");
    expect(clause(text, "03")).toBe(" 03 đơn kiến nghị) trong quý");
  });
  it("a bracket without a partner is read as if not there («a)», a bracket never closed)", () => {
    expect(clause("Thứ nhất, xong 02 việc; b) Sở đã tiếp nhận 05 hồ sơ; c) khác.", "05")).toBe(" b) Sở đã tiếp nhận 05 hồ sơ");
    expect(clause("Sở tiếp nhận 05 hồ sơ (trong đó 02 hồ sơ trực tuyến; còn lại nộp trực tiếp", "05")).toBe("Sở tiếp nhận 05 hồ sơ (trong đó 02 hồ sơ trực tuyến");
  });
  it("quotes are skipped whole: curly, guillemets, and straight quotes on a line read from its start", () => {
    expect(clause("Ban hành “Quy chế tiếp công dân; Nội quy. Phòng tiếp” và 03 quyết định; còn 01.", "03")).toBe("Ban hành “Quy chế tiếp công dân; Nội quy. Phòng tiếp” và 03 quyết định");
    expect(clause("Phổ biến «Luật Tiếp công dân; Luật Khiếu nại» tới 45 người; khác.", "45")).toBe("Phổ biến «Luật Tiếp công dân; Luật Khiếu nại» tới 45 người");
    expect(clause('Treo "Nội quy; Lịch tiếp" tại 02 điểm; khác.', "02")).toBe('Treo "Nội quy; Lịch tiếp" tại 02 điểm');
  });
  it("a straight quote after a reach that starts mid-line pairs with nothing", () => {
    const text = `${"x".repeat(40)} "a; b" có 02 điểm; khác.`;
    expect(clause(text, "02", { reach: 20 })).toBe(' b" có 02 điểm');
  });
  it("dates are no edges: «15/3/2026», «15.3.2026», «14 tháng 6 năm 2026», and a date closing a sentence ends it after its year", () => {
    expect(clause("Tính đến ngày 15/3/2026, Sở đã ban hành 04 quyết định.", "04")).toBe("Tính đến ngày 15/3/2026, Sở đã ban hành 04 quyết định");
    expect(clause("Tính đến ngày 15.3.2026 Sở ban hành 04 quyết định.", "04")).toBe("Tính đến ngày 15.3.2026 Sở ban hành 04 quyết định");
    expect(clause("Sở ban hành 04 quyết định đến ngày 15/3/2026. Khác 05.", "04")).toBe("Sở ban hành 04 quyết định đến ngày 15/3/2026");
  });
  it("decimals are no edges: «95,06%», «95.06», «17.912 hồ sơ»", () => {
    expect(clause("Tỷ lệ đúng hạn 95,06%, tăng 1,2% so với quý trước; khác.", "1,2")).toBe("Tỷ lệ đúng hạn 95,06%, tăng 1,2% so với quý trước");
    expect(clause("Đạt 95.06 điểm và 17.912 hồ sơ.", "17.912")).toBe("Đạt 95.06 điểm và 17.912 hồ sơ");
  });
  it("«:» is an edge only when asked (a lead), and never the colon of a time «8:30»", () => {
    const text = "Riêng Chi cục Dân số: có 11 công chức, họp lúc 8:30 với 02 đơn vị.";
    expect(clause(text, "11")).toBe("Riêng Chi cục Dân số: có 11 công chức, họp lúc 8:30 với 02 đơn vị");
    expect(clause(text, "11", { colon: true })).toBe(" có 11 công chức, họp lúc 8:30 với 02 đơn vị");
    expect(clause(text, "02", { colon: true })).toBe(" có 11 công chức, họp lúc 8:30 với 02 đơn vị");
    // A colon inside a bracket is skipped like any other edge there.
    expect(clause("Sở (kết quả: tốt) có 06 phòng.", "06", { colon: true })).toBe("Sở (kết quả: tốt) có 06 phòng");
  });
  it("reaches at most `reach` characters either side of the number", () => {
    const text = `${"a ".repeat(200)}05${" b".repeat(200)}`;
    const span = numberClause(text, 400, 402);
    expect([span.from, span.to]).toEqual([100, 702]);
    expect(numberClause(text, 400, 402, { reach: 10 })).toEqual({ from: 390, to: 412 });
  });
  it("a number at an edge: its clause may be empty before or after it", () => {
    expect(clause("05;06", "06")).toBe("06");
    expect(clause("05;06", "05")).toBe("05");
  });
});
