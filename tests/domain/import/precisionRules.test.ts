/**
 * The precision rules of meaning/notCounts.ts, periodScope.ts, dateRole.ts and vetoRival.ts: each where it holds and
 * where the figure must still be bound.
 */
import { roleBefore, roleClash, roleOfLabel } from "../../../src/domain/import/meaning/dateRole";
import { countedAgentsBefore, isDuration, isIdentifier, isRowNumber, isYearInRange, notACount } from "../../../src/domain/import/meaning/notCounts";
import { isOtherPeriod } from "../../../src/domain/import/meaning/periodScope";
import { readPeriodScope, scopeOfKind } from "../../../src/domain/import/meaning/reportPeriod";
import { rivalries, rivalVeto, romanNumerals } from "../../../src/domain/import/meaning/vetoRival";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";
import { boundValue, byLabel } from "../../support/recognized";

function at(text: string, figure: string, n = 0): [number, number] {
  let i = -1;
  for (let k = 0; k <= n; k++) i = text.indexOf(figure, i + 1);
  if (i < 0) throw new Error(`${figure} not in text`);
  return [i, i + figure.length];
}



describe("identifiers are never counts", () => {
  it.each([
    ["hợp đồng theo NĐ 111: 10 người", "111"],
    ["thực hiện Nghị định 30/2020 của Chính phủ", "30"],
    ["theo Quyết định số 12 của UBND tỉnh", "12"],
    ["Kế hoạch số 45 ngày 09/02/2026", "45"],
    ["khoản 2 Điều 5 của Quy chế", "2"],
    ["khoản 2 Điều 5 của Quy chế", "5"],
    ["Hội nghị lần thứ 3", "3"],
    ["Số: 37/BC-VP", "37"],
    ["ban hành 17/KH-VPUB", "17"],
  ])("«%s»: %s names something", (t, figure) => {
    const [s, e] = at(t, figure);
    expect(isIdentifier(t, s, e)).toBe(true);
  });
  it.each([
    ["hợp đồng theo NĐ 111: 10 người", "10"],
    ["Theo Nghị định 30/2020, Văn phòng đã ban hành 07 văn bản", "07"],
    ["xử lý dứt điểm 70 phản ánh, kiến nghị", "70"],
    ["Kế hoạch: 05 kế hoạch được ban hành", "05"],
    ["đã ban hành 19 Quyết định công bố", "19"],
  ])("«%s»: %s is still a count", (t, figure) => {
    const [s, e] = at(t, figure);
    expect(isIdentifier(t, s, e)).toBe(false);
  });
  it("the count beside a decree number is bound, the decree number never", () => {
    const t = "Biên chế công chức giao 69, có mặt 64; hợp đồng theo NĐ 111: 10 người.";
    const r = recognizeFigures(t, REPORT);
    const values = [...r.values()].flatMap((x) => (x.state === "bound" ? x.occurrences.map((o) => o.input) : []));
    expect(values).not.toContain("111");
    expect(values).toContain("10");
  });
});

describe("durations and years in a range are never counts", () => {
  it.each([
    ["trong quý cũng như 9 tháng", "9"],
    ["công tác 05 năm liên tục", "05"],
    ["ngày 15 tháng 3 năm 2026", "15"],
    ["ngày 15 tháng 3 năm 2026", "3"],
  ])("«%s»: %s measures time", (t, figure) => {
    const [s, e] = at(t, figure);
    expect(isDuration(t, s, e)).toBe(true);
    expect(notACount(t, s, e, "người")).toBe(true);
  });
  it("a count of days is a count for a field that counts days, and a count of people is no duration", () => {
    const t = "giải quyết trong 05 ngày; tiếp 12 người";
    expect(notACount(t, ...at(t, "05"), "ngày")).toBe(false);
    expect(isDuration(t, ...at(t, "12"))).toBe(false);
  });
  it("both ends of «nhiệm kỳ 2021 - 2026» are years, a count of 2026 people is not", () => {
    const t = "nhiệm kỳ 2021 - 2026; trao 2026 suất quà";
    expect(isYearInRange(t, ...at(t, "2021"))).toBe(true);
    expect(isYearInRange(t, ...at(t, "2026"))).toBe(true);
    expect(isYearInRange(t, ...at(t, "2026", 1))).toBe(false);
  });
});

