/**
 * Which words describe a number (meaning/candidates.ts) where a colon or a «;» list stands between it and the words
 * that introduce it, and a unit written before the number (meaning/score.ts). Each rule with the side where the words
 * must not go: a figure described after itself, an earlier sentence, another row.
 */
import { findCandidates, type Candidate } from "../../../src/domain/import/meaning/candidates";
import { findNumbers } from "../../../src/domain/import/numbers";
import { scanHeadings } from "../../../src/domain/import/headings";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";

function candidate(text: string, number: string): Candidate {
  const found = findCandidates(text, findNumbers(text), scanHeadings(text), false).find((c) => c.token.text === number);
  if (!found) throw new Error(`no candidate ${number}`);
  return found;
}

function bound(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [id, r] of recognizeFigures(text, REPORT)) if (r.state === "bound") out[id.replace("bcdc:", "")] = r.occurrences.map((o) => o.text).join("|");
  return out;
}

describe("words across a colon and a «;» list", () => {
  it("gives the words after a year's colon to the figure that follows, and the words before it as its lead-in", () => {
    const text = "Biên chế năm 2026: công chức giao 55, có mặt 46.";
    expect(candidate(text, "55").near.get("công chức")).toBe(1);
    expect(candidate(text, "55").near.get("biên chế")).toBe(0.6);
    expect(candidate(text, "2026").near.has("công chức")).toBe(false);
  });

  it("leaves the words after the colon to nobody when the figure is described after itself", () => {
    const c = candidate("Về biên chế năm 2026: UBND tỉnh giao 78 biên chế công chức, hiện có mặt 71 công chức.", "78");
    expect(c.near.has("ủy ban")).toBe(false);
    expect(c.near.get("công chức")).toBe(1);
  });

  it("keeps a list's introduction for the items after «;», weighed as the clause's words", () => {
    const text = "Biên chế năm 2026: công chức giao 55, có mặt 46; sự nghiệp giao 15, có mặt 14; hợp đồng 08.";
    expect(candidate(text, "15").near.get("biên chế")).toBe(0.45);
    expect(candidate(text, "08").near.get("biên chế")).toBe(0.45);
  });

  it("does not carry an introduction past a sentence, nor from an earlier sentence of the line", () => {
    expect(candidate("Trình độ: đại học 42. Sự nghiệp giao 15; hợp đồng 08.", "08").near.has("trình độ")).toBe(false);
    const c = candidate("Văn phòng được tổ chức lại. Biên chế năm 2025: công chức giao 112; sự nghiệp giao 36.", "36");
    expect(c.near.get("biên chế")).toBe(0.45);
    expect(c.near.has("tổ chức")).toBe(false);
  });

  it("binds the staffing figures of a clerk's short sentence on the quarterly form", () => {
    expect(bound("I. ĐẶC ĐIỂM, TÌNH HÌNH\nBiên chế năm 2026: công chức giao 55, có mặt 46; sự nghiệp giao 15, có mặt 14; hợp đồng 08.\n")).toEqual({
      "bienChe.nam": "2026",
      "bienChe.congChucGiao": "55",
      "bienChe.congChucThucHien": "46",
      "bienChe.suNghiepGiao": "15",
      "bienChe.suNghiepThucHien": "14",
      "bienChe.hopDong": "08",
    });
  });
});

describe("a unit written before the number", () => {
  it("counts a table row's post for the figure counting that post, not for the post it is part of", () => {
    const text = "III. THỰC HIỆN DÂN CHỦ TRONG HOẠT ĐỘNG CỦA CƠ QUAN\n1. Công tác cán bộ\nNội dung\tSố lượng\nBổ nhiệm Trưởng phòng\t01\nBổ nhiệm Phó Trưởng phòng\t02\n";
    const found = bound(text);
    expect(found["boNhiem.phoPhong"]).toBe("02");
    expect(found["boNhiem.truongPhong"]).toBe("01");
  });
});
