/**
 * Walk finding (pane56, 3): under the parts of the centre's wrong total the pane said only «Liên quan đến lỗi ở ô
 * «Hồ sơ đã giải quyết (Trung tâm Phục vụ hành chính công tỉnh)»»: whose error, which total, which parts? Each line
 * now names the total and the parts that fail to make it, with the two numbers, short (the full sum is under the
 * total); a total under which a part or a smaller figure went over it says which and by what.
 */
import { REPORT, builtInDefinition } from "../support/forms";
import { validateEachRule } from "../../src/domain/validate";
import { rulePointer } from "../../src/taskpane/components/rulePointer";

const period = { quarter: 1, year: 2026 } as const;
const CENTRE = { tiepNhan: "9.780", daGiaiQuyet: "7.766", truocHan: "7.613", dungHan: "15", rutTraLai: "109", treHan: "130", dangGiaiQuyet: "960" };
const prefixed = (prefix: string, figures: Record<string, string>) => Object.fromEntries(Object.entries(figures).map(([id, text]) => [`bcdc:${prefix}.${id}`, text]));

function pointerUnder(raw: Record<string, string>, key: string, at: string, afterOwn = false): string {
  const review = validateEachRule(REPORT, raw, period);
  const problem = review.problems.find((p) => p.key === key);
  if (!problem) throw new Error(`no problem ${key}: ${review.problems.map((p) => p.key).join(", ")}`);
  return rulePointer(REPORT, review.values, problem, at, afterOwn);
}

