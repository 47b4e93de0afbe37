/**
 * People studying for a degree («đang học cao học, nghiên cứu sinh») are no count of those studying political theory,
 * however well «đang học» fits the figure's words; a count studying a level of political theory («đang học cao cấp
 * lý luận chính trị», «đang học cao cấp» among the theory levels) still is (studying.ts). Other clerks' sentences than
 * the held-out report that showed it (1403).
 */
import { studiesDegree } from "../../../src/domain/import/meaning/studying";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";
import { shown } from "../../support/recognitionShown";

const HEAD = "UBND TỈNH QUẢNG NGÃI\nVĂN PHÒNG\n\nBÁO CÁO\nKết quả thực hiện dân chủ quý II năm 2026\n\nI. ĐẶC ĐIỂM TÌNH HÌNH\n";
const at = (text: string, n: string) => studiesDegree(text, text.indexOf(n), text.indexOf(n) + n.length);

describe("a count of people studying for a degree", () => {
  it("is told by the course after «đang học»", () => {
    expect(at("có 03 tiến sĩ, 40 thạc sĩ (07 công chức đang theo học cao học, nghiên cứu sinh)", "07")).toBe(true);
    expect(at("trong đó 02 người đang học thạc sĩ tại Học viện Hành chính", "02")).toBe(true);
    expect(at("ngoài ra đang học cao cấp 06 đồng chí", "06")).toBe(false);
    expect(at("05 đồng chí đang học trung cấp lý luận chính trị - hành chính", "05")).toBe(false);
  });

  it("is not bound as those studying political theory", () => {
    const r = recognizeFigures(`${HEAD}Về trình độ, có 03 tiến sĩ, 40 thạc sĩ, 57 đại học (trong đó 07 người đang theo học cao học, nghiên cứu sinh).`, REPORT);
    expect(shown(r.get("bcdc:llct.dangHoc"))).not.toBe("07");
  });

  it("near-match: those studying a level of political theory still are", () => {
    const r = recognizeFigures(`${HEAD}Về lý luận chính trị có 21 cao cấp, 30 trung cấp (05 đồng chí đang học cao cấp lý luận chính trị).`, REPORT);
    expect(shown(r.get("bcdc:llct.dangHoc"))).toBe("05");
  });
});
