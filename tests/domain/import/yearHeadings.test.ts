/**
 * The year of the staff figures where offices write it (meaning/yearOfFigures.ts): on a numbered heading over dashed
 * items («2. Biên chế và người lao động năm 2026» over «- Công chức được giao: 71»), at the end of a table row's long
 * label, and opening a clause after a comma («Sau sắp xếp, năm 2026 Sở được giao …»). A Quảng Bình clerk's words.
 * The other side: a year of a comparison, or a numbered heading that is itself an item among numbered items.
 */
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { boundValue, byLabel } from "../../support/recognized";
import { REPORT } from "../../support/forms";

const HEAD = "I. ĐẶC ĐIỂM, TÌNH HÌNH\n";
const year = (text: string) => boundValue(recognizeFigures(`${HEAD}${text}\n`, REPORT).get(byLabel("Năm của số liệu biên chế").id));

describe("the year heading the staff figures", () => {
  it("on a numbered heading over dashed items, blank line between", () => {
    expect(year("2. Biên chế và người lao động của cơ quan năm 2026\n\n- Biên chế công chức được giao: 71 biên chế.\n- Công chức có mặt: 66 người.")).toBe("2026");
  });

  it("at the end of a table row's label", () => {
    expect(year("TT\tChỉ tiêu\tĐơn vị tính\tSố liệu\n1\tBiên chế công chức của Sở được giao năm 2025\tbiên chế\t58\n2\tCông chức hiện có\tngười\t55")).toBe("2025");
  });

  it("opening a clause after a comma", () => {
    expect(year("Sau khi sắp xếp lại các phòng, năm 2026 Sở được giao 58 biên chế công chức, hiện có 55 công chức.")).toBe("2026");
  });

  it("closing the words that introduce the figures, before a colon", () => {
    expect(year("Theo quyết định giao biên chế, Sở Tư pháp được giao cho năm 2025: 58 biên chế công chức, hiện có 55 công chức.")).toBe("2025");
  });

  it("near-miss: a comparison's year heads nothing", () => {
    expect(year("Sau khi sắp xếp lại các phòng, so với năm 2025 Sở được giao 58 biên chế công chức, hiện có 55 công chức.")).toBeNull();
  });
});
