/**
 * Each element of the stored part read and written exactly (issue 14, mutation testing): the XML it becomes, what
 * reading it adds to the report, and the reason a repeat or an orphan is ignored.
 */
import type { PeriodFigures } from "../../../src/domain/comparison/periods";
import { readStoredReport, STORED_NAMESPACE, storedReportToXml, type StoredRead, type StoredReport } from "../../../src/domain/storedReport";

const NS = STORED_NAMESPACE;
const A = "bcdc:hcc.tiepNhan";
const B = "bcdc:anSinh.tenXa";
const FORM = { isField: (id: string) => id === A || id === B };
const part = (body: string) => `<baoCao xmlns="${NS}" quy="1" nam="2026">${body}</baoCao>`;
const read = (body: string) => {
  const result: StoredRead = readStoredReport(part(body), FORM);
  if (result.kind !== "report") throw new Error(`expected a report, got ${JSON.stringify(result)}`);
  return result;
};
const base = (extra: Partial<StoredReport>): StoredReport => ({ period: { quarter: 1, year: 2026 }, figures: {}, written: {}, history: [], ...extra });
const xmlOf = (extra: Partial<StoredReport>) => storedReportToXml(base(extra));
const body = (xml: string) => xml.replace(`<baoCao xmlns="${NS}" quy="1" nam="2026">`, "").replace("</baoCao>", "");

describe("figures and written texts", () => {
  it("writes one element per figure and per written text, with the id and the text", () => {
    expect(body(xmlOf({ figures: { [A]: "9.780", [B]: "" }, written: { [`${A}@quyTruoc`]: "tăng 5%" } }))).toBe(
      `<soLieu id="${A}">9.780</soLieu><soLieu id="${B}"></soLieu><daGhi id="${A}@quyTruoc">tăng 5%</daGhi>`,
    );
  });

  it("reads them back, CDATA and split text included, and keeps the first of a repeat", () => {
    const { report, ignored } = read(
      `<soLieu id="${A}">9.<![CDATA[780]]></soLieu><daGhi id="${A}@quyTruoc">a</daGhi><daGhi id="${A}@quyTruoc">b</daGhi><soLieu id="${B}"/>`,
    );
    expect(report.figures).toEqual({ [A]: "9.780", [B]: "" });
    expect(report.written).toEqual({ [`${A}@quyTruoc`]: "a" });
    expect(ignored).toEqual([`«daGhi»: nội dung đã ghi của «${A}@quyTruoc» ghi hai lần; lấy lần đầu`]);
  });

  it("writes an empty report as the root alone", () => {
    expect(xmlOf({})).toBe(`<baoCao xmlns="${NS}" quy="1" nam="2026"/>`);
    expect(read("").report).toEqual(base({}));
  });
});

describe("history and the period of each write", () => {
  const at = "2026-03-05T08:00:00.000Z";

  it("writes a write's period beside it, and reads it back onto the same entry", () => {
    const history = [
      { field: A, from: "1", to: "2", at, by: "A", period: { quarter: 4 as const, year: 2025 } },
      { field: B, from: "", to: "x", at, by: "B" },
    ];
    const xml = xmlOf({ history });
    expect(body(xml)).toBe(
      `<thayDoi id="${A}" cu="1" moi="2" luc="${at}" nguoi="A"/><thayDoi id="${B}" cu="" moi="x" luc="${at}" nguoi="B"/>` +
        `<kyThayDoi id="${A}" luc="${at}" quy="4" nam="2025"/>`,
    );
    expect(read(body(xml))).toEqual({ kind: "report", report: base({ history }), ignored: [], kept: [] });
  });

  it("gives a period to the first matching write of the same field and time that has none", () => {
    const { report, ignored } = read(
      `<thayDoi id="${A}" cu="1" moi="2" luc="${at}" nguoi="A"/>` +
        `<thayDoi id="${B}" cu="1" moi="2" luc="${at}" nguoi="A"/>` +
        `<thayDoi id="${A}" cu="2" moi="3" luc="2026-03-06T08:00:00.000Z" nguoi="A"/>` +
        `<thayDoi id="${A}" cu="3" moi="4" luc="${at}" nguoi="A"/>` +
        `<kyThayDoi id="${A}" luc="${at}" quy="2" nam="2026"/>` +
        `<kyThayDoi id="${A}" luc="${at}" quy="3" nam="2026"/>` +
        `<kyThayDoi id="${A}" luc="${at}" quy="4" nam="2026"/>`,
    );
    expect(report.history.map((e) => [e.field, e.to, e.period])).toEqual([
      [A, "2", { quarter: 2, year: 2026 }],
      [B, "2", undefined],
      [A, "3", undefined],
      [A, "4", { quarter: 3, year: 2026 }],
    ]);
    expect(ignored).toEqual([`«kyThayDoi»: kỳ của thay đổi «${A}» lúc ${at} không có thay đổi tương ứng`]);
  });

  it("does not give a write's period to a leader's decision at the same time", () => {
    const { report, ignored } = read(
      `<duyet id="${A}" cu="1" moi="2" luc="${at}" nguoi="L" ketQua="chapNhan" quy="1" nam="2026"/>` + `<kyThayDoi id="${A}" luc="${at}" quy="2" nam="2026"/>`,
    );
    expect(report.history[0]?.period).toEqual({ quarter: 1, year: 2026 });
    expect(ignored).toEqual([`«kyThayDoi»: kỳ của thay đổi «${A}» lúc ${at} không có thay đổi tương ứng`]);
  });
});

