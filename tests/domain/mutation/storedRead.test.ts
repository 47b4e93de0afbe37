/**
 * Reading the stored part node by node (issue 14, mutation testing): what is skipped silently (indentation,
 * comments, processing instructions, namespace declarations), what is reported and how, and why a part is unreadable.
 */
import { readStoredReport, STORED_NAMESPACE, STORED_NAMESPACE_PREFIX, storedReportFromXml, storedVersionOf, xmlSafe, type StoredRead } from "../../../src/domain/storedReport";

const NS = STORED_NAMESPACE;
const FIELD = "bcdc:hcc.tiepNhan";
const FORM = { isField: (id: string) => id === FIELD };
const part = (body: string, root = `quy="1" nam="2026"`) => `<baoCao xmlns="${NS}" ${root}>${body}</baoCao>`;
const report = (r: StoredRead) => {
  if (r.kind !== "report") throw new Error(`expected a report, got ${JSON.stringify(r)}`);
  return r;
};

describe("what the reader skips", () => {
  it("skips indentation, comments and processing instructions without a word", () => {
    const body = `\n  <soLieu id="${FIELD}">81</soLieu>\n\t<!-- ghi chú --><?xml-stylesheet href="x"?>\r\n  `;
    expect(readStoredReport(part(body), FORM)).toEqual({
      kind: "report",
      report: { period: { quarter: 1, year: 2026 }, figures: { [FIELD]: "81" }, written: {}, history: [] },
      ignored: [],
      kept: [],
    });
  });

  it("skips a prefixed namespace declaration on an element, and keeps the figure's own spaces", () => {
    const { report: stored, ignored } = report(readStoredReport(part(`<soLieu xmlns:x="urn:x" id="${FIELD}"> 8 1 </soLieu>`), FORM));
    expect(stored.figures).toEqual({ [FIELD]: " 8 1 " });
    expect(ignored).toEqual([]);
  });
});

describe("what the reader reports", () => {
  it("names stray text by its first 30 characters, trimmed, and stray CDATA too", () => {
    const long = `  ${"chữ ".repeat(20)}`;
    const { ignored } = report(readStoredReport(part(`${long}<![CDATA[ dữ liệu ]]>`), FORM));
    expect(ignored).toEqual([`phần tử lạ «${"chữ ".repeat(20).trim().slice(0, 30)}»`, "phần tử lạ «dữ liệu»"]);
  });

  it("names an element of another namespace by its prefixed name", () => {
    const { ignored } = report(readStoredReport(part(`<x:soLieu xmlns:x="urn:khac" id="${FIELD}">1</x:soLieu>`), FORM));
    expect(ignored).toEqual(["phần tử lạ «x:soLieu»"]);
  });

  it("reports the first missing attribute, then a bad value before an unknown attribute", () => {
    const read = (element: string) => report(readStoredReport(part(element), FORM)).ignored;
    expect(read(`<thayDoi id="${FIELD}" moi="2"/>`)).toEqual(["«thayDoi»: thiếu thuộc tính cu"]);
    expect(read(`<thayDoi id="${FIELD}" cu="1" moi="2" luc="x" nguoi="A"/>`)).toEqual(["«thayDoi»: thời điểm «x» không hợp lệ"]);
    expect(read(`<theoDoi xmlns:k="urn:k" bat="1" k:tat="0"/>`)).toEqual(["«theoDoi»: thuộc tính lạ k:tat"]);
    expect(read(`<theoDoi bat="1"><!-- x --></theoDoi>`)).toEqual(["«theoDoi»: chứa phần tử con"]);
    expect(read(`<soLieu id="${FIELD}">8<b/>1</soLieu>`)).toEqual(["«soLieu»: chứa phần tử con"]);
  });
});

describe("unreadable parts", () => {
  it.each([
    ["damaged XML", "<baoCao", "XML hỏng (unclosed xml tag(s): baoCao"],
    ["mismatched tags", `<baoCao xmlns="${NS}" quy="1" nam="2026"><a></b></baoCao>`, "XML hỏng ("],
    ["an empty part", "", "XML hỏng ("],
  ])("says %s is damaged, and why", (_what, xml, reason) => {
    const result = readStoredReport(xml, FORM);
    expect(result.kind === "unreadable" && result.reason.startsWith(reason)).toBe(true);
  });

  it("takes a «parsererror» element, the browser parser's sign of damage, for damage", () => {
    expect(readStoredReport(part(`<soLieu id="${FIELD}">1</soLieu><parsererror>lỗi</parsererror>`), FORM)).toEqual({ kind: "unreadable", reason: "XML hỏng" });
  });

  it.each([
    ["another namespace", `<baoCao xmlns="urn:khac:1" quy="1" nam="2026"/>`],
    ["no namespace", `<baoCao quy="1" nam="2026"/>`],
    ["another root", `<khac xmlns="${NS}" quy="1" nam="2026"/>`],
    ["a prefixed root of another name", `<x:khac xmlns:x="${NS}" quy="1" nam="2026"/>`],
  ])("is not the add-in's data with %s", (_what, xml) => {
    expect(readStoredReport(xml, FORM)).toEqual({ kind: "unreadable", reason: "không phải dữ liệu của tiện ích" });
  });

  it("reads a root with a prefix of our namespace", () => {
    expect(storedReportFromXml(`<x:baoCao xmlns:x="${NS}" quy="2" nam="2026"/>`)?.period).toEqual({ quarter: 2, year: 2026 });
  });

  it("gives the root's problem as the reason", () => {
    expect(readStoredReport(part("", `quy="1" nam="26"`), FORM)).toEqual({ kind: "unreadable", reason: "năm «26» không phải năm có 4 chữ số từ 2000 đến 2100" });
  });

  it("returns no report for a newer version's part", () => {
    expect(storedReportFromXml(`<baoCao xmlns="urn:bcdc:bao-cao-dan-chu:3" quy="1" nam="2026"/>`)).toBeNull();
  });
});

describe("storedVersionOf", () => {
  it("reads the version only after our prefix, and only when nothing follows it", () => {
    expect(storedVersionOf(`${"x".repeat(STORED_NAMESPACE_PREFIX.length)}1`)).toBeNull();
    expect(storedVersionOf(`${STORED_NAMESPACE_PREFIX}1x`)).toBeNull();
    expect(storedVersionOf(`${STORED_NAMESPACE_PREFIX}1:2`)).toBeNull();
    expect(storedVersionOf(`${STORED_NAMESPACE_PREFIX}999999`)).toBe(999999);
    expect(storedVersionOf(`${STORED_NAMESPACE_PREFIX}1000000`)).toBeNull();
  });
});

describe("xmlSafe", () => {
  it.each([
    ["a\r\nb", "a\nb"],
    ["a\rb", "a\nb"],
    ["a\vb", "a\nb"],
    ["a\n\rb", "a\n\nb"],
    ["a\r\r\nb", "a\n\nb"],
    ["\u0000\u0008\u000c\u000e\u001f", "\ufffd".repeat(5)],
    ["\t\n", "\t\n"],
    ["\ufffe\uffff", "\ufffd\ufffd"],
    ["\ud83d\ude00", "\ud83d\ude00"],
    ["\ude00\ud83d", "\ufffd\ufffd"],
    ["Hà Nội <&>", "Hà Nội <&>"],
  ])("keeps %j as %j", (text, safe) => {
    expect(xmlSafe(text)).toBe(safe);
  });
});
