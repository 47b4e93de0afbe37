/**
 * A quarter opening a footnote, after the note's mark at its line's start, is the note's topic as after a list's bullet
 * (periodMarkers.ts TOPIC_BEFORE): «² Quý II/2025 (hai tỉnh cộng lại): 11 cuộc giao ban» gives the previous quarter's
 * briefings, no second statement of the quarter's. A clerk's sentences, not the corpus's.
 */
import { MARKER_FIRST, markerScope } from "../../../src/domain/import/meaning/periodMarkers";
import { boundByLabel } from "../../support/recognized";
import { REPORT } from "../../support/forms";

const scope = (text: string) => markerScope(MARKER_FIRST.exec(text)!, text);

describe("a quarter after a footnote's mark", () => {
  it("opens the note: its topic", () => {
    expect(scope("cơ sở.\n² Quý II/2025 (hai tỉnh cộng lại): 11 cuộc giao ban")).toMatchObject({ quarter: 2, year: 2025, topic: true });
    expect(scope("cơ sở.\n[2] Quý II/2025 (hai tỉnh cộng lại): 11 cuộc giao ban")).toMatchObject({ quarter: 2, topic: true });
  });
  it("near-match: a mark inside the line, a figure's unit before it", () => {
    expect(scope("tăng 11 cuộc² so với quý II/2025")).toMatchObject({ quarter: 2, topic: false });
    expect(scope("tổ chức 12 cuộc quý II/2025")).toMatchObject({ quarter: 2, topic: false });
  });
});

it("the quarter's own briefings bind beside a footnote giving the previous quarter's", () => {
  const text = [
    "UBND TỈNH AN PHÚ",
    "VĂN PHÒNG",
    "",
    "BÁO CÁO",
    "Kết quả thực hiện dân chủ ở cơ sở quý III năm 2025",
    "2. Họp giao ban và hội nghị cán bộ, công chức",
    "Trong quý đã tổ chức 12 cuộc giao ban² giữa lãnh đạo Văn phòng với lãnh đạo các phòng, đơn vị.",
    "____________________",
    "² Quý II/2025 (hai tỉnh cộng lại): 11 cuộc giao ban; 3 tháng đầu hoạt động của tỉnh mới tăng 01 cuộc.",
  ].join("\n");
  expect(boundByLabel(text, REPORT)("Cuộc họp giao ban trong quý")).toBe("12");
});
