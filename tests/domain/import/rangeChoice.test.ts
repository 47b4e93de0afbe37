/**
 * Several date ranges in one text (src/domain/import/meaning/rangeChoice.ts, dateRange.ts): a range the text calls a
 * part of the period («riêng trong tuần») is another period; of several ranges that could fill a start/end pair, only
 * the one whose sentence states the section's figures binds, else the pair is left for the clerk. A form made up
 * here (an archive's report), so that nothing depends on the built-in forms' fields.
 */
import { recognizeFigures } from "../../../src/domain/import/recognize";
import type { Recognition } from "../../../src/domain/import/types";
import { definitionFromForm } from "../../../src/domain/form/toDefinition";
import { REPORT, tinyForm } from "../../support/forms";

const fields = (week: boolean) => [
  { id: "kho.tuNgay", label: `Số liệu kho lưu trữ ${week ? "trong tuần " : ""}tính từ ngày`, kind: "date" as const, section: "B", wording: ["Kho lưu trữ tính từ ngày {D}"] },
  { id: "kho.denNgay", label: `Số liệu kho lưu trữ ${week ? "trong tuần " : ""}tính đến ngày`, kind: "date" as const, section: "B", wording: ["Kho lưu trữ tính từ ngày {d} đến ngày {D}"] },
  { id: "kho.hoSo", label: "Hồ sơ nộp lưu vào kho lưu trữ", kind: "count" as const, section: "B", unit: "hồ sơ" },
];
const form = (week: boolean) => definitionFromForm(tinyForm(fields(week), [], { sections: [{ id: "B", number: "II", title: "Kho lưu trữ" }] }));
const ARCHIVE = form(false);

const shown = (r: Recognition | undefined) =>
  r?.state === "bound" ? r.occurrences.map((o) => o.text).join(" ") : r?.state === "ambiguous" ? `? ${r.candidates.map((c) => c.text).join(" ")}` : "-";
const read = (text: string, report = ARCHIVE) => {
  const r = recognizeFigures(text, report);
  return ["kho.tuNgay", "kho.denNgay"].map((id) => shown(r.get(`bcdc:${id}`)));
};

describe("a range that is a part of the period", () => {
  const text =
    "II. KHO LƯU TRỮ\nTin từ kho lưu trữ tỉnh, từ ngày 2.1.2026 đến 17.5.2026 đã nhận 2.368 hồ sơ nộp lưu. " +
    "Chỉ tính riêng trong tuần (từ ngày 11.5.2026 đến 17.5.2026) đã có 129 lượt khai thác.";

  it("is never the start nor the end of the figures' period: the shared end binds, the start is the clerk's, the figures' date first", () => {
    // Two ranges sharing one end (rangeTwins.ts): the start is left unclear rather than guessed.
    expect(read(text)).toEqual(["? 2.1.2026", "17.5.2026"]);
  });

  it("is taken by a field that asks for that part («trong tuần»)", () => {
    const onlyWeek = "II. KHO LƯU TRỮ\nChỉ tính riêng trong tuần (từ ngày 11.5.2026 đến 17.5.2026) kho lưu trữ đã nhận 129 hồ sơ nộp lưu.";
    expect(read(onlyWeek, form(true))).toEqual(["11.5.2026", "17.5.2026"]);
    expect(read(onlyWeek)).toEqual(["-", "-"]);
  });

  it("also when written «trong tháng 5»", () => {
    const month = "II. KHO LƯU TRỮ\nKho lưu trữ, từ ngày 01/01/2026 đến 31/5/2026 đã nhận 2.368 hồ sơ nộp lưu; trong tháng 5 (từ 01/5/2026 đến 31/5/2026) nhận 300 hồ sơ.";
    // Never the month's 01/5/2026; the pair sharing its end is left to the clerk.
    for (const value of read(month)) expect(value).not.toMatch(/01\/5\/2026/);
    expect(read(month)[0]).not.toBe("01/5/2026");
  });
});

describe("several ranges for one pair", () => {
  it("binds the range whose sentence states the section's figures", () => {
    const text = "II. KHO LƯU TRỮ\nKho lưu trữ tính từ ngày 01/01/2026 đến ngày 31/3/2026 đã nhận 120 hồ sơ nộp lưu. Hội nghị sơ kết từ ngày 02/4/2026 đến ngày 03/4/2026.";
    expect(read(text)).toEqual(["01/01/2026", "31/3/2026"]);
  });

  it("leaves the pair for the clerk when two ranges are written alike and neither states the figures", () => {
    const text = "II. KHO LƯU TRỮ\nSố liệu kho lưu trữ tính từ ngày 01/01/2026 đến ngày 31/3/2026.\nSố liệu kho lưu trữ tính từ ngày 15/12/2025 đến ngày 14/3/2026.\nĐã nhận 120 hồ sơ nộp lưu.";
    const [from, to] = read(text);
    expect(from).toMatch(/^\? /);
    expect(to).toMatch(/^\? /);
  });

  it("binds the one range as before when it is the only one", () => {
    expect(read("II. KHO LƯU TRỮ\nKho lưu trữ, từ 01/01/2026 đến 31/3/2026: nhận 120 hồ sơ nộp lưu.")).toEqual(["01/01/2026", "31/3/2026"]);
  });
});

describe("a date the text writes alone beside two ranges (held-out 141 crashed here)", () => {
  it("is weighed with the ranges, never a crash: the end is the figures' range's or the clerk's, never next quarter's", () => {
    const text =
      "II. CẢI CÁCH HÀNH CHÍNH\nTại Trung tâm Phục vụ hành chính công tỉnh, tính từ ngày 15/12/2025 đến ngày 03/3/2026, " +
      "Trung tâm đã tiếp nhận 9.780 hồ sơ; đã giải quyết 7.766 hồ sơ. Cần lưu ý số liệu quý này mới chốt đến ngày 03/3/2026, chưa đủ kỳ.\n" +
      "III. NHIỆM VỤ\nChốt số liệu Trung tâm Phục vụ hành chính công đúng kỳ (từ ngày 15/3/2026 đến ngày 14/6/2026).";
    const r = recognizeFigures(text, REPORT);
    const dates = [...r.values()].map(shown).filter((v) => /\d+\/\d+\/\d{4}/.test(v));
    expect(dates.some((v) => v === "03/3/2026" || v === "03/3/2026 03/3/2026" || v.startsWith("? "))).toBe(true);
    const bound = dates.filter((v) => !v.startsWith("? ")).join(" ");
    expect(bound).not.toMatch(/14\/6\/2026|15\/3\/2026/);
  });
});
