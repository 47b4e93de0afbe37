/**
 * «B.1. Viên chức biệt phái: 02.» and «B.6. Trình xin biệt phái viên chức: 01.» on lines of their own: the second is
 * the staff proposed for secondment, whose words end like the seconded staff's wording («biệt phái viên chức: 01»).
 * The form's wordings tell them apart (its own data: «xin» before «biệt phái» is the proposal).
 */
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { boundValue, byLabel } from "../../support/recognized";
import { REPORT } from "../../support/forms";

const HEAD = "BÁO CÁO\nKết quả thực hiện dân chủ ở cơ sở quý IV năm 2025\nB. CÔNG TÁC CÁN BỘ QUÝ IV/2025\n";
const bound = (text: string) => {
  const result = recognizeFigures(`${HEAD}${text}\n`, REPORT);
  return [byLabel("Viên chức biệt phái"), byLabel("Viên chức trình xin biệt phái")].map((f) => boundValue(result.get(f.id)));
};

it("gives each line to its own figure", () => {
  expect(bound("B.1. Viên chức biệt phái: 02.\nB.5. Luân chuyển công chức giữa các phòng: 04.\nB.6. Trình xin biệt phái viên chức: 01.")).toEqual(["02", "01"]);
});

it("still reads the reference report's «biệt phái viên chức: 01» as the seconded staff", () => {
  expect(bound("Năm 2026, Văn phòng được giao: 55 biên chế, đang thực hiện: 46; Hợp đồng: 08; biệt phái viên chức: 01.")[0]).toBe("01");
});
