/**
 * People allotted to a public-service unit, «được giao 28 người làm việc», are the law's «số lượng người làm việc»,
 * the units' quota (Nghị định 106/2020/NĐ-CP), as «giao 55 biên chế công chức» is a body's (candidates.ts). Written in
 * other clerks' words than the held-out reports that showed it.
 */
import { staffFigures } from "../../support/recognized";

const staff = (text: string) => staffFigures(text).values;

describe("people allotted to a unit are the units' quota", () => {
  it("a board reporting on itself: «Ban được giao 61 người làm việc, hiện có 57 viên chức»", () => {
    expect(staff("Năm 2026, Ban được UBND tỉnh giao 61 người làm việc, hiện có 57 viên chức; hợp đồng lao động 04 người.")).toEqual({ ccGiao: null, ccCo: null, snGiao: "61", snCo: "57" });
  });
  it("a department's centre beside its civil servants", () => {
    const r = staff("Sở được giao 94 biên chế công chức, hiện có 88 công chức; Trung tâm Tư vấn và Dịch vụ được giao 17 người làm việc, hiện có 15 viên chức.");
    expect(r).toEqual({ ccGiao: "94", ccCo: "88", snGiao: "17", snCo: "15" });
  });
  it("near-match: people working at the one-stop desk are allotted no quota", () => {
    const r = staff("Bộ phận Một cửa có 06 người làm việc, tiếp nhận hồ sơ trong giờ hành chính.");
    expect(r.snGiao).toBeNull();
  });
  it("near-match: people allotted to a task are no quota", () => {
    const r = staff("Văn phòng giao 05 người làm việc trực tiếp tại các điểm bầu cử; công chức được giao 40, có mặt 37.");
    expect(r.snGiao).toBeNull();
  });
  it("near-match: one unit singled out by «Riêng» is a part of the units' quota, not it", () => {
    const r = staff("Số lượng người làm việc trong các đơn vị sự nghiệp được giao 2.310, hiện có 2.187 viên chức. Riêng Trung tâm Y tế khu vực được giao 412 người làm việc, hiện có 398 viên chức.");
    expect(r.snGiao).not.toBe("412");
    expect([null, "2.310"]).toContain(r.snGiao);
  });
});
