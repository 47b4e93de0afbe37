/**
 * What the unseen batches 560–576 showed wrong or missed, each as a clerk wrote it, with the near-miss beside it:
 * - a health department's units employ more than ten thousand people: «được giao 11.864, hiện có 11.205 viên chức»
 *   is the department's, not the one hospital's 1.198 after it (570, 520);
 */
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";

function bound(text: string, id: string): string | null {
  const r = recognizeFigures(text, REPORT).get(id);
  return r?.state === "bound" ? r.occurrences.map((o) => o.input).join("|") : null;
}

const head = "UBND TỈNH GIA LAI\nSỞ Y TẾ\n\nBÁO CÁO\nKết quả thực hiện dân chủ ở cơ sở quý II năm 2026\n\nI. ĐẶC ĐIỂM, TÌNH HÌNH\n";

describe("a department whose units employ over ten thousand", () => {
  const staff = (given: string, present: string) =>
    `${head}Biên chế công chức năm 2026 của cơ quan Sở được giao 96, hiện có 89 công chức; hợp đồng lao động 12 người. Số lượng người làm việc trong các đơn vị sự nghiệp năm 2026 được giao ${given}, hiện có ${present} viên chức. Riêng Bệnh viện Đa khoa tỉnh được giao 1.246 người làm việc, hiện có 1.198 viên chức và 163 hợp đồng lao động.\n`;

  it("reads the department's figures, not the hospital's after them", () => {
    const text = staff("11.864", "11.205");
    expect(bound(text, "bcdc:bienChe.suNghiepGiao")).toBe("11.864");
    expect(bound(text, "bcdc:bienChe.suNghiepThucHien")).toBe("11.205");
  });

  it("near-miss: a figure past any department's size is still no figure", () => {
    expect(bound(staff("118.640", "112.050"), "bcdc:bienChe.suNghiepThucHien")).not.toBe("112.050");
  });
});
