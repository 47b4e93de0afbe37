/**
 * A label that names several acts sharing one ending, «Điều động, luân chuyển đi», «Đơn thư, khiếu nại, tố cáo nhận
 * được», means any of them: a clerk writes «điều động đi: 01» for it. Each act with the shared ending is a way the
 * label may be written; the label's score is its best way. Only short acts before the last (three syllables at most)
 * are read so: «Hồ sơ đã giải quyết, trả kết quả» is one description, not two.
 */
import { syllables } from "./words";

const SHORT = 3;

export function labelChoices(label: string): string[][] {
  const bare = label.replace(/\([^)]*\)/g, " ");
  const parts = bare.split(/,\s*/).map(syllables);
  if (parts.length === 1) return firstAct(bare);
  if (parts.some((p) => p.length === 0)) return [];
  const last = parts.at(-1)!;
  const heads = parts.slice(0, -1);
  if (heads.some((p) => p.length > SHORT)) return [];
  // The shared ending: what the last act has past the length of the first («luân chuyển | đi» after «điều động»).
  const ending = last.slice(heads[0]!.length);
  return [...heads.map((p) => [...p, ...ending]), last];
}

/**
 * «Điều động đến và bổ nhiệm»: two acts on the same people, the first of which says who they are; a clerk writes the
 * first alone («điều động đến 03 công chức», «Điều động đến: 02 trường hợp»). The second alone («bổ nhiệm») is
 * another figure's word, so only the first is a way the label is written.
 */
function firstAct(label: string): string[][] {
  const [first, ...rest] = label.split(/\s+và\s+/);
  if (rest.length !== 1) return [];
  const act = syllables(first!);
  return act.length >= 2 && act.length <= SHORT + 1 ? [act] : [];
}
