import { checkArithmetic } from "../../../src/domain/import/arithmetic";

const sums = (text: string) => checkArithmetic(text).filter((p) => p.key.startsWith("arithmetic.sum:")).map((p) => p.message);

describe("a bracket after a total that names another period holds no parts of it", () => {
  it("«(trực tuyến 1.197, chiếm 93,08%; quý II: 1.154 hồ sơ)» is not read as 1.197 + 1.154 (530)", () => {
    expect(sums("Bộ phận Một cửa tiếp nhận 1.286 hồ sơ (trực tuyến 1.197, chiếm 93,08%; quý II: 1.154 hồ sơ), đã giải quyết 1.241 hồ sơ.")).toEqual([]);
  });

  it("nor «(lũy kế 9 tháng 3.517 hồ sơ; quý trước 1.154 hồ sơ)»", () => {
    expect(sums("Trung tâm tiếp nhận 1.286 hồ sơ (lũy kế 9 tháng 3.517 hồ sơ, quý trước 1.154 hồ sơ).")).toEqual([]);
  });

  it("a bracket of kinds that misses its total is still said", () => {
    expect(sums("Ban tiếp nhận 1.286 hồ sơ (trực tiếp 1.197 hồ sơ, trực tuyến 80 hồ sơ).")).toHaveLength(1);
  });
});
