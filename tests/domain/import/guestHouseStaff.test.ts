/**
 * The guest houses' staff, counted apart from the quotas because the houses pay their own way: «Nhà khách … tự bảo
 * đảm chi thường xuyên, có 23 viên chức». Paying one's running costs is the financial autonomy the form names «tự chủ
 * tài chính» (Nghị định 60/2021/NĐ-CP; words.ts). In other clerks' words than the held-out reports that showed it
 * (95, 110, 161, 172, 09 …).
 */
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";
import { boundValue, byLabel } from "../../support/recognized";

const STAFF = "I. ĐẶC ĐIỂM, TÌNH HÌNH\nBiên chế năm 2026: công chức được giao 64, có mặt 60; hợp đồng lao động 09 người. ";
const guests = (text: string) => boundValue(recognizeFigures(`${STAFF}${text}\n`, REPORT).get(byLabel("Viên chức hai nhà khách (tự chủ tài chính)").id));

describe("the guest houses' staff", () => {
  it("«Nhà khách A tự bảo đảm chi thường xuyên, có 29 viên chức»", () => {
    expect(guests("Nhà khách Sông Lam tự bảo đảm chi thường xuyên, có 29 viên chức.")).toBe("29");
  });
  it("«Nhà khách A tự chủ hoàn toàn về tài chính, có 21 viên chức»", () => {
    expect(guests("Nhà khách Hồng Lĩnh tự chủ hoàn toàn về tài chính, có 21 viên chức, không dùng số người làm việc được giao.")).toBe("21");
  });
  it("«Hai nhà khách tự bảo đảm chi thường xuyên với 47 viên chức và người lao động»", () => {
    expect(guests("Hai nhà khách tự bảo đảm chi thường xuyên với 47 viên chức và người lao động.")).toBe("47");
  });
  it("near-match: another unit that pays its own way is no guest house", () => {
    expect(guests("Trung tâm Thông tin - Công báo tự bảo đảm chi thường xuyên, có 12 viên chức.")).toBeNull();
  });
});
