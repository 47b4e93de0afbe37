/**
 * The stored part at its size limit and nested 100,000 deep: seconds each, so in `npm test` but not in the mutation
 * run (jest.mutation.config.js), where they would run for every mutant of the reader.
 */
import { MAX_STORED_CHARS } from "../../src/domain/limits";
import { readStoredReport, STORED_NAMESPACE, type StoredRead } from "../../src/domain/storedReport";

const NS = STORED_NAMESPACE;
const FIELD = "bcdc:hcc.tiepNhan";
const FORM = { isField: (id: string) => id === FIELD };
const part = (body: string, root = `quy="1" nam="2026"`) => `<baoCao xmlns="${NS}" ${root}>${body}</baoCao>`;
const read = (xml: string) => readStoredReport(xml, FORM);
const report = (r: StoredRead) => {
  if (r.kind !== "report") throw new Error(`expected a report, got ${JSON.stringify(r)}`);
  return r;
};

describe("hostile stored parts", () => {
  it("ignores an element nested 100,000 deep without recursion", () => {
    const deep = `${"<a>".repeat(100_000)}${"</a>".repeat(100_000)}`;
    const { report: stored, ignored } = report(read(part(`<soLieu id="${FIELD}">81</soLieu>${deep}`)));
    expect(stored.figures).toEqual({ [FIELD]: "81" });
    expect(ignored).toEqual(["phần tử lạ «a»"]);
  });

  it("refuses a part past the size limit before parsing it, and reads one at the limit", () => {
    const filler = (chars: number) => part(`<!--${"x".repeat(chars - part("<!---->").length)}-->`);
    expect(filler(MAX_STORED_CHARS).length).toBe(MAX_STORED_CHARS);
    expect(read(filler(MAX_STORED_CHARS)).kind).toBe("report");
    expect(read(filler(MAX_STORED_CHARS + 1))).toEqual({ kind: "tooLarge", chars: MAX_STORED_CHARS + 1 });
  });
});
