/**
 * A share in brackets right after its count («30 hồ sơ (32,61%)») is that count's (meaning/bracketShare.ts): it is
 * bound to a share only when its count is that share's part, never while the count is unclear (boundTogether.ts).
 * A one-stop desk in a clerk's words of our own.
 */
import { bracketShareEnd } from "../../../src/domain/import/meaning/bracketShare";
import { findNumbers } from "../../../src/domain/import/numbers";
import { REPORT } from "../../support/forms";
import { boundByLabel } from "../../support/recognized";

/** Where the bracket of the share after the first count of `text` closes, or null. */
function shareEnd(text: string): number | null {
  const [count, share] = findNumbers(text);
  return bracketShareEnd(text, count!.end, share!);
}

describe("a share alone in brackets after its count", () => {
  it("with the count's unit between, or nothing", () => {
    expect(shareEnd("giải quyết 45 hồ sơ (90,00%)")).toBe("giải quyết 45 hồ sơ (90,00%)".length);
    expect(shareEnd("giải quyết 45 (90 %), còn lại")).toBe("giải quyết 45 (90 %)".length);
  });

  it("not a share after other words, a count in the bracket with it, or no bracket", () => {
    expect(shareEnd("giải quyết 45 hồ sơ đúng hạn trong tháng (90,00%)")).toBeNull();
    expect(shareEnd("giải quyết 45 hồ sơ (90,00% so với 50 hồ sơ)")).toBeNull();
    expect(shareEnd("giải quyết 45 hồ sơ, chiếm 90,00%")).toBeNull();
  });
});

describe("a bracketed share stands or falls with its count", () => {
  const desk = (resolved: string) =>
    boundByLabel(
      `III. THỰC HIỆN DÂN CHỦ TRONG HOẠT ĐỘNG CỦA CƠ QUAN\n2. Bộ phận một cửa của Văn phòng: tiếp nhận 50 hồ sơ, đã giải quyết ${resolved}, đang giải quyết 05 hồ sơ (10,00%).\n`,
      REPORT,
    );

  it("bound with its count", () => {
    const value = desk("45 hồ sơ (90,00%)");
    expect(value("Hồ sơ đã giải quyết, trả kết quả")).toBe("45");
    expect(value("Tỷ lệ đã giải quyết")).toBe("90,00");
  });

  it("near-match: a rounded count is no figure, and its share is then no figure's either", () => {
    const value = desk("khoảng 45 hồ sơ (90,00%)");
    expect(value("Hồ sơ đã giải quyết, trả kết quả")).toBeNull();
    expect(value("Tỷ lệ đã giải quyết")).toBeNull();
    expect(value("Tỷ lệ đang giải quyết")).toBe("10,00");
  });
});
