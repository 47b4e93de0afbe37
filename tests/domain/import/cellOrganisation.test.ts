/**
 * A table that sets two organisations of the form side by side (column groups or row labels): a cell is the figure of
 * the organisation that heads it, whatever the paragraph above names. And the other side: a cell headed by no
 * organisation, or by both, is not refused for either.
 */
import { cellOfOtherOrganisation, formOrganisations } from "../../../src/domain/import/meaning/cellOrganisation";
import { organisationNames } from "../../../src/domain/import/meaning/vetoPlace";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";

const at = (text: string, needle: string) => {
  const start = text.indexOf(needle);
  if (start === -1) throw new Error(`not in the text: ${needle}`);
  return { start, end: start + needle.length };
};

const value = (text: string, id: string) => {
  const r = recognizeFigures(text, REPORT).get(id);
  return r?.state === "bound" ? r.occurrences.map((o) => o.text) : r?.state;
};

/** As src/domain/import/docx/docxText.ts writes a Word table whose group cells span two columns (an empty cell after each). */
const SIDE_BY_SIDE = [
  "5. Cải cách hành chính: kết quả tại Bộ phận Một cửa của Văn phòng và tại Trung tâm Phục vụ hành chính công tỉnh tại Biểu 5.",
  "Biểu 5. Kết quả giải quyết thủ tục hành chính quý I/2026",
  "TT\tNội dung\tBộ phận Một cửa Văn phòng\t\tTrung tâm Phục vụ hành chính công tỉnh\t",
  "\t\tSố hồ sơ\tTỷ lệ (%)\tSố hồ sơ\tTỷ lệ (%)",
  "1\tTiếp nhận\t88\t100\t10.415\t100",
  "2\tĐã giải quyết\t85\t96,59\t9.733\t93,45",
  "\t- Trước hạn, sớm hạn\t19\t22,35\t9.402\t",
  "\t- Đúng hạn\t66\t77,65\t217\t",
  "\t- Rút hồ sơ, trả lại\t-\t-\t114\t",
  "3\tTrễ hạn\t0\t0\t52\t0,53",
  "4\tĐang giải quyết\t03\t3,41\t630\t6,05",
].join("\n");

const forms = formOrganisations(REPORT);
const own = (title: string) => forms.find((names) => names[0] === organisationNames(title)![0])!;
const desk = own("Bộ phận một cửa của Văn phòng");
const centre = own("Trung tâm Phục vụ hành chính công tỉnh");

describe("a table of two organisations side by side", () => {
  it("reads the form's organisations from its section titles", () => {
    expect(desk).toContain("một cửa");
    expect(centre).toContain("phục vụ hành chính công");
  });

  it("refuses a cell under the other organisation's column group, not one under the field's own", () => {
    expect(cellOfOtherOrganisation(SIDE_BY_SIDE, at(SIDE_BY_SIDE, "10.415"), desk, forms)).toBe(true);
    expect(cellOfOtherOrganisation(SIDE_BY_SIDE, at(SIDE_BY_SIDE, "10.415"), centre, forms)).toBe(false);
    expect(cellOfOtherOrganisation(SIDE_BY_SIDE, at(SIDE_BY_SIDE, "88"), centre, forms)).toBe(true);
    expect(cellOfOtherOrganisation(SIDE_BY_SIDE, at(SIDE_BY_SIDE, "88"), desk, forms)).toBe(false);
  });

  it("binds each organisation's figures to its own columns, though the paragraph above names both", () => {
    expect(value(SIDE_BY_SIDE, "bcdc:motCuaVp.tiepNhan")).toEqual(["88"]);
    expect(value(SIDE_BY_SIDE, "bcdc:hcc.tiepNhan")).toEqual(["10.415"]);
    expect(value(SIDE_BY_SIDE, "bcdc:motCuaVp.dangGiaiQuyet")).toEqual(["03"]);
    expect(value(SIDE_BY_SIDE, "bcdc:hcc.dangGiaiQuyet")).toEqual(["630"]);
    expect(value(SIDE_BY_SIDE, "bcdc:hcc.treHan")).toEqual(["52"]);
  });

  it("also reads a row per organisation", () => {
    const rows = "Đơn vị\tTiếp nhận\tĐã giải quyết\nBộ phận Một cửa của Văn phòng\t88\t85\nTrung tâm Phục vụ hành chính công tỉnh\t10.415\t9.733";
    expect(cellOfOtherOrganisation(rows, at(rows, "10.415"), desk, forms)).toBe(true);
    expect(cellOfOtherOrganisation(rows, at(rows, "88"), desk, forms)).toBe(false);
  });
});

describe("where the table does not say whose the cell is", () => {
  it("refuses nothing in a table that names no organisation", () => {
    const plain = "Chỉ tiêu\tSố hồ sơ\tTỷ lệ (%)\nTiếp nhận\t1.732\t\nĐã giải quyết\t1.690\t97,58";
    expect(cellOfOtherOrganisation(plain, at(plain, "1.732"), desk, forms)).toBe(false);
    expect(cellOfOtherOrganisation(plain, at(plain, "1.732"), centre, forms)).toBe(false);
  });

  it("refuses nothing under a header that names both organisations", () => {
    const both = "Nội dung\tBộ phận Một cửa đặt tại Trung tâm Phục vụ hành chính công tỉnh\nTiếp nhận\t1.732";
    expect(cellOfOtherOrganisation(both, at(both, "1.732"), desk, forms)).toBe(false);
    expect(cellOfOtherOrganisation(both, at(both, "1.732"), centre, forms)).toBe(false);
  });

  it("refuses nothing in prose, nor for a field whose section names no organisation", () => {
    const prose = "Trung tâm Phục vụ hành chính công tỉnh tiếp nhận 10.415 hồ sơ.";
    expect(cellOfOtherOrganisation(prose, at(prose, "10.415"), desk, forms)).toBe(false);
    expect(cellOfOtherOrganisation(SIDE_BY_SIDE, at(SIDE_BY_SIDE, "10.415"), null, forms)).toBe(false);
  });
});
