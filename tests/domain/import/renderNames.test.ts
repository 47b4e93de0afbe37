/**
 * The command line's report read by someone who has the form's labels only: two fields with one label (the one-stop
 * desk's and the service centre's «Hồ sơ đang giải quyết») are told apart by their section, and a figure under a
 * «Phần thứ…» or «A.» heading is not printed with an empty «mục ».
 */
import { checkReport } from "../../../src/domain/import/checkReport";
import { renderCheck } from "../../../src/domain/import/render";
import { REPORT } from "../../support/forms";

const TEXT = [
  "BÁO CÁO",
  "Tình hình thực hiện dân chủ trong hoạt động của Văn phòng UBND tỉnh quý II năm 2026",
  "Phần thứ nhất",
  "TÌNH HÌNH CHUNG",
  "+ Về biên chế: được giao 58 biên chế công chức, hiện có 55 người.",
  "Phần thứ hai",
  "KẾT QUẢ THỰC HIỆN",
  "A. Kiểm soát thủ tục hành chính",
  "1. Bộ phận Một cửa của Văn phòng: tiếp nhận 1 024 hồ sơ, đã giải quyết 1 019 hồ sơ (đạt 99,51 %), trong đó trả sớm hạn 88 hồ sơ, đúng hạn 931 hồ sơ; đang giải quyết 05 hồ sơ.",
  "2. Trung tâm Phục vụ hành chính công tỉnh (số liệu từ ngày 15/3/2026 đến ngày 14/6/2026): tiếp nhận 12 486 hồ sơ; đã giải quyết 12 102 hồ sơ, trong đó trước hạn 9 870, đúng hạn 2 201, rút hồ sơ 31; trễ hạn 47 hồ sơ; đang giải quyết 337 hồ sơ.",
].join("\n");

describe("npm run check's report names each figure so it can be found", () => {
  const printed = renderCheck("bao-cao.txt", checkReport(TEXT, { report: REPORT })).split("\n");

  it("qualifies a label two fields share with the section, and no other", () => {
    expect(printed).toContain("  Hồ sơ đang giải quyết (Bộ phận một cửa của Văn phòng): 05 (dòng 9, mục 1)");
    expect(printed).toContain("  Hồ sơ đang giải quyết (Trung tâm Phục vụ hành chính công tỉnh): 337 (dòng 10, mục 2)");
    expect(printed).toContain("  Biên chế công chức được giao: 58 (dòng 5)");
  });

  it("never prints an empty section («mục )») and finds no false heading error", () => {
    expect(printed.filter((line) => line.includes("mục )"))).toEqual([]);
    expect(printed.filter((line) => line.includes("bố cục"))).toEqual([]);
  });
});