describe("a leader's decisions", () => {
  const at = "2026-03-05T08:00:00.000Z";

  it("writes each with its result and period, apart from the add-in's writes", () => {
    const history = [
      { field: A, from: "1", to: "2", at, by: "VT", period: { quarter: 1 as const, year: 2026 } },
      { field: A, from: "2", to: "3", at, by: "L", period: { quarter: 2 as const, year: 2027 }, decision: "accepted" as const },
      { field: B, from: "3", to: "4", at, by: "L", period: { quarter: 3 as const, year: 2026 }, decision: "rejected" as const },
    ];
    const xml = xmlOf({ history });
    expect(body(xml)).toBe(
      `<thayDoi id="${A}" cu="1" moi="2" luc="${at}" nguoi="VT"/>` +
        `<kyThayDoi id="${A}" luc="${at}" quy="1" nam="2026"/>` +
        `<duyet id="${A}" cu="2" moi="3" luc="${at}" nguoi="L" ketQua="chapNhan" quy="2" nam="2027"/>` +
        `<duyet id="${B}" cu="3" moi="4" luc="${at}" nguoi="L" ketQua="tuChoi" quy="3" nam="2026"/>`,
    );
    expect(read(body(xml)).report.history).toEqual(history);
  });

  it("writes a decision without a period in the first quarter of the year it was made", () => {
    const xml = xmlOf({ history: [{ field: A, from: "1", to: "2", at: "2027-06-05T08:00:00.000Z", by: "L", decision: "rejected" }] });
    expect(xml).toContain(`ketQua="tuChoi" quy="1" nam="2027"/>`);
  });
});

describe("the period of history rows of other kinds than the quarter (walk44, 1)", () => {
  const at = "2026-04-17T08:00:00.000Z";
  const april = { kind: "month" as const, year: 2026, month: 4, quarter: 2 as const };

  it("writes a month as the root does, on a write and on a decision, and reads it back", () => {
    const history = [
      { field: A, from: "79", to: "80", at, by: "TTH", period: april },
      { field: A, from: "79", to: "80", at, by: "LVD", period: april, decision: "rejected" as const },
    ];
    const xml = xmlOf({ history });
    expect(body(xml)).toBe(
      `<thayDoi id="${A}" cu="79" moi="80" luc="${at}" nguoi="TTH"/>` +
        `<kyThayDoi id="${A}" luc="${at}" quy="2" nam="2026" loaiKy="month" thang="4"/>` +
        `<duyet id="${A}" cu="79" moi="80" luc="${at}" nguoi="LVD" ketQua="tuChoi" quy="2" nam="2026" loaiKy="month" thang="4"/>`,
    );
    expect(read(body(xml))).toEqual({ kind: "report", report: base({ history }), ignored: [], kept: [] });
  });

  it.each([
    [{ kind: "halfYear" as const, year: 2026, quarter: 2 as const }, `quy="2" nam="2026" loaiKy="halfYear"`],
    [{ kind: "year" as const, year: 2026, quarter: 4 as const }, `quy="4" nam="2026" loaiKy="year"`],
  ])("round-trips %j", (period, attributes) => {
    const history = [{ field: B, from: "1", to: "2", at, by: "L", period, decision: "accepted" as const }];
    const xml = xmlOf({ history });
    expect(body(xml)).toContain(`ketQua="chapNhan" ${attributes}/>`);
    expect(read(body(xml)).report.history).toEqual(history);
  });

  it("writes a quarter's rows as before, without loaiKy or thang", () => {
    const period = { quarter: 2 as const, year: 2026 };
    const xml = xmlOf({ history: [{ field: A, from: "1", to: "2", at, by: "A", period }, { field: A, from: "1", to: "2", at, by: "L", period, decision: "accepted" as const }] });
    expect(body(xml)).toContain(`<kyThayDoi id="${A}" luc="${at}" quy="2" nam="2026"/>`);
    expect(body(xml)).toContain(`ketQua="chapNhan" quy="2" nam="2026"/>`);
  });

  it.each([
    [`loaiKy="week" thang="4"`, "loại kỳ «week» không có"],
    [`loaiKy="month" thang="13"`, "tháng «13» không phải 1 đến 12"],
    [`loaiKy="month" thang="7"`, "tháng 7 không thuộc quý 2"],
    [`loaiKy="month"`, "kỳ tháng thiếu thuộc tính thang"],
    [`thang="4"`, "có tháng mà không có loaiKy"],
    [`loaiKy="year"`, "năm không kết thúc ở quý 2"],
  ])("keeps a row whose %s does not fit, read as its quarter", (extra, problem) => {
    const { report, ignored } = read(
      `<thayDoi id="${A}" cu="1" moi="2" luc="${at}" nguoi="A"/><kyThayDoi id="${A}" luc="${at}" quy="2" nam="2026" ${extra}/>` +
        `<duyet id="${A}" cu="1" moi="2" luc="${at}" nguoi="L" ketQua="tuChoi" quy="2" nam="2026" ${extra}/>`,
    );
    expect(report.history.map((e) => [e.decision, e.period])).toEqual([
      [undefined, { quarter: 2, year: 2026 }],
      ["rejected", { quarter: 2, year: 2026 }],
    ]);
    expect(ignored).toEqual([`«kyThayDoi»: ${problem}; đọc như một quý`, `«duyet»: ${problem}; đọc như một quý`]);
  });
});

