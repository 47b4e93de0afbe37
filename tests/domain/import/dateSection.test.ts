/**
 * A date belongs to the part of the report it is written in (src/domain/import/meaning/dateSection.ts): a date under
 * a heading naming another of the form's sections («A. TỔ CHỨC, BIÊN CHẾ (tính đến ngày …)») is not the centre's end
 * date; a report-wide cutoff under a heading naming none, or the centre's own dates, still are.
 */
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { otherPart, sectionNamedAbove, titlePairs } from "../../../src/domain/import/meaning/dateSection";
import { scanHeadings } from "../../../src/domain/import/headings";
import { REPORT } from "../../support/forms";

const centre = "D. THỦ TỤC HÀNH CHÍNH\nD.3. Trung tâm Phục vụ hành chính công tỉnh: tiếp nhận 41.236 hồ sơ; đã giải quyết 39.114 hồ sơ.\n";
const endDate = (text: string) => {
  const r = recognizeFigures(text, REPORT).get("bcdc:hcc.denNgay");
  return r?.state === "bound" ? r.occurrences.map((o) => o.text).join(" ") : r?.state ?? "";
};

describe("a date and the part of the report it is written in", () => {
  it("is not the centre's end date under a heading naming the staff section", () => {
    const staff = "A. TỔ CHỨC, BIÊN CHẾ (tính đến ngày 30/11/2025)\nA.1. Biên chế công chức được giao năm 2025: 96; có mặt: 91.\n";
    expect(endDate(staff + centre)).not.toBe("30/11/2025");
  });

  it("is the centre's cutoff under a heading that names no section of the form", () => {
    const general = "I. TÌNH HÌNH CHUNG\nSố liệu tính đến ngày 14/12/2025.\n";
    expect(endDate(general + centre)).toBe("14/12/2025");
  });

  it("is the centre's beside the centre's name, whatever heading it stands under", () => {
    const staff = "A. TỔ CHỨC, BIÊN CHẾ\nTrung tâm Phục vụ hành chính công tỉnh tính từ ngày 15/9/2025 đến ngày 14/12/2025: tiếp nhận 41.236 hồ sơ.\n";
    expect(endDate(staff)).toBe("14/12/2025");
  });
});

describe("the section a heading names", () => {
  const sections = REPORT.sections.map((s) => ({ number: s.number, pairs: titlePairs(s.title) }));
  const named = (text: string) => sectionNamedAbove(scanHeadings(text), text.length - 1, sections);
  it("by two pairs of a section's title or more", () => {
    expect(named("A. TỔ CHỨC, BIÊN CHẾ (tính đến ngày 30/11/2025)\nx")).toBe("I");
  });
  it("not by one pair only, nor by a general title", () => {
    expect(named("B. CÔNG TÁC CÁN BỘ QUÝ IV/2025\nx")).toBeNull();
    expect(named("I. TÌNH HÌNH CHUNG\nx")).toBeNull();
  });
  it("a section numbered inside another is the same part", () => {
    expect(otherPart("III.2.c", "III.2.c")).toBe(false);
    expect(otherPart("III.2", "III.2.c")).toBe(false);
    expect(otherPart("I", "III.2.c")).toBe(true);
    expect(otherPart(null, "III.2.c")).toBe(false);
  });
});
