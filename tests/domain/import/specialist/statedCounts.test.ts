/**
 * A specialist's walk: «Số tổ chức trực thuộc: 05» and «Số đơn vị sự nghiệp: 03» were read, then «Không kiểm tra được
 * «Số đơn vị dự kiến kiểm tra…» không vượt quá «Số tổ chức trực thuộc» + «Số đơn vị sự nghiệp»: thiếu «Các tổ chức trực thuộc»»
 * (the form computes those counts from lists the text does not give). The rules now run on the counts the text
 * states; whether a count agrees with its list stays «not checked», and the list stays a figure not read.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { checkReport } from "../../../../src/domain/import";
import { REPORT } from "../../../support/forms";
import { CORPUS } from "../../../support/corpusMeasure";

const terse = readFileSync(join(CORPUS, "reworded/01-ngan-gon.txt"), "utf8");

describe("rules on counts the text states without their list", () => {
  it("runs «kiểm tra ≤ tổ chức + đơn vị sự nghiệp» and «nhóm ≤ nhiệm vụ» on the stated counts", () => {
    const check = checkReport(terse, { report: REPORT });
    const keys = check.unchecked.map((u) => u.key);
    expect(keys).not.toContain("unchecked:kiemTra.donVi");
    expect(keys).not.toContain("unchecked:ksthc.nhomNhiemVu");
    // What still cannot be checked is still said: the stated count against its list, and the list as not read.
    expect(check.unchecked.map((u) => u.message)).toContain("Không kiểm tra được «Số tổ chức trực thuộc» ghi trong văn bản: thiếu «Các tổ chức trực thuộc».");
    expect(check.complete).toBe(false);
    expect(check.figures.find((f) => f.id === "bcdc:toChuc.danhSach")?.state).toBe("notFound");
  });

  it("warns when the stated counts break the rule", () => {
    const check = checkReport(terse.replace("dự kiến kiểm tra 01 đơn vị", "dự kiến kiểm tra 09 đơn vị"), { report: REPORT });
    expect(check.problems.filter((p) => p.key === "kiemTra.donVi").map((p) => p.severity)).toEqual(["warning"]);
  });
});
