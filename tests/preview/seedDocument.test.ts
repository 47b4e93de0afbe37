/** The seed document against the reference report's figures (tests/fixtures/referenceReport.ts). */
import { REPORT, SAMPLE } from "../support/forms";
import { seedParagraphs } from "../../src/preview/seedDocument";
import { createWordSimulation } from "../../src/preview/wordSim";
import { REFERENCE_FIGURES, REFERENCE_OBSERVATIONS } from "../fixtures/referenceReport";

const controls = createWordSimulation(seedParagraphs(REPORT, SAMPLE)).controls();

/** The period's texts, which the fixture does not list. */
const PERIOD: Record<string, string> = { "bcdc:ky.quy": "I", "bcdc:ky.quySau": "II", "bcdc:ky.namQuySau": "2026" };

/** The report names the three service units in a sentence, not as a "; " list. */
const AS_WRITTEN: Record<string, string> = {
  "bcdc:donViSuNghiep.danhSach": "Trung tâm Thông tin tỉnh, Nhà khách UBND tỉnh và Nhà khách Thanh Xuân - Hà Nội",
};

function allowedTexts(tag: string): string[] {
  const typed = REFERENCE_FIGURES[tag];
  const observed = REFERENCE_OBSERVATIONS.get(tag)?.map((o) => o.text) ?? [];
  // A typed zero is written with the field's words for zero ("không có").
  const zero = typed === "0" ? REPORT.byId.get(tag)?.zeroText : undefined;
  return [typed?.replace(/\n/g, "; "), zero, PERIOD[tag], AS_WRITTEN[tag], ...observed].filter((t): t is string => t !== undefined);
}

describe("seed document", () => {
  it("tags every control with a known field and titles it with the field's label", () => {
    for (const control of controls) {
      expect(control.title).toBe(REPORT.byId.get(control.tag)?.label);
    }
  });

  it("writes each control as the report writes it, mistakes included", () => {
    for (const control of controls) {
      expect([control.tag, allowedTexts(control.tag)]).toEqual([control.tag, expect.arrayContaining([control.text])]);
    }
    const text = (tag: string) => controls.filter((c) => c.tag === tag).map((c) => c.text);
    expect(text("bcdc:hcc.tyLeDangGiaiQuyet")).toEqual(["9,7%"]);
    expect(text("bcdc:bienChe.nam")).toEqual(["2026", "2025"]);
    expect(text("bcdc:ksthc.soQuyetDinhCongBo")).toEqual(["61", "61"]);
  });

  it("has a control for every typed figure of the report and every computed one it shows", () => {
    const tags = new Set(controls.map((c) => c.tag));
    const missing = [...Object.keys(REFERENCE_FIGURES), ...REFERENCE_OBSERVATIONS.keys()].filter((tag) => !tags.has(tag));
    expect(missing).toEqual([]);
    expect(controls.length).toBeGreaterThan(80);
  });

  it("keeps the report's own typo in the text around the controls", () => {
    const paragraphs = seedParagraphs(REPORT, SAMPLE).map((p) => p.runs.map((r) => (typeof r === "string" ? r : r.text)).join(""));
    expect(paragraphs).toContainEqual(expect.stringContaining("giai đoạn 2026 - 20230"));
  });
});
