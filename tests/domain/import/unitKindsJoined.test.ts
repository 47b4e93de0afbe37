/**
 * A count of one kind of unit joined by «và» to a count of another kind is not the count of all the units under the
 * body (unitKindsJoined.ts), unless that other kind is a figure the form asks for apart (its public-service units).
 */
import { oneKindOfUnits, siblingCountLabels } from "../../../src/domain/import/meaning/unitKindsJoined";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { boundValue, byLabel } from "../../support/recognized";
import { REPORT } from "../../support/forms";

const SIBLINGS = siblingCountLabels(["Số đơn vị sự nghiệp", "Số Phó Chánh Văn phòng"]);
const joined = (text: string, n: string) => {
  const start = text.indexOf(n);
  return oneKindOfUnits(text, start + n.length, SIBLINGS);
};

describe("oneKindOfUnits", () => {
  it("rooms beside a station, rooms beside clinical departments, rooms beside sub-departments", () => {
    expect(joined("Chi cục có Chi cục trưởng; 03 phòng chuyên môn và 01 trạm trực thuộc.", "03")).toBe(true);
    expect(joined("Cơ cấu tổ chức: 08 phòng chức năng và 27 khoa lâm sàng, cận lâm sàng.", "08")).toBe(true);
    expect(joined("Sở có ba (03) phòng chuyên môn và 02 chi cục.", "03")).toBe(true);
  });
  it("near-match: the other count is the form's public-service units, or no count follows, or it counts people", () => {
    expect(joined("Văn phòng có 05 phòng, đơn vị trực thuộc và 03 đơn vị sự nghiệp.", "05")).toBe(false);
    expect(joined("Cơ cấu tổ chức gồm 06 phòng chuyên môn và 03 đơn vị sự nghiệp trực thuộc.", "06")).toBe(false);
    expect(joined("Sở có 07 phòng và tương đương, gồm: Văn phòng Sở; Thanh tra Sở.", "07")).toBe(false);
    expect(joined("Văn phòng có 06 phòng chuyên môn; Chánh Văn phòng và 02 Phó Chánh Văn phòng.", "06")).toBe(false);
    expect(joined("Văn phòng có 06 phòng chuyên môn và 45 công chức.", "06")).toBe(false);
  });
});

it("in a report, «03 phòng chuyên môn và 01 trạm trực thuộc» leaves the units' count to the clerk", () => {
  const head = "UBND TỈNH AN PHÚ\nVĂN PHÒNG\nBÁO CÁO\nTình hình thực hiện dân chủ ở cơ sở, công tác cán bộ và cải cách hành chính quý III năm 2026\nI. TỔ CHỨC\n";
  const count = byLabel("Số tổ chức trực thuộc").id;
  const units = byLabel("Số đơn vị sự nghiệp").id;
  expect(boundValue(recognizeFigures(`${head}Văn phòng có Chánh Văn phòng và 02 Phó Chánh Văn phòng; 03 phòng chuyên môn và 01 trạm trực thuộc.`, REPORT).get(count))).toBeNull();
  const apart = recognizeFigures(`${head}Văn phòng có Chánh Văn phòng và 02 Phó Chánh Văn phòng; 05 phòng, đơn vị trực thuộc và 03 đơn vị sự nghiệp.`, REPORT);
  expect(boundValue(apart.get(count))).toBe("05");
  expect(boundValue(apart.get(units))).toBe("03");
  expect(boundValue(recognizeFigures(`${head}Văn phòng có Chánh Văn phòng và 02 Phó Chánh Văn phòng; 03 phòng chuyên môn trực thuộc.`, REPORT).get(count))).toBe("03");
});
