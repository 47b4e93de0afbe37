/**
 * A list's separators inside a bracket part the bracket's words, not the items (patterns/build.ts splitItems), and a
 * bracket stating a count after a unit's name is a note about it (meaning/listAsides.ts). Guest houses in a clerk's
 * words of our own.
 */
import { splitItems } from "../../../src/domain/import/patterns";
import { withoutShortName } from "../../../src/domain/import/meaning/listAsides";

describe("brackets inside a list's items", () => {
  it("a comma inside a bracket stays in its item; a note with a count is left out of the name", () => {
    expect(splitItems("Trung tâm Tin học, Nhà khách Sông Gianh (Nhà khách tự chủ chi thường xuyên, 28 viên chức)", "commasAnd")).toEqual(["Trung tâm Tin học", "Nhà khách Sông Gianh"]);
    expect(withoutShortName("Nhà khách Sông Gianh (28 viên chức)")).toBe("Nhà khách Sông Gianh");
  });

  it("near-match: a name's own bracket stays, a bracket never closed is split as written", () => {
    expect(splitItems("Nhà khách (Cơ sở 2), Trung tâm Tin học", "commasAnd")).toEqual(["Nhà khách (Cơ sở 2)", "Trung tâm Tin học"]);
    expect(splitItems("Nhà khách (Cơ sở 2, Trung tâm Tin học", "commasAnd")).toEqual(["Nhà khách (Cơ sở 2", "Trung tâm Tin học"]);
  });
});