describe("the tracking choice", () => {
  it.each([
    [true, `<theoDoi bat="1"/>`],
    [false, `<theoDoi bat="0"/>`],
  ])("writes %s as %s and reads it back", (trackChanges, element) => {
    expect(body(xmlOf({ trackChanges }))).toBe(element);
    expect(read(element).report.trackChanges).toBe(trackChanges);
  });

  it("keeps the first of two choices", () => {
    const { report, ignored } = read(`<theoDoi bat="0"/><theoDoi bat="1"/>`);
    expect(report.trackChanges).toBe(false);
    expect(ignored).toEqual(["«theoDoi»: lựa chọn theo dõi thay đổi ghi hai lần; lấy lần đầu"]);
  });
});

describe("earlier periods' figures", () => {
  it("writes one element per figure and period, and reads them back grouped by period, oldest first", () => {
    const periods: PeriodFigures[] = [
      { period: { quarter: 4, year: 2025 }, figures: { [A]: "7", [B]: "x" } },
      { period: { quarter: 1, year: 2025 }, figures: { [A]: "5" } },
    ];
    expect(body(xmlOf({ periods }))).toBe(
      `<soLieuKy quy="4" nam="2025" id="${A}">7</soLieuKy><soLieuKy quy="4" nam="2025" id="${B}">x</soLieuKy>` +
        `<soLieuKy quy="1" nam="2025" id="${A}">5</soLieuKy>`,
    );
    expect(read(body(xmlOf({ periods }))).report.periods).toEqual([periods[1], periods[0]]);
  });

  it("writes a month's kind and number as optional attributes, reads them back, and keeps a row with an unknown attribute unread", () => {
    const periods: PeriodFigures[] = [{ period: { kind: "month", year: 2025, month: 11, quarter: 4 }, figures: { [A]: "7" } }];
    const written = body(xmlOf({ periods }));
    expect(written).toBe(`<soLieuKy quy="4" nam="2025" id="${A}" loaiKy="month" thang="11">7</soLieuKy>`);
    expect(read(written).report.periods).toEqual(periods);
    const odd = read(written.replace('quy="4"', 'quy="4" la="x"'));
    expect(odd.report.periods).toBeUndefined();
    expect(odd.ignored).toEqual([]);
    expect(odd.report.keptRows).toEqual([{ name: "soLieuKy", attributes: [["quy", "4"], ["la", "x"], ["nam", "2025"], ["id", A], ["loaiKy", "month"], ["thang", "11"]], text: "7" }]);
  });

  it("sorts by year before quarter, and keeps the first of a repeated figure in a period", () => {
    const { report, ignored } = read(
      `<soLieuKy quy="1" nam="2026" id="${A}">3</soLieuKy>` +
        `<soLieuKy quy="4" nam="2024" id="${A}">1</soLieuKy>` +
        `<soLieuKy quy="2" nam="2025" id="${A}">2</soLieuKy>` +
        `<soLieuKy quy="2" nam="2025" id="${B}">b</soLieuKy>` +
        `<soLieuKy quy="2" nam="2025" id="${A}">9</soLieuKy>` +
        `<soLieuKy quy="4" nam="2025" id="${A}">4</soLieuKy>`,
    );
    expect(report.periods).toEqual([
      { period: { quarter: 4, year: 2024 }, figures: { [A]: "1" } },
      { period: { quarter: 2, year: 2025 }, figures: { [A]: "2", [B]: "b" } },
      { period: { quarter: 4, year: 2025 }, figures: { [A]: "4" } },
      { period: { quarter: 1, year: 2026 }, figures: { [A]: "3" } },
    ]);
    expect(ignored).toEqual([`«soLieuKy»: số liệu quý II/2025 của «${A}» ghi hai lần; lấy lần đầu`]);
  });

  it("keeps periods of the same quarter in different years apart", () => {
    const { report } = read(`<soLieuKy quy="2" nam="2025" id="${A}">1</soLieuKy><soLieuKy quy="2" nam="2024" id="${A}">0</soLieuKy>`);
    expect(report.periods?.map((p) => p.period)).toEqual([{ quarter: 2, year: 2024 }, { quarter: 2, year: 2025 }]);
  });
});

