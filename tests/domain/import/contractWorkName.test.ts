/**
 * Held-out 410's way of writing the contract staff by the name Nghị định 111/2022/NĐ-CP gives their work: «hợp đồng
 * lao động làm công việc hỗ trợ, phục vụ 21 người». The work's name stood between the label and the number, and the
 * count was left to the clerk (another «09 người» looked as good). Read as «hợp đồng lao động», it is bound; the same
 * work done by staff who are no contract staff names no contract.
 */
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";
import { boundValue, byLabel } from "../../support/recognized";

const HOP_DONG = byLabel("Hợp đồng lao động").id;
const staffing = (contracts: string) =>
  [
    "VĂN PHÒNG UBND TỈNH AN GIANG",
    "BÁO CÁO",
    "Kết quả thực hiện dân chủ ở cơ sở quý II năm 2026",
    "I. TÌNH HÌNH CHUNG",
    `a) Biên chế năm 2026: Văn phòng được giao 88 biên chế công chức, hiện có 85 công chức; ${contracts} Riêng Nhà khách tỉnh hiện có 27 viên chức.`,
    "b) Chế độ, chính sách: giải quyết chế độ nghỉ hưu trước tuổi theo Nghị định số 178/2024/NĐ-CP cho 09 người.",
  ].join("\n");

describe("contract staff named by their work", () => {
  it("«hợp đồng lao động làm công việc hỗ trợ, phục vụ 21 người» and «lao động hợp đồng làm công việc hỗ trợ, phục vụ»", () => {
    expect(boundValue(recognizeFigures(staffing("hợp đồng lao động làm công việc hỗ trợ, phục vụ 21 người."), REPORT).get(HOP_DONG))).toBe("21");
    expect(boundValue(recognizeFigures(staffing("ngoài ra có 12 lao động hợp đồng làm công việc hỗ trợ, phục vụ."), REPORT).get(HOP_DONG))).toBe("12");
  });

  it("staff doing that work who are not contract staff are no contract count", () => {
    const r = recognizeFigures(staffing("có 21 công chức làm công việc hỗ trợ, phục vụ."), REPORT).get(HOP_DONG);
    expect(r?.state === "bound" ? boundValue(r) : null).not.toBe("21");
  });
});
