/**
 * A form's wording writes a list line's bullet as «[-+•]»; clerks' reports paste Word's bullets as «–», «▪», «*»
 * too. With those marks the wording that reads the leaders' total under its heading missed it, and the chairman's own
 * «01 lượt» was bound as the province leaders' (the metamorphic matrix's «gạch đầu dòng «–»» on held-out 76). Every mark
 * reads as «-» does.
 */
import { recognizeFigures } from "../../../src/domain/import/recognize";
import type { Recognition } from "../../../src/domain/import/types";
import { builtInDefinition } from "../../support/forms";

const MONTHLY = builtInDefinition("tiep-cong-dan-thang");
const shown = (r: Recognition | undefined) =>
  r?.state === "bound" ? r.occurrences.map((o) => o.input).join(" ") : r?.state === "ambiguous" ? `? ${r.candidates.map((c) => c.input).join(" ")}` : "-";

const report = (mark: string) =>
  [
    "BÁO CÁO Kết quả công tác tiếp công dân tháng 3/2025",
    "2. LÃNH ĐẠO UBND TỈNH",
    `${mark} Ngày 12/3/2025, đồng chí Chủ tịch UBND tỉnh chủ trì tiếp định kỳ: 01 lượt/04 người.`,
    `${mark} Phó Chủ tịch UBND tỉnh tiếp đột xuất: 01 lượt/02 người.`,
    `${mark} Tổng số: 02 lượt/06 người.`,
    "3. THỦ TRƯỞNG CÁC SỞ, BAN, NGÀNH",
    `${mark} Tổng số: 05 lượt/07 người.`,
  ].join("\n");

describe("a wording's bullet is any bullet mark", () => {
  const asDash = recognizeFigures(report("-"), MONTHLY);

  it.each(["–", "▪", "*", "•", "+"])("«%s» lines read as «-» lines", (mark) => {
    const r = recognizeFigures(report(mark), MONTHLY);
    for (const id of ["tcd:tinh.luot", "tcd:tinh.nguoi", "tcd:so.luot"]) expect([id, shown(r.get(id))]).toEqual([id, shown(asDash.get(id))]);
  });

  it("never binds the chairman's own visit as the leaders' total", () => {
    for (const mark of ["-", "–", "▪"]) expect(shown(recognizeFigures(report(mark), MONTHLY).get("tcd:tinh.luot"))).not.toBe("01");
    expect(shown(asDash.get("tcd:so.luot"))).toBe("05");
  });
});
