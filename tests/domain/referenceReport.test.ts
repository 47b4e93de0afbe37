import { checkDocument } from "../../src/domain/documentCheck";
import { REPORT } from "../support/forms";
import { validateFigures } from "../../src/domain/validate";
import { REFERENCE_FIGURES, REFERENCE_OBSERVATIONS, REFERENCE_PERIOD } from "../fixtures/referenceReport";

/** seed-inventory.md is the oracle: its failing relations, and nothing for the ones that hold. */
describe("the reference report's figures", () => {
  const review = validateFigures(REPORT, REFERENCE_FIGURES, REFERENCE_PERIOD);
  const documentProblems = checkDocument(REPORT, review.values, REFERENCE_OBSERVATIONS);
  const all = [...review.problems, ...documentProblems];

  it("produce exactly the problems seed-inventory.md lists as failing", () => {
    expect(all.map((p) => [p.key, p.severity]).sort()).toEqual(
      [
        ["hcc.daGiaiQuyetTong", "error"],
        ["hcc.tong", "error"],
        ["doc.computed:bcdc:hcc.tyLeDangGiaiQuyet", "warning"],
        ["doc.disagree:bcdc:bienChe.nam", "warning"],
        ["hcc.kySoLieu", "warning"],
      ].sort(),
    );
  });

  it("explain each problem with the figures involved", () => {
    const byKey = new Map(all.map((p) => [p.key, p.message]));
    expect(byKey.get("hcc.daGiaiQuyetTong")).toContain("7.613 + Hồ sơ trả đúng hạn 15 + Hồ sơ rút và trả lại 109 = 7.737");
    expect(byKey.get("hcc.daGiaiQuyetTong")).toContain("7.766");
    expect(byKey.get("hcc.tong")).toContain("= 8.856");
    expect(byKey.get("hcc.tong")).toContain("9.780");
    expect(byKey.get("doc.computed:bcdc:hcc.tyLeDangGiaiQuyet")).toContain("9,7%");
    expect(byKey.get("doc.computed:bcdc:hcc.tyLeDangGiaiQuyet")).toContain("9,82% (960 / 9.780)");
    expect(byKey.get("doc.disagree:bcdc:bienChe.nam")).toBe(
      "«Năm của số liệu biên chế» được ghi khác nhau trong văn bản: 2026 (mục I), 2025 (mục III.1.a).",
    );
    expect(byKey.get("hcc.kySoLieu")).toContain("03/3/2026");
    expect(byKey.get("hcc.kySoLieu")).toContain("14/3/2026");
  });

  it("compute the percentages the report states where they hold", () => {
    const percent = (id: string) => review.values.get(`bcdc:${id}`);
    expect(percent("motCuaVp.tyLeDaGiaiQuyet")).toEqual({ kind: "number", value: 95.06 });
    expect(percent("motCuaVp.tyLeTraSom")).toEqual({ kind: "number", value: 7.79 });
    expect(percent("motCuaVp.tyLeDungHan")).toEqual({ kind: "number", value: 92.21 });
    expect(percent("motCuaVp.tyLeDangGiaiQuyet")).toEqual({ kind: "number", value: 4.94 });
    expect(percent("hcc.tyLeDaGiaiQuyet")).toEqual({ kind: "number", value: 79.41 });
    expect(percent("hcc.tyLeTreHan")).toEqual({ kind: "number", value: 1.67 });
    expect(percent("hcc.tyLeDangGiaiQuyet")).toEqual({ kind: "number", value: 9.82 });
    expect(review.values.get("bcdc:toChuc.so")).toEqual({ kind: "number", value: 5 });
    expect(review.values.get("bcdc:ksthc.soNhom")).toEqual({ kind: "number", value: 9 });
    expect(review.values.get("bcdc:boNhiem.phoPhong")).toEqual({ kind: "number", value: 3 });
  });

  it("ask for every typed field of the definition", () => {
    const typed = REPORT.fields.filter((f) => !f.formula).map((f) => f.id).sort();
    expect(Object.keys(REFERENCE_FIGURES).sort()).toEqual(typed);
  });
});
