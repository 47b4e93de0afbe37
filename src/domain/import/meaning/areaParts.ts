/**
 * A body that compiles the area's report and adds its own: «PHẦN THỨ NHẤT — KẾT QUẢ … TRÊN ĐỊA BÀN TỈNH» (every
 * agency's and commune's figures put together) beside «PHẦN THỨ HAI — KẾT QUẢ … TẠI CƠ QUAN SỞ NỘI VỤ» (its own). The
 * form asks the issuing body's own figures: a careful reader fills none of them from the part about the whole area,
 * though its sentences name the same things («toàn tỉnh tổ chức 1.146 cuộc giao ban», «UBND tỉnh ban hành 58 Quyết
 * định công bố …»). Only when both parts stand side by side under headings of one level: a report «trên địa bàn
 * huyện» with no part of its own, or a heading about the office alone, marks nothing.
 */
import type { Heading } from "../headings";
import type { Passage } from "./sourcedPassages";

/** A title about the whole area: «trên địa bàn tỉnh», «toàn tỉnh», «các cơ quan, đơn vị, địa phương». */
const AREA = /(?<![\p{L}])(?:trên địa bàn(?:[ \t]+(?:toàn[ \t]+)?(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường))?|toàn[ \t]+(?:tỉnh|thành phố|huyện|quận|thị xã))(?![\p{L}])/iu;
/** A title about the issuer itself: «tại cơ quan Sở Nội vụ», «của cơ quan», «tại Văn phòng». */
const OWN = /(?<![\p{L}])(?:tại|của)[ \t]+(?:cơ quan|văn phòng|sở)(?![\p{L}])/iu;

/** The parts of `text` about the whole area, when a sibling part is about the issuer itself. */
export function wholeAreaParts(text: string, headings: readonly Heading[]): Passage[] {
  const lines = text.split("\n");
  const titleOf = (h: Heading): string => {
    if (h.title.trim() !== "") return h.title;
    // «PHẦN THỨ NHẤT» alone on its line, its title on the next one (`line` counts from 1: lines[line] is the next).
    const next = lines.slice(h.line, h.line + 2).find((l) => l.trim() !== "");
    return next?.trim() ?? "";
  };
  for (const level of ["part", "upper", "roman"] as const) {
    const tops = headings.filter((h) => h.level === level);
    if (tops.length < 2) continue;
    const titles = tops.map(titleOf);
    const own = titles.some((t) => OWN.test(t) && !AREA.test(t));
    const area = titles.map((t) => AREA.test(t) && !OWN.test(t));
    if (!own || !area.includes(true)) return [];
    const out: Passage[] = [];
    tops.forEach((h, i) => {
      if (!area[i]) return;
      const next = tops[i + 1];
      out.push({ from: h.offset, to: next ? next.offset : text.length });
    });
    return out;
  }
  return [];
}