describe("a quarterly form binds the quarter's figures, not the cumulative ones beside them", () => {
  const t =
    "Quý III, Văn phòng tổ chức 13 cuộc giao ban; lũy kế 9 tháng 37 cuộc. Bổ nhiệm 03 Phó Trưởng phòng (9 tháng: 05 Phó Trưởng phòng). " +
    "Trung tâm: lũy kế 9 tháng tiếp nhận 24.718 hồ sơ, trễ hạn 84 hồ sơ; trong đó quý III tiếp nhận 8.236 hồ sơ (trước hạn 7.512 hồ sơ); trễ hạn 23 hồ sơ. " +
    "Văn phòng tiếp nhận 241 hồ sơ (lũy kế), trong quý tiếp nhận 79 hồ sơ.";
  it.each(["37", "05", "24.718", "84", "241"])("%s is another period's", (figure) => {
    expect(isOtherPeriod(t, ...at(t, figure), scopeOfKind("quarter"))).toBe(true);
  });
  it.each(["13", "03", "8.236", "7.512", "23", "79"])("%s is the quarter's", (figure) => {
    expect(isOtherPeriod(t, ...at(t, figure), scopeOfKind("quarter"))).toBe(false);
  });
  it("a quarter report that says «9 tháng» elsewhere still binds its quarter figures", () => {
    const text = "Trong quý, Văn phòng tổ chức 12 cuộc họp giao ban. Kế hoạch 9 tháng đầu năm đã được phổ biến.";
    expect(isOtherPeriod(text, ...at(text, "12"), scopeOfKind("quarter"))).toBe(false);
    const r = recognizeFigures(text, REPORT);
    expect(boundValue(r.get(byLabel("Cuộc họp giao ban trong quý").id))).toBe("12");
  });
  it("«3 tháng» is the quarter itself; a date in words is no period; a half-year form is not judged", () => {
    const text = "3 tháng đầu năm, tiếp nhận 81 hồ sơ. Ngày 15 tháng 3 năm 2026, tiếp nhận 12 hồ sơ. 6 tháng đầu năm tiếp nhận 200 hồ sơ.";
    expect(isOtherPeriod(text, ...at(text, "81"), scopeOfKind("quarter"))).toBe(false);
    expect(isOtherPeriod(text, ...at(text, "12"), scopeOfKind("quarter"))).toBe(false);
    expect(isOtherPeriod(text, ...at(text, "200"), scopeOfKind("quarter"))).toBe(true);
    expect(isOtherPeriod(text, ...at(text, "200"), scopeOfKind("halfYear"))).toBe(false);
  });
  it("a monthly form takes the month's figure, not the quarter's or the cumulative one", () => {
    const text = "Trong tháng 10, tiếp 25 lượt; quý IV tiếp 60 lượt; lũy kế từ đầu năm 310 lượt.";
    expect(isOtherPeriod(text, ...at(text, "25"), scopeOfKind("month"))).toBe(false);
    expect(isOtherPeriod(text, ...at(text, "60"), scopeOfKind("month"))).toBe(true);
    expect(isOtherPeriod(text, ...at(text, "310"), scopeOfKind("month"))).toBe(true);
  });
  it("a table's column header or a list's introduction names the period of its figures", () => {
    const table = "Chỉ tiêu\tQuý III\tLũy kế 9 tháng\nTiếp nhận\t79\t236\nQuý III và 9 tháng\t12\t30\n";
    expect(isOtherPeriod(table, ...at(table, "79"), scopeOfKind("quarter"))).toBe(false);
    expect(isOtherPeriod(table, ...at(table, "236"), scopeOfKind("quarter"))).toBe(true);
    const list = "+ Lũy kế 9 tháng:\n- tiếp nhận 236 hồ sơ;\n- đã giải quyết 229 hồ sơ.\n+ Quý III:\n- tiếp nhận 79 hồ sơ.\nII. KẾT QUẢ QUÝ III VÀ 9 THÁNG:\n- giao ban 13 cuộc.";
    expect(isOtherPeriod(list, ...at(list, "229"), scopeOfKind("quarter"))).toBe(true);
    expect(isOtherPeriod(list, ...at(list, "79"), scopeOfKind("quarter"))).toBe(false);
    expect(isOtherPeriod(list, ...at(list, "13"), scopeOfKind("quarter"))).toBe(false);
  });
  it("in a first quarter the cumulative figure is the quarter's", () => {
    const text = "Từ đầu năm đến nay, Văn phòng tiếp nhận 81 hồ sơ.";
    expect(isOtherPeriod(text, ...at(text, "81"), scopeOfKind("quarter", 1))).toBe(false);
    expect(isOtherPeriod(text, ...at(text, "81"), scopeOfKind("quarter", 3))).toBe(true);
  });
  it("the title says which period the report is for", () => {
    const both = "Kết quả giải quyết TTHC tháng 9 và quý III/2021\n\nTháng 9/2021, Trung tâm tiếp nhận 4.131 hồ sơ. Quý III/2021, Trung tâm tiếp nhận 14.043 hồ sơ.";
    const scope = readPeriodScope(both, "quarter");
    expect(scope).toMatchObject({ index: 3, monthsAreOther: true, otherByDefault: false });
    expect(isOtherPeriod(both, ...at(both, "4.131"), scope)).toBe(true);
    expect(isOtherPeriod(both, ...at(both, "14.043"), scope)).toBe(false);
    const half = "BÁO CÁO\nKết quả công tác tiếp công dân 6 tháng đầu năm 2020\n\nCơ quan hành chính các cấp đã tiếp 866 lượt.";
    expect(readPeriodScope(half, "quarter").otherByDefault).toBe(true);
    expect(isOtherPeriod(half, ...at(half, "866"), readPeriodScope(half, "quarter"))).toBe(true);
    const quarter = "BÁO CÁO\nKết quả thực hiện dân chủ quý I năm 2026\n\nTrong tháng 3, tổ chức 01 hội nghị; Văn phòng tiếp nhận 81 hồ sơ.";
    expect(readPeriodScope(quarter, "quarter")).toMatchObject({ index: 1, monthsAreOther: false, otherByDefault: false });
    expect(isOtherPeriod(quarter, ...at(quarter, "01"), readPeriodScope(quarter, "quarter"))).toBe(false);
    expect(isOtherPeriod(quarter, ...at(quarter, "81"), readPeriodScope(quarter, "quarter"))).toBe(false);
    const month = "Báo cáo tình hình tiếp công dân tháng 10/2020\n\nTrong tháng, tiếp 25 lượt.";
    expect(readPeriodScope(month, "month")).toMatchObject({ index: 10, otherByDefault: false });
  });
  it("an earlier quarter that opens a clause is another period; a comparison's basis and years are not a scope", () => {
    const text =
      "Quý IV năm 2025, Văn phòng tổ chức 12 cuộc giao ban. Giai đoạn 2021 - 2025, Văn phòng giúp đỡ 03 xã. " +
      "Đã giải quyết 80 hồ sơ, cao hơn quý IV 1,20 điểm; nhiều hơn năm 2025 01 đơn vị; giai đoạn 2026 - 2030 giúp đỡ 01 xã.";
    const q1 = scopeOfKind("quarter", 1, 2026);
    expect(isOtherPeriod(text, ...at(text, "12"), q1)).toBe(true);
    expect(isOtherPeriod(text, ...at(text, "03"), q1)).toBe(false);
    expect(isOtherPeriod(text, ...at(text, "80"), q1)).toBe(false);
    expect(isOtherPeriod(text, ...at(text, "01"), q1)).toBe(false);
    expect(isOtherPeriod(text, ...at(text, "01", 1), q1)).toBe(false);
  });
  it("a cumulative figure written by the form's own wording is left for the clerk", () => {
    const text = "Lũy kế 9 tháng, Văn phòng đã tổ chức 37 cuộc họp giao ban.";
    const r = recognizeFigures(text, REPORT);
    expect(boundValue(r.get(byLabel("Cuộc họp giao ban trong quý").id))).toBeNull();
  });
});

