/**
 * «tháng 4 (04 cuộc), tháng 5 (05 cuộc), tháng 6 (04 cuộc)»: a bracket opened right after a month holds that month's
 * figure (meaning/monthShare.ts), one month's share of the quarter whether or not the quarter's total is written. In
 * other words than held-out 291, which showed the cause.
 */
import { monthShare } from "../../../src/domain/import/meaning/monthShare";

const share = (text: string, figure: string, kind: "quarter" | "month" = "quarter") => {
  const at = text.indexOf(figure);
  return monthShare(text, at, at + figure.length, kind);
};

describe("a month's bracket", () => {
  it("beside other months' is that month's share", () => {
    const text = "Văn phòng giao ban với các phòng theo tháng: tháng 7 (03 cuộc), tháng 8 (04 cuộc), tháng 9 (03 cuộc).";
    expect(share(text, "04")).toBe(true);
    expect(share(text, "03")).toBe(true);
  });

  it("alone, after a date, or in a monthly report, is no month's share", () => {
    expect(share("Trong tháng 8 (04 cuộc giao ban), Văn phòng đã quán triệt các nội dung.", "04")).toBe(false);
    expect(share("Ngày 15 tháng 8 (04 cuộc), ngày 20 tháng 9 (03 cuộc).", "04")).toBe(false);
    expect(share("Giao ban: tháng 7 (03 cuộc), tháng 8 (04 cuộc).", "04", "month")).toBe(false);
  });
});
