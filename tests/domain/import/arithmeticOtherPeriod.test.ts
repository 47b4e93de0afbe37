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

describe("a share written as a fraction after «trong đó» holds no parts", () => {
  it("«trong đó … tự sản xuất 1.862/2.184 giờ, đạt 85,62%» is not read as 1.862 + 2.184 (550)", () => {
    expect(sums("Đài phát sóng với tổng thời lượng 4.368 giờ (truyền hình 2.184 giờ, phát thanh 2.184 giờ); trong đó thời lượng truyền hình tự sản xuất 1.862/2.184 giờ, đạt 85,62%.")).toEqual([]);
  });

  it("near-miss: parts written one by one that miss their total are still said", () => {
    expect(sums("Đài phát sóng 4.368 giờ, trong đó truyền hình 2.184 giờ, phát thanh 2.000 giờ.")).toHaveLength(1);
  });
});
