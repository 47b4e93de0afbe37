import { boundAt, type BoundPlace } from "../../src/taskpane/takenPlaces";

const TEXT = "…đạt 96,11%; đang giải quyết 15 hồ sơ, chiếm 3,89%.";
const desk: BoundPlace = { tag: "bcdc:motCuaVp.dangGiaiQuyet", paragraph: 92, context: "đang giải quyết 15 hồ sơ", figure: "15" };

describe("boundAt: a candidate's number already in another field's control", () => {
  it("finds the control at the same character, whatever context each address carries", () => {
    const candidate = { paragraph: 92, context: "giải quyết 15 hồ", figure: "15" };
    expect(boundAt([desk], "bcdc:hcc.dangGiaiQuyet", candidate, TEXT)).toBe("bcdc:motCuaVp.dangGiaiQuyet");
  });

  it("leaves free another number, the same number elsewhere, another paragraph, and the field's own control", () => {
    expect(boundAt([desk], "bcdc:hcc.tyLe", { paragraph: 92, context: "chiếm 3,89%", figure: "3,89%" }, TEXT)).toBeNull();
    const twice = "15 hồ sơ cũ; đang giải quyết 15 hồ sơ";
    expect(boundAt([desk], "bcdc:x", { paragraph: 92, context: "15 hồ sơ cũ", figure: "15" }, twice)).toBeNull();
    expect(boundAt([desk], "bcdc:x", { paragraph: 93, context: "đang giải quyết 15 hồ sơ", figure: "15" }, TEXT)).toBeNull();
    expect(boundAt([desk], desk.tag, { paragraph: 92, context: "giải quyết 15", figure: "15" }, TEXT)).toBeNull();
  });

  it("says nothing for a candidate Word cannot find, or an address the paragraph no longer holds", () => {
    expect(boundAt([desk], "bcdc:x", null, TEXT)).toBeNull();
    expect(boundAt([desk], "bcdc:x", { paragraph: 92, context: "không có", figure: "15" }, TEXT)).toBeNull();
  });
});
