/**
 * Held-out 170's «- Chuyên viên chuyển về Phòng Tổng hợp - Kinh tế do sáp nhập phòng: 07, gồm Phòng Tổng hợp: 03;
 * Phòng Kinh tế: 04», written again in other words (sums.ts): a total whose words name every part names them each, so
 * a figure naming one part is that part's, not the total's; a figure naming them all is the total's. And a unit read
 * from the first word of a label («Phòng Kinh tế: 04») does not part a count from its total.
 */
import { findCandidates } from "../../../src/domain/import/meaning/candidates";
import { findSums } from "../../../src/domain/import/meaning/sums";
import { scanHeadings } from "../../../src/domain/import/headings";
import { findNumbers } from "../../../src/domain/import/numbers";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import type { Recognition } from "../../../src/domain/import/types";
import { REPORT } from "../../support/forms";

const shown = (r: Recognition | undefined) =>
  r?.state === "bound" ? r.occurrences.map((o) => o.input).join(" ") : r?.state === "ambiguous" ? `? ${r.candidates.map((c) => c.text).join(" ")}` : "-";
const sumsOf = (text: string) => findSums(text, findCandidates(text, findNumbers(text), scanHeadings(text), false));
const head = "III. THỰC HIỆN DÂN CHỦ TRONG HOẠT ĐỘNG CỦA CƠ QUAN\n1. Công tác cán bộ\nc) Điều động, luân chuyển\n";

describe("a total whose words name every part", () => {
  const merged = "- Chuyên viên chuyển về Phòng Tổng hợp - Kinh tế do hợp nhất phòng: 09, trong đó Phòng Tổng hợp: 05; Phòng Kinh tế: 04\n";

  it("is found though a part's label starts with a unit word, and leaves each part its own words", () => {
    const [sum] = sumsOf(merged);
    expect([sum!.total.token.text, ...sum!.parts.map((p) => p.part.token.text)]).toEqual(["09", "05", "04"]);
    expect(sum!.namesEach).toBe(true);
    expect(sum!.parts[0]!.own).toContain("tổng hợp");
    expect(sum!.parts[1]!.own).toContain("kinh tế");
  });

  it("gives a figure naming one part that part's number, never the total", () => {
    const r = recognizeFigures(`${head}${merged}`, REPORT);
    expect(shown(r.get("bcdc:luanChuyen.tongHop"))).not.toBe("09");
    expect(shown(r.get("bcdc:luanChuyen.kinhTe"))).not.toBe("09");
  });

  it("near-match: a total that names only one part keeps the shared words its own («tiếp nhận 97 (tiếp nhận mới 92, …)»)", () => {
    const [sum] = sumsOf("tổng số hồ sơ tiếp nhận 97 hồ sơ (tiếp nhận mới 92 hồ sơ, tồn kỳ trước chuyển sang 05 hồ sơ).");
    expect(sum!.namesEach).toBe(false);
    expect(sum!.parts[0]!.own).not.toContain("tiếp nhận");
  });

  it("near-match: a figure naming every part is the total's («Đơn khiếu nại, tố cáo: 05 (03 khiếu nại, 02 tố cáo)»)", () => {
    const r = recognizeFigures("III. THỰC HIỆN DÂN CHỦ TRONG HOẠT ĐỘNG CỦA CƠ QUAN\n4. Tiếp dân, đơn thư\n- Đơn khiếu nại, tố cáo nhận được: 05 đơn (03 đơn khiếu nại, 02 đơn tố cáo).\n", REPORT);
    expect(["05", "? 05 03 02", "? 05 02 03"]).toContain(shown(r.get("bcdc:khieuNai.soDon")));
    expect(shown(r.get("bcdc:khieuNai.soDon"))).not.toBe("03");
  });

  it("near-match: units written after the counts still part them («tiếp 17 lượt, với 15 người, nhận 02 đơn»)", () => {
    expect(sumsOf("tiếp 17 lượt, với 15 người, nhận 02 đơn.")).toHaveLength(0);
  });
});
