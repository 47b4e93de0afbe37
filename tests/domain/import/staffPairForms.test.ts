/**
 * A staff group's quota and present count as terse lines write them (staffPairs.ts): the group by a short name
 * («Sự nghiệp», «SN») is a staffing quota all the same; «;» and a slide's «→» between the two; a bare «có» for the
 * present count. Each in another clerk's words than the held-out reports that showed them (63, 182, 204, 220).
 */
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { boundValue, byLabel } from "../../support/recognized";
import { REPORT } from "../../support/forms";

const STAFF = "I. ĐẶC ĐIỂM, TÌNH HÌNH\n";
const LABELS = {
  ccGiao: "Biên chế công chức được giao",
  ccCo: "Công chức đang thực hiện",
  snGiao: "Biên chế sự nghiệp được giao",
  snCo: "Biên chế sự nghiệp đang thực hiện",
} as const;
function staff(text: string): Record<keyof typeof LABELS, string | null> {
  const r = recognizeFigures(`${STAFF}${text}\n`, REPORT);
  const out = {} as Record<keyof typeof LABELS, string | null>;
  for (const [k, label] of Object.entries(LABELS)) out[k as keyof typeof LABELS] = boundValue(r.get(byLabel(label).id));
  return out;
}

describe("a staff group named short is a staffing quota", () => {
  it("«- Sự nghiệp: giao 16, có mặt 15» under «- Công chức: …»", () => {
    expect(staff("Tình hình biên chế:\n- Công chức: giao 47, có mặt 44.\n- Sự nghiệp: giao 16, có mặt 15.")).toEqual({ ccGiao: "47", ccCo: "44", snGiao: "16", snCo: "15" });
  });
  it("«SN: giao 12, có mặt 11»: the short form read by its «giao»", () => {
    expect(staff("- CC: giao 39, có mặt 36.\n- SN: giao 12, có mặt 11.").snGiao).toBe("12");
  });
  it("«sự nghiệp giao 21, hiện có 20»: a quota that says «giao» itself, its group named short", () => {
    expect(staff("Biên chế công chức giao 58, có mặt 55; sự nghiệp giao 21, hiện có 20; hợp đồng 06 người.").snGiao).toBe("21");
  });
  it("«…; viên chức sự nghiệp: được giao 24, hiện có 22»: a label after «;» on a line that has figures before it", () => {
    expect(staff("Công chức: được giao 61 biên chế, hiện có 58 người (nam 30, nữ 28); viên chức sự nghiệp: được giao 24, hiện có 22; hợp đồng lao động 08 người.").snGiao).toBe("24");
  });
  it("near-match: a unit's staff without a quota's «giao» is no quota", () => {
    expect(staff("- Sự nghiệp: Trung tâm Tin học có 12 viên chức.").snGiao).toBeNull();
  });
});

describe("the present count after «;», «→» or a bare «có»", () => {
  it("«CC giao 57; có mặt 52; SN giao 14; có mặt 13»", () => {
    expect(staff("Biên chế năm 2026: CC giao 57; có mặt 52; SN giao 14; có mặt 13; HĐLĐ 05 người.")).toEqual({ ccGiao: "57", ccCo: "52", snGiao: "14", snCo: "13" });
  });
  it("«+ Công chức: giao 47 → có mặt 45»", () => {
    expect(staff("Biên chế năm 2026\n+ Công chức: giao 47 → có mặt 45\n+ Sự nghiệp: giao 19 → có mặt 18")).toEqual({ ccGiao: "47", ccCo: "45", snGiao: "19", snCo: "18" });
  });
  it("«- CC: giao 53, có 50.»", () => {
    const got = staff("Viết tắt: CC = công chức.\n- CC: giao 53, có 50.");
    expect([got.ccGiao, got.ccCo]).toEqual(["53", "50"]);
  });
  it("near-match: after «;» a count of something else is no present count", () => {
    expect(staff("Văn phòng được giao 55 biên chế công chức; hiện có 05 phòng chuyên môn.").ccCo).toBeNull();
  });
});
