import { historyToCsv, historyView, localTimestamp } from "../../src/domain/historyCsv";
import { REPORT } from "../support/forms";
import type { HistoryEntry } from "../../src/domain/storedReport";

const entries: HistoryEntry[] = [
  { field: "bcdc:hcc.tiepNhan", from: "9.700", to: "9.780", at: "2026-03-05T08:00:00.000Z", by: "Nguyễn Văn A" },
  { field: "bcdc:bienChe.congChucGiao", from: "54", to: "55", at: "2026-03-06T08:00:00.000Z", by: "Trần \"B\"" },
  { field: "bcdc:anSinh.tenXa", from: "", to: "=HYPERLINK(\"x\")", at: "2026-03-04T08:00:00.000Z", by: "C" },
];

describe("history", () => {
  it("exports CSV with a BOM, CRLF lines, quoted cells and Vietnamese labels", () => {
    const csv = historyToCsv(REPORT, entries.slice(0, 2), () => 7 * 60);
    expect(csv.startsWith("\ufeff\"Thời điểm\",\"Người sửa\",\"Việc\",\"Kỳ báo cáo\",\"Mục\",\"Số liệu\",\"Giá trị cũ\",\"Giá trị mới\"\r\n")).toBe(true);
    expect(csv).toContain('"2026-03-05T15:00:00+07:00","Nguyễn Văn A","Ghi","","III.2.c","Hồ sơ tiếp nhận (Trung tâm PVHCC)","9.700","9.780"\r\n');
    expect(csv).toContain('"Trần ""B"""');
  });

  it("writes the time the pane showed, with its offset from UTC (walk48, F10: UTC read seven hours off)", () => {
    expect(localTimestamp("2026-12-07T11:26:49.513Z", () => 7 * 60)).toBe("2026-12-07T18:26:49+07:00");
    expect(localTimestamp("2026-12-31T20:00:00.000Z", () => 7 * 60)).toBe("2027-01-01T03:00:00+07:00");
    expect(localTimestamp("2026-06-01T08:00:00.000Z", () => -(3 * 60 + 30))).toBe("2026-06-01T04:30:00-03:30");
    expect(localTimestamp("not a time", () => 420)).toBe("not a time");
  });

  it("names a figure another section shares with its section's title", () => {
    const rate: HistoryEntry = { field: "bcdc:hcc.tyLeDangGiaiQuyet", from: "4,65%", to: "4,56%", at: "2026-03-05T08:00:00.000Z", by: "A" };
    const label = historyToCsv(REPORT, [rate], () => 0).split("\r\n")[1]!.split('","')[5];
    expect(label).toMatch(/^Tỷ lệ đang giải quyết \(.+\)$/u);
  });

  it("names a leader's decision and the period each value belongs to", () => {
    const reviewed: HistoryEntry = { ...entries[0]!, decision: "rejected", period: { quarter: 1, year: 2026 } };
    expect(historyToCsv(REPORT, [reviewed])).toContain('"Nguyễn Văn A","Từ chối sửa (giữ giá trị cũ)","Quý I năm 2026","III.2.c"');
  });

  it("keeps a value that looks like a formula as text", () => {
    expect(historyToCsv(REPORT, [entries[2]!])).toContain(`"'=HYPERLINK(""x"")"`);
  });

  it("lists newest first and filters by top-level section", () => {
    expect(historyView(REPORT, entries, null).map((e) => e.at)).toEqual([
      "2026-03-06T08:00:00.000Z",
      "2026-03-05T08:00:00.000Z",
      "2026-03-04T08:00:00.000Z",
    ]);
    expect(historyView(REPORT, entries, "III").map((e) => e.field)).toEqual(["bcdc:hcc.tiepNhan"]);
    expect(historyView(REPORT, entries, "I").map((e) => e.field)).toEqual(["bcdc:bienChe.congChucGiao"]);
  });
});
