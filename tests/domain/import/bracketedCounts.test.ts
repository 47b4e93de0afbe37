/**
 * A count set in brackets inside a sentence (meaning/bracketedCounts.ts) is read with the words around it; an
 * enumeration, a heading's count and a bracket at a sentence's edge keep their brackets.
 */
import { unbracketCounts } from "../../../src/domain/import/meaning/bracketedCounts";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";

describe("a count in brackets inside a sentence", () => {
  it("drops the brackets of a two- or three-digit count between lower-case words, keeping every offset", () => {
    const text = "24 biên chế sự nghiệp và (11) hợp đồng lao động; đề nghị khen thưởng (02) cá nhân.";
    expect(unbracketCounts(text)).toBe("24 biên chế sự nghiệp và  11  hợp đồng lao động; đề nghị khen thưởng  02  cá nhân.");
    expect(unbracketCounts(text).length).toBe(text.length);
  });

  it("keeps an enumeration, a heading's count, an aside and a bracket at a sentence's edge", () => {
    for (const text of [
      "Sở đã công khai (1) dự toán; (2) kế hoạch tuyển dụng.",
      "Tổ chức trực thuộc (05): Phòng A; Phòng B.",
      "hai nhà khách (Nhà khách A, Nhà khách B) có 41 người",
      "đã tổ chức giao ban (12).",
      "(12) cuộc giao ban",
    ]) expect(unbracketCounts(text)).toBe(text);
  });

  it("binds a bracketed count by the words after it, on the quarterly form", () => {
    const text = "I. ĐẶC ĐIỂM, TÌNH HÌNH\nVăn phòng được giao 78 biên chế công chức (hiện có 71 người), 24 biên chế sự nghiệp (hiện có 22 người) và (11) hợp đồng lao động.\n";
    const r = recognizeFigures(text, REPORT).get("bcdc:bienChe.hopDong");
    expect(r?.state === "bound" && r.occurrences.map((o) => o.text)).toEqual(["11"]);
  });
});
