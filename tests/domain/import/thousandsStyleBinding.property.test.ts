/**
 * Issue 11 § 1, at the level of bindings: the style a clerk writes thousands in (9.780, 9780, «9 780», a non-breaking
 * space, one style per number) never changes WHAT is bound, only how it is written. A paragraph of the one-stop
 * centre's results, in three clerks' words, with an online count and its share beside the totals: every style binds
 * the same figures to the same values as the dotted one, and none of them to another figure's number.
 *
 * (The full metamorphic matrix found the contrary: «trong đó 17 912 hồ sơ …» ended no sentence where «17.912» did, so
 * only the spaced styles saw the sum 19 873 = 17 912 + 1 702 + 259, and a «trong đó» of the parts was read as a word
 * of their own that the resolved files' figure shares: the total was refused, the online count taken instead.)
 */
import fc from "fast-check";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import type { Recognition } from "../../../src/domain/import/types";
import { REPORT } from "../../support/forms";

const STYLES = [".", "", " ", "\u00a0"];

interface Figures {
  early: number;
  onTime: number;
  withdrawn: number;
  late: number;
  pending: number;
  online: number;
}

const rate = (a: number, b: number) => (Math.round((a / b) * 10000) / 100).toFixed(2).replace(".", ",");

type Writer = (n: number) => string;

/** Three clerks: prose with «trong đó», prose with the parts before their unit, a bulleted list. */
const CLERKS: Array<(f: Figures, w: Writer) => string> = [
  (f, w) => {
    const resolved = f.early + f.onTime + f.withdrawn;
    const total = resolved + f.late + f.pending;
    return `2. Kết quả giải quyết TTHC tại Trung tâm Phục vụ hành chính công tỉnh\nTrong quý, Trung tâm tiếp nhận ${w(total)} hồ sơ, trong đó ${w(f.online)} hồ sơ nộp trực tuyến (chiếm ${rate(f.online, total)}%). Đã giải quyết ${w(resolved)} hồ sơ (đạt ${rate(resolved, total)}%), trong đó trả trước hạn ${w(f.early)} hồ sơ, trả đúng hạn ${w(f.onTime)} hồ sơ, rút hoặc trả lại ${w(f.withdrawn)} hồ sơ; trễ hạn ${w(f.late)} hồ sơ; đang giải quyết ${w(f.pending)} hồ sơ.`;
  },
  (f, w) => {
    const resolved = f.early + f.onTime + f.withdrawn;
    const total = resolved + f.late + f.pending;
    return `c) Trung tâm Phục vụ hành chính công\nTrong kỳ, Trung tâm nhận ${w(total)} hồ sơ (qua dịch vụ công trực tuyến ${w(f.online)} hồ sơ, chiếm ${rate(f.online, total)}%). Giải quyết xong ${w(resolved)} hồ sơ, tỷ lệ ${rate(resolved, total)}%; trong đó ${w(f.early)} hồ sơ trả sớm hạn, ${w(f.onTime)} hồ sơ trả đúng hạn, ${w(f.withdrawn)} hồ sơ do công dân rút. Trễ hạn ${w(f.late)} hồ sơ. Còn ${w(f.pending)} hồ sơ đang giải quyết.`;
  },
  (f, w) => {
    const resolved = f.early + f.onTime + f.withdrawn;
    const total = resolved + f.late + f.pending;
    return `3. Trung tâm Phục vụ hành chính công tỉnh\n- Tổng số hồ sơ tiếp nhận: ${w(total)} hồ sơ (trực tuyến ${w(f.online)} hồ sơ).\n- Đã giải quyết: ${w(resolved)} hồ sơ, gồm: trước hạn ${w(f.early)}, đúng hạn ${w(f.onTime)}, rút, trả lại ${w(f.withdrawn)}.\n- Trễ hạn: ${w(f.late)} hồ sơ.\n- Đang giải quyết: ${w(f.pending)} hồ sơ.`;
  },
];

/** What each figure bound or offered reads as, its digits only: «19 873» and «19.873» are one value. */
function readings(text: string): Record<string, string> {
  const digits = (o: { text: string }) => o.text.replace(/[.\s\u00a0]/g, "");
  const shown = (r: Recognition) => (r.state === "bound" ? r.occurrences.map(digits).join(" ") : r.state === "ambiguous" ? `? ${r.candidates.map(digits).join(" ")}` : "");
  const out: Record<string, string> = {};
  for (const [id, r] of recognizeFigures(text, REPORT)) if (r.state !== "notFound") out[id] = shown(r);
  return out;
}

const thousands = fc.integer({ min: 1_000, max: 40_000 });
const hundreds = fc.integer({ min: 10, max: 999 });
const figures = fc
  .record({ early: thousands, onTime: thousands, withdrawn: hundreds, late: hundreds, pending: thousands, online: thousands })
  // Distinct values, none the sum of two others: a coincidence would be another document's arithmetic.
  .filter((f) => {
    const all = [f.early, f.onTime, f.withdrawn, f.late, f.pending, f.online];
    return new Set(all).size === all.length && all.every((x) => !all.some((a, i) => all.some((b, j) => i < j && a + b === x)));
  });

describe("the thousands style never changes what is bound", () => {
  it.each(CLERKS.map((clerk, i) => [i + 1, clerk] as const))("clerk %i: every style, one style per number too, binds as the dotted text", (_n, clerk) => {
    fc.assert(
      fc.property(figures, fc.array(fc.nat({ max: STYLES.length - 1 }), { minLength: 8, maxLength: 8 }), (f, picks) => {
        const styled = (sep: string) => (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
        const dotted = readings(clerk(f, styled(".")));
        for (const sep of STYLES.slice(1)) expect(readings(clerk(f, styled(sep)))).toEqual(dotted);
        let next = 0;
        const mixed = (n: number) => styled(STYLES[picks[next++ % picks.length]!]!)(n);
        expect(readings(clerk(f, mixed))).toEqual(dotted);
        // And what is bound is right: the resolved files are the resolved total, never the online count.
        const resolved = String(f.early + f.onTime + f.withdrawn);
        const boundOnly = (id: string) => (dotted[id]?.startsWith("?") ? undefined : dotted[id]);
        expect(boundOnly("bcdc:hcc.daGiaiQuyet") ?? resolved).toBe(resolved);
        expect(boundOnly("bcdc:hcc.truocHan") ?? String(f.early)).toBe(String(f.early));
        expect(boundOnly("bcdc:hcc.dangGiaiQuyet") ?? String(f.pending)).toBe(String(f.pending));
        for (const [id, value] of Object.entries(dotted)) if (!value.startsWith("?")) expect([id, value]).not.toEqual([id, String(f.online)]);
      }),
      { numRuns: 8 },
    );
  });
});
