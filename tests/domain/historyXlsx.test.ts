import { strFromU8, unzipSync } from "fflate";
import { historySheet, historyToXlsx } from "../../src/domain/historyXlsx";
import type { HistoryEntry } from "../../src/domain/storedReport";
import { REPORT } from "../support/forms";

const entries: HistoryEntry[] = [
  { field: "bcdc:hcc.tiepNhan", from: "9.700", to: "9.780", at: "2026-03-05T08:30:00.000Z", by: "Nguyễn Văn A", period: { quarter: 1, year: 2026 } },
  { field: "bcdc:anSinh.tenXa", from: "", to: '=HYPERLINK("x")', at: "2026-03-06T17:10:00.000Z", by: "Trần <B> & C", decision: "accepted" },
  { field: "bcdc:hcc.daGiaiQuyet", from: "1", to: "2", at: "không phải thời điểm", by: "D" },
];

describe("history as an Excel workbook", () => {
  it("shows the time as the clerk's clock read it, in a date cell", () => {
    const [, first, second] = historySheet(REPORT, entries, 420);
    // 08:30 UTC is 15:30 in Việt Nam; 17:10 UTC is 00:10 the next day.
    expect(first![0]).toEqual({ type: Date, value: new Date("2026-03-05T15:30:00.000Z"), format: "dd/mm/yyyy hh:mm" });
    expect(second![0]).toEqual({ type: Date, value: new Date("2026-03-07T00:10:00.000Z"), format: "dd/mm/yyyy hh:mm" });
  });

  it("writes the row a leader reads: who, what was done, the period, the figure, old and new", () => {
    const rows = historySheet(REPORT, entries, 0);
    expect(rows[0]!.map((c) => (c as { value: string }).value)).toEqual(["Thời điểm", "Người sửa", "Việc", "Kỳ báo cáo", "Mục", "Số liệu", "Giá trị cũ", "Giá trị mới"]);
    const values = (i: number) => rows[i]!.slice(1).map((c) => (c === null ? null : (c as { value: unknown }).value));
    expect(values(1)).toEqual(["Nguyễn Văn A", "Ghi", "Quý I năm 2026", "III.2.c", "Hồ sơ tiếp nhận (Trung tâm PVHCC)", "9.700", "9.780"]);
    expect(values(2).slice(0, 2)).toEqual(["Trần <B> & C", "Chấp nhận sửa (giữ giá trị mới)"]);
    // A stored time that is not one stays as written, as text.
    expect(rows[3]![0]).toEqual({ type: String, value: "không phải thời điểm" });
  });

  it("stores user text as string cells, escaped, never as a formula", async () => {
    const files = unzipSync(new Uint8Array(await (await historyToXlsx(REPORT, entries, 420)).arrayBuffer()));
    const sheet = strFromU8(files["xl/worksheets/sheet1.xml"]!);
    const shared = strFromU8(files["xl/sharedStrings.xml"] ?? new Uint8Array());
    expect(sheet).not.toMatch(/<f[ >]/);
    expect(shared).toContain("<t>=HYPERLINK(\"x\")</t>");
    expect(shared).toContain("Trần &lt;B&gt; &amp; C");
    expect(strFromU8(files["xl/workbook.xml"]!)).toContain('name="Lịch sử thay đổi"');
  });
});
