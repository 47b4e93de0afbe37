/**
 * Walk finding (walk44, 5 and 6): the card about a computed figure that disagrees with its parts said «các số thành
 * phần cộng lại là «118»» without naming the parts, and said the same sum words for a share, which is a division.
 */
import { builtInDefinition, REPORT } from "../support/forms";
import { computedFrom, reckoning } from "../../src/domain/computedFrom";
import type { FieldValue } from "../../src/domain/types";

const MONTHLY = builtInDefinition("tiep-cong-dan-thang");
const n = (value: number): FieldValue => ({ kind: "number", value });
const values = (entries: Record<string, FieldValue | null>) => new Map(Object.entries(entries));

it("a total names each part by its field, in the form's order, with the sum", () => {
  const from = computedFrom(MONTHLY, "tcd:tong.nguoi", values({ "tcd:tinh.nguoi": n(14), "tcd:so.nguoi": n(11), "tcd:huyen.nguoi": n(93), "tcd:tong.nguoi": n(118) }));
  expect(from).toEqual({
    op: "sum",
    expression: "14 + 11 + 93",
    result: "118",
    parts: [
      { field: "tcd:tinh.nguoi", name: "Số người được lãnh đạo UBND tỉnh tiếp", text: "14" },
      { field: "tcd:so.nguoi", name: "Số người được lãnh đạo các sở, ban, ngành tiếp", text: "11" },
      { field: "tcd:huyen.nguoi", name: "Số người được cấp huyện tiếp", text: "93" },
    ],
  });
  expect(reckoning(from!)).toBe("các số thành phần cộng lại là 14 + 11 + 93 = 118");
});

it("numbers in the sum are grouped, never written with a running text's leading zero", () => {
  const from = computedFrom(MONTHLY, "tcd:tong.luot", values({ "tcd:tinh.luot": n(2), "tcd:so.luot": n(9), "tcd:huyen.luot": n(9780), "tcd:tong.luot": n(9791) }));
  expect(from?.expression).toBe("2 + 9 + 9.780");
  expect(from?.result).toBe("9.791");
});

it("a share is a division of its part by its whole, said as one", () => {
  const from = computedFrom(REPORT, "bcdc:motCuaVp.tyLeTraSom", values({ "bcdc:motCuaVp.traSom": n(33), "bcdc:motCuaVp.daGiaiQuyet": n(118), "bcdc:motCuaVp.tyLeTraSom": n(27.97) }));
  expect(from).toMatchObject({ op: "percentOf", expression: "33 / 118", result: "27,97%" });
  expect(from?.parts.map((p) => p.text)).toEqual(["33", "118"]);
  expect(from?.parts.map((p) => p.name)).toEqual([expect.stringMatching(/^Hồ sơ trả sớm hạn/u), expect.stringMatching(/^Hồ sơ đã giải quyết/u)]);
  expect(reckoning(from!)).toBe("theo 33 / 118 thì tỷ lệ là 27,97%");
});

it("a count of a list says how many items the list has", () => {
  const from = computedFrom(REPORT, "bcdc:toChuc.so", values({ "bcdc:toChuc.danhSach": { kind: "list", items: ["A", "B", "C"] }, "bcdc:toChuc.so": n(3) }));
  expect(from).toMatchObject({ op: "countOf", expression: "3 mục", result: "03" });
  expect(reckoning(from!)).toBe("danh sách «Các tổ chức trực thuộc» có 3 mục");
});

it("says nothing when a part is unknown, or the field is typed or a period text", () => {
  expect(computedFrom(MONTHLY, "tcd:tong.nguoi", values({ "tcd:tinh.nguoi": n(14), "tcd:so.nguoi": null, "tcd:huyen.nguoi": n(93) }))).toBeNull();
  expect(computedFrom(MONTHLY, "tcd:tinh.nguoi", values({ "tcd:tinh.nguoi": n(14) }))).toBeNull();
  expect(computedFrom(REPORT, "bcdc:motCuaVp.tyLeTraSom", values({ "bcdc:motCuaVp.traSom": n(33), "bcdc:motCuaVp.daGiaiQuyet": n(0) }))).toBeNull();
});
