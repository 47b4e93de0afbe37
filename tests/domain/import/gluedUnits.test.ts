/**
 * «trả sớm hạn 12hồ sơ»: a count typed without the space before its unit is read as the count (numbers.ts,
 * gluedUnit); letters glued to a number that are no known unit keep it a symbol («12B», «3G», «H.01b»).
 */
import { findNumbers } from "../../../src/domain/import/numbers";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";
import { boundValue, byLabel } from "../../support/recognized";

const only = (text: string) => findNumbers(text).map((t) => [t.text, t.kind]);

it("a known unit glued to the number: the number is a count", () => {
  expect(only("đã giải quyết 85hồ sơ")).toEqual([["85", "count"]]);
  expect(only("có 07người dự")).toEqual([["07", "count"]]);
  expect(only("tổ chức 3 cuộc, 2cuộc giao ban")).toEqual([["3", "count"], ["2", "count"]]);
});

it("other letters glued to a number keep it a symbol, and a unit's first letters alone are no unit", () => {
  expect(only("căn hộ 12B, mạng 3G")).toEqual([["12", "other"], ["3", "other"]]);
  expect(only("mã hồ sơ 12hsa")).toEqual([["12", "other"]]);
  expect(only("số 15hồng")).toEqual([["15", "other"]]);
});

it("in a report, the glued count is bound where the spaced one would be", () => {
  const text = [
    "UBND TỈNH HÀ GIANG\nVĂN PHÒNG\nBÁO CÁO\nKết quả thực hiện công tác dân chủ quý II năm 2026\n",
    "III. THỰC HIỆN DÂN CHỦ TRONG HOẠT ĐỘNG CỦA CƠ QUAN",
    "Bộ phận một cửa Văn phòng: Tiếp nhận 90hồ sơ; đã giải quyết, trả kết quả 85 hồ sơ; trả sớm hạn: 20hồ sơ.",
  ].join("\n");
  const r = recognizeFigures(text, REPORT);
  expect(boundValue(r.get(byLabel("Hồ sơ tiếp nhận (một cửa Văn phòng)").id))).toBe("90");
  expect(boundValue(r.get(byLabel("Hồ sơ trả sớm hạn").id))).toBe("20");
});

describe("a count glued to a unit's short form", () => {
  it("«hs», «QĐ», «đ/c» make the number a count; a document's number «12QĐ-UBND» stays a symbol", () => {
    expect(only("nhận 118HS, trả 110hs")).toEqual([["118", "count"], ["110", "count"]]);
    expect(only("trình ban hành 14QĐ công bố")).toEqual([["14", "count"]]);
    expect(only("nâng lương 02đ/c")).toEqual([["02", "count"]]);
    expect(only("theo 12QĐ-UBND và 07HS/2026")).toEqual([["12", "other"], ["07", "other"], ["2026", "other"]]);
  });

  it("a Lào Cai clerk's one-stop line in short forms is read as the spaced one would be", () => {
    const text = [
      "III. THỰC HIỆN DÂN CHỦ TRONG HOẠT ĐỘNG CỦA CƠ QUAN",
      "2. Cải cách hành chính",
      "b) Bộ phận một cửa Văn phòng: tiếp nhận 64hs thủ tục hành chính; đã giải quyết, trả kết quả 61hs; trả sớm hạn: 15hs; trả đúng hạn: 46hs.",
    ].join("\n");
    const r = recognizeFigures(text, REPORT);
    expect(boundValue(r.get(byLabel("Hồ sơ tiếp nhận (một cửa Văn phòng)").id))).toBe("64");
    expect(boundValue(r.get(byLabel("Hồ sơ đã giải quyết, trả kết quả").id))).toBe("61");
    expect(boundValue(r.get(byLabel("Hồ sơ trả sớm hạn").id))).toBe("15");
  });
});
