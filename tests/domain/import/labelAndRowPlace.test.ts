/**
 * Two causes of figures stated but not found (meaning/score.ts), each with a sentence no corpus document holds and a
 * near-match that must stay unbound:
 * - the label found whole is evidence on its own, when the form's wording names what this clerk does not write;
 * - a table with a row per organisation («Bộ phận một cửa … | 64 | 60 | …»): the row label says where the figures
 *   stand, so its words are not counted against every column's figure as another figure's words.
 */
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";
import { boundValue, byLabel } from "../../support/recognized";

const HEADER = "UBND TỈNH HÀ GIANG\nVĂN PHÒNG\nBÁO CÁO\nKết quả thực hiện công tác dân chủ quý II năm 2026\n\n";
const value = (text: string, label: string) => boundValue(recognizeFigures(text, REPORT).get(byLabel(label).id));

describe("the label alone, when the wording names what the clerk did not write", () => {
  const staff = (sentence: string) =>
    `${HEADER}I. ĐẶC ĐIỂM, TÌNH HÌNH\n\nNăm 2026, Văn phòng được giao 61 biên chế công chức, hiện có 57 công chức; hợp đồng lao động 09 người. ${sentence}\n`;
  it("«hai nhà khách … đang sử dụng 27 viên chức» is the guest houses' staff", () => {
    expect(value(staff("Hai nhà khách trực thuộc tự chủ tài chính đang sử dụng 27 viên chức."), "Viên chức hai nhà khách (tự chủ tài chính)")).toBe("27");
  });
  it("the guest houses' visitors are not their staff", () => {
    const text = staff("Hai nhà khách trực thuộc tự chủ tài chính đã phục vụ 27 đoàn khách trong quý.");
    expect(value(text, "Viên chức hai nhà khách (tự chủ tài chính)")).toBeNull();
  });
});

describe("a table with a row per organisation", () => {
  const table = (first: string, second: string) =>
    [
      `${HEADER}III. THỰC HIỆN DÂN CHỦ TRONG HOẠT ĐỘNG CỦA CƠ QUAN`,
      "Kết quả giải quyết hồ sơ thủ tục hành chính quý II/2026:",
      "Nơi tiếp nhận | Số hồ sơ nhận | Đã giải quyết | Giải quyết trước hạn | Giải quyết đúng hạn | Đang giải quyết",
      `${first} | 64 | 60 | 12 | 48 | 4`,
      `${second} | 9.210 | 8.905 | 8.700 | 180 | 305`,
      "",
    ].join("\n");
  it("the centre's row gives the centre's figures, each by its column", () => {
    const text = table("Bộ phận một cửa Văn phòng", "Trung tâm Phục vụ hành chính công");
    expect(value(text, "Hồ sơ tiếp nhận (Trung tâm PVHCC)")).toBe("9.210");
    expect(value(text, "Hồ sơ đã giải quyết")).toBe("8.905");
    expect(value(text, "Hồ sơ trả trước hạn")).toBe("8.700");
  });
  it("rows of other agencies give none of the office's or the centre's figures", () => {
    const text = table("Sở Tư pháp", "Sở Xây dựng");
    for (const label of ["Hồ sơ tiếp nhận (Trung tâm PVHCC)", "Hồ sơ đã giải quyết", "Hồ sơ trả trước hạn", "Hồ sơ tiếp nhận (một cửa Văn phòng)", "Hồ sơ đã giải quyết, trả kết quả"]) {
      expect(value(text, label)).toBeNull();
    }
  });
});
