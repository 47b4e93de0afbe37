/**
 * A department names its own divisions as the law on a Sở's structure does, «tổ chức tham mưu» (Văn phòng, Thanh tra,
 * the specialised rooms), often without «, giúp việc Giám đốc Sở»: «Sở có 04 tổ chức tham mưu, gồm: …» is the form's
 * list of what the office has «trực thuộc», with its count (meaning/divisionHeads.ts). «tổ chức tham mưu» as two verbs
 * («đã tổ chức tham mưu 04 hội nghị»), or a count its names do not bear out, is not.
 */
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";
import { boundValue, byLabel } from "../../support/recognized";

const divisions = (line: string) => {
  const r = recognizeFigures(`I. TỔ CHỨC BỘ MÁY\n${line}\n`, REPORT);
  return { list: boundValue(r.get(byLabel("Các tổ chức trực thuộc").id)), count: boundValue(r.get(byLabel("Số tổ chức trực thuộc").id)) };
};

describe("a department's «tổ chức tham mưu»", () => {
  it("reads «có 04 tổ chức tham mưu, gồm: A; B; C; D» as the office's divisions and their count", () => {
    expect(divisions("Sở Xây dựng có 04 tổ chức tham mưu, gồm: Văn phòng Sở; Thanh tra Sở; Phòng Quản lý xây dựng; Phòng Hạ tầng kỹ thuật.")).toEqual({
      list: "Văn phòng Sở\nThanh tra Sở\nPhòng Quản lý xây dựng\nPhòng Hạ tầng kỹ thuật",
      count: "04",
    });
  });

  it("near-match: «đã tổ chức tham mưu 04 hội nghị, gồm: …» (verbs) names no division", () => {
    expect(divisions("Sở Xây dựng đã tổ chức tham mưu 04 hội nghị, gồm: Hội nghị Một; Hội nghị Hai; Hội nghị Ba; Hội nghị Bốn.")).toEqual({ list: null, count: null });
  });

  it("near-match: a count its names do not bear out («04 …» over three names) is left alone", () => {
    expect(divisions("Sở Xây dựng có 04 tổ chức tham mưu, gồm: Văn phòng Sở; Thanh tra Sở; Phòng Quản lý xây dựng.")).toEqual({ list: null, count: null });
  });
});
