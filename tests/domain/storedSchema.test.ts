/** The stored part read against its schema: hostile values are reported and left out, and never written back. */
import { readStoredReport, STORED_NAMESPACE, storedReportToXml, storedVersionOf, type StoredRead } from "../../src/domain/storedReport";
import { MAX_YEAR, MIN_YEAR } from "../../src/domain/storedSchema";

const NS = STORED_NAMESPACE;
const FIELD = "bcdc:hcc.tiepNhan";
const OTHER = "bcdc:anSinh.tenXa";
const FORM = { isField: (id: string) => id === FIELD || id === OTHER };
const part = (body: string, root = `quy="1" nam="2026"`) => `<baoCao xmlns="${NS}" ${root}>${body}</baoCao>`;
const read = (xml: string) => readStoredReport(xml, FORM);
const report = (r: StoredRead) => {
  if (r.kind !== "report") throw new Error(`expected a report, got ${JSON.stringify(r)}`);
  return r;
};

describe("the stored part's root", () => {
  it.each([
    ["a missing year", `quy="1"`, "năm «» không phải năm có 4 chữ số từ 2000 đến 2100"],
    ["a hexadecimal year", `quy="1" nam="0x7EA"`, "năm «0x7EA»"],
    ["a 20-digit year", `quy="1" nam="99999999999999999999"`, "năm «99999999999999999999»"],
    ["a decimal point", `quy="1" nam="2026.0"`, "năm «2026.0»"],
    ["a year before the range", `quy="1" nam="${MIN_YEAR - 1}"`, "năm «1999»"],
    ["a year after the range", `quy="1" nam="${MAX_YEAR + 1}"`, "năm «2101»"],
    ["quarter 0", `quy="0" nam="2026"`, "quý «0» không phải 1, 2, 3 hay 4"],
    ["quarter 5", `quy="5" nam="2026"`, "quý «5»"],
    ["quarter 1.0", `quy="1.0" nam="2026"`, "quý «1.0»"],
    ["quarter with spaces", `quy=" 1" nam="2026"`, "quý « 1»"],
  ])("is unreadable with %s, and says why", (_name, root, reason) => {
    const result = read(part("", root));
    expect(result.kind).toBe("unreadable");
    expect(result.kind === "unreadable" && result.reason).toContain(reason);
  });

  it.each([
    [`quy="1" nam="${MIN_YEAR}"`, { quarter: 1, year: 2000 }],
    [`quy="4" nam="${MAX_YEAR}"`, { quarter: 4, year: 2100 }],
  ])("accepts the range's ends (%s)", (root, period) => {
    expect(report(read(part("", root))).report.period).toEqual(period);
  });
});

