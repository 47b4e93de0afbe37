/**
 * «tiếp nhận 6,482 hồ sơ»: thousands grouped with a comma (an English keyboard's habit) before a count's unit are the
 * whole count (commaThousands.ts); a comma before one, two or more than three digits, before no count's unit, before
 * money, a share or a rate per day, stays what it was (a decimal, never a figure's count).
 */
import { findNumbers, inputOf } from "../../../src/domain/import/numbers";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";
import { boundValue, byLabel } from "../../support/recognized";

const read = (text: string) => findNumbers(text).map((t) => [t.text, t.kind, t.kind === "count" ? inputOf(t) : t.value]);

it("a comma before exactly three digits, then a count's unit: the whole count", () => {
  expect(read("tiếp nhận 6,482 hồ sơ")).toEqual([["6,482", "count", "6.482"]]);
  expect(read("cấp cho 148,326 người")).toEqual([["148,326", "count", "148.326"]]);
  expect(read("tổng 1,234,567 lượt")).toEqual([["1,234,567", "count", "1.234.567"]]);
});

it("the nearest ways of writing that are no comma-grouped count stay decimals", () => {
  expect(read("đạt 95,06 hồ sơ")).toEqual([["95,06", "other", 95.06]]);
  expect(read("còn 0,420 hồ sơ")).toEqual([["0,420", "other", 0.42]]);
  expect(read("kinh phí 2,500 triệu đồng")).toEqual([["2,500", "other", 2.5]]);
  expect(read("bình quân 1,250 hồ sơ/ngày")).toEqual([["1,250", "other", 1.25]]);
  expect(read("chiếm 12,345%")).toEqual([["12,345%", "percent", 12.345]]);
  expect(read("diện tích 6,482 ha")).toEqual([["6,482", "other", 6.482]]);
  expect(read("đã kết thúc 1,2345 hồ sơ")).toEqual([["1,2345", "other", 1.2345]]);
});

it("in a report, the comma-grouped total is bound, not the last part in its brackets", () => {
  const text = [
    "UBND TỈNH KHÁNH HÒA\nSỞ TƯ PHÁP\nBÁO CÁO\nKết quả thực hiện công tác dân chủ quý II năm 2026\n",
    "III. THỰC HIỆN DÂN CHỦ TRONG HOẠT ĐỘNG CỦA CƠ QUAN",
    "3. Giải quyết thủ tục hành chính",
    "a) Bộ phận một cửa của Sở tiếp nhận 7,315 hồ sơ (lĩnh vực hộ tịch 6,907 hồ sơ; các lĩnh vực khác 408 hồ sơ). Đã giải quyết 7 020 hồ sơ.",
  ].join("\n");
  const r = recognizeFigures(text, REPORT);
  expect(boundValue(r.get(byLabel("Hồ sơ tiếp nhận (một cửa Văn phòng)").id))).toBe("7.315");
});
