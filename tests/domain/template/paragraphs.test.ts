import { withComputed } from "../../../src/domain/compute";
import { REPORT } from "../../support/forms";
import { validateFigures } from "../../../src/domain/validate";
import { PLACEHOLDER, placeDateText, skeletonToParagraphs } from "../../../src/domain/template/paragraphs";
import { REFERENCE_OFFICE } from "../../../src/domain/template/settings";
import type { Paragraph } from "../../../src/domain/template/types";
import type { Period } from "../../../src/domain/types";
import { REFERENCE_FIGURES, REFERENCE_PERIOD } from "../../fixtures/referenceReport";

const text = (p: Paragraph) => p.runs.map((r) => r.text).join("");
const empty = (period: Period) => skeletonToParagraphs(REPORT, REFERENCE_OFFICE, withComputed(REPORT, new Map(), period), { period });

describe("skeletonToParagraphs", () => {
  const filled = skeletonToParagraphs(REPORT, REFERENCE_OFFICE, validateFigures(REPORT, REFERENCE_FIGURES, REFERENCE_PERIOD).values, {
    period: REFERENCE_PERIOD,
  });

  it("writes the header from the settings", () => {
    expect(filled.slice(0, 6).map(text)).toEqual([
      "UBND TỈNH SƠN LA",
      "VĂN PHÒNG",
      "Số:\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0/BC-VPUB",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "Sơn La, ngày … tháng 3 năm 2026",
    ]);
  });

  it("marks each figure with its field id and label, formatted the official way", () => {
    const runs = filled.flatMap((p) => p.runs);
    const first = (id: string) => runs.find((r) => "field" in r && r.field === id);
    expect(first("bcdc:hcc.tiepNhan")).toEqual({ field: "bcdc:hcc.tiepNhan", label: "Hồ sơ tiếp nhận (Trung tâm PVHCC)", text: "9.780" });
    expect(first("bcdc:motCuaVp.tyLeDaGiaiQuyet")?.text).toBe("95,06%");
    expect(first("bcdc:khenThuong.bangKhenTTg")?.text).toBe("05");
    expect(first("bcdc:tiepNhan.congChuc")?.text).toBe("Không có");
    expect(first("bcdc:toChuc.so")?.text).toBe("05");
    expect(first("bcdc:hcc.denNgay")?.text).toBe("03/3/2026");
  });

  it("names the period through computed fields, Q1 2026 as the reference does", () => {
    const title = filled.filter((p) => p.role === "summary").map(text);
    expect(title).toEqual(["Kết quả thực hiện công tác dân chủ quý I năm 2026;", "nhiệm vụ trọng tâm quý II năm 2026"]);
    expect(filled.map(text).join("\n")).toContain("(số liệu tính từ ngày 15/12/2025 đến ngày 14/3/2026)");
  });

  it.each<[Period, string, string, string]>([
    [{ quarter: 2, year: 2026 }, "quý II năm 2026;", "quý III năm 2026", "VI. NHIỆM VỤ TRỌNG TÂM QUÝ III NĂM 2026"],
    [{ quarter: 3, year: 2026 }, "quý III năm 2026;", "quý IV năm 2026", "VI. NHIỆM VỤ TRỌNG TÂM QUÝ IV NĂM 2026"],
    [{ quarter: 4, year: 2026 }, "quý IV năm 2026;", "quý I năm 2027", "VI. NHIỆM VỤ TRỌNG TÂM QUÝ I NĂM 2027"],
  ])("names quarter %j and the next one in the title and section VI", (period, now, next, heading) => {
    const paragraphs = empty(period);
    const [first, second] = paragraphs.filter((p) => p.role === "summary").map(text);
    expect(first).toMatch(new RegExp(`${now}$`));
    expect(second).toMatch(new RegExp(`${next}$`));
    expect(paragraphs.filter((p) => p.role === "heading1").map(text)[5]).toBe(heading);
  });

  it("gives the Q4 cut-off in the opening paragraph and dates the report in December", () => {
    const paragraphs = empty({ quarter: 4, year: 2026 });
    expect(paragraphs.map(text).join("\n")).toContain("từ ngày 15/9/2026 đến ngày 14/12/2026");
    expect(text(paragraphs[5]!)).toBe("Sơn La, ngày … tháng 12 năm 2026");
  });

  it("shows a placeholder for every empty figure but still names the period", () => {
    const runs = empty(REFERENCE_PERIOD).flatMap((p) => p.runs);
    const run = (id: string) => runs.find((r) => "field" in r && r.field === id)?.text;
    expect(run("bcdc:hcc.tiepNhan")).toBe(PLACEHOLDER);
    expect(run("bcdc:motCuaVp.tyLeDaGiaiQuyet")).toBe(PLACEHOLDER);
    expect(run("bcdc:ky.quy")).toBe("I");
  });

  it("punctuates the recipients ; and . and puts them between Nơi nhận and the signature", () => {
    expect(filled.slice(-7).map((p) => [p.role, text(p)])).toEqual([
      ["recipientsTitle", "Nơi nhận:"],
      ["recipient", "- Sở Nội vụ (b/c);"],
      ["recipient", "- LĐVPUBND tỉnh;"],
      ["recipient", "- Trang Thông tin điện tử VP;"],
      ["recipient", "- Lưu: VT, TCHCQT.H.01b."],
      ["signerTitle", "CHÁNH VĂN PHÒNG"],
      ["signerName", "Trần Bình Minh"],
    ]);
  });
});

describe("placeDateText", () => {
  it("uses placeDateLine for a known signing date, with Nghị định 30/2020's padding", () => {
    expect(placeDateText("Sơn La", { issueDate: "2026-02-05" })).toBe("Sơn La, ngày 05 tháng 02 năm 2026");
  });

  it("leaves the day blank when only the period is known, and everything blank without it", () => {
    expect(placeDateText("Hà Nội ngày 12", { period: { quarter: 3, year: 2026 } })).toBe("Hà Nội ngày 12, ngày … tháng 9 năm 2026");
    expect(placeDateText("Sơn La", {})).toBe("Sơn La, ngày … tháng … năm …");
  });
});
