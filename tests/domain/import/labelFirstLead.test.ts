/**
 * «Cao cấp lý luận chính trị 35; trung cấp 27»: a later item naming only the sibling kind shares the first item's
 * other words (src/domain/import/meaning/labelFirstLead.ts); an item of another kind does not.
 */
import { labelFirstLead } from "../../../src/domain/import/meaning/labelFirstLead";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import type { Recognition } from "../../../src/domain/import/types";
import { REPORT } from "../../support/forms";

const shown = (r: Recognition | undefined) =>
  r?.state === "bound" ? r.occurrences.map((o) => o.text).join(" ") : r?.state === "ambiguous" ? `? ${r.candidates.map((c) => c.text).join(" ")}` : "-";

describe("a list whose first item names its kind in full", () => {
  it("lends its other words to a later sibling item", () => {
    const text = "2. Đội ngũ\nVề trình độ: thạc sĩ 12; đại học 30. Trung cấp lý luận chính trị 19; cao cấp 08; đang học 02.\n";
    const r = recognizeFigures(text, REPORT);
    expect(["llct.trungCap", "llct.caoCap", "llct.dangHoc"].map((id) => shown(r.get(`bcdc:${id}`)))).toEqual(["19", "08", "02"]);
  });

  it("lends nothing to an item of another kind, nor across another shape", () => {
    const text = "Trung cấp lý luận chính trị 19; đại học 30";
    expect(labelFirstLead(text, 0, text.indexOf("30"))).toBe("");
    const prose = "Cao cấp lý luận chính trị 19, trung cấp 30";
    expect(labelFirstLead(prose, 0, prose.indexOf("30"))).toBe("");
    const sibling = "Trung cấp lý luận chính trị 19; cao cấp 08";
    expect(labelFirstLead(sibling, 0, sibling.indexOf("08"))).toBe("lí luận chính trị");
  });
});
