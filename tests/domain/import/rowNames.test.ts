/**
 * Held-out 190's «Biên chế công chức (giao / hiện có)⇥52⇥47⇥90,38» under «Nội dung⇥Kế hoạch⇥Thực hiện⇥Tỷ lệ (%)»
 * (rowNames.ts): a row whose label names its cells in order says what each is, whatever the column's header.
 */
import { cellNamedByRow } from "../../../src/domain/import/meaning/rowNames";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";

const percent = (c: number) => c === 3;

describe("cellNamedByRow", () => {
  const cells = ["Biên chế công chức (giao / hiện có)", "52", "47", "90,38"];
  it("names each figure by the bracket's names in order, a share's column left out", () => {
    expect(cellNamedByRow(cells, 0, 1, percent)).toBe("Biên chế công chức giao");
    expect(cellNamedByRow(cells, 0, 2, percent)).toBe("Biên chế công chức hiện có");
    expect(cellNamedByRow(cells, 0, 3, percent)).toBeNull();
  });

  it("near-miss: names and figures that do not pair one for one, or a bracket that is no list of names, name nothing", () => {
    expect(cellNamedByRow(["Biên chế công chức (giao / hiện có)", "", "47", ""], 0, 2, percent)).toBeNull();
    expect(cellNamedByRow(["Hồ sơ (bộ)", "52", "47", ""], 0, 1, percent)).toBeNull();
    expect(cellNamedByRow(["Biên chế (theo Quyết định 12/QĐ)", "52", "47", ""], 0, 1, percent)).toBeNull();
    expect(cellNamedByRow(["Biên chế công chức (giao / hiện có)", "52", "47", "ghi chú"], 0, 1, percent)).toBeNull();
  });
});

describe("a staffing row named by its label under a plan column", () => {
  const table = "Nội dung\tKế hoạch\tThực hiện\tTỷ lệ (%)\nI. Biên chế\t\t\t\nBiên chế công chức (giao / hiện có)\t52\t47\t90,38\n";
  const bound = (text: string, id: string) => {
    const r = recognizeFigures(text, REPORT).get(id);
    return r?.state === "bound" ? r.occurrences.map((o) => o.text) : r?.state;
  };
  it("gives the quota the plan column's cell and the present figure the done column's", () => {
    expect(bound(table, "bcdc:bienChe.congChucGiao")).toEqual(["52"]);
    expect(bound(table, "bcdc:bienChe.congChucThucHien")).toEqual(["47"]);
  });
  it("near-miss: a row not naming its cells leaves the plan column's cell to no figure of what was done", () => {
    const plain = table.replace(" (giao / hiện có)", "");
    expect(bound(plain, "bcdc:bienChe.congChucGiao")).not.toEqual(["52"]);
  });
});