describe("«từ … đến …» keeps its order", () => {
  it("reads the role of a date and of a label", () => {
    const t = "Số liệu từ ngày 15/3/2026 đến ngày 14/6/2026, tính đến 20/6/2026";
    expect(roleBefore(t, at(t, "15/3/2026")[0])).toBe("from");
    expect(roleBefore(t, at(t, "14/6/2026")[0])).toBe("to");
    expect(roleBefore(t, at(t, "20/6/2026")[0])).toBe("to");
    expect(roleOfLabel("Số liệu Trung tâm tính từ ngày")).toBe("from");
    expect(roleOfLabel("Số liệu Trung tâm tính đến ngày")).toBe("to");
    expect(roleOfLabel("Ngày tổ chức hội nghị")).toBeNull();
    expect(roleClash("Số liệu Trung tâm tính từ ngày", t, at(t, "14/6/2026")[0])).toBe(true);
    expect(roleClash("Số liệu Trung tâm tính từ ngày", t, at(t, "15/3/2026")[0])).toBe(false);
  });
  it("a pair written with a dash keeps its order too", () => {
    const t = "Trung tâm (15/12/2025 - 14/3/2026) tiếp nhận 9.780 hồ sơ; cập nhật 20/3/2026";
    expect(roleBefore(t, ...at(t, "15/12/2025"))).toBe("from");
    expect(roleBefore(t, ...at(t, "14/3/2026"))).toBe("to");
    expect(roleBefore(t, ...at(t, "20/3/2026"))).toBeNull();
  });
  it("binds the start to the start and the end to the end, whatever follows the pair", () => {
    const text =
      "c) Trung tâm Phục vụ hành chính công tỉnh\n\nSố liệu từ ngày 15/3/2026 đến ngày 14/6/2026: tổng số hồ sơ tiếp nhận 12.530 hồ sơ; đã giải quyết 11.862 hồ sơ.\n";
    const r = recognizeFigures(text, REPORT);
    const from = boundValue(r.get(byLabel("Số liệu Trung tâm tính từ ngày").id));
    const to = boundValue(r.get(byLabel("Số liệu Trung tâm tính đến ngày").id));
    expect(from === null || from === "15/3/2026").toBe(true);
    expect(to === null || to === "14/6/2026").toBe(true);
    expect([from, to]).not.toEqual([null, null]);
  });
});

