/**
 * A period named inside a «trong đó …» or «riêng …» part that a «;» has closed does not reach the figures after it
 * (meaning/periodScope.ts closedPart), and a title naming only the next quarter's tasks reports on the quarter
 * before it (quarters.ts detectPeriod). A Phú Yên clerk's nine-month sentences, not the held-out Gia Lai report's.
 */
import { isOtherPeriod } from "../../../src/domain/import/meaning/periodScope";
import { scopeOfKind } from "../../../src/domain/import/meaning/reportPeriod";

function at(text: string, figure: string): [number, number] {
  const i = text.indexOf(figure);
  if (i < 0) throw new Error(`${figure} not in text`);
  return [i, i + figure.length];
}

const q3 = scopeOfKind("quarter", 3, 2026);
const other = (text: string, figure: string) => isOtherPeriod(text, ...at(text, figure), q3);

describe("a quarter named inside a closed «trong đó» part", () => {
  it("leaves the figures after the «;» to the sentence's own period", () => {
    const text = "9 tháng đầu năm, Sở ban hành 52 quyết định, trong đó quý III ban hành 17 quyết định; tiếp nhận 64 phản ánh, kiến nghị.";
    expect(other(text, "64")).toBe(true);
    // The part's own figure stays the quarter's.
    expect(other(text, "17")).toBe(false);
  });

  it("«riêng» closes the same way, and a month of the quarter inside it too", () => {
    const text = "Lũy kế 9 tháng, tiếp nhận 07 công chức, riêng tháng 8/2026 tiếp nhận 03 công chức; điều động đi 04 công chức.";
    expect(other(text, "04")).toBe(true);
  });

  it("a quarter opening a clause of its own, not a part, still reaches past the «;»", () => {
    const text = "9 tháng đầu năm, Sở ban hành 52 quyết định; quý III tiếp nhận 21 phản ánh; đã xử lý 20 phản ánh.";
    expect(other(text, "20")).toBe(false);
  });

  it("a part opening a clause of its own after «;» reaches on past the next «;»", () => {
    const text = "Lũy kế 9 tháng tiếp nhận 24.718 hồ sơ; trong đó quý III tiếp nhận 8.236 hồ sơ; trễ hạn 23 hồ sơ; đang giải quyết 308 hồ sơ.";
    expect(other(text, "23")).toBe(false);
    expect(other(text, "308")).toBe(false);
  });

  it("a part not yet closed keeps its period for the figure inside it", () => {
    const text = "9 tháng đầu năm, Sở tiếp nhận 230 hồ sơ, trong đó quý III tiếp nhận 81 hồ sơ, đã giải quyết 80 hồ sơ.";
    expect(other(text, "80")).toBe(false);
  });
});
