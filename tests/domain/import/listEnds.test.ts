/**
 * Where a list written in prose ends, and what an item may be (src/domain/import/meaning/listItems.ts): a list runs
 * into the next clause only in a wrong reading, so its last item stops at «, trong đó», «, bên cạnh đó», a bracket;
 * an item is a name (a capital, no number), and a count written with the list must equal its items.
 */
import { findLists } from "../../../src/domain/import/meaning/lists";
import { tinyReport } from "../../support/forms";

const report = tinyReport([
  { id: "dv.danhSach", label: "Các đơn vị sự nghiệp trực thuộc", kind: "list", section: "I" },
  { id: "dv.so", label: "Số đơn vị sự nghiệp trực thuộc", kind: "count", section: "I", formula: { op: "countOf", list: "dv.danhSach" } },
]);

function found(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [id, spans] of findLists(text, report)) out[id.replace("bcdc:", "")] = spans.map((s) => s.input).join(" | ");
  return out;
}

describe("a list's last item ends where the next clause begins", () => {
  it("stops at «, trong đó …» and splits the last «và»", () => {
    expect(found("Sở có 03 đơn vị sự nghiệp trực thuộc là Trung tâm Lưu trữ, Nhà khách Sông Hàn và Nhà khách Hải Vân, trong đó hai nhà khách đã tự chủ với tổng số (41) viên chức.")).toEqual({
      "dv.danhSach": "Trung tâm Lưu trữ\nNhà khách Sông Hàn\nNhà khách Hải Vân",
      "dv.so": "03",
    });
  });

  it("stops at «, bên cạnh đó» and at an opening bracket", () => {
    expect(found("Sở có 02 đơn vị sự nghiệp trực thuộc là Trung tâm Tin học và Ban Quản lý dự án, bên cạnh đó còn Tổ công tác đặc biệt.")["dv.danhSach"]).toBe(
      "Trung tâm Tin học\nBan Quản lý dự án",
    );
    expect(found("Sở có 02 đơn vị sự nghiệp trực thuộc là Trung tâm Tin học, Ban Quản lý dự án (thành lập năm 2019).")["dv.danhSach"]).toBe(
      "Trung tâm Tin học\nBan Quản lý dự án",
    );
  });

  it("goes on past a bracket followed by «;» and a name: the bracket is an item's aside, the list split on «;»", () => {
    expect(found("Sở có 02 đơn vị sự nghiệp trực thuộc gồm: Trung tâm Tiếp nhận và Trả kết quả (Trung tâm Một cửa); Nhà khách Hải Vân. Biên chế năm 2024 như sau:")).toEqual({
      "dv.danhSach": "Trung tâm Tiếp nhận và Trả kết quả\nNhà khách Hải Vân",
      "dv.so": "02",
    });
    // A bracket of another head than the unit's is kept with its name.
    expect(found("Sở có 02 đơn vị sự nghiệp trực thuộc gồm: Nhà khách Sông Hàn (Khách sạn Sông Hàn); Trung tâm Tin học.")["dv.danhSach"]).toBe(
      "Nhà khách Sông Hàn (Khách sạn Sông Hàn)\nTrung tâm Tin học",
    );
  });

  it("still ends at a bracket followed by «.», «,» or a clause in lower case", () => {
    expect(found("Sở có 02 đơn vị sự nghiệp trực thuộc là Trung tâm Tin học, Ban Quản lý dự án (Ban Một cửa), bên cạnh đó còn Tổ công tác đặc biệt.")["dv.danhSach"]).toBe(
      "Trung tâm Tin học\nBan Quản lý dự án",
    );
    expect(found("Sở có 02 đơn vị sự nghiệp trực thuộc gồm: Trung tâm Tin học; Ban Quản lý dự án (Ban Một cửa); trong đó Ban đã tự chủ.")["dv.danhSach"]).toBe(
      "Trung tâm Tin học\nBan Quản lý dự án",
    );
  });

  it("takes no list whose items hold a number or start in lower case, nor its count", () => {
    expect(found("Sở có 02 đơn vị sự nghiệp trực thuộc là Trung tâm Tin học với 12 viên chức, Ban Quản lý dự án.")).toEqual({});
    expect(found("Sở có 02 đơn vị sự nghiệp trực thuộc là hai trung tâm mới thành lập, đang kiện toàn.")).toEqual({});
  });

  it("takes neither list nor count when the count written with it differs from its items", () => {
    expect(found("Sở có 03 đơn vị sự nghiệp trực thuộc là Trung tâm Tin học, Ban Quản lý dự án, trong đó một đơn vị tự chủ.")).toEqual({});
  });
});
