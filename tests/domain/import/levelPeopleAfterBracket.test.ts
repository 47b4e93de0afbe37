/**
 * The monthly form's wordings (src/forms/tiep-cong-dan-thang.form.json): a level's people counted after the bracket
 * that splits its sessions («Chủ tịch UBND các xã, phường tiếp 68 lượt (trong đó định kỳ 49 lượt, đột xuất 18 lượt)
 * với 97 người»). In other words than monthly 246, which showed the way.
 */
import { builtInDefinition } from "../../support/forms";
import { boundByLabel } from "../../support/recognized";

const monthly = builtInDefinition("tiep-cong-dan-thang");
const head = "UBND TỈNH NINH BÌNH\nTHANH TRA TỈNH\n\nBÁO CÁO\nKết quả tiếp công dân tháng 8/2026\n\n4. Kết quả tiếp công dân của Chủ tịch UBND các xã, phường\n";

describe("a level's people after the bracket splitting its sessions", () => {
  it("are the level's people", () => {
    const text = `${head}Chủ tịch UBND các xã, phường đã tiếp 52 lượt (định kỳ 40 lượt, đột xuất 12 lượt) với 71 người; không có đoàn đông người.\n`;
    expect(boundByLabel(text, monthly)("Số người được cấp huyện tiếp")).toBe("71");
  });

  it("people inside the bracket are not", () => {
    const text = `${head}Chủ tịch UBND các xã, phường đã tiếp 52 lượt (tháng trước 47 lượt, 64 người).\n`;
    expect(boundByLabel(text, monthly)("Số người được cấp huyện tiếp")).not.toBe("64");
  });
});