describe("the form", () => {
  it("writes its text and format version, and keeps the first of two", () => {
    expect(body(xmlOf({ form: { formatVersion: 3, text: `{"a":"<b>"}` } }))).toBe(`<mauBaoCao phienBan="3">{"a":"&lt;b&gt;"}</mauBaoCao>`);
    const { report, ignored } = read(`<mauBaoCao phienBan="2">x</mauBaoCao><mauBaoCao phienBan="1">y</mauBaoCao>`);
    expect(report.form).toEqual({ formatVersion: 2, text: "x" });
    expect(ignored).toEqual(["«mauBaoCao»: mẫu báo cáo ghi hai lần; lấy lần đầu"]);
  });
});

describe("marks of figures not yet updated", () => {
  it("writes each as an empty element and reads them in order", () => {
    expect(body(xmlOf({ unconfirmed: [B, A] }))).toBe(`<chuaCapNhat id="${B}"/><chuaCapNhat id="${A}"/>`);
    expect(read(`<chuaCapNhat id="${B}"/><chuaCapNhat id="${A}"/>`).report.unconfirmed).toEqual([B, A]);
  });
});

describe("the box the clerk was typing in", () => {
  it("writes its id, reads it back, and keeps the first of two", () => {
    expect(body(xmlOf({ typingIn: A }))).toBe(`<oDangNhap id="${A}"/>`);
    expect(read(`<oDangNhap id="${A}"/>`).report.typingIn).toBe(A);
    const twice = read(`<oDangNhap id="${A}"/><oDangNhap id="${B}"/>`);
    expect(twice.report.typingIn).toBe(A);
    expect(twice.ignored).toEqual(["«oDangNhap»: ô đang nhập ghi hai lần; lấy lần đầu"]);
  });
});

describe("the period chosen in the pane and not yet written", () => {
  it("writes a quarter and a month with the root's attributes, and reads them back", () => {
    expect(body(xmlOf({ chosenPeriod: { quarter: 3, year: 2026 } }))).toBe(`<kyDangChon quy="3" nam="2026"/>`);
    expect(read(`<kyDangChon quy="3" nam="2026"/>`).report.chosenPeriod).toEqual({ quarter: 3, year: 2026 });
    const month = { kind: "month" as const, quarter: 3 as const, year: 2026, month: 8 };
    expect(body(xmlOf({ chosenPeriod: month }))).toBe(`<kyDangChon quy="3" nam="2026" loaiKy="month" thang="8"/>`);
    expect(read(`<kyDangChon quy="3" nam="2026" loaiKy="month" thang="8"/>`).report.chosenPeriod).toEqual(month);
  });

  it("keeps the first of two and ignores a month outside its quarter, saying why", () => {
    const twice = read(`<kyDangChon quy="3" nam="2026"/><kyDangChon quy="4" nam="2026"/>`);
    expect(twice.report.chosenPeriod).toEqual({ quarter: 3, year: 2026 });
    expect(twice.ignored).toEqual(["«kyDangChon»: kỳ đang chọn ghi hai lần; lấy lần đầu"]);
    const wrong = read(`<kyDangChon quy="1" nam="2026" loaiKy="month" thang="8"/>`);
    expect(wrong.report.chosenPeriod).toBeUndefined();
    expect(wrong.ignored).toEqual(["«kyDangChon»: tháng 8 không thuộc quý 1"]);
  });
});