describe("the stored part's elements", () => {
  it.each([
    ["an id that is not the form's", `<soLieu id="constructor">1</soLieu>`, "mã số liệu «constructor» không có trong mẫu báo cáo"],
    ["a prototype key", `<soLieu id="__proto__">1</soLieu>`, "«__proto__»"],
    ["a prefixed id", `<soLieu id="evil:foo">1</soLieu>`, "«evil:foo»"],
    ["an empty id", `<daGhi id="">1</daGhi>`, "mã số liệu «»"],
    ["an id of the form's shape but not in it", `<soLieu id="bcdc:khong.co">1</soLieu>`, "«bcdc:khong.co»"],
    ["a missing id", `<soLieu>1</soLieu>`, "thiếu thuộc tính id"],
    ["a prefixed unknown attribute", `<soLieu xmlns:x="urn:x" id="${FIELD}" x:y="1">1</soLieu>`, "thuộc tính lạ x:y"],
    ["an element inside a figure", `<soLieu id="${FIELD}"><b>1</b></soLieu>`, "chứa phần tử con"],
    ["text in a mark", `<chuaCapNhat id="${FIELD}">x</chuaCapNhat>`, "không được chứa chữ"],
    ["an unknown element holding another", `<evil id="${FIELD}"><b>1</b></evil>`, "phần tử lạ «evil»"],
    ["an element of another namespace", `<soLieu xmlns="urn:other" id="${FIELD}">1</soLieu>`, "phần tử lạ «soLieu»"],
    ["stray text", `chữ lạc`, "phần tử lạ «chữ lạc»"],
    ["a history time that is not one", `<thayDoi id="${FIELD}" cu="1" moi="2" luc="hôm qua" nguoi="A"/>`, "thời điểm «hôm qua» không hợp lệ"],
    ["an impossible date", `<thayDoi id="${FIELD}" cu="1" moi="2" luc="2026-02-30T08:00:00Z" nguoi="A"/>`, "thời điểm"],
    ["a kept total without its period", `<giuTong id="${FIELD}" cu="132" moi="107" luc="2026-05-20T08:00:00Z" nguoi="A"/>`, "thiếu thuộc tính quy"],
    ["a kept total of a month outside its quarter", `<giuTong id="${FIELD}" cu="132" moi="107" luc="2026-05-20T08:00:00Z" nguoi="A" quy="1" nam="2026" loaiKy="month" thang="5"/>`, "tháng 5 không thuộc quý 1"],
  ])("ignores and reports %s, and does not write it back", (_name, body, reason) => {
    const { report: stored, ignored } = report(read(part(body)));
    expect(ignored).toHaveLength(1);
    expect(ignored[0]).toContain(reason);
    expect(stored.figures).toEqual({});
    expect(stored.written).toEqual({});
    expect(stored.history).toEqual([]);
    expect(stored.unconfirmed).toBeUndefined();
    expect(storedReportToXml(stored)).toBe(`<baoCao xmlns="${NS}" quy="1" nam="2026"/>`);
  });

  it("keeps the good elements beside the bad ones, and the first of a repeated figure", () => {
    const body =
      `<soLieu id="${FIELD}">81</soLieu><soLieu id="${FIELD}">82</soLieu><!-- note --><evil><b/></evil>` +
      `<chuaCapNhat id="${OTHER}"/><chuaCapNhat id="${OTHER}"/>` +
      `<thayDoi id="${FIELD}" cu="80" moi="81" luc="2026-03-05T08:00:00.000Z" nguoi="A"/>`;
    const { report: stored, ignored } = report(read(part(body)));
    expect(stored.figures).toEqual({ [FIELD]: "81" });
    expect(stored.unconfirmed).toEqual([OTHER]);
    expect(stored.history).toEqual([{ field: FIELD, from: "80", to: "81", at: "2026-03-05T08:00:00.000Z", by: "A" }]);
    expect(ignored).toEqual([
      `«soLieu»: số liệu của «${FIELD}» ghi hai lần; lấy lần đầu`,
      "phần tử lạ «evil»",
      `«chuaCapNhat»: dấu «chưa cập nhật» của «${OTHER}» ghi hai lần`,
    ]);
  });

  it("reads and writes back the clerk's «Giữ» for a total that does not add up, with its month (fix44C)", () => {
    const body = `<giuTong id="${FIELD}" cu="132" moi="107" luc="2026-05-20T08:00:00.000Z" nguoi="Nguyễn Thị Lan" quy="2" nam="2026" loaiKy="month" thang="5"/>`;
    const { report: stored, ignored } = report(read(part(body)));
    expect(ignored).toEqual([]);
    const kept = { field: FIELD, from: "132", to: "107", at: "2026-05-20T08:00:00.000Z", by: "Nguyễn Thị Lan", decision: "kept" };
    expect(stored.history).toEqual([{ ...kept, period: { kind: "month", year: 2026, month: 5, quarter: 2 } }]);
    expect(storedReportToXml(stored)).toBe(part(body));
    // Never written as a leader's review, nor as a write of the add-in's.
    expect(storedReportToXml(stored)).not.toMatch(/<duyet|<thayDoi/);
  });

  it("reads a figure whose element repeats the namespace declaration", () => {
    expect(report(read(part(`<soLieu xmlns="${NS}" id="${FIELD}">81</soLieu>`))).report.figures).toEqual({ [FIELD]: "81" });
  });
});

describe("versions and size", () => {
  it("recognises a part of a newer version and does not read it", () => {
    expect(read(`<baoCao xmlns="urn:bcdc:bao-cao-dan-chu:2" quy="1" nam="2026"><moi/></baoCao>`)).toEqual({ kind: "newer", version: 2 });
  });

  it.each([
    ["urn:bcdc:bao-cao-dan-chu:1", 1],
    ["urn:bcdc:bao-cao-dan-chu:12", 12],
    ["urn:bcdc:bao-cao-dan-chu:02", null],
    ["urn:bcdc:bao-cao-dan-chu:0x2", null],
    ["urn:bcdc:bao-cao-dan-chu:", null],
    ["urn:other:1", null],
  ])("reads the version of %s as %s", (namespace, version) => {
    expect(storedVersionOf(namespace)).toBe(version);
  });

  it("is unreadable for another namespace or root", () => {
    expect(read(`<baoCao xmlns="urn:other" quy="1" nam="2026"/>`).kind).toBe("unreadable");
    expect(read(`<khac xmlns="${NS}" quy="1" nam="2026"/>`).kind).toBe("unreadable");
  });
});
