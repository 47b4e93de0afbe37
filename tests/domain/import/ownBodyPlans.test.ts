/**
 * Held-out 191: «Biên chế năm 2026: UBND tỉnh giao 58 biên chế công chức» (candidates.ts AGENT: the allotting body as
 * the subject is no word of what the figure is, as «được UBND tỉnh giao» is not) and «Ban Quản lý dự kiến kiểm tra
 * việc thực hiện … tại 01 đơn vị» (vetoTarget.ts AGENCY: «dự kiến» is the subject's verb, so the subject is the
 * header's own body, not an agency called «Ban Quản lý dự kiến kiểm tra việc»).
 */
import { otherAgencySubject } from "../../../src/domain/import/meaning/vetoTarget";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";
import { shown } from "../../support/recognitionShown";


describe("the allotting body as the subject of «giao»", () => {
  const staff = (sentence: string) => shown(recognizeFigures(`I. ĐẶC ĐIỂM, TÌNH HÌNH\n${sentence}`, REPORT).get("bcdc:bienChe.congChucGiao"));
  it("«UBND tỉnh giao 58 biên chế công chức» is the allotment", () => {
    expect(staff("Biên chế năm 2026: UBND tỉnh giao 58 biên chế công chức, hiện có 54 người.")).toBe("58");
  });
  it("near-miss: an allotment only planned is still not bound", () => {
    expect(staff("Năm 2027, UBND tỉnh dự kiến giao 44 biên chế công chức.")).not.toBe("44");
  });
});

describe("the header's own body planning an inspection", () => {
  const issuer = "ubnd tỉnh thanh hóa\nban quản lý khu kinh tế nghi sơn\nvà các khu công nghiệp\n";
  const at = (t: string, n: string) => t.indexOf(n);
  it("«Ban Quản lý dự kiến kiểm tra …» is the issuer's own sentence", () => {
    const t = "Ban Quản lý dự kiến kiểm tra việc thực hiện quy chế dân chủ tại 01 đơn vị.";
    expect(otherAgencySubject(t, 0, at(t, "01"), null, issuer)).toBe(false);
  });
  it("near-miss: another agency that plans is still another agency", () => {
    const t = "Sở Tư pháp dự kiến kiểm tra việc thực hiện quy chế dân chủ tại 03 đơn vị.";
    expect(otherAgencySubject(t, 0, at(t, "03"), null, issuer)).toBe(true);
  });
});
