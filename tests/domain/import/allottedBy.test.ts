/**
 * The staff allotment written as one passive clause: «Biên chế công chức năm 2026 được UBND tỉnh giao cho Sở là 45».
 * The year inside the words before the figure is part of its label, not a figure that takes those words from it, and
 * who allotted it («được UBND tỉnh giao», «do cấp có thẩm quyền giao», «UBND tỉnh giao cho xã») is no word of what it is. Clerks other than
 * the held-out report's.
 */
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";
import { shown } from "../../support/recognitionShown";

const staff = (sentence: string) => {
  const r = recognizeFigures(`I. ĐẶC ĐIỂM, TÌNH HÌNH\n${sentence}`, REPORT);
  return { giao: shown(r.get("bcdc:bienChe.congChucGiao")), nam: shown(r.get("bcdc:bienChe.nam")) };
};

describe("an allotment written with its year and who allotted it", () => {
  it("binds the allotment and its year", () => {
    expect(staff("Biên chế công chức năm 2026 được UBND tỉnh giao cho Sở là 45, hiện có 41 người.")).toEqual({ giao: "45", nam: "2026" });
    expect(staff("Biên chế công chức năm 2026 được cấp có thẩm quyền giao 52 người, đang thực hiện 50.")).toEqual({ giao: "52", nam: "2026" });
    expect(staff("Năm 2025, biên chế công chức do UBND tỉnh giao là 38; có mặt 36 công chức.")).toEqual({ giao: "38", nam: "2025" });
  });

  it("binds it written active, the body that allotted it opening the clause", () => {
    expect(staff("Năm 2026, UBND tỉnh giao cho xã 36 biên chế công chức (khối chính quyền), hiện có 33 người; khối Đảng, Mặt trận Tổ quốc và các đoàn thể được giao 22 biên chế, hiện có 21.")).toEqual({ giao: "36", nam: "2026" });
    expect(staff("UBND tỉnh giao 47 biên chế công chức, hiện có 44 người.").giao).toBe("47");
  });

  it("near-match: the office's own name before «giao» is no allotting body to leave out", () => {
    // «Văn phòng UBND tỉnh giao 03 phòng …»: the office gives the rooms work, no staff allotment.
    expect(staff("Văn phòng UBND tỉnh giao 03 phòng chuyên môn rà soát hồ sơ.").giao).not.toBe("03");
  });

  it("near-match: an allotment only planned is not bound", () => {
    expect(staff("Biên chế công chức năm 2027 dự kiến được UBND tỉnh giao 44.").giao).not.toBe("44");
  });
});
