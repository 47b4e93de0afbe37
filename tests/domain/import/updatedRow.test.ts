/**
 * A table that keeps an earlier row beside the row it was brought up to date with («Hợp đồng lao động» over «Hợp đồng
 * lao động (số liệu cập nhật đến 12/6/2026)»): the updated row's figure is the one, the earlier row's is replaced.
 * Another clerk's words than the held-out reports'.
 */
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";
import { shown } from "../../support/recognitionShown";

const HEAD = "VĂN PHÒNG UBND TỈNH\nBÁO CÁO\nKết quả thực hiện dân chủ ở cơ sở quý II năm 2026\n\nI. TÌNH HÌNH CHUNG\n2. Biên chế năm 2026\nChỉ tiêu\tĐược giao\tCó mặt\nCông chức\t98\t92\nViên chức\t40\t37\n";
const contracts = (rows: string) => shown(recognizeFigures(`${HEAD}${rows}`, REPORT).get("bcdc:bienChe.hopDong"));

describe("a row brought up to date beside the earlier one", () => {
  it("is the figure, and the earlier row's value is not", () => {
    expect(contracts("Hợp đồng lao động\t-\t21\nHợp đồng lao động (số liệu cập nhật đến 12/6/2026)\t-\t23\n")).not.toMatch(/21/u);
  });
  it("while a single row is the figure as ever", () => {
    expect(contracts("Hợp đồng lao động\t-\t21\n")).toBe("21");
  });
});