describe("the line under a figure whose rule is said under another box", () => {
  const raw = prefixed("hcc", CENTRE);
  it("under a part of a wrong total: the total, the other parts, and the two numbers", () => {
    expect(pointerUnder(raw, "hcc.daGiaiQuyetTong", "bcdc:hcc.truocHan")).toBe(
      "Tổng «Hồ sơ đã giải quyết» là 7.766, nhưng số này + «Hồ sơ trả đúng hạn» + «Hồ sơ rút và trả lại» = 7.737.",
    );
    expect(pointerUnder(raw, "hcc.daGiaiQuyetTong", "bcdc:hcc.rutTraLai")).toBe(
      "Tổng «Hồ sơ đã giải quyết» là 7.766, nhưng «Hồ sơ trả trước hạn» + «Hồ sơ trả đúng hạn» + số này = 7.737.",
    );
    // A total that is itself a part of another total: the same line, whatever it says of its own sum above it.
    expect(pointerUnder(raw, "hcc.tong", "bcdc:hcc.daGiaiQuyet", true)).toBe(
      "Tổng «Hồ sơ tiếp nhận (Trung tâm PVHCC)» là 9.780, nhưng số này + «Hồ sơ trễ và quá hạn» + «Hồ sơ đang giải quyết» = 8.856.",
    );
  });

  it("under a total: the part or the smaller figure above it, and by how much", () => {
    const desk = prefixed("motCuaVp", { tiepNhan: "77", daGiaiQuyet: "90" });
    expect(pointerUnder(desk, "motCuaVp.giaiQuyetNhan", "bcdc:motCuaVp.tiepNhan")).toBe("«Hồ sơ đã giải quyết, trả kết quả» (90) lớn hơn số này (77).");
    expect(pointerUnder(desk, "motCuaVp.tong", "bcdc:motCuaVp.tiepNhan")).toBe("Số này (77) là tổng, nhưng phần «Hồ sơ đã giải quyết, trả kết quả» đã là 90.");
    const staff = prefixed("bienChe", { congChucGiao: "55", congChucThucHien: "56" });
    expect(pointerUnder(staff, "bienChe.congChuc", "bcdc:bienChe.congChucGiao")).toBe("«Công chức đang thực hiện» (56) lớn hơn số này (55).");
  });

  // Walk finding (walk40): under the monthly form's total of 31 (a computed box), «… phần «Lượt tiếp về đất đai» đã là
  // 26» read as if the part were larger; the parts add up to 30.
  it("under a computed total whose parts add up otherwise: the parts' sum, not one part", () => {
    const monthly = builtInDefinition("tiep-cong-dan-thang");
    const raw = { "tcd:tinh.luot": "03", "tcd:so.luot": "08", "tcd:huyen.luot": "20", "tcd:noiDung.datDaiLuot": "26", "tcd:noiDung.khacLuot": "04" };
    const review = validateEachRule(monthly, raw, { kind: "month", month: 8, quarter: 3, year: 2026 });
    const problem = review.problems.find((p) => p.key === "tong.theoNoiDung")!;
    expect(rulePointer(monthly, review.values, problem, "tcd:tong.luot")).toBe("Số này (31) là tổng, nhưng «Lượt tiếp về đất đai» + «Lượt tiếp về lĩnh vực khác» = 30.");
  });

  // Walk finding (walk42): an error is said under the figure the clerk typed last (typedFirst.ts), a lowered total too.
  it("under a part, when the error sits under another part or under a total lowered below it", () => {
    const monthly = builtInDefinition("tiep-cong-dan-thang");
    const raw = { "tcd:tinh.luot": "01", "tcd:so.luot": "02", "tcd:huyen.luot": "28", "tcd:tong.dinhKy": "28", "tcd:tong.dotXuat": "4" };
    const review = validateEachRule(monthly, raw, { kind: "month", month: 11, quarter: 4, year: 2020 });
    const sum = review.problems.find((p) => p.key === "tong.dinhKyDotXuat")!;
    const underTyped = { ...sum, fields: ["tcd:tong.dotXuat", "tcd:tong.dinhKy", "tcd:tong.luot"] };
    expect(rulePointer(monthly, review.values, underTyped, "tcd:tong.dinhKy")).toBe("Tổng «Tổng số lượt tiếp công dân» là 31, nhưng số này + «Lượt tiếp đột xuất» = 32.");
    const desk = prefixed("motCuaVp", { tiepNhan: "77", daGiaiQuyet: "90" });
    const deskReview = validateEachRule(REPORT, desk, period);
    const over = deskReview.problems.find((p) => p.key === "motCuaVp.tong")!;
    const underTotal = { ...over, fields: ["bcdc:motCuaVp.tiepNhan", "bcdc:motCuaVp.daGiaiQuyet"] };
    expect(rulePointer(REPORT, deskReview.values, underTotal, "bcdc:motCuaVp.daGiaiQuyet")).toBe("Số này (90) lớn hơn tổng «Hồ sơ tiếp nhận (một cửa Văn phòng)» (77).");
  });

  it("under the whole of a share above 100 %: the part and the share", () => {
    const desk = prefixed("motCuaVp", { tiepNhan: "77", daGiaiQuyet: "90" });
    expect(pointerUnder(desk, "percent:bcdc:motCuaVp.tyLeDaGiaiQuyet", "bcdc:motCuaVp.tiepNhan")).toBe(
      "«Hồ sơ đã giải quyết, trả kết quả» (90) lớn hơn số này (77): «Tỷ lệ đã giải quyết» vượt 100%.",
    );
  });

  it("keeps the plain pointer where no rule explains the line", () => {
    const problem = { key: "other", severity: "error" as const, fields: ["bcdc:hcc.tiepNhan", "bcdc:hcc.treHan"], message: "…" };
    expect(rulePointer(REPORT, new Map(), problem, "bcdc:hcc.treHan")).toBe("Liên quan đến lỗi ở ô «Hồ sơ tiếp nhận (Trung tâm PVHCC)».");
    expect(rulePointer(REPORT, new Map(), problem, "bcdc:hcc.treHan", true)).toBe("Cũng liên quan đến lỗi ở ô «Hồ sơ tiếp nhận (Trung tâm PVHCC)».");
  });
});
