/**
 * The centre's two sums counted both ways (fix44A, held-out 1190). The reference report counts withdrawn dossiers
 * inside the resolved ones and late ones apart; Phú Thọ counts late ones inside and withdrawn ones apart. Both add up:
 * the form's `countedSwapped` pair says the two figures may trade places.
 */
import { REPORT } from "../support/forms";
import { validateEachRule, validateFigures } from "../../src/domain/validate";
import { REFERENCE_FIGURES, REFERENCE_PERIOD } from "../fixtures/referenceReport";

/** 1190's centre figures: late (216) inside the resolved 43.927, withdrawn (241) beside it. */
const SWAPPED: Record<string, string> = {
  ...REFERENCE_FIGURES,
  "bcdc:hcc.tiepNhan": "46.318",
  "bcdc:hcc.daGiaiQuyet": "43.927",
  "bcdc:hcc.truocHan": "38.614",
  "bcdc:hcc.dungHan": "5.097",
  "bcdc:hcc.rutTraLai": "241",
  "bcdc:hcc.treHan": "216",
  "bcdc:hcc.dangGiaiQuyet": "2.150",
  "bcdc:hcc.denNgay": "14/3/2026",
};
/** The same dossiers counted the form's way: withdrawn inside the resolved ones (43.952), late apart. */
const FORM_WAY = { ...SWAPPED, "bcdc:hcc.daGiaiQuyet": "43.952" };

const centre = (raw: Record<string, string>) =>
  validateFigures(REPORT, raw, REFERENCE_PERIOD).problems.filter((p) => p.fields.some((id) => id.startsWith("bcdc:hcc.")));

const SAID =
  "Văn bản tính «Hồ sơ trễ và quá hạn» và «Hồ sơ rút và trả lại» đổi chỗ cho nhau so với biểu mẫu: " +
  "Hồ sơ đã giải quyết (Trung tâm Phục vụ hành chính công tỉnh) 43.927 = Hồ sơ trả trước hạn 38.614 + Hồ sơ trả đúng hạn 5.097 + Hồ sơ trễ và quá hạn 216; " +
  "Hồ sơ tiếp nhận (Trung tâm PVHCC) 46.318 = Hồ sơ đã giải quyết 43.927 + Hồ sơ rút và trả lại 241 + Hồ sơ đang giải quyết 2.150. " +
  "Các số khớp theo cách tính này, không cần sửa.";

describe("late and withdrawn dossiers counted either way round", () => {
  it("the form's way adds up: nothing to say", () => {
    expect(centre(FORM_WAY)).toEqual([]);
  });

  it("swapped, both sums add up: one warning that says so and names the figures, no error", () => {
    expect(centre(SWAPPED)).toEqual([
      {
        key: "counted.swapped:hcc.daGiaiQuyetTong",
        severity: "warning",
        fields: ["bcdc:hcc.daGiaiQuyet", "bcdc:hcc.truocHan", "bcdc:hcc.dungHan", "bcdc:hcc.treHan", "bcdc:hcc.rutTraLai", "bcdc:hcc.tiepNhan", "bcdc:hcc.dangGiaiQuyet"],
        message: SAID,
      },
    ]);
    // Each rule's own check says the same: one warning for the pair, neither sum an error.
    const each = validateEachRule(REPORT, SWAPPED, REFERENCE_PERIOD).problems.filter((p) => p.fields.includes("bcdc:hcc.daGiaiQuyet"));
    expect(each.map((p) => [p.key, p.severity])).toEqual([["counted.swapped:hcc.daGiaiQuyetTong", "warning"]]);
  });

  it("swapped, the received sum off under both ways: the error stays with its figures, the resolved sum is the warning", () => {
    const problems = centre({ ...SWAPPED, "bcdc:hcc.dangGiaiQuyet": "2.160" });
    expect(problems.map((p) => [p.key, p.severity])).toEqual([
      ["counted.swapped:hcc.daGiaiQuyetTong", "warning"],
      ["hcc.tong", "error"],
    ]);
    expect(problems[0]!.message).toBe(
      "Văn bản tính «Hồ sơ trễ và quá hạn» và «Hồ sơ rút và trả lại» đổi chỗ cho nhau so với biểu mẫu: " +
        "Hồ sơ đã giải quyết (Trung tâm Phục vụ hành chính công tỉnh) 43.927 = Hồ sơ trả trước hạn 38.614 + Hồ sơ trả đúng hạn 5.097 + Hồ sơ trễ và quá hạn 216. " +
        "Các số khớp theo cách tính này, không cần sửa.",
    );
    expect(problems[1]!.message).toBe(
      "Hồ sơ tiếp nhận (Trung tâm PVHCC) là 46.318, nhưng Hồ sơ đã giải quyết 43.927 + Hồ sơ trễ và quá hạn 216 + Hồ sơ đang giải quyết 2.160 = 46.303 (chênh 15).",
    );
  });

  it("one sum the form's way and the other swapped counts the withdrawn twice: an error, not a way of counting", () => {
    // 43.952 = 38.614 + 5.097 + 241 (withdrawn inside), then 43.952 + 241 + 2.150 = 46.343 (withdrawn again).
    const problems = centre({ ...FORM_WAY, "bcdc:hcc.tiepNhan": "46.343" });
    expect(problems.map((p) => [p.key, p.severity])).toEqual([["hcc.tong", "error"]]);
    expect(problems[0]!.message).toBe(
      "Hồ sơ tiếp nhận (Trung tâm PVHCC) là 46.343, nhưng Hồ sơ đã giải quyết 43.952 + Hồ sơ trễ và quá hạn 216 + Hồ sơ đang giải quyết 2.150 = 46.318 (chênh 25).",
    );
  });

  it("off under both ways: both errors, each naming its figures", () => {
    const problems = centre({ ...SWAPPED, "bcdc:hcc.daGiaiQuyet": "43.930" });
    expect(problems.filter((p) => p.severity === "error").map((p) => p.message)).toEqual([
      "Hồ sơ đã giải quyết (Trung tâm Phục vụ hành chính công tỉnh) là 43.930, nhưng Hồ sơ trả trước hạn 38.614 + Hồ sơ trả đúng hạn 5.097 + Hồ sơ rút và trả lại 241 = 43.952 (chênh 22).",
      "Hồ sơ tiếp nhận (Trung tâm PVHCC) là 46.318, nhưng Hồ sơ đã giải quyết 43.930 + Hồ sơ trễ và quá hạn 216 + Hồ sơ đang giải quyết 2.150 = 46.296 (chênh 22).",
    ]);
    expect(problems.some((p) => p.key.startsWith("counted.swapped:"))).toBe(false);
  });
});