describe("another event's or another body's award is not bound", () => {
  const rivals = rivalries(REPORT);
  const fire = rivals.get(byLabel("Cá nhân khen thưởng phong trào phòng cháy, chữa cháy").id)!;
  const congress = rivals.get(byLabel("Cá nhân khen thưởng đợt thi đua chào mừng Đại hội XIV").id)!;
  it("reads the numerals of events, not of quarters or parts", () => {
    expect(romanNumerals("chào mừng Đại hội XIV của Đảng, quý III, Phần II")).toEqual(["XIV"]);
  });
  it("an HĐND award is no fire-safety award; a fire-safety award is", () => {
    const hdnd = "đề nghị Thường trực HĐND tỉnh tặng Giấy khen cho 02 tập thể và 05 cá nhân có thành tích xuất sắc trong phục vụ hoạt động của HĐND tỉnh";
    expect(rivalVeto(fire, hdnd, hdnd)).toBe(true);
    const own = "Bằng khen cho 01 cá nhân có thành tích xuất sắc trong phong trào toàn dân phòng cháy, chữa cháy";
    expect(rivalVeto(fire, own, own)).toBe(false);
  });
  it("«khóa XV» is not «Đại hội XIV»; «Đại hội XIV» is", () => {
    const na = "đề nghị Ủy ban Thường vụ Quốc hội tặng Bằng khen cho 01 tập thể và 03 cá nhân có thành tích phục vụ hoạt động của Quốc hội nhiệm kỳ khóa XV";
    expect(rivalVeto(congress, na, na)).toBe(true);
    const own = "Riêng quý III, đề nghị khen thưởng 03 cá nhân có thành tích xuất sắc trong đợt thi đua chào mừng Đại hội XIV của Đảng";
    expect(rivalVeto(congress, own, own)).toBe(false);
  });
});

describe("bodies counted before the verb do what the number counts", () => {
  it("«phân công 16 cơ quan, đơn vị giúp đỡ 08 xã»: 08 is the agencies'", () => {
    const t = "UBND huyện tiếp tục phân công 16 cơ quan, đơn vị giúp đỡ 08 xã đặc biệt khó khăn.";
    expect(countedAgentsBefore(t, at(t, "08")[0])).toBe(true);
  });
  it.each([
    ["Văn phòng được phân công giúp đỡ 01 xã (xã Sơn Thái).", "01"],
    ["kiểm tra tại 05 đơn vị, phát hiện 02 thiếu sót", "02"],
    ["khen thưởng 03 đơn vị và 02 cá nhân", "02"],
  ])("«%s»: %s is the office's", (t, figure) => {
    expect(countedAgentsBefore(t, at(t, figure)[0])).toBe(false);
  });
});

describe("a table row's number is not a count", () => {
  it("«3⇥Hợp đồng lao động⇥-⇥09»: 3 numbers the row, 09 is the count", () => {
    const t = "2\tViên chức\t20\t19\n3\tHợp đồng lao động\t-\t09\n";
    expect(isRowNumber(t, ...at(t, "3"))).toBe(true);
    expect(isRowNumber(t, ...at(t, "09"))).toBe(false);
    expect(isRowNumber(t, ...at(t, "20"))).toBe(false);
  });
});
