/**
 * An item's zero says what its label says (src/domain/import/meaning/zeroWords.ts, zeroHeads.ts omitsPost): «- Bổ
 * nhiệm: không» says no appointment was made, not how many heads of division were appointed (a commune office may have
 * no divisions): the clerk fills the post's figure. «- Bổ nhiệm Trưởng phòng: không» answers it.
 */
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";

const shown = (text: string, id: string) => {
  const r = recognizeFigures(text, REPORT).get(id);
  return r?.state === "bound" ? r.occurrences.map((o) => o.text).join(" ") : r?.state ?? "";
};
const staff = (item: string) => `III. THỰC HIỆN DÂN CHỦ TRONG HOẠT ĐỘNG CỦA CƠ QUAN\n5. Công tác cán bộ:\n- Tiếp nhận công chức: không.\n${item}\n- Luân chuyển: không.\n`;

describe("a zero written as an item's value", () => {
  it("under a label naming the act and no post is not the post's figure", () => {
    expect(shown(staff("- Bổ nhiệm: không."), "bcdc:boNhiem.truongPhong")).not.toBe("không");
  });
  it("under a label naming the post is that post's figure", () => {
    expect(shown(staff("- Bổ nhiệm Trưởng phòng: không."), "bcdc:boNhiem.truongPhong")).toBe("không");
  });
  it("of a figure naming no post is still its figure", () => {
    expect(shown(staff("- Bổ nhiệm: không."), "bcdc:tiepNhan.congChuc")).toBe("không");
  });
});
