/**
 * A list said to hold one unit is that unit's name whole (meaning/listItems.ts oneName): «01 đơn vị trực thuộc là
 * Trung tâm Khuyến công và Xúc tiến thương mại» names one centre, not «Trung tâm Khuyến công» and «Xúc tiến thương
 * mại». Two names of one kind («Trung tâm A và Trung tâm B»), or names set apart by commas, stay two: the count and
 * the list then disagree and neither is taken. On a small form of its own, as lists.test.ts.
 */
import { findLists } from "../../../src/domain/import/meaning/lists";
import { tinyReport } from "../../support/forms";

const report = tinyReport([
  { id: "donVi.danhSach", label: "Các đơn vị trực thuộc", kind: "list", section: "I" },
  { id: "donVi.so", label: "Số đơn vị trực thuộc", kind: "count", section: "I", formula: { op: "countOf", list: "donVi.danhSach" } },
]);

function found(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [id, spans] of findLists(text, report)) out[id.replace("bcdc:", "")] = spans.map((s) => s.input).join(" | ");
  return out;
}

describe("one unit said, one name read", () => {
  it("reads a name holding «và» whole when the count is one", () => {
    expect(found("Sở có 01 đơn vị trực thuộc là Trung tâm Khuyến công và Xúc tiến thương mại.")).toEqual({
      "donVi.danhSach": "Trung tâm Khuyến công và Xúc tiến thương mại",
      "donVi.so": "01",
    });
  });

  it("near-match: two names of one kind, or names set apart by commas, are not made one", () => {
    expect(found("Sở có 01 đơn vị trực thuộc là Trung tâm Khuyến công và Trung tâm Xúc tiến thương mại.")).toEqual({});
    expect(found("Sở có 01 đơn vị trực thuộc là Trung tâm Khuyến công, Ban Quản lý chợ và Đội Kiểm tra.")).toEqual({});
  });

  it("near-match: with a count of two, «A và B» is two names as before", () => {
    expect(found("Sở có 02 đơn vị trực thuộc là Trung tâm Khuyến công và Ban Quản lý chợ.")).toEqual({
      "donVi.danhSach": "Trung tâm Khuyến công\nBan Quản lý chợ",
      "donVi.so": "02",
    });
  });
});
