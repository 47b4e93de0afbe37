/** The headings above a place, found by binary search over one path per heading (meaning/headingPath.ts). */
import { scanHeadings, type Heading } from "../../../src/domain/import/headings";
import { headingPathFeatures } from "../../../src/domain/import/meaning/headingPath";
import { features, syllables, unitAt } from "../../../src/domain/import/meaning/words";

/** The walk from the top, as candidates.ts did it for every number. */
function walked(headings: readonly Heading[], at: number): string[] {
  const path = new Map<number, Heading>();
  for (const h of headings) {
    if (h.offset > at) break;
    const depth = h.path.split(".").length;
    for (const d of [...path.keys()]) if (d > depth) path.delete(d);
    path.set(depth, h);
  }
  return [...path.values()].flatMap((h) => features(syllables(h.title)));
}

const TEXT = [
  "BÁO CÁO",
  "I. CÔNG TÁC TIẾP NHẬN",
  "1. Hồ sơ hành chính",
  "a) Tiếp nhận trực tuyến",
  "Tiếp nhận 120 hồ sơ.",
  "b) Giải quyết",
  "Giải quyết 95 hồ sơ.",
  "2. Khiếu nại",
  "Nhận 4 đơn.",
  "II. TỔ CHỨC BỘ MÁY",
  "Có 46 công chức.",
].join("\n");

describe("headingPathFeatures", () => {
  const headings = scanHeadings(TEXT);

  it("gives every place the path the walk from the top gives", () => {
    expect(headings.length).toBeGreaterThanOrEqual(6);
    for (let at = 0; at <= TEXT.length; at++) expect(headingPathFeatures(headings, at)).toEqual(walked(headings, at));
  });

  it("ends deeper headings at a shallower one", () => {
    const at = TEXT.indexOf("46");
    const words = headingPathFeatures(headings, at);
    expect(words).toContain("bộ máy");
    expect(words).not.toContain("hồ sơ");
    expect(headingPathFeatures(headings, TEXT.indexOf("95"))).toEqual(expect.arrayContaining(["tiếp nhận", "hồ sơ", "giải quyết"]));
    expect(headingPathFeatures(headings, 0)).toEqual([]);
  });

  it("walks a list out of document order as before", () => {
    const shuffled = [headings[3]!, headings[0]!, headings[1]!];
    for (const at of [0, TEXT.indexOf("120"), TEXT.length]) expect(headingPathFeatures(shuffled, at)).toEqual(walked(shuffled, at));
  });
});

describe("unitAt", () => {
  it("takes the longest unit a run starts with", () => {
    expect(unitAt(["phó", "trưởng", "phòng", "tổng", "hợp"])).toBe("phó trưởng phòng");
    expect(unitAt(["hồ", "sơ", "trễ"])).toBe("hồ sơ");
    expect(unitAt(["ý", "kiến"], ["ý", "ý kiến"])).toBe("ý kiến");
    expect(unitAt(["giải", "quyết"])).toBeNull();
  });
});
