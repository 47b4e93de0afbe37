/**
 * The last cell of a table's row is not described by the label opening the next row (rowEnds.ts): a wording's space
 * matches a line break, but a row is one line.
 */
import { wordingPastRowEnd } from "../../../src/domain/import/rowEnds";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";

const valueOf = (text: string, id: string) => {
  const r = recognizeFigures(text, REPORT).get(id);
  return r?.state === "bound" ? r.occurrences.map((o) => o.text) : r?.state;
};

describe("wordingPastRowEnd", () => {
  const row = "- Rút, trả lại\t\t244\nHồ sơ trễ và quá hạn\t\t61";
  const end = row.indexOf("244") + 3;
  it("a number ending a tab row, the wording going on in the next line: past the row", () => {
    expect(wordingPastRowEnd(row, end, row.indexOf("hạn\t") + 3)).toBe(true);
  });
  it("the wording ending on the number's line is not", () => {
    expect(wordingPastRowEnd(row, end, end)).toBe(false);
  });
  it("a prose line (no tab) broken before the wording's words is not a row", () => {
    const prose = "trong quý còn 61\nhồ sơ trễ và quá hạn";
    expect(wordingPastRowEnd(prose, prose.indexOf("61") + 2, prose.length)).toBe(false);
  });
});

describe("a table's row ending a number before the row «Hồ sơ trễ và quá hạn»", () => {
  it("the next row's label is its own figure's, not the number above it", () => {
    const text = "Hồ sơ tiếp nhận\t\t18.436\nHồ sơ đã giải quyết\t\t17.102\n- Rút, trả lại\t\t244\nHồ sơ trễ và quá hạn\t\t61\n";
    expect(valueOf(text, "bcdc:hcc.treHan")).not.toEqual(["244"]);
  });
  it("the wording in prose still reads its figure", () => {
    expect(valueOf("Tại Trung tâm Phục vụ hành chính công tỉnh: đã giải quyết 17.102 hồ sơ; 61 hồ sơ trễ và quá hạn, chiếm 0,36%.", "bcdc:hcc.treHan")).toEqual(["61"]);
  });
});
