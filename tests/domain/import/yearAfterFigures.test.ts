/**
 * The year of the staff figures written after them («được giao 24 biên chế công chức năm 2026») or as a list item of
 * its own above them («- Năm giao biên chế: 2026.»). Clerks other than the held-out reports'; each with the side
 * where the year is of something else.
 */
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";
import { shown } from "../../support/recognitionShown";

const yearOf = (body: string) => shown(recognizeFigures(`I. ĐẶC ĐIỂM, TÌNH HÌNH\n${body}`, REPORT).get("bcdc:bienChe.nam"));

describe("the year closing the staff figure's words", () => {
  it("is the figures' year", () => {
    expect(yearOf("Sở được giao 24 biên chế công chức năm 2026; hiện có 22 người.")).toBe("2026");
    expect(yearOf("Văn phòng được giao 21 biên chế công chức hành chính năm 2025, hiện có 20 người.")).toBe("2025");
  });
  it("near-match: a year compared with is not", () => {
    expect(yearOf("Sở được giao 24 biên chế công chức, tăng 02 so với năm 2025; hiện có 22 người.")).not.toBe("2025");
  });
});

describe("the year as a list item above the staff figures", () => {
  it("is the figures' year when the item names them", () => {
    expect(yearOf("- Năm giao biên chế: 2026.\n- Biên chế công chức được giao: 41 người; hiện có: 39 người.")).toBe("2026");
    expect(yearOf("+ Năm số liệu biên chế: 2025\n+ Công chức được giao: 30; có mặt: 28.")).toBe("2025");
  });
  it("near-match: an item of another year («Năm thành lập») is not", () => {
    expect(yearOf("- Năm thành lập: 2008\n- Biên chế công chức được giao: 30; có mặt: 28.")).not.toBe("2008");
  });
});

describe("the year in a long clause that opens with the staff words", () => {
  it("is the figures' year, however many words the giver takes", () => {
    expect(yearOf("Biên chế cán bộ, công chức được Tổng Liên đoàn giao năm 2026 là 148, hiện có 141 người.")).toBe("2026");
    expect(yearOf("Biên chế công chức của cơ quan Sở được giao năm 2025 là 112, hiện có 104 công chức.")).toBe("2025");
  });
  it("and closing the figure's words across the pair's comma", () => {
    expect(yearOf("- 34 biên chế cán bộ, công chức giao năm 2026; 31 có mặt.")).toBe("2026");
  });
  it("near-match: a clause opened by other words, and a number between the figure and the year", () => {
    expect(yearOf("Theo đề án sắp xếp được Tổng Liên đoàn phê duyệt vào cuối năm 2024, biên chế được giao là 148, hiện có 141 người.")).not.toBe("2024");
    expect(yearOf("- 34 biên chế cán bộ, công chức, giảm 02 người so với năm 2025; 31 có mặt.")).not.toBe("2025");
  });
});
