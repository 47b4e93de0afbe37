/**
 * A label that names several acts sharing one ending, «Điều động, luân chuyển đi», «Đơn thư, khiếu nại, tố cáo nhận
 * được», means any of them: a clerk writes «điều động đi: 01» for it. Each act with the shared ending is a way the
 * label may be written; the label's score is its best way. Only short acts before the last (three syllables at most)
 * are read so: «Hồ sơ đã giải quyết, trả kết quả» is one description, not two.
 */
import { syllables } from "./words";

const SHORT = 3;

export function labelChoices(label: string): string[][] {
  const parts = label.replace(/\([^)]*\)/g, " ").split(/,\s*/).map(syllables);
  if (parts.length < 2 || parts.some((p) => p.length === 0)) return [];
  const last = parts.at(-1)!;
  const heads = parts.slice(0, -1);
  if (heads.some((p) => p.length > SHORT)) return [];
  // The shared ending: what the last act has past the length of the first («luân chuyển | đi» after «điều động»).
  const ending = last.slice(heads[0]!.length);
  return [...heads.map((p) => [...p, ...ending]), last];
}
