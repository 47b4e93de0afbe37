/**
 * Last period's report chosen as a .docx made by the add-in: its stored part (customXml/itemN.xml) gives the figures as
 * typed; a part of another form refuses the file; without a part, or with one past the size cap, the wording is read.
 */
import { strToU8, unzipSync, zipSync } from "fflate";
import { readEarlierDocx, type EarlierContext } from "../../../src/domain/comparison/earlierReport";
import { docxStoredReport } from "../../../src/domain/comparison/docxStored";
import { makePeriod } from "../../../src/domain/periodKinds";
import { storedReportToXml, type StoredReport } from "../../../src/domain/storedReport";
import { buildDocx } from "../../fixtures/buildDocx";
import { REFERENCE_TEXT } from "../../fixtures/referenceText";
import { builtInDefinition } from "../../support/forms";

const QUARTERLY = builtInDefinition("bao-cao-dan-chu-quy");
const MONTHLY = builtInDefinition("tiep-cong-dan-thang");
const context: EarlierContext = { report: QUARTERLY, current: { quarter: 2, year: 2026 }, known: [] };
const form = (id: string) => ({ formatVersion: 1, text: JSON.stringify({ id }) });

/** The add-in's part for quý I/2026: a figure the wording says otherwise (9.780 in the text), to tell them apart. */
const STORED: StoredReport = {
  period: { quarter: 1, year: 2026 },
  figures: { "bcdc:hcc.tiepNhan": "9.781", "bcdc:bienChe.congChucGiao": "55", "bcdc:khongCo": "1" },
  written: {},
  history: [],
  form: form("bao-cao-dan-chu-quy"),
};
const docx = (part?: string, name = "customXml/item1.xml") => buildDocx(REFERENCE_TEXT.split("\n"), [], part === undefined ? {} : { [name]: part });

/** The zip with the stored part's uncompressed size, in its local header and its directory, set to `size`. */
function declaring(zip: Uint8Array, size: number): Uint8Array {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const named = (at: number, length: number) => new TextDecoder().decode(zip.subarray(at, at + view.getUint16(length, true))) === "customXml/item1.xml";
  for (let at = 0; at + 46 <= zip.length; at++) {
    const signature = view.getUint32(at, true);
    if (signature === 0x04034b50 && named(at + 30, at + 26)) view.setUint32(at + 22, size, true);
    if (signature === 0x02014b50 && named(at + 46, at + 28)) view.setUint32(at + 24, size, true);
  }
  return zip;
}

describe("an earlier report made by the add-in", () => {
  it("is read at the figures its stored part keeps, for the period it keeps", async () => {
    const reading = readEarlierDocx("quy-I.docx", await docx(storedReportToXml(STORED), "customXml/item2.xml"), context);
    expect(reading).toMatchObject({ ok: true, source: "stored", period: { quarter: 1, year: 2026 } });
    if (!reading.ok) return;
    expect(reading.figures).toEqual({ "bcdc:hcc.tiepNhan": "9.781", "bcdc:bienChe.congChucGiao": "55" });
    expect(reading.read.map((f) => f.label)).toEqual(["Biên chế công chức được giao", "Hồ sơ tiếp nhận (Trung tâm PVHCC)"]);
  });

  it("is refused when its part is of another form, naming it", async () => {
    const other = storedReportToXml({ ...STORED, figures: {}, form: form("tiep-cong-dan-thang") });
    const reading = readEarlierDocx("thang.docx", await docx(other), context);
    expect(reading).toEqual({ ok: false, file: "thang.docx", message: expect.stringContaining("mẫu khác («tiep-cong-dan-thang»)") });
  });

  it("is refused when its stored period is this one, or of another kind", async () => {
    const same = readEarlierDocx("a.docx", await docx(storedReportToXml({ ...STORED, period: { quarter: 2, year: 2026 } })), context);
    expect(same).toMatchObject({ ok: false, message: expect.stringContaining("chính kỳ đang làm") });
    const monthly = readEarlierDocx("b.docx", await docx(storedReportToXml({ ...STORED, period: makePeriod("month", 2026, 3) })), context);
    expect(monthly).toMatchObject({ ok: false, message: expect.stringContaining("không phải báo cáo theo quý") });
  });

  it("falls back to the wording without a part of ours, or with one past the size cap", async () => {
    const plain = readEarlierDocx("cu.docx", await docx(), context);
    expect(plain).toMatchObject({ ok: true, source: "recognised", period: { quarter: 1, year: 2026 } });
    if (plain.ok) expect(plain.figures["bcdc:hcc.tiepNhan"]).toBe("9.780");
    const foreign = readEarlierDocx("cu.docx", await docx(`<ns0:props xmlns:ns0="urn:other"/>`), context);
    expect(foreign).toMatchObject({ ok: true, source: "recognised" });
    // A part that says it inflates to 2 GB (a zip bomb's directory): refused by its size, never inflated.
    const data = declaring(zipSync({ ...unzipSync(await docx()), "customXml/item1.xml": strToU8(storedReportToXml(STORED)) }), 0x7fffffff);
    expect(docxStoredReport(data, QUARTERLY)).toEqual({ kind: "none", reason: expect.stringContaining("quá giới hạn") });
    expect(readEarlierDocx("bom.docx", data, context)).toMatchObject({ ok: true, source: "recognised" });
  });

  it("reads a monthly form's part by month", async () => {
    const field = MONTHLY.fields.find((f) => f.kind === "count" && !f.formula)!;
    const part = storedReportToXml({ period: makePeriod("month", 2026, 2), figures: { [field.id]: "29" }, written: {}, history: [], form: form("tiep-cong-dan-thang") });
    const reading = readEarlierDocx("t2.docx", await docx(part), { report: MONTHLY, current: makePeriod("month", 2026, 3), known: [] });
    expect(reading).toMatchObject({ ok: true, source: "stored", period: makePeriod("month", 2026, 2), figures: { [field.id]: "29" } });
  });
});
