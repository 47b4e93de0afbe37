/**
 * A unit whose name is another's with a word or two more in lower case (meaning/listItems.ts remarkAt): «Phòng Kinh
 * tế; Phòng Kinh tế ngành» are two rooms, not a room and a remark on it; «Nhà khách UBND tỉnh; Nhà khách UBND tỉnh tự
 * bảo đảm chi thường xuyên» still says something of the house, and the list ends before it.
 */
import { findLists } from "../../../src/domain/import/meaning/lists";
import { tinyReport } from "../../support/forms";

const report = tinyReport([
  { id: "tc.danhSach", label: "Các tổ chức trực thuộc", kind: "list", section: "I", items: "semicolons" },
  { id: "tc.so", label: "Số tổ chức trực thuộc", kind: "count", section: "I", formula: { op: "countOf", list: "tc.danhSach" } },
]);

function found(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [id, spans] of findLists(text, report)) out[id.replace("bcdc:", "")] = spans.map((s) => s.input).join(" | ");
  return out;
}

describe("a name that goes on in lower case", () => {
  it("reads «Phòng Kinh tế ngành» after «Phòng Kinh tế» as a room of its own", () => {
    expect(found("Văn phòng có 04 tổ chức trực thuộc: Phòng Tổng hợp; Phòng Kinh tế; Phòng Kinh tế ngành; Ban Tiếp công dân tỉnh. Biên chế năm 2025.")).toEqual({
      "tc.danhSach": "Phòng Tổng hợp\nPhòng Kinh tế\nPhòng Kinh tế ngành\nBan Tiếp công dân tỉnh",
      "tc.so": "04",
    });
  });

  it("near-miss: a clause about a listed unit still ends the list", () => {
    expect(found("Văn phòng có 02 tổ chức trực thuộc: Trung tâm Thông tin; Nhà khách UBND tỉnh; Nhà khách UBND tỉnh tự bảo đảm chi thường xuyên.")["tc.danhSach"]).toBe(
      "Trung tâm Thông tin\nNhà khách UBND tỉnh",
    );
  });
});
