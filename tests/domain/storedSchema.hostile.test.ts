/**
 * Stored parts made to be slow or large within the character limit (audit of issue 14). Each of these took a
 * minute or more at 80,000 or 55,000 elements, or gigabytes, before the reader indexed what it had read and counted elements before parsing;
 * the test timeout (30 s) is what fails if a read turns quadratic again.
 */
import { MAX_STORED_ELEMENTS } from "../../src/domain/limits";
import { readStoredReport, STORED_NAMESPACE, type StoredRead } from "../../src/domain/storedReport";

const part = (body: string) => `<baoCao xmlns="${STORED_NAMESPACE}" quy="1" nam="2026">${body}</baoCao>`;
const times = (n: number, make: (i: number) => string) => Array.from({ length: n }, (_, i) => make(i)).join("");
const report = (r: StoredRead) => {
  if (r.kind !== "report") throw new Error(`expected a report, got ${JSON.stringify(r).slice(0, 200)}`);
  return r;
};
const AT = "2026-01-01T00:00Z";

describe("hostile stored parts read in linear time", () => {
  it("reads 40,000 «chưa cập nhật» marks (ids of any form's shape, as the pane's first read takes them)", () => {
    const read = report(readStoredReport(part(times(40_000, (i) => `<chuaCapNhat id="ab:f${i}"/>`) + `<chuaCapNhat id="ab:f7"/>`)));
    expect(read.report.unconfirmed).toHaveLength(40_000);
    expect(read.report.unconfirmed?.[39_999]).toBe("ab:f39999");
    expect(read.ignored).toEqual(["«chuaCapNhat»: dấu «chưa cập nhật» của «ab:f7» ghi hai lần"]);
  });

  it("reads 20,000 history entries with 20,000 periods that match none, then one that matches", () => {
    const history = times(20_000, (i) => `<thayDoi id="ab:f" cu="" moi="${i}" luc="${AT}" nguoi=""/>`);
    const strays = times(20_000, () => `<kyThayDoi id="ab:g" luc="${AT}" quy="1" nam="2026"/>`);
    const read = report(readStoredReport(part(history + strays + `<kyThayDoi id="ab:f" luc="${AT}" quy="4" nam="2025"/>`)));
    expect(read.ignored).toHaveLength(20_000);
    expect(read.ignored[0]).toBe(`«kyThayDoi»: kỳ của thay đổi «ab:g» lúc ${AT} không có thay đổi tương ứng`);
    // The first write of that field at that time gets the period, as a search from the start gave it.
    expect(read.report.history[0]).toMatchObject({ to: "0", period: { quarter: 4, year: 2025 } });
    expect(read.report.history[1]!.period).toBeUndefined();
  });

  it("gives periods to same-keyed writes in order, skipping a leader's decisions", () => {
    const xml = part(
      `<duyet id="ab:f" cu="" moi="d" luc="${AT}" nguoi="" ketQua="chapNhan" quy="1" nam="2026"/>` +
        times(3, (i) => `<thayDoi id="ab:f" cu="" moi="${i}" luc="${AT}" nguoi=""/>`) +
        times(4, (i) => `<kyThayDoi id="ab:f" luc="${AT}" quy="${i + 1}" nam="2026"/>`),
    );
    const read = report(readStoredReport(xml));
    expect(read.report.history.map((e) => [e.to, e.period?.quarter])).toEqual([["d", 1], ["0", 1], ["1", 2], ["2", 3]]);
    expect(read.ignored).toEqual([`«kyThayDoi»: kỳ của thay đổi «ab:f» lúc ${AT} không có thay đổi tương ứng`]);
  });

  it(`refuses a part of more than ${MAX_STORED_ELEMENTS.toLocaleString("en")} elements before parsing it, and reads one at the limit`, () => {
    // 1.9 million empty elements (7.6 M characters, under the character cap) took 51 s and 1.9 GB to parse.
    const over = part("<a/>".repeat(MAX_STORED_ELEMENTS));
    expect(readStoredReport(over)).toEqual({ kind: "tooLarge", chars: over.length, elements: MAX_STORED_ELEMENTS + 1 });
    const closing = part(`${"<a>".repeat(10)}${"</a>".repeat(10)}<soLieu id="ab:f">1</soLieu>`); // end tags are not counted
    expect(report(readStoredReport(closing)).report.figures).toEqual({ "ab:f": "1" });
  });
});

describe("hostile XML in the stored part (Node's parser)", () => {
  const laughs = (inner: string) =>
    `<?xml version="1.0"?><!DOCTYPE baoCao [<!ENTITY a "${"a".repeat(100)}">` +
    times(9, (i) => `<!ENTITY ${String.fromCharCode(98 + i)} "${`&${String.fromCharCode(97 + i)};`.repeat(10)}">`) +
    `]>${part(`<soLieu id="ab:f">${inner}</soLieu>`)}`;

  it("does not expand entities of a DOCTYPE (billion laughs: 10^11 characters if expanded)", () => {
    const read = readStoredReport(laughs("&j;"));
    const text = read.kind === "report" ? (read.report.figures["ab:f"] ?? "") : "";
    expect(text.length).toBeLessThan(1000);
  });

  it("never reads an external entity", () => {
    const xml = `<?xml version="1.0"?><!DOCTYPE baoCao [<!ENTITY x SYSTEM "file:///etc/passwd">]>${part(`<soLieu id="ab:f">&x;</soLieu>`)}`;
    const read = readStoredReport(xml);
    expect(JSON.stringify(read)).not.toContain("root:");
  });
});
