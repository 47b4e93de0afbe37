/**
 * A merged province's centre gives its figures branch by branch or by former province, one line each, then the whole
 * centre's on a «Tổng cộng» line (held-out 1210 and 1214, stop 44's unseen batch): the branches' numbers are parts,
 * the whole's are the form's. Other clerks' sentences than the held-out reports'.
 */
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";
import { shown } from "../../support/recognitionShown";

const TITLE = "BÁO CÁO\nKết quả thực hiện dân chủ ở cơ sở quý II năm 2026\n\n";
const CENTRE = "III. CẢI CÁCH HÀNH CHÍNH\nTrung tâm Phục vụ hành chính công tỉnh:\n";
const FIGURES = ["bcdc:hcc.tiepNhan", "bcdc:hcc.daGiaiQuyet", "bcdc:hcc.treHan", "bcdc:hcc.dangGiaiQuyet"];
const read = (body: string) => {
  const r = recognizeFigures(`${TITLE}${CENTRE}${body}`, REPORT);
  return FIGURES.map((id) => shown(r.get(id)));
};

describe("a centre's figures branch by branch, then the whole", () => {
  it("takes the «Tổng cộng» line's numbers, not a numbered branch's", () => {
    const body =
      "+ Chi nhánh số 1 (phường Đông Hà): tiếp nhận 8.120 hồ sơ; đã giải quyết 7.905 hồ sơ; trễ hạn 31 hồ sơ; đang giải quyết 184 hồ sơ.\n" +
      "+ Chi nhánh số 2 (phường Đồng Hới): tiếp nhận 6.402 hồ sơ; đã giải quyết 6.211 hồ sơ; trễ hạn 22 hồ sơ; đang giải quyết 169 hồ sơ.\n" +
      "Tổng cộng 02 chi nhánh: tiếp nhận 14.522 hồ sơ; đã giải quyết 14.116 hồ sơ; trễ và quá hạn 53 hồ sơ; đang giải quyết 353 hồ sơ.\n";
    expect(read(body)).toEqual(["14.522", "14.116", "53", "353"]);
  });

  it("takes the whole's numbers after the former provinces' lines", () => {
    const body =
      "- Khu vực tỉnh Quảng Bình cũ: tiếp nhận 9.340 hồ sơ; đã giải quyết 9.012 hồ sơ; trễ hạn 40 hồ sơ; đang giải quyết 288 hồ sơ.\n" +
      "- Khu vực tỉnh Quảng Trị cũ: tiếp nhận 7.115 hồ sơ; đã giải quyết 6.870 hồ sơ; trễ hạn 25 hồ sơ; đang giải quyết 220 hồ sơ.\n" +
      "Tổng cộng toàn Trung tâm: tiếp nhận 16.455 hồ sơ; đã giải quyết 15.882 hồ sơ; trễ và quá hạn 65 hồ sơ; đang giải quyết 508 hồ sơ.\n";
    expect(read(body)).toEqual(["16.455", "15.882", "65", "508"]);
  });

  it("leaves the clerk to choose when the branches have no whole stated", () => {
    const body =
      "+ Chi nhánh số 1: tiếp nhận 8.120 hồ sơ; đã giải quyết 7.905 hồ sơ.\n" +
      "+ Chi nhánh số 2: tiếp nhận 6.402 hồ sơ; đã giải quyết 6.211 hồ sơ.\n";
    const [received, resolved] = read(body);
    expect([received, resolved]).not.toContain("8.120");
    expect([received, resolved]).not.toContain("6.402");
  });
});
