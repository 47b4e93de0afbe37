/**
 * «…; ngoài ra, số lao động hợp đồng … làm công tác phục vụ … là 21 người» after «số viên chức đang làm việc là 35
 * người»: «làm» says only that people work, so the contract workers are no count added besides the civil servants
 * (meaning/besidesMain.ts), while a count of the same act added «ngoài ra» still is.
 */
import { addedBesidesCounted } from "../../../src/domain/import/meaning/besidesMain";
import { boundByLabel } from "../../support/recognized";
import { REPORT } from "../../support/forms";

const added = (text: string, n: string) => addedBesidesCounted(text, 0, text.lastIndexOf(n), text.lastIndexOf(n) + n.length);

describe("a count added «ngoài ra»", () => {
  it("shares more than «làm» with the count before it", () => {
    expect(added("số viên chức đang làm việc là 28 người; ngoài ra, số lao động hợp đồng làm công việc lái xe, bảo vệ là 06 người", "06")).toBe(false);
    expect(added("quý này họp giao ban 12 cuộc, ngoài ra họp giao ban với khu phố 03 cuộc", "03")).toBe(true);
  });

  it("leaves the contract workers to their own figure", () => {
    const value = boundByLabel(
      "I. ĐẶC ĐIỂM, TÌNH HÌNH\nSố công chức có mặt là 44 người, số viên chức đang làm việc tại Nhà khách là 28 người; ngoài ra, số lao động hợp đồng theo Nghị định số 111/2022/NĐ-CP làm công việc lái xe, bảo vệ tại cơ quan là 06 người.\n",
      REPORT,
    );
    expect(value("Hợp đồng lao động")).toBe("06");
  });
});
