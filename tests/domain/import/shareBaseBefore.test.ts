/**
 * A share whose base is named before it (held-out 1313): «Tỷ lệ hồ sơ trước hạn và đúng hạn trên tổng số hồ sơ đã
 * giải quyết đạt 99,21%» is the on-time share of the resolved dossiers, not the resolved share: what follows «trên
 * (tổng) số» is what it is taken of (meaning/overTotal.ts withoutBaseBefore).
 */
import { withoutBaseBefore } from "../../../src/domain/import/meaning/overTotal";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";

const HEAD = "UBND TỈNH CÀ MAU\nVĂN PHÒNG\nSố: 12/BC-VP\n\nBÁO CÁO\nKết quả thực hiện dân chủ quý I năm 2026\n\n";
const read = (text: string, id: string) => {
  const r = recognizeFigures(text, REPORT).get(id);
  return r?.state === "bound" ? r.occurrences.map((o) => o.input).join("|") : r?.state === "ambiguous" ? "?" : "-";
};

describe("a share's base named before it", () => {
  it("leaves the base's words out of what the share is of", () => {
    const words = (s: string) => withoutBaseBefore(s).replace(/\s+/g, " ").trim();
    expect(words("Tỷ lệ hồ sơ trước hạn và đúng hạn trên tổng số hồ sơ đã giải quyết đạt ")).toBe("Tỷ lệ hồ sơ trước hạn và đúng hạn đạt");
    expect(words("tỷ lệ giải quyết trên số tiếp nhận: ")).toBe("tỷ lệ giải quyết :");
    expect(withoutBaseBefore("đã giải quyết 120 hồ sơ, đạt ")).toBe("đã giải quyết 120 hồ sơ, đạt ");
  });

  it("does not take the on-time share of the resolved for the resolved share; the resolved share over the received still binds", () => {
    const centre = "III. TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG\nTrung tâm tiếp nhận 51.220 hồ sơ, đã giải quyết 48.683 hồ sơ.";
    const onTime = `${HEAD}${centre} Tỷ lệ hồ sơ trước hạn và đúng hạn trên tổng số hồ sơ đã giải quyết đạt 99,21%.\n`;
    expect(read(onTime, "bcdc:hcc.tyLeDaGiaiQuyet")).toBe("-");
    const resolved = `${HEAD}${centre} Tỷ lệ hồ sơ đã giải quyết trên tổng số hồ sơ tiếp nhận đạt 95,05%.\n`;
    expect(read(resolved, "bcdc:hcc.tyLeDaGiaiQuyet")).toBe("95,05");
  });
});
