/**
 * Rows another version of the add-in wrote are kept unread and written back as they came: a newer version's leader
 * decisions, or a month's figures, are not lost when this version saves the document, nor misread as what they are not.
 */
import { readStoredReport, STORED_NAMESPACE, storedReportToXml, type StoredRead } from "../../src/domain/storedReport";

const NS = STORED_NAMESPACE;
const FIELD = "bcdc:hcc.tiepNhan";
const FORM = { isField: (id: string) => id === FIELD };
const part = (body: string) => `<baoCao xmlns="${NS}" quy="2" nam="2026">${body}</baoCao>`;
const report = (r: StoredRead) => {
  if (r.kind !== "report") throw new Error(`expected a report, got ${JSON.stringify(r)}`);
  return r;
};

describe("another version's rows in the stored part", () => {
  const decision = `<duyet id="${FIELD}" cu="80" moi="81" luc="2026-05-20T08:00:00.000Z" nguoi="Trần Văn Bình" ketQua="chapNhan" lyDo="Đúng &amp; đủ &lt;số&gt;"/>`;

  it("keeps a known row with an attribute this version lacks unread, and writes it back unchanged", () => {
    const read = report(readStoredReport(part(`<soLieu id="${FIELD}">81</soLieu>${decision}`), FORM));
    expect(read.report.history).toEqual([]);
    expect(read.report.figures).toEqual({ [FIELD]: "81" });
    expect(read.ignored).toEqual([]);
    expect(read.kept).toEqual(["«duyet»"]);
    expect(storedReportToXml(read.report)).toBe(part(`<soLieu id="${FIELD}">81</soLieu>${decision}`));
  });

  it("keeps an element of our namespace this version does not know, with its text, through two saves", () => {
    const note = `<ghiChuLanhDao id="${FIELD}" luc="2026-05-21T09:00:00.000Z">Số này phải xem lại &amp; báo lại</ghiChuLanhDao>`;
    const once = storedReportToXml(report(readStoredReport(part(note), FORM)).report);
    const twice = report(readStoredReport(once, FORM));
    expect(twice.kept).toEqual(["«ghiChuLanhDao»"]);
    expect(twice.report.keptRows).toEqual([
      { name: "ghiChuLanhDao", attributes: [["id", FIELD], ["luc", "2026-05-21T09:00:00.000Z"]], text: "Số này phải xem lại & báo lại" },
    ]);
    expect(storedReportToXml(twice.report)).toBe(part(note));
  });

  it("never reads a kept row into the report: a month's figure is not taken for its quarter's", () => {
    const month = `<soLieuKy quy="2" nam="2026" id="${FIELD}" loaiKy="month" thang="5" nguon="docx">7</soLieuKy>`;
    const read = report(readStoredReport(part(month), FORM));
    expect(read.report.periods).toBeUndefined();
    expect(read.report.keptRows).toHaveLength(1);
  });

  it("drops what no version writes: nested elements, prefixed attributes, other namespaces", () => {
    const body =
      `<khac><a>1</a></khac>` +
      `<soLieu xmlns:x="urn:x" id="${FIELD}" x:y="1">1</soLieu>` +
      `<k:soLieu xmlns:k="urn:other" id="${FIELD}" z="1">1</k:soLieu>`;
    const read = report(readStoredReport(part(body), FORM));
    expect(read.kept).toEqual([]);
    expect(read.ignored).toEqual(["phần tử lạ «khac»", "«soLieu»: thuộc tính lạ x:y", "phần tử lạ «k:soLieu»"]);
    expect(storedReportToXml(read.report)).toBe(`<baoCao xmlns="${NS}" quy="2" nam="2026"/>`);
  });

  it("writes a kept row's impossible characters as XML can hold them", () => {
    const read = report(readStoredReport(part(`<moi a="1">x</moi>`), FORM));
    read.report.keptRows![0]!.text = "x\u0001y";
    expect(storedReportToXml(read.report)).toBe(part(`<moi a="1">x\ufffdy</moi>`));
  });
});
