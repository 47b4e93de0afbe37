/**
 * «1.2.3. Lý luận chính trị» right over «- Cao cấp: 03»: a numbered sub-heading of a few words is the lead-in of the
 * «- Label: value» items under it, as «Lý luận chính trị:» would be (meaning/bulletLead.ts).
 */
import { boundByLabel } from "../../support/recognized";
import { builtInDefinition } from "../../support/forms";

const QUARTERLY = builtInDefinition("bao-cao-dan-chu-quy");
const HEAD = "UBND PHƯỜNG AN KHÊ\nVĂN PHÒNG HĐND VÀ UBND\n\nBÁO CÁO\nKết quả thực hiện dân chủ ở cơ sở quý I năm 2026\n\n1. ĐẶC ĐIỂM TÌNH HÌNH\n\n1.2. Nhân sự\n\n1.2.1. Biên chế năm 2026\n- Công chức được giao: 15\n- Công chức hiện có: 14\n\n";
const ITEMS = "- Cao cấp: 03\n- Trung cấp: 08\n- Đang học trung cấp: 01\n\n2. KẾT QUẢ THỰC HIỆN\n";
const LABELS = ["Cao cấp lý luận chính trị", "Trung cấp lý luận chính trị - hành chính", "Đang học lý luận chính trị"];

describe("a numbered sub-heading over «- Label: value» items", () => {
  it("«1.2.3. Lý luận chính trị» makes «Cao cấp», «Trung cấp», «Đang học» the political-theory counts", () => {
    const bound = boundByLabel(`${HEAD}1.2.3. Lý luận chính trị\n${ITEMS}`, QUARTERLY);
    expect(LABELS.map(bound)).toEqual(["03", "08", "01"]);
  });

  it("the same items with their bullets dropped («Cao cấp: 03») read the same", () => {
    const bound = boundByLabel(`${HEAD}1.2.3. Lý luận chính trị\n${ITEMS.replace(/^- /gmu, "")}`, QUARTERLY);
    expect(LABELS.map(bound)).toEqual(["03", "08", "01"]);
  });

  it("unmarked label lines under a heading with no number have no lead-in from it", () => {
    const bound = boundByLabel(`${HEAD}Tình hình chung\n${ITEMS.replace(/^- /gmu, "")}`, QUARTERLY);
    expect(LABELS.map(bound)).toEqual([null, null, null]);
  });

  it("the same items under «1.2.3. Bồi dưỡng ngoại ngữ, tin học» are no political-theory counts", () => {
    const bound = boundByLabel(`${HEAD}1.2.3. Bồi dưỡng ngoại ngữ, tin học\n${ITEMS}`, QUARTERLY);
    expect(LABELS.map(bound)).toEqual([null, null, null]);
  });
});
