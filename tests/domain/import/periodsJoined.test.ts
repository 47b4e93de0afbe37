/**
 * Two periods joined by «và» before a number (meaning/periodsJoined.ts, periodScope.ts): the clause is about both,
 * so the later one does not make the number another period's. A Phú Yên clerk's sentences, not the held-out ones.
 */
import { isOtherPeriod } from "../../../src/domain/import/meaning/periodScope";
import { periodsJoined } from "../../../src/domain/import/meaning/periodsJoined";
import { scopeOfKind } from "../../../src/domain/import/meaning/reportPeriod";

function at(text: string, figure: string): [number, number] {
  const i = text.indexOf(figure);
  if (i < 0) throw new Error(`${figure} not in text`);
  return [i, i + figure.length];
}

const q2 = scopeOfKind("quarter", 2, 2026);
const other = (text: string, figure: string) => isOtherPeriod(text, ...at(text, figure), q2);

describe("the quarter and a longer span joined by «và» name both", () => {
  it.each([
    ["Quý II và 6 tháng, Văn phòng không nhận được đơn thư khiếu nại, tố cáo.", "không"],
    ["Trong quý II/2026 và lũy kế từ đầu năm, Văn phòng tổ chức 04 cuộc đối thoại.", "04"],
    ["6 tháng đầu năm 2026 và quý II, Văn phòng không có công chức bị xử lý.", "không"],
  ])("«%s»: %s is not another period's", (text, figure) => expect(other(text, figure)).toBe(false));

  it.each([
    // The longer span's own figure after the quarter's.
    ["Quý II tiếp nhận 05 hồ sơ, 6 tháng 09 hồ sơ.", "09"],
    // A comma opens the longer span's figure.
    ["Quý II, lũy kế 6 tháng tổ chức 25 cuộc giao ban.", "25"],
    // Two other periods joined stay other.
    ["Quý I và 6 tháng, Văn phòng tổ chức 25 cuộc giao ban.", "25"],
    // The longer span alone (its count; its none holds in the quarter too: noneOverSpan.ts).
    ["6 tháng, Văn phòng nhận 03 đơn thư khiếu nại, tố cáo.", "03"],
  ])("near-match «%s»: %s stays another period's", (text, figure) => expect(other(text, figure)).toBe(true));
});

describe("periodsJoined reads only «và» past the first name's numeral and year", () => {
  it.each([[" II và "], [" II/2026 và "], [" đầu năm 2026 và "], [" và "]])("«%s» joins", (gap) => expect(periodsJoined(gap)).toBe(true));
  it.each([[" II, "], [" II tiếp nhận 05 hồ sơ và "], [" II hoặc "], [""]])("«%s» does not", (gap) => expect(periodsJoined(gap)).toBe(false));
});
