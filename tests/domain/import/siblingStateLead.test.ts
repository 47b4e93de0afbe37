/**
 * «Cao cấp lý luận chính trị 45; Trung cấp lý luận chính trị - hành chính 39; đang học cao cấp 06 đồng chí»: a later
 * item that names a state of a sibling kind («đang học cao cấp») shares the first item's words after the kind, as a
 * bare sibling does (src/domain/import/meaning/labelFirstLead.ts). The other side: an item whose last word is no word
 * of the first item's kind lends nothing.
 */
import { labelFirstLead } from "../../../src/domain/import/meaning/labelFirstLead";
import { REPORT } from "../../support/forms";
import { boundByLabel } from "../../support/recognized";

describe("an item naming a state of a sibling kind", () => {
  const text = "Cao cấp lý luận chính trị 45; Trung cấp lý luận chính trị - hành chính 39; đang học cao cấp 06 đồng chí.";

  it("takes the first item's words after its kind", () => {
    expect(labelFirstLead(text, 0, text.indexOf("06"))).toBe("lí luận chính trị");
  });

  it("is the figure of those studying", () => {
    const bound = boundByLabel(`I. ĐẶC ĐIỂM, TÌNH HÌNH\nTrả lời: Tiến sĩ 03; Thạc sĩ 51; Đại học 67. ${text}\n`, REPORT);
    expect(bound("Đang học lý luận chính trị")).toBe("06");
    expect(bound("Cao cấp lý luận chính trị")).toBe("45");
  });

  it("near-miss: an item whose last word is none of the kind's lends nothing", () => {
    const other = "Cao cấp lý luận chính trị 45; đang học đại học 06";
    expect(labelFirstLead(other, 0, other.indexOf("06"))).toBe("");
  });
});
