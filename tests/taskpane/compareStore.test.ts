/**
 * The comparison through the store: rolling over keeps the quarter's figures in the document, a phrase is inserted
 * and refreshed with the rest, and an earlier report read from a .docx is shown, then stored only when confirmed.
 */
import { phraseTag } from "../../src/domain/comparison/phrase";
import { storedReportFromXml } from "../../src/domain/storedReport";
import { createAppStore } from "../../src/taskpane/store/createAppStore";
import { buildDocx } from "../fixtures/buildDocx";
import { REFERENCE_TEXT } from "../fixtures/referenceText";
import { REPORT } from "../support/forms";
import { createFakeGateway, type FakeGateway } from "../support/fakeGateway";

const NOW = new Date("2026-03-05T08:00:00Z");
const tiepNhan = "bcdc:hcc.tiepNhan";
const giao = "bcdc:bienChe.congChucGiao";

async function started(word: FakeGateway = createFakeGateway([{ tag: tiepNhan, text: "9.780" }, { tag: giao, text: "55" }])) {
  const store = createAppStore({ word, now: () => NOW, report: REPORT });
  await store.getState().start();
  store.getState().setPeriod({ quarter: 1, year: 2026 });
  return { store, word };
}

describe("figures per period", () => {
  it("keeps the quarter left by «Chuyển sang quý sau» in the document, without the drafts carried into the next", async () => {
    const { store, word } = await started();
    await store.getState().rollOverQuarter();
    expect(store.getState().periods).toEqual([{ period: { quarter: 1, year: 2026 }, figures: { [tiepNhan]: "9.780", [giao]: "55" } }]);
    expect(storedReportFromXml(word.storedXml!)?.periods).toEqual(store.getState().periods);
    // Q2 → Q3 with only one figure typed for Q2: Q2 keeps that one, not Q1's carried drafts.
    store.getState().setFigure(tiepNhan, "10.000");
    await store.getState().rollOverQuarter();
    expect(store.getState().periods[1]).toEqual({ period: { quarter: 2, year: 2026 }, figures: { [tiepNhan]: "10.000" } });
    const reopened = createAppStore({ word, now: () => NOW, report: REPORT });
    await reopened.getState().start();
    expect(reopened.getState().periods.map((p) => p.period)).toEqual([{ quarter: 1, year: 2026 }, { quarter: 2, year: 2026 }]);
  });

  it("inserts a phrase at the cursor and refreshes it with «Cập nhật văn bản»; an unknown side inserts nothing", async () => {
    const { store, word } = await started();
    await store.getState().rollOverQuarter();
    await store.getState().insertPhrase(tiepNhan, "previous");
    expect(word.inserted).toEqual([]);
    expect(store.getState().notice?.intent).toBe("warning");
    store.getState().setFigure(tiepNhan, "10.000");
    await store.getState().insertPhrase(tiepNhan, "previous");
    const tag = phraseTag(tiepNhan, "previous");
    expect(word.inserted).toEqual([{ tag, title: "Hồ sơ tiếp nhận (Trung tâm PVHCC) (so với quý trước)", text: "tăng 220 (2,25%) so với quý trước" }]);
    store.getState().setFigure(tiepNhan, "9.000");
    await store.getState().updateDocument();
    expect(word.controls.find((c) => c.tag === tag)?.text).toBe("giảm 780 (7,98%) so với quý trước");
    expect(storedReportFromXml(word.storedXml!)?.written[tag]).toBe("giảm 780 (7,98%) so với quý trước");
    // A carried figure not yet confirmed is not this quarter's: the phrase about it is not computed.
    await store.getState().insertPhrase(giao, "previous");
    expect(word.inserted).toHaveLength(1);
  });
});

describe("an earlier report read from a file", () => {
  const lines = REFERENCE_TEXT.split("\n");
  let q1: Buffer;
  beforeAll(async () => {
    q1 = await buildDocx(lines);
  });

  it("reads a .txt saved as UTF-16 with its BOM, as `npm run check` does", async () => {
    const { store } = await started();
    store.getState().setPeriod({ quarter: 2, year: 2026 });
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(REFERENCE_TEXT.replace(/\n/g, "\r\n"), "utf16le")]);
    await store.getState().readEarlierReport({ name: "quy-I.txt", data: new Uint8Array(utf16) });
    const reading = store.getState().earlierReading;
    expect(reading?.ok && reading.period).toEqual({ quarter: 1, year: 2026 });
    expect(reading?.ok && reading.figures[tiepNhan]).toBe("9.780");
  });

  it("shows what was read, and stores it only when the clerk confirms", async () => {
    const { store, word } = await started();
    store.getState().setPeriod({ quarter: 2, year: 2026 });
    await store.getState().readEarlierReport({ name: "quy-I.docx", data: new Uint8Array(q1) });
    const reading = store.getState().earlierReading;
    expect(reading?.ok && reading.period).toEqual({ quarter: 1, year: 2026 });
    expect(reading?.ok && reading.figures[tiepNhan]).toBe("9.780");
    expect(reading?.ok && reading.read.length).toBeGreaterThan(50);
    expect(word.storedXml).toBeNull();
    await store.getState().confirmEarlierReport();
    expect(store.getState().earlierReading).toBeNull();
    const saved = storedReportFromXml(word.storedXml!);
    expect(saved?.periods?.[0]?.figures[tiepNhan]).toBe("9.780");
    // The rest of what the document keeps goes with it (this save once dropped the carried form).
    expect((JSON.parse(saved?.form?.text ?? "{}") as { id?: string }).id).toBe(store.getState().report.id);
    expect(saved?.period).toEqual({ quarter: 2, year: 2026 });
  });

  it.each([
    ["the same quarter", () => buildDocx(lines), /chính kỳ đang làm/],
    ["a text that is not a report", () => buildDocx(["Thư mời họp", "Kính gửi các đồng chí."]), /không giống một báo cáo/],
    ["another form", () => buildDocx(["BÁO CÁO tình hình kinh tế - xã hội quý I năm 2026", "Tổng thu ngân sách đạt 1.200 tỷ đồng."]), /không phải mẫu báo cáo này: chỉ nhận ra 0\//],
    ["a file that is not a .docx", async () => Buffer.from("not a zip at all"), /không có cấu trúc của một tệp \.docx/],
    ["a PDF named .docx", async () => Buffer.from("%PDF-1.7\n1 0 obj"), /tệp là PDF/],
    ["an old Word .doc named .docx", async () => Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), /Word 97–2003 \(\.doc\)/],
    ["a .txt in a legacy code page", async () => Buffer.from([0x42, 0xc1, 0x4f, 0x20, 0x43, 0xc1, 0x4f]), /không phải UTF-8/, "bao-cao.txt"],
    ["an empty .txt", async () => Buffer.alloc(0), /tệp rỗng/, "bao-cao.txt"],
  ])("refuses %s with a message and stores nothing", async (_name, make, message, name = "bao-cao.docx") => {
    const { store, word } = await started();
    await store.getState().readEarlierReport({ name, data: new Uint8Array(await make()) });
    expect(store.getState().notice?.text).toMatch(message);
    expect(store.getState().notice?.text).not.toMatch(/^Có lỗi không mong muốn/);
    await store.getState().confirmEarlierReport();
    expect(word.storedXml).toBeNull();
    expect(store.getState().periods).toEqual([]);
  });
});
