import { bySection, fieldName } from "../../src/domain/fieldName";
import { REPORT } from "../support/forms";
import { reviewGroupOf, reviewGroups } from "../../src/domain/reviewGroups";

describe("review groups, from the definition's formulas", () => {
  it("puts «Hồ sơ tiếp nhận» with the two percentages computed from it", () => {
    const pending = ["bcdc:motCuaVp.tiepNhan", "bcdc:motCuaVp.tyLeDaGiaiQuyet", "bcdc:motCuaVp.tyLeDangGiaiQuyet", "bcdc:giaoBan.soCuoc"];
    expect(reviewGroups(REPORT, pending)).toEqual([
      ["bcdc:giaoBan.soCuoc"],
      ["bcdc:motCuaVp.tiepNhan", "bcdc:motCuaVp.tyLeDaGiaiQuyet", "bcdc:motCuaVp.tyLeDangGiaiQuyet"],
    ].sort((a, b) => REPORT.fields.findIndex((f) => f.id === a[0]) - REPORT.fields.findIndex((f) => f.id === b[0])));
  });

  it("links two changed figures through a percentage that did not change", () => {
    expect(reviewGroupOf(REPORT, "bcdc:motCuaVp.tiepNhan", ["bcdc:motCuaVp.daGiaiQuyet"])).toEqual([
      "bcdc:motCuaVp.tiepNhan",
      "bcdc:motCuaVp.daGiaiQuyet",
    ]);
  });

  it("moves the period texts together and leaves unrelated sections apart", () => {
    expect(reviewGroups(REPORT, ["bcdc:ky.quy", "bcdc:ky.namQuySau", "bcdc:hcc.tiepNhan"])).toEqual([
      ["bcdc:ky.quy", "bcdc:ky.namQuySau"],
      ["bcdc:hcc.tiepNhan"],
    ]);
  });
});

describe("field names in messages", () => {
  it("tells the one-stop desk's and the service centre's «Hồ sơ đã giải quyết» apart", () => {
    const desk = fieldName(REPORT, "bcdc:motCuaVp.daGiaiQuyet");
    const centre = fieldName(REPORT, "bcdc:hcc.daGiaiQuyet");
    expect(desk).toBe("Hồ sơ đã giải quyết, trả kết quả (Bộ phận một cửa của Văn phòng)");
    expect(centre).toBe("Hồ sơ đã giải quyết (Trung tâm Phục vụ hành chính công tỉnh)");
    expect(fieldName(REPORT, "bcdc:giaoBan.soCuoc")).toBe("Cuộc họp giao ban trong quý");
  });

  it("groups names under their section headings in the definition's order", () => {
    expect(bySection(REPORT, ["bcdc:hcc.tiepNhan", "bcdc:giaoBan.soCuoc"])).toEqual([
      { heading: "III.1.đ. Họp giao ban", items: ["Cuộc họp giao ban trong quý"] },
      { heading: "III.2.c. Trung tâm Phục vụ hành chính công tỉnh", items: [fieldName(REPORT, "bcdc:hcc.tiepNhan")] },
    ]);
  });
});
