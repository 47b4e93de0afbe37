/**
 * The year of the staff figures written after them («được giao 24 biên chế công chức năm 2026») or as a list item of
 * its own above them («- Năm giao biên chế: 2026.»). Clerks other than the held-out reports'; each with the side
 * where the year is of something else.
 */
import { recognizeFigures } from "../../../src/domain/import/recognize";
import type { Recognition } from "../../../src/domain/import/types";
import { REPORT } from "../../support/forms";

const shown = (r: Recognition | undefined) =>
  r?.state === "bound" ? r.occurrences.map((o) => o.input).join(" ") : r?.state === "ambiguous" ? "?" : "-";
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
