/**
 * «đề nghị Thủ tướng Chính phủ tặng Bằng khen cho 06 cá nhân, gồm 05 cá nhân có thành tích xuất sắc năm 2025 và 01
 * cá nhân có thành tích trong Đợt thi đua chào mừng Đại hội XIV»: the 06 counts both awards. When a part of a total
 * the sentence breaks down («gồm», «trong đó», a bracket) is best described by another figure of the same section
 * of the form, and this figure describes one of the other parts, the total mixes two of the section's figures: it is
 * neither (the form keeps them apart). A figure the form itself adds up or bounds (a whole) may be such a total. So
 * is a summary's count that the item under it breaks down (detailSums.ts): «bổ nhiệm 04» over «- Bổ nhiệm: 01
 * Trưởng phòng … và 03 Phó Trưởng phòng» counts two ranks, neither rank's figure.
 */
import type { Candidate } from "./candidates";
import type { FieldProfile } from "./profiles";
import { partsAnnounced, type Sum } from "./sums";

/**
 * The totals that are not `p`'s because their parts belong to two figures of its section. `fits(q, c)`: q's score
 * for c when it passes the floor (0 otherwise); `profiles`: the figures that may claim a part.
 */
export function totalsOfSiblings(
  text: string,
  sums: readonly Sum[],
  p: FieldProfile,
  profiles: readonly FieldProfile[],
  fits: (q: FieldProfile, c: Candidate) => number,
  detailed: readonly Sum[] = [],
): Set<Candidate> {
  const not = new Set<Candidate>();
  if (p.whole) return not;
  const section = profiles.filter((q) => q.field.section === p.field.section && q.kind === p.kind);
  if (section.length < 2) return not;
  for (const s of [...sums, ...detailed]) {
    const first = s.parts[0]?.part;
    // A summary's count broken down by the item under it (detailSums.ts) has its parts announced by that shape.
    if (!first || !(detailed.includes(s) || partsAnnounced(text.slice(s.total.token.end, first.token.start)))) continue;
    const best = s.parts.map(({ part }) => bestOf(section, part, fits));
    const sibling = best.some((q) => q !== null && q !== p);
    const mine = s.parts.some(({ part }) => fits(p, part) > 0);
    if (sibling && mine) not.add(s.total);
  }
  return not;
}

function bestOf(section: readonly FieldProfile[], c: Candidate, fits: (q: FieldProfile, c: Candidate) => number): FieldProfile | null {
  let best: FieldProfile | null = null;
  let top = 0;
  for (const q of section) {
    const s = fits(q, c);
    if (s > top) [best, top] = [q, s];
  }
  return best;
}
