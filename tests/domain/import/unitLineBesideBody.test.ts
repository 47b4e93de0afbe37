/**
 * A joint report gives each part as a line for the body and a line for its unit (unitLineBesideBody.ts): held-out 494,
 * an office and the centre it runs, left the office's public-service staff, masters, graduates and meetings unclear
 * beside the centre's «- Trung tâm: …» lines (its meetings scored higher than the office's). Both sides: a unit's line
 * with no line of the body's own near it, a kind alone the document never names in full, and the body's own line are
 * no unit's; the centre's own figures stay the centre's.
 */
import { unitLineBesideBody } from "../../../src/domain/import/meaning/unitLineBesideBody";
import { boundByLabel } from "../../support/recognized";
import { builtInDefinition } from "../../support/forms";

const QUARTERLY = builtInDefinition("bao-cao-dan-chu-quy");
const at = (text: string, n: string) => text.indexOf(n);

const LINES = [
  "Trung tâm Phục vụ hành chính công tỉnh là đơn vị sự nghiệp trực thuộc Văn phòng.",
  "3. Biên chế năm 2026",
  "- Văn phòng UBND tỉnh: biên chế công chức được giao 96, có mặt 90; số người làm việc sự nghiệp được giao 38, có mặt 35.",
  "- Trung tâm: số người làm việc được giao 17, có mặt 16 (đã tính trong số của Văn phòng).",
  "II. DÂN CHỦ",
  "- Văn phòng: 11 cuộc giao ban lãnh đạo Văn phòng với trưởng các phòng.",
  "- Trung tâm: 14 cuộc giao ban đầu tuần với công chức các quầy.",
].join("\n");

describe("a unit's line beside the body's own line", () => {
  it("is the unit's: its kind alone once the document names it in full, or its full name", () => {
    expect(unitLineBesideBody(LINES, at(LINES, "17"), "văn phòng")?.text).toBe("Trung tâm");
    expect(unitLineBesideBody(LINES, at(LINES, "14 cuộc"), "văn phòng")?.text).toBe("Trung tâm");
    const office = "- Văn phòng: tổ chức 09 cuộc giao ban.\n- Chi cục Thủy lợi: tổ chức 05 cuộc giao ban.";
    expect(unitLineBesideBody(office, at(office, "05"), null)?.text).toBe("Chi cục Thủy lợi");
  });

  it("near-match: the body's own line, a unit's line alone, a kind never named in full, a number before the colon", () => {
    expect(unitLineBesideBody(LINES, at(LINES, "38"), "văn phòng")).toBeNull();
    expect(unitLineBesideBody(LINES, at(LINES, "11 cuộc"), "văn phòng")).toBeNull();
    const alone = "Trung tâm Phục vụ hành chính công tỉnh trực thuộc Văn phòng.\nII. DÂN CHỦ\n- Trung tâm: 14 cuộc giao ban.";
    expect(unitLineBesideBody(alone, at(alone, "14"), "văn phòng")).toBeNull();
    const unnamed = "- Văn phòng: 11 cuộc giao ban.\n- Trung tâm: 14 cuộc giao ban.";
    expect(unitLineBesideBody(unnamed, at(unnamed, "14"), "văn phòng")).toBeNull();
    // Two units' lines and no body's (unitParts.ts reads those), or a body whose kind opens no unit's line («- Sở:»).
    const named = "- Văn phòng Sở: tổ chức 09 cuộc giao ban.\n- Chi cục Thủy lợi: tổ chức 05 cuộc giao ban.";
    expect(unitLineBesideBody(named, at(named, "05"), "sở")).toBeNull();
    expect(unitLineBesideBody(named.replace("Văn phòng Sở", "Sở"), at(named, "05"), "sở")).toBeNull();
    const numbered = "Trung tâm Y tế.\n- Văn phòng: 11 cuộc.\n- Trung tâm 2: 14 cuộc.";
    expect(unitLineBesideBody(numbered, at(numbered, "14"), "văn phòng")).toBeNull();
  });

  it("in a joint report: the office's figures bind from its own lines, none from the centre's", () => {
    const report = ["UBND TỈNH QUẢNG NGÃI", "VĂN PHÒNG", "BÁO CÁO", "Kết quả thực hiện dân chủ ở cơ sở quý III năm 2026", "I. TỔ CHỨC BỘ MÁY, BIÊN CHẾ", LINES].join("\n");
    const bound = boundByLabel(report, QUARTERLY);
    expect(bound("Biên chế sự nghiệp được giao")).toBe("38");
    expect(bound("Biên chế sự nghiệp đang thực hiện")).toBe("35");
    expect(bound("Cuộc họp giao ban trong quý")).toBe("11");
  });
});
